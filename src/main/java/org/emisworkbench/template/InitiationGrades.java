package org.emisworkbench.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.emisworkbench.model.Message;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A bare {@code CP} is the first primary year in some French-speaking countries and the second in others, so the
 * built-in grade list leaves it out ({@link BuiltInCodeLists}). Where a form writes it after {@code CI} on one row
 * ({@code CI | CP | CE1 | CE2 | CM1 | CM2}, the cours d'initiation being the first year), or below it in one column
 * (a table with a row per grade), it is the second year; so it is after {@code SIL} (section d'initiation au
 * langage, Cameroon's and Gabon's first year: {@code SIL | CP | CE1 …}):
 * the draft says so in its own grade list ({@code "codeLists": {"grade": {"G2": ["CP"]}}}), with a note, rather
 * than leaving the CP column unread.
 */
final class InitiationGrades {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InitiationGrades() {
    }

    /** The draft reading {@code CP} as grade 2 when a row of the samples writes it after {@code CI}; else as given. */
    static TemplateDrafter.Draft apply(TemplateDrafter.Draft draft, Map<String, List<List<Cell>>> samples)
            throws TemplateException {
        String sheet = sheetWithCpAfterCi(samples);
        if (sheet == null) {
            return draft;
        }
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(draft.json());
            ObjectNode lists = root.has("codeLists") ? (ObjectNode) root.get("codeLists") : root.putObject("codeLists");
            ObjectNode grade = lists.has("grade") ? (ObjectNode) lists.get("grade") : lists.putObject("grade");
            if (grade.has("G2")) {
                return draft;
            }
            grade.putArray("G2").add("CP");
            String json = JSON.writeValueAsString(root) + "\n";
            Template t = TemplateLoader.parse(json, draft.template().id() + ".json", null);
            List<Message> notes = new ArrayList<>(draft.notes());
            notes.add(Message.of("draft.cpAfterCi", sheet));
            return new TemplateDrafter.Draft(t, json, notes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a template", e);
        }
    }

    /** A bare {@code CP} in a text ({@code Garçons CP}), not {@code CP1} nor a longer word. */
    private static final Pattern BARE_CP = Pattern.compile("(?i)(?<![\\p{L}\\d])CP(?![\\p{L}\\d])");

    /**
     * True when, in order, a text names {@code CI} (or {@code SIL}) and a later one a bare {@code CP} ({@code CI | CP | CE1}, or
     * {@code CI G | CI F | CP G} across a header), and none names {@code CP1}/{@code CP2}: the cours d'initiation
     * is then the first year and CP the second. The one test for the wide draft, the forms' draft and its notes.
     */
    static boolean cpFollowsCi(List<String> texts) {
        boolean ci = false;
        boolean cpAfter = false;
        for (String t : texts) {
            List<String> words = t == null ? List.of() : List.of(HeaderText.fold(t).strip().split(" "));
            if (words.contains("cp1") || words.contains("cp2")) {
                return false;
            }
            cpAfter |= ci && words.contains("cp");
            ci |= words.contains("ci") || words.contains("sil");
        }
        return cpAfter;
    }

    /** The text as a guess reads it when CP follows CI: the bare CP as {@code CP2}, the second year. */
    static String cpAsSecondYear(String text) {
        return text == null ? null : BARE_CP.matcher(text).replaceAll("CP2");
    }

    /**
     * The first sheet with a row holding {@code CI} then {@code CP}, or a column holding {@code CI} then {@code CP}
     * lower down (a table with a row per grade), and no {@code CP1}/{@code CP2} there; or null.
     */
    private static String sheetWithCpAfterCi(Map<String, List<List<Cell>>> samples) {
        for (Map.Entry<String, List<List<Cell>>> e : samples.entrySet()) {
            Map<Integer, List<String>> columns = new java.util.TreeMap<>();
            for (List<Cell> row : e.getValue()) {
                List<Cell> texts = row.stream().filter(c -> c.kind() == CellKind.TEXT).toList();
                if (cpFollowsCi(texts.stream().map(Cell::text).toList())) {
                    return e.getKey();
                }
                texts.forEach(c -> columns.computeIfAbsent(c.col(), k -> new ArrayList<>()).add(c.text()));
            }
            if (columns.values().stream().anyMatch(InitiationGrades::cpFollowsCi)) {
                return e.getKey();
            }
        }
        return null;
    }
}
