package org.emisworkbench.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Message;
import org.emisworkbench.template.TemplateDrafter.CountCells;
import org.emisworkbench.template.TemplateDrafter.Draft;

/**
 * What a workbook's text cells say of how its counts are written, added to a draft by {@link TemplateDrafter}: where
 * the draft reads counts ({@link TemplateDrafter.CountCells}), the dashes they hold as {@code nilMarks}, a thousands separator, and
 * the language of a form's sex letters.
 */
final class DraftWorkbookText {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DraftWorkbookText() {
    }

    /**
     * The cells of wide sheets read as counts: below the header, in a column read into a figure (not the key,
     * not a school's detail, not a Yes/No answer) or added into a sum.
     */
    static CountCells countCells(List<SheetMapping> tables) {
        Map<String, Map<Integer, Integer>> bySheet = new LinkedHashMap<>();
        for (SheetMapping s : tables) {
            Map<Integer, Integer> cols = bySheet.computeIfAbsent(s.sheet(), k -> new LinkedHashMap<>());
            Set<String> summed = new HashSet<>();
            s.sums().forEach(sum -> sum.headers().forEach(h -> summed.add(TemplateDrafter.oneLine(h))));
            for (ColumnMapping c : s.columns()) {
                boolean count = c.field() != null && !c.key() && !c.field().startsWith("school.") && c.codeList() == null;
                if (count || summed.contains(TemplateDrafter.oneLine(c.header()))) {
                    cols.merge(c.col(), s.lastRow(), Math::min);
                }
            }
        }
        return (sheet, cell) -> {
            Map<Integer, Integer> cols = bySheet.get(sheet);
            Integer header = cols == null ? null : cols.get(cell.col());
            return header != null && cell.row() > header;
        };
    }

    /**
     * The cells of forms and rosters that stand in a column of counts: a column holding a number, where every
     * text below its first number is a dash or holds a digit. A remarks column ("-", "Roof blown off") is none.
     */
    static CountCells countColumns(Map<String, List<List<Cell>>> samples) {
        Map<String, Map<Integer, Integer>> bySheet = new LinkedHashMap<>();
        samples.forEach((sheet, rows) -> {
            Map<Integer, Integer> firstNumber = new LinkedHashMap<>();
            Set<Integer> words = new HashSet<>();
            for (List<Cell> row : rows) {
                for (Cell c : row) {
                    if (c.kind() == CellKind.NUMBER) {
                        firstNumber.putIfAbsent(c.col(), c.row());
                    } else if (c.kind() == CellKind.TEXT && firstNumber.containsKey(c.col()) && !c.isBlank()
                            && !FigureText.proposedNil(HeaderText.normalize(c.text()))
                            && c.text().chars().noneMatch(Character::isDigit)) {
                        words.add(c.col());
                    }
                }
            }
            words.forEach(firstNumber::remove);
            bySheet.put(sheet, firstNumber);
        });
        return (sheet, cell) -> bySheet.getOrDefault(sheet, Map.of()).containsKey(cell.col());
    }

    /**
     * The draft with what its workbook's text cells say of how they are written: the language of its lone sex
     * letters ({@link DraftLetters}: a French form's {@code G | F} is garçons, filles), when the layout's own
     * drafting did not say it (forms and rosters); the dashes its count cells hold as {@code nilMarks} (each
     * read as 0 and reported at import, decision 0013), never a dash of a remarks column; and
     * {@code "thousands": "."} when counts are written {@code 1.050} ({@link FigureText#seen}). Loaded back like
     * every template.
     *
     * @param counts  where the draft reads counts
     * @param figures the nil marks and thousands separator the officer set, or null to take those seen
     */
    static Draft withWorkbookText(Draft draft, Map<String, List<List<Cell>>> samples, CountCells counts,
                                  FigureText.Settings figures) throws TemplateException {
        List<String> texts = new ArrayList<>();
        if (samples != null) {
            for (Map.Entry<String, List<List<Cell>>> sheet : samples.entrySet()) {
                for (List<Cell> row : sheet.getValue()) {
                    for (Cell c : row) {
                        if (c.kind() == CellKind.TEXT && counts.holds(sheet.getKey(), c)) {
                            texts.add(c.text());
                        }
                    }
                }
            }
        }
        FigureText.Settings seen = figures != null ? figures.orNull() : FigureText.seen(texts);
        DraftLetters letters = samples == null ? new DraftLetters(null, false, false)
                : DraftLetters.of(samples.values());
        boolean language = draft.template().language() == null && letters.language() != null
                && !letters.mUnknown() && draft.template().layout() != Layout.WIDE && !root(draft).has("codeLists");
        if (seen.nilMarks() == null && seen.thousands() == null && !language) {
            return draft;
        }
        try {
            com.fasterxml.jackson.databind.node.ObjectNode root =
                    (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(draft.json());
            com.fasterxml.jackson.databind.node.ObjectNode out = JSON.createObjectNode();
            root.fields().forEachRemaining(e -> {
                out.set(e.getKey(), e.getValue());
                if (e.getKey().equals("layout")) {
                    if (language) {
                        out.put("language", letters.language());
                        if (letters.mMale()) {
                            // A Portuguese form written F/M: M is masculino here (as a wide draft says it).
                            out.set("codeLists", JSON.valueToTree(Map.of("sex", Map.of("M", List.of("M")))));
                        }
                    }
                    if (seen.nilMarks() != null) {
                        out.set("nilMarks", JSON.valueToTree(seen.nilMarks()));
                    }
                    if (seen.thousands() != null) {
                        out.put("thousands", seen.thousands());
                    }
                }
            });
            String json = JSON.writeValueAsString(out) + "\n";
            Template t = TemplateLoader.parse(json, draft.template().id() + ".json", null);
            List<Message> notes = new ArrayList<>(draft.notes());
            if (seen.nilMarks() != null) {
                notes.add(Message.of("draft.nilMarks", String.join(" ", seen.nilMarks())));
            }
            if (seen.thousands() != null) {
                notes.add(Message.of("draft.thousands"));
            }
            return new Draft(t, json, notes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a template", e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode root(Draft draft) {
        try {
            return JSON.readTree(draft.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a draft", e);
        }
    }
}
