package org.emisworkbench.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emisworkbench.model.Message;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A population workbook (the denominator of GER and NER: population by area, single age and sex) seen by the
 * draft. Its header names an area ({@code District code}), no school, and either an {@code Age} column beside
 * counts by sex, drafted as a {@code "role": "population"} template, or the ages across ({@code 5 | 6 | … | 12}),
 * which the import cannot read (a population template reads one row per area and age): then the draft says so and
 * how to write one, never a return template that would take the area code for a school's (review 26).
 */
public final class PopulationDrafter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> SCHOOL_WORDS = List.of("school", "ecole", "escola", "etablissement", "emis",
            "colegio", "escuela", "centro educativo", "centro escolar", "institucion educativa");
    private static final List<String> AGE_WORDS = List.of("age", "ages", "age years", "age in years", "single age",
            "idade", "edad");
    private static final List<String> YEAR_WORDS = List.of("year", "annee", "ano", "periode", "period");
    /** How many rows from the top the header may stand on, as the wide draft looks. */
    private static final int HEADER_ROWS = 20;

    /**
     * What the draft makes of a population workbook: a template ({@code draft}), or, for ages written across, no
     * template and the note saying how to write one.
     */
    public record Result(TemplateDrafter.Draft draft, Message note) {
    }

    private PopulationDrafter() {
    }

    /**
     * The population template drafted from the first sheet that looks like population ({@code fileName} for the
     * year it states), the note for ages across, or empty when no sheet does.
     */
    public static Optional<Result> draft(String id, int version, String title, Map<String, List<List<Cell>>> samples,
                                         String fileName) throws TemplateException {
        CodeList sexes = CodeLists.forDrafting().require("sex");
        CodeList ages = CodeLists.builtIn().require("age");
        for (Map.Entry<String, List<List<Cell>>> e : samples.entrySet()) {
            List<List<Cell>> rows = e.getValue();
            for (int r = 0; r < Math.min(HEADER_ROWS, rows.size()); r++) {
                List<Cell> header = rows.get(r).stream().filter(c -> !c.isBlank()).toList();
                if (header.stream().anyMatch(c -> c.kind() == CellKind.TEXT && has(c.text(), SCHOOL_WORDS))) {
                    return Optional.empty(); // a school's figures, even beside a district column
                }
                Cell area = areaKey(header);
                if (area == null) {
                    continue;
                }
                Cell age = header.stream().filter(c -> c.kind() == CellKind.TEXT
                        && AGE_WORDS.contains(DraftVocabulary.fold(c.text()))).findFirst().orElse(null);
                List<Cell> bySex = header.stream().filter(c -> c.kind() == CellKind.TEXT
                        && sexes.code(c.text()) != null && !"T".equals(sexes.code(c.text()))).toList();
                if (age != null && !bySex.isEmpty()) {
                    return Optional.of(new Result(template(id, version, title, e.getKey(), r, rows, header, area, age,
                            bySex, sexes, fileName), null));
                }
                List<Cell> agesAcross = header.stream().filter(c -> c.col() > area.col() && single(ages, c)).toList();
                // Single ages across run one after another (5 | 6 | 7 …); a school's figures in a data row under a
                // municipality named "Distrito Central" do not (review 31, C1: 10 … 6 read as ages).
                if (agesAcross.size() >= 3 && consecutive(agesAcross)) {
                    return Optional.of(new Result(null, Message.of("draft.populationAcross", e.getKey(),
                            TemplateDrafter.oneLine(area.text()), written(agesAcross.get(0)),
                            written(agesAcross.get(agesAcross.size() - 1)))));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The header's area column: one whose words name an area with a code, else the first naming an area; the words
     * of group headings ({@link GroupRows#namesArea}). A département beside a commune or district scolaire is the
     * level above the district (review 32 B3): the lower area keys the population then, as the draft of a form reads it.
     */
    private static Cell areaKey(List<Cell> header) {
        Cell first = null;
        boolean lowerArea = header.stream().anyMatch(c -> c.kind() == CellKind.TEXT
                && GroupRows.belowDepartement(c.text()) >= 0);
        for (Cell c : header) {
            if (c.kind() != CellKind.TEXT || !GroupRows.namesArea(c.text())
                    || lowerArea && GroupRows.namesDepartement(c.text())) {
                continue;
            }
            String f = DraftVocabulary.fold(c.text());
            if (f.contains("code") || f.endsWith(" id") || f.contains("pcode")) {
                return c;
            }
            first = first == null ? c : first;
        }
        return first;
    }

    /** True when the ages across go up by one from each to the next. */
    private static boolean consecutive(List<Cell> agesAcross) {
        CodeList ages = CodeLists.builtIn().require("age");
        int previous = -1;
        for (Cell c : agesAcross) {
            int age = Integer.parseInt(ages.code(written(c)));
            if (previous >= 0 && age != previous + 1) {
                return false;
            }
            previous = age;
        }
        return true;
    }

    /** A header cell as written: {@code 5} for the number 5, not {@code 5.0}. */
    private static String written(Cell c) {
        return c.kind() == CellKind.NUMBER && c.number() == Math.rint(c.number()) ? String.valueOf((long) c.number())
                : TemplateDrafter.oneLine(c.text());
    }

    /** A header cell naming one single age ({@code 5}, {@code 5 years}, {@code Age 5}), not a band. */
    private static boolean single(CodeList ages, Cell c) {
        String text = written(c);
        String code = text == null ? null : ages.code(text);
        return code != null && code.chars().allMatch(Character::isDigit);
    }

    private static boolean has(String text, List<String> words) {
        String f = " " + DraftVocabulary.fold(text) + " ";
        return words.stream().anyMatch(w -> f.contains(" " + w + " "));
    }

    private static TemplateDrafter.Draft template(String id, int version, String title, String sheet, int headerRow,
                                                  List<List<Cell>> rows, List<Cell> header, Cell area, Cell age,
                                                  List<Cell> bySex, CodeList sexes, String fileName)
            throws TemplateException {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("version", version);
        t.put("title", title);
        t.put("layout", "wide");
        t.put("role", "population");
        Cell yearColumn = header.stream().filter(c -> c.kind() == CellKind.TEXT
                && YEAR_WORDS.contains(DraftVocabulary.fold(c.text()))).findFirst().orElse(null);
        SchoolYears years = SchoolYears.of(null, null, null);
        // Only a label the import reads its year after (CensusYears), so the draft never promises a year it misses.
        Optional<String> titleLabel = DraftYearTitle.label(rows.subList(0, headerRow), years)
                .filter(l -> CensusYears.fromLabel(rows.subList(0, headerRow), List.of(l), years).isPresent());
        boolean named = fileName != null && years.fromFileName(fileName).isPresent();
        Message yearNote;
        if (yearColumn != null) {
            yearNote = Message.of("draft.population.yearColumn", TemplateDrafter.oneLine(yearColumn.text()));
        } else {
            Map<String, Object> year = new LinkedHashMap<>();
            titleLabel.ifPresent(l -> year.put("labels", List.of(l)));
            year.put("fromFileName", true);
            t.put("year", year);
            yearNote = titleLabel.isPresent() ? Message.of("draft.population.yearTitle", titleLabel.get())
                    : named ? Message.of("draft.population.yearName", fileName)
                    : Message.of("draft.population.noYear");
        }
        List<Map<String, Object>> columns = new ArrayList<>();
        List<String> ignore = new ArrayList<>();
        List<String> sexWords = new ArrayList<>();
        for (Cell c : header) {
            String text = TemplateDrafter.oneLine(c.text());
            if (c == area) {
                continue;
            }
            Map<String, Object> col = new LinkedHashMap<>();
            if (c == age) {
                col.put("headers", List.of(text));
                col.put("field", "population.age");
            } else if (c == yearColumn) {
                col.put("headers", List.of(text));
                col.put("field", "population.year");
            } else if (bySex.contains(c)) {
                col.put("headers", List.of(text));
                col.put("field", "population");
                col.put("sex", sexes.code(c.text()));
                sexWords.add(text + " " + sexes.code(c.text()));
            } else {
                ignore.add(text);
                continue;
            }
            columns.add(col);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("names", List.of(sheet));
        s.put("key", List.of(TemplateDrafter.oneLine(area.text())));
        s.put("headerRow", headerRow + 1);
        s.put("columns", columns);
        if (!ignore.isEmpty()) {
            s.put("ignore", ignore);
        }
        t.put("sheets", List.of(s));
        String json;
        try {
            json = JSON.writeValueAsString(t);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and lists always writes", e);
        }
        Template loaded = TemplateLoader.parse(json, id + ".json", null);
        List<Message> notes = new ArrayList<>();
        notes.add(Message.of("draft.population", sheet, TemplateDrafter.oneLine(area.text()),
                TemplateDrafter.oneLine(age.text()), String.join(", ", sexWords), yearNote));
        if (!ignore.isEmpty()) {
            notes.add(Message.of("draft.population.ignored", String.join(", ", ignore)));
        }
        return new TemplateDrafter.Draft(loaded, json, notes);
    }
}
