package org.emisworkbench.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.model.Message;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Secondary years numbered from one after primary ({@code Form 1}…{@code Form 4} in East Africa and the Pacific,
 * {@code S1}…{@code S6} in Uganda, {@code JSS 1}/{@code JHS 1} in West Africa): which grade {@code Form 1} is
 * depends on how many years primary lasts in the country (G7 after six years, G9 after eight), so the built-in
 * grade list leaves them out ({@link BuiltInCodeLists}) and a draft never guesses it. The officer says it once,
 * {@code emis template draft --primary 6}: the draft then reads {@code Form k} as grade {@code 6 + k} and writes
 * the spellings in the template's own grade list, so the import reads them as the draft did: a wide sheet's columns
 * ({@link #asGrade}) and a form's tables, their rows or column heads found through that same grade list
 * ({@link #grades}). Without it the draft names such columns ({@link #note}) and tables ({@link #formNote}) in a
 * note saying how.
 *
 * @param primaryYears years of primary before the first of these years (4 to 9, as {@code emis structure}), or
 *                     0 when not given
 */
public record SecondaryYears(int primaryYears) {
    /** Not given: such columns are left out of the draft, with a note. */
    public static final SecondaryYears NOT_GIVEN = new SecondaryYears(0);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** {@code Form 1}, {@code Form1}, {@code S.1}, {@code Senior 2}, {@code JSS 3}, {@code JHS1}: a word then a year. */
    private static final Pattern YEAR = Pattern.compile(
            "(?i)(?<![\\p{L}\\d_-])(form|senior|s|jss|jhs)[ .]?(\\d{1,2})(?![\\p{L}\\d])");

    /** A grade's code in a template's grade list: {@code G9}. */
    private static final Pattern GRADE_CODE = Pattern.compile("(?i)G(\\d{1,2})");

    public SecondaryYears {
        if (primaryYears != 0 && (primaryYears < 4 || primaryYears > 9)) {
            throw new IllegalArgumentException("years of primary must be 4 to 9, not " + primaryYears);
        }
    }

    /**
     * What a template's own grade list takes for granted: each spelling of a secondary year ({@code Form 1},
     * {@code S2}) listed under grade {@code Gn} says primary lasts {@code n - k} years. Empty when the list names no
     * such year, or when its spellings disagree. A template drafted with {@code --primary 8} gives 8, with
     * {@code Form 1} under {@code G9} as the first year; a workspace whose structure has 6 years of primary then
     * counts {@code Form 1} (G9) as lower secondary (review 28 F5, decision 0091). One walk of the list.
     */
    public static java.util.Optional<Assumed> assumed(Template template) {
        Map<String, List<String>> grades = template.codeLists().getOrDefault("grade", Map.of());
        java.util.Set<Integer> said = new TreeSet<>();
        String firstSpelling = null;
        String firstGrade = null;
        for (Map.Entry<String, List<String>> e : grades.entrySet()) {
            Matcher code = GRADE_CODE.matcher(e.getKey().strip());
            for (String spelling : e.getValue()) {
                Matcher y = YEAR.matcher(spelling == null ? "" : spelling);
                if (!y.find()) {
                    continue;
                }
                int year = Integer.parseInt(y.group(2));
                if (year == 1 && firstSpelling == null) {
                    firstSpelling = spelling.strip();
                    firstGrade = e.getKey().strip();
                }
                if (code.matches() && y.group().strip().length() == spelling.strip().length()) {
                    said.add(Integer.parseInt(code.group(1)) - year);
                }
            }
        }
        if (said.size() != 1 || firstSpelling == null) {
            return java.util.Optional.empty();
        }
        int primary = said.iterator().next();
        return primary >= 4 && primary <= 9
                ? java.util.Optional.of(new Assumed(primary, firstSpelling, firstGrade)) : java.util.Optional.empty();
    }

    /**
     * The years of primary a template's grade list takes for granted, and its first secondary year's spelling and
     * the grade it is listed under ({@code Form 1}, {@code G9}).
     */
    public record Assumed(int primaryYears, String firstSpelling, String firstGrade) {
    }

    boolean given() {
        return primaryYears != 0;
    }

    /**
     * The header as the draft's guess reads it: each {@code Form k} as {@code Grade p+k} when the years of primary
     * {@code p} are given and the grade is one of G1…G13; else the header as written.
     */
    String asGrade(String header) {
        if (!given() || header == null) {
            return header;
        }
        Matcher m = YEAR.matcher(header);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int grade = primaryYears + Integer.parseInt(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(grade >= 1 && grade <= BuiltInCodeLists.MAX_GRADE ? "Grade " + grade
                    : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The years a text names, as written once ({@code Form 1}), in the order met. */
    private static List<String> named(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            out.add(m.group().strip());
        }
        return out;
    }

    /**
     * The note for a sheet whose columns left unguessed name such years (two years or more, so that a lone
     * {@code S1} standing for something else is not taken for them): without the years of primary, which columns
     * and the option that reads them; with them, the columns still left out (a grade the sheet's own columns
     * already give, {@code P7} beside {@code S1} read as G7, or one past G13), so that no note says a year is read
     * when it is not. Null when there is nothing to say.
     */
    Message note(SheetMapping m) {
        List<String> columns = new ArrayList<>();
        java.util.TreeMap<Integer, String> years = new java.util.TreeMap<>();
        for (ColumnMapping c : m.columns()) {
            List<String> found = c.field() == null && !c.leftOut() ? named(c.header()) : List.of();
            if (found.isEmpty()) {
                continue;
            }
            columns.add(TemplateDrafter.oneLine(c.header()));
            for (String f : found) {
                Matcher y = YEAR.matcher(f);
                if (y.find()) {
                    years.putIfAbsent(Integer.parseInt(y.group(2)), f);
                }
            }
        }
        if (columns.isEmpty() || !given() && years.size() < 2) {
            return null;
        }
        String shown = columns.size() > 6 ? String.join(", ", columns.subList(0, 6)) + ", …"
                : String.join(", ", columns);
        return given() ? Message.of("draft.secondaryYearsLeftOut", m.sheet(), shown, primaryYears)
                : Message.of("draft.secondaryYears", m.sheet(), shown, years.firstEntry().getValue(),
                        years.lastEntry().getValue());
    }

    /**
     * The note for a form's sheet ({@link FormDrafter}) whose tables name such years (two or more) as their grades,
     * down the rows or across: without the years of primary, the tables the draft leaves out for it (found only when
     * the years are read as grades) and the option that reads them; with them, the years still left out (past G13,
     * or a grade the sheet already names: {@code P7} beside {@code S1} with six years of primary).
     * Null when there is nothing to say.
     *
     * @param rows the sheet's first rows, as the form was guessed from them
     */
    Message formNote(FormMapping form, List<List<Cell>> rows) {
        if (rows == null) {
            return null;
        }
        String language = HeaderLanguage.guess(rows.stream().flatMap(List::stream)
                .filter(c -> c.kind() == CellKind.TEXT).map(Cell::text).toList());
        List<FormGrids.Found> tables;
        CodeList read = grades(rows);
        if (given()) {
            tables = FormGrids.find(rows, form.sheet(), language, read);
        } else {
            // Found only when the years are read as grades (whichever grades: the fewest years of primary keeps
            // the most of them within G12): such tables are what the option would read.
            TreeSet<Integer> plain = new TreeSet<>();
            FormGrids.find(rows, form.sheet(), language, CodeLists.builtIn().require("grade"))
                    .forEach(t -> plain.add(t.firstRow()));
            tables = FormGrids.find(rows, form.sheet(), language, new SecondaryYears(4).grades(rows)).stream()
                    .filter(t -> !plain.contains(t.firstRow())).toList();
        }
        java.util.LinkedHashSet<String> titles = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<String> cells = new java.util.LinkedHashSet<>();
        java.util.TreeMap<Integer, String> years = new java.util.TreeMap<>();
        for (FormGrids.Found t : tables) {
            for (int r = t.firstRow() + 1; r <= t.lastRow() && r < rows.size(); r++) {
                for (Cell c : rows.get(r)) {
                    List<String> found = c.kind() == CellKind.TEXT ? named(c.text()) : List.of();
                    boolean leftOut = found.stream().anyMatch(f -> read.code(f) == null);
                    if (found.isEmpty() || given() && !leftOut) {
                        continue;
                    }
                    titles.add(t.grid().title());
                    cells.add(TemplateDrafter.oneLine(c.text()));
                    for (String f : found) {
                        Matcher y = YEAR.matcher(f);
                        if (y.find()) {
                            years.putIfAbsent(Integer.parseInt(y.group(2)), f);
                        }
                    }
                }
            }
        }
        if (cells.isEmpty() || !given() && years.size() < 2) {
            return null;
        }
        List<String> named = List.copyOf(cells);
        String shown = named.size() > 6 ? String.join(", ", named.subList(0, 6)) + ", …" : String.join(", ", named);
        String title = String.join(", ", titles);
        return given() ? Message.of("draft.secondaryYearsFormLeftOut", form.sheet(), title, shown, primaryYears)
                : Message.of("draft.secondaryYearsForm", form.sheet(), title, shown, years.firstEntry().getValue(),
                        years.lastEntry().getValue());
    }

    /**
     * Each year the sheets' text cells name, as written ({@code Form 1}), with the grade code it stands for after
     * the years of primary ({@code G8} after seven), in the order met; empty when the years of primary are not given.
     */
    private Map<String, String> spellings(java.util.Collection<List<List<Cell>>> sheets) {
        Map<String, String> spellings = new LinkedHashMap<>();
        if (!given()) {
            return spellings;
        }
        CodeList builtIn = CodeLists.builtIn().require("grade");
        for (List<List<Cell>> rows : sheets) {
            // A grade a cell of the sheet already names (a form's P7 row beside S1 with six years of primary) is
            // not given a second spelling: that year is left out, said in a note, and reported by the import.
            java.util.Set<String> already = new java.util.HashSet<>();
            rows.forEach(row -> row.stream().filter(c -> c.kind() == CellKind.TEXT && builtIn.code(c.text()) != null)
                    .forEach(c -> already.add(builtIn.code(c.text()))));
            for (List<Cell> row : rows) {
                for (Cell c : row) {
                    if (c.kind() != CellKind.TEXT) {
                        continue;
                    }
                    for (String f : named(c.text())) {
                        String grade = asGrade(f);
                        String code = grade.equals(f) ? null : "G" + grade.substring("Grade ".length());
                        if (code != null && !already.contains(code)) {
                            spellings.putIfAbsent(f, code);
                        }
                    }
                }
            }
        }
        return spellings;
    }

    /**
     * The grade list a form's tables are found with ({@link FormGrids}): the built-in one, with the years the rows
     * name read as the grades after primary, exactly as {@link #apply} writes them in the template's own grade list
     * (so the draft finds the tables the import then reads); the built-in list alone when not given.
     */
    CodeList grades(List<List<Cell>> rows) {
        CodeList builtIn = CodeLists.builtIn().require("grade");
        Map<String, String> spellings = spellings(List.of(rows));
        if (spellings.isEmpty()) {
            return builtIn;
        }
        Map<String, List<String>> own = new LinkedHashMap<>();
        spellings.forEach((spelling, code) -> {
            if (builtIn.code(spelling) == null) {
                own.computeIfAbsent(code, k -> new ArrayList<>()).add(spelling);
            }
        });
        return CodeLists.merge(Map.of("grade", own), new ArrayList<>(), "codeLists").require("grade");
    }

    /**
     * The draft with the years read in its own grade list ({@code "codeLists": {"grade": {"G7": ["Form 1"]}}}) and
     * a note saying how they were read, when the years of primary were given and the samples name such years;
     * else the draft as it is.
     */
    public TemplateDrafter.Draft apply(TemplateDrafter.Draft draft, Map<String, List<List<Cell>>> samples)
            throws TemplateException {
        if (!given()) {
            return draft;
        }
        Map<String, String> spellings = spellings(samples.values());
        if (spellings.isEmpty()) {
            return draft;
        }
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(draft.json());
            ObjectNode lists = root.has("codeLists") ? (ObjectNode) root.get("codeLists") : root.putObject("codeLists");
            ObjectNode grade = lists.has("grade") ? (ObjectNode) lists.get("grade") : lists.putObject("grade");
            for (Map.Entry<String, String> e : spellings.entrySet()) {
                JsonNode listed = grade.get(e.getValue());
                ArrayNode names = listed instanceof ArrayNode a ? a : grade.putArray(e.getValue());
                boolean there = false;
                for (JsonNode n : names) {
                    there |= HeaderText.fold(n.asText()).equals(HeaderText.fold(e.getKey()));
                }
                if (!there) {
                    names.add(e.getKey());
                }
            }
            String json = JSON.writeValueAsString(root) + "\n";
            Template t = TemplateLoader.parse(json, draft.template().id() + ".json", null);
            List<Message> notes = new ArrayList<>(draft.notes());
            Map.Entry<String, String> first = spellings.entrySet().stream().min(java.util.Comparator.comparingInt(
                    e -> Integer.parseInt(e.getValue().substring(1)))).orElseThrow();
            notes.add(Message.of("draft.secondaryYearsRead", first.getKey(), first.getValue(), primaryYears));
            return new TemplateDrafter.Draft(t, json, notes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a template", e);
        }
    }
}
