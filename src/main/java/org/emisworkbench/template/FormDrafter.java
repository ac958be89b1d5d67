package org.emisworkbench.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.imports.excel.Cell;
import org.emisworkbench.imports.excel.CellKind;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Message;

/**
 * Drafts a grid template's header block from a form workbook (one school per workbook): every text cell
 * whose words name the school code, a school attribute or a teacher, classroom or facility count
 * ("School code:", "Nom de l'école", "Female teachers", "Électricité") and that has a value to its
 * right or below becomes a label. The age × grade × sex tables of the form are not drafted: they are
 * named in the notes, for a person to add as grids.
 */
public final class FormDrafter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> YEAR_LABELS = List.of("census year", "school year", "year", "annee scolaire",
            "annee", "annee du recensement", "exercice");

    private FormDrafter() {
    }

    /**
     * A labelled cell guessed.
     *
     * @param cell       A1 reference of the label, e.g. {@code Form!B3}
     * @param label      the label as written
     * @param field      canonical field, or {@code school.code} for the key
     * @param value      the value found next to it, as written
     * @param confidence 0 … 1
     */
    public record LabelGuess(String cell, String label, String field, String sex, String codeList, String value,
                             double confidence) {
    }

    /**
     * The guessed header block of a form, as a grid template.
     *
     * @param labels the labels guessed, in reading order
     * @param draft  the template, loaded back by {@link TemplateLoader}
     */
    public record FormDraft(List<LabelGuess> labels, TemplateDrafter.Draft draft) {
        public FormDraft {
            labels = List.copyOf(labels);
        }
    }

    /**
     * Drafts a grid template from the sheets' first rows, or returns null when no label names the school
     * code (then the workbook is not a form this drafter can read).
     */
    public static FormDraft draft(String id, int version, String title, Map<String, List<List<Cell>>> samples)
            throws TemplateException {
        List<LabelGuess> all = new ArrayList<>();
        List<Map<String, Object>> sheets = new ArrayList<>();
        String yearLabel = null;
        boolean keyFound = false;
        Set<String> meanings = new HashSet<>();
        for (Map.Entry<String, List<List<Cell>>> e : samples.entrySet()) {
            List<Map<String, Object>> labels = new ArrayList<>();
            boolean keyHere = false;
            for (List<Cell> row : e.getValue()) {
                for (Cell c : row) {
                    if (c.kind() != CellKind.TEXT || c.isBlank()) {
                        continue;
                    }
                    String text = TemplateDrafter.oneLine(c.text());
                    String bare = HeaderText.normalizeLabel(text);
                    boolean below = nextIsLabel(e.getValue(), c);
                    Cell value = valueOf(e.getValue(), c, below);
                    if (value == null) {
                        continue;
                    }
                    if (yearLabel == null && YEAR_LABELS.contains(DraftVocabulary.fold(bare))
                            && YearParser.parse(value.text()).isPresent()) {
                        yearLabel = stripColon(text);
                        continue;
                    }
                    DraftVocabulary.Guess g = DraftVocabulary.guess(stripColon(text), "enrolment");
                    String field = g == null ? null : g.key() ? "school.code" : g.field();
                    CanonicalField f = field == null ? null : CanonicalField.parse(field).orElse(null);
                    if (f == null || g.total() || !(f.kind() == CanonicalField.Kind.SCHOOL
                            || f.kind() == CanonicalField.Kind.FIXED)
                            || f.topic() != null && f.topic().bySex() && g.sex() == null
                            || (keyFound || keyHere) && field.equals("school.code")
                            || !meanings.add(field + "|" + g.sex())) {
                        continue;
                    }
                    String codeList = f.name().startsWith("facilities.") && !f.name().startsWith("facilities.toilets")
                            && value.kind() == CellKind.TEXT && CodeLists.builtIn().require("yesno").code(value.text()) != null
                            ? "yesno" : null;
                    Map<String, Object> l = new LinkedHashMap<>();
                    l.put("labels", List.of(stripColon(text)));
                    l.put("field", field);
                    if (f.topic() != null && f.topic().bySex()) {
                        l.put("sex", g.sex());
                    }
                    if (codeList != null) {
                        l.put("codeList", codeList);
                    }
                    if (below) {
                        // A block of labels side by side ("Qualified F | Qualified M") holds its values on the row below.
                        l.put("position", "below");
                    }
                    labels.add(l);
                    keyHere |= field.equals("school.code");
                    all.add(new LabelGuess(e.getKey() + "!" + CellRef.columnLetters(c.col()) + (c.row() + 1),
                            stripColon(text), field, g.sex(), codeList, value.shown(), g.confidence()));
                }
            }
            if (!labels.isEmpty()) {
                Map<String, Object> sheet = new LinkedHashMap<>();
                sheet.put("names", List.of(e.getKey()));
                if (keyHere) {
                    sheet.put("required", List.of("school.code"));
                }
                sheet.put("labels", labels);
                sheets.add(sheet);
                keyFound |= keyHere;
            }
        }
        if (!keyFound) {
            return null;
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", id);
        root.put("version", version);
        root.put("title", title);
        root.put("layout", "grid");
        Map<String, Object> year = new LinkedHashMap<>();
        if (yearLabel != null) {
            year.put("labels", List.of(yearLabel));
        }
        year.put("fromFileName", true);
        root.put("year", year);
        root.put("sheets", sheets);
        String json;
        try {
            json = JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot write a template", ex);
        }
        Template t = TemplateLoader.parse(json, id + ".json", null);
        return new FormDraft(all, new TemplateDrafter.Draft(t, json, List.of(Message.of("draft.noGrids"))));
    }

    private static String stripColon(String text) {
        String t = text.strip();
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** True when the next filled cell right of a label is another label that names a field. */
    private static boolean nextIsLabel(List<List<Cell>> rows, Cell label) {
        for (Cell c : rows.get(label.row())) {
            if (c.col() > label.col() && !c.isBlank()) {
                return c.kind() == CellKind.TEXT && (FormCells.isLabelLike(c)
                        || DraftVocabulary.guess(stripColon(c.text()), "enrolment") != null);
            }
        }
        return false;
    }

    /** The filled cell right of a label on its row (the first one), else (or when {@code below}) the cell below it. */
    private static Cell valueOf(List<List<Cell>> rows, Cell label, boolean below) {
        for (Cell c : rows.get(label.row())) {
            if (!below && c.col() > label.col() && !c.isBlank()) {
                return FormCells.isLabelLike(c) ? null : c;
            }
        }
        if (label.row() + 1 < rows.size()) {
            for (Cell c : rows.get(label.row() + 1)) {
                if (c.col() == label.col() && !c.isBlank() && !FormCells.isLabelLike(c)) {
                    return c;
                }
            }
        }
        return null;
    }
}
