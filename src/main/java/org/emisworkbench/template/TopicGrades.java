package org.emisworkbench.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * The data elements of an aggregate export that name a topic then a grade ({@code Enrolment Grade 1},
 * {@code Effectifs CP1}, {@code Repeaters - Grade 2}): the column gives each row's grade, and the topic, the same
 * on every row, is the count's. The template reads such a value through its own grade list, each value written
 * as an alias of its grade ({@link #withAliases}), so that the import reads exactly the values the export holds.
 */
final class TopicGrades {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Share of a column's values that must name a topic and a grade. */
    private static final double SHARE = 0.9;

    private TopicGrades() {
    }

    /** A value's topic and grade code, or null when it does not name a topic then a grade. */
    record TopicGrade(String topic, String grade) {
    }

    /** Folded words that may join a topic to its grade ({@code au}, {@code in}, {@code na}). */
    private static final Set<String> LINKS = Set.of("au", "en", "a", "de", "du", "in", "to", "into", "of", "na", "no",
            "em");

    static TopicGrade of(String value) {
        if (value == null) {
            return null;
        }
        String folded = DraftVocabulary.fold(value).strip();
        CodeList grades = CodeLists.builtIn().require("grade");
        for (String[] w : TopicWords.WORDS) {
            if (folded.startsWith(w[0] + " ")) {
                String rest = folded.substring(w[0].length()).strip();
                String grade = grades.code(rest);
                int space = rest.indexOf(' ');
                if (grade == null && space > 0 && LINKS.contains(rest.substring(0, space))) {
                    // Nouveaux inscrits au CI, New entrants to Grade 1, Novos ingressos na 1a classe.
                    grade = grades.code(rest.substring(space + 1).strip());
                }
                if (grade != null) {
                    return new TopicGrade(w[1], grade);
                }
            }
        }
        return null;
    }

    /**
     * The topics the column's values name with a grade, in order met, when nearly all of them do (at least two
     * values); empty otherwise. One topic: the column gives the grade. Several: the rows give the topic too.
     */
    static Set<String> topics(List<List<Cell>> rows, int headerRow, int col) {
        Set<String> topics = new LinkedHashSet<>();
        int given = 0;
        int named = 0;
        for (int r = headerRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() != col || c.isBlank()) {
                    continue;
                }
                given++;
                TopicGrade tg = c.kind() == CellKind.TEXT ? of(c.text()) : null;
                if (tg != null) {
                    named++;
                    topics.add(tg.topic());
                }
            }
        }
        return given >= 2 && named >= SHARE * given ? topics : Set.of();
    }

    /**
     * The template's JSON with, for each sheet whose {@code row.grade} column holds topic-and-grade values in the
     * samples, those values written as aliases of their grade in the template's {@code grade} list; unchanged
     * when there are none.
     */
    static String withAliases(String json, List<SheetMapping> sheets, Map<String, List<List<Cell>>> samples) {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        CodeList grades = CodeLists.builtIn().require("grade");
        for (SheetMapping m : sheets) {
            List<List<Cell>> rows = samples.get(m.sheet());
            if (rows == null) {
                continue;
            }
            for (ColumnMapping c : m.columns()) {
                if (!"row.grade".equals(c.field())) {
                    continue;
                }
                for (int r = m.lastRow() + 1; r < rows.size(); r++) {
                    for (Cell cell : rows.get(r)) {
                        if (cell.col() != c.col() || cell.kind() != CellKind.TEXT || grades.code(cell.text()) != null) {
                            continue;
                        }
                        TopicGrade tg = of(cell.text());
                        if (tg != null) {
                            aliases.computeIfAbsent(tg.grade(), g -> new LinkedHashSet<>()).add(cell.text().strip());
                        }
                    }
                }
            }
        }
        if (aliases.isEmpty()) {
            return json;
        }
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(json);
            ObjectNode lists = root.has("codeLists") ? (ObjectNode) root.get("codeLists") : root.putObject("codeLists");
            ObjectNode grade = lists.has("grade") ? (ObjectNode) lists.get("grade") : lists.putObject("grade");
            for (var e : aliases.entrySet()) {
                ArrayNode values = grade.has(e.getKey()) ? (ArrayNode) grade.get(e.getKey()) : grade.putArray(e.getKey());
                e.getValue().forEach(values::add);
            }
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a template", e);
        }
    }
}
