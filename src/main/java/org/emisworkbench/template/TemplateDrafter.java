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
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Message;

/**
 * Drafts a wide template from a workbook: finds each sheet's header row the way the reader does
 * ({@link HeaderLocator}, with the headers of {@link DraftVocabulary} in place of a template's), guesses
 * each column's field from its header, then writes the mappings as a template, a family of columns
 * sharing one shape ("Grade 1 F" … "Grade 6 M") as one pattern. The template written is loaded back
 * with {@link TemplateLoader} and re-matched against the workbook's headers; a pattern that would read
 * a column otherwise than the mapping says is replaced by the columns' literal headers.
 */
public final class TemplateDrafter {
    /** Rows of each sheet sampled for drafting and previews. */
    public static final int SAMPLE_ROWS = 80;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TemplateDrafter() {
    }

    /**
     * What was guessed for a workbook.
     *
     * @param sheets  one mapping per sheet with a header row holding a school code column
     * @param samples the first {@link #SAMPLE_ROWS} rows of every visible sheet, by sheet name
     * @param notes   sheets left out, and why
     */
    public record Guesses(List<SheetMapping> sheets, Map<String, List<List<Cell>>> samples, List<Message> notes) {
        public Guesses {
            sheets = List.copyOf(sheets);
            samples = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(samples));
            notes = List.copyOf(notes);
        }
    }

    /**
     * A template written from mappings.
     *
     * @param template the template as {@link TemplateLoader} loads it from {@link #json}
     * @param json     the template file's text
     * @param notes    columns left out of the template (a count without its sex or grade, a second column
     *                 meaning the same figure) and families written header by header
     */
    public record Draft(Template template, String json, List<Message> notes) {
        public Draft {
            notes = List.copyOf(notes);
        }
    }

    /** Guesses how every visible sheet of the workbook is read. */
    public static Guesses guess(WorkbookReader workbook) throws WorkbookException {
        List<SheetMapping> sheets = new ArrayList<>();
        Map<String, List<List<Cell>>> samples = new LinkedHashMap<>();
        List<Message> notes = new ArrayList<>();
        for (SheetInfo s : workbook.sheets()) {
            if (s.visible()) {
                samples.put(s.name(), SheetNames.firstRows(workbook, s, SAMPLE_ROWS));
            }
        }
        DraftLetters letters = DraftLetters.of(samples.values());
        for (SheetInfo s : workbook.sheets()) {
            if (!s.visible()) {
                continue;
            }
            List<List<Cell>> rows = samples.get(s.name());
            SheetMapping m = guessSheet(s.name(), rows, null, letters, notes);
            // A school code with nothing guessed beside it is a form's label ("Code école :"), not a header row.
            if (m == null || m.columns().stream().noneMatch(c -> c.field() != null)) {
                notes.add(Message.of("draft.noHeader", s.name(), HeaderLocator.SEARCH_ROWS));
            } else {
                sheets.add(m);
            }
        }
        return new Guesses(sheets, samples, notes);
    }

    /**
     * Guesses one sheet's columns.
     *
     * @param headerRow 1-based header row chosen by the officer, or null to find it
     * @return the mapping, or null when no header row with a school code column is found (with
     *         {@code headerRow} given: that row's columns, none guessed, when the key is not recognised)
     */
    public static SheetMapping guessSheet(String sheet, List<List<Cell>> rows, Integer headerRow) {
        return guessSheet(sheet, rows, headerRow, DraftLetters.of(List.of(rows)), new ArrayList<>());
    }

    /**
     * Guesses one sheet's columns, reading lone sex letters as {@code letters} says (the workbook's language);
     * a column whose sex is a letter that cannot be told (a Portuguese M without H or F beside it) is left
     * out, with a note.
     */
    static SheetMapping guessSheet(String sheet, List<List<Cell>> rows, Integer headerRow, DraftLetters letters,
                                   List<Message> notes) {
        HeaderMatcher vocabulary = DraftVocabulary.matcher(letters.matcherLanguage());
        // Headers cut short ("Code établ.") are found as written out; the template keeps them as written.
        HeaderLayout h = HeaderLocator.locate(DraftVocabulary.writtenOut(rows), vocabulary, headerRow);
        if (h != null && h.firstRow() != h.lastRow()) {
            // A banner ("Part A") above the header ties with the header alone: then the header is one row.
            HeaderLayout lowerOnly = HeaderLocator.locate(DraftVocabulary.writtenOut(rows), vocabulary,
                    h.lastRow() + 1);
            if (lowerOnly != null && lowerOnly.firstRow() == lowerOnly.lastRow() && lowerOnly.score() >= h.score()) {
                h = lowerOnly;
            }
        }
        int first;
        int last;
        if (h != null) {
            first = h.firstRow();
            last = h.lastRow();
        } else if (headerRow != null && headerRow - 1 < rows.size()) {
            first = headerRow - 1;
            last = headerRow - 1;
        } else {
            return null;
        }
        if (headerRow == null) {
            last = HeaderDepth.lastRow(rows, first, last, DraftVocabulary.sheetTopic(sheet), letters.matcherLanguage());
            if (first == last) {
                // Last year's and this year's columns under year banners: the banner is part of the header.
                first = DraftYearColumns.withYearBanner(rows, first);
            }
        }
        String[] texts = HeaderLocator.columnTexts(rows, first, last);
        DraftYearColumns years = DraftYearColumns.of(texts);
        // The reader falls back on the lower row alone when the combined text means nothing ("Part A" above
        // "School code"): so does the guess, and the header kept is the one that was understood.
        String[] lower = first == last ? texts : HeaderLocator.columnTexts(rows, first + 1, last);
        String topic = DraftVocabulary.sheetTopic(sheet);
        List<ColumnMapping> columns = new ArrayList<>();
        Set<String> meanings = new HashSet<>();
        boolean keyFound = false;
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] == null || texts[c].isBlank()) {
                continue;
            }
            if (years.thisYear[c] != null && !years.latest[c]) {
                // Another year of a column drafted as {year}: read by that column when its year is imported.
                columns.add(ColumnMapping.unread(c, texts[c]));
                continue;
            }
            String whole = texts[c];
            DraftVocabulary.Guess g = DraftVocabulary.guess(years.thisYear[c] == null ? texts[c]
                    : DraftYearColumns.withoutYear(years.thisYear[c]), topic, letters.matcherLanguage());
            if (g != null && years.thisYear[c] != null) {
                texts[c] = years.thisYear[c];
            }
            if (g == null && c < lower.length && lower[c] != null && !lower[c].equals(texts[c])) {
                g = DraftVocabulary.guess(lower[c], topic, letters.matcherLanguage());
                if (g != null) {
                    texts[c] = lower[c];
                }
            }
            if (g == null) {
                g = gradeFromSheetName(sheet, texts[c], topic, letters);
            }
            if (g != null && !g.key() && g.grade() != null && NumberedGrades.loneNumber(texts[c])
                    && !NumberedGrades.saysGrades(List.of(whole, sheet))) {
                // "6 Boys" under "Age", or under nothing: the number is not said to be a grade; left for the officer.
                g = null;
            }
            if (g != null && g.sex() != null && letters.ambiguous(texts[c])) {
                notes.add(Message.of("draft.ambiguousSex", sheet, CellRef.columnLetters(c), oneLine(texts[c])));
                columns.add(ColumnMapping.unread(c, texts[c]));
                continue;
            }
            if (g == null) {
                // Names, phone numbers and remarks are read by nobody: left out on purpose, not reported at import.
                columns.add(DraftVocabulary.notCensus(texts[c]) ? ColumnMapping.leftOut(c, texts[c], 0.9)
                        : DraftVocabulary.serial(texts[c]) && SerialColumn.numbersRows(texts[c], rows, last, c)
                                ? ColumnMapping.leftOut(c, texts[c], 0.8) : ColumnMapping.unread(c, texts[c]));
            } else if (g.key()) {
                columns.add(keyFound ? ColumnMapping.unread(c, texts[c])
                        : new ColumnMapping(c, texts[c], null, true, false, null, null, null, null, g.confidence()));
                keyFound = true;
            } else if (!codesFit(g.field(), rows, last, c)) {
                // "Zone" over "Zone 3", "Zone 4": a school cluster, not urban/rural; reading it as the locality
                // would report every school's value as an unknown code. Left out, for the officer to see.
                columns.add(ColumnMapping.leftOut(c, texts[c], 0.5));
            } else if (!meanings.add(meaning(g.field() + (g.total() ? "#total" : ""), g.sex(), g.grade(), g.age()))) {
                // Two columns for one figure: the second would overwrite the first, so it is left for the officer.
                columns.add(ColumnMapping.unread(c, texts[c]));
            } else {
                columns.add(new ColumnMapping(c, texts[c], g.field(), false, g.total(), g.sex(), g.grade(), g.age(),
                        g.total() ? null : codeListFor(g.field(), rows, last, c), g.confidence()));
            }
        }
        columns = bothSexesTotals(columns);
        columns = RowDimensionDrafter.apply(columns, rows, last, topic);
        List<SumMapping> sums = new ArrayList<>();
        columns = TeacherStatusDrafter.apply(columns, sums, header -> {
            DraftVocabulary.Guess t = DraftVocabulary.guess(header, topic, letters.matcherLanguage());
            return t != null && "teachers.total".equals(t.field()) && !t.total() && t.grade() == null
                    && t.age() == null ? t.sex() : null;
        });
        Set<String> summed = sums.stream().map(SumMapping::sex).collect(java.util.stream.Collectors.toSet());
        TeacherSumDrafter.guess(columns).stream().filter(s -> !summed.contains(s.sex())).forEach(sums::add);
        columns = TeacherSumDrafter.withTotalOfSums(columns, sums, header -> {
            DraftVocabulary.Guess t = DraftVocabulary.guess(header, topic, letters.matcherLanguage());
            return t != null && t.total() && t.sex() == null && t.grade() == null && t.age() == null;
        });
        columns = wordsOnlyLeftOut(columns, rows, last);
        return new SheetMapping(sheet, first, last, headerRow != null, columns, Map.of(), sums);
    }

    /**
     * A column still unread whose header means nothing known and below which stand only words (a clerk's
     * initials under "Checked by", a hidden working column, a remark without a known header): it holds no census
     * figure, so it is left out on purpose rather than reported at every import. A column with a single number
     * below it stays unread, for the check and the import to report as figures left unread.
     */
    private static List<ColumnMapping> wordsOnlyLeftOut(List<ColumnMapping> columns, List<List<Cell>> rows,
                                                        int lastHeaderRow) {
        List<ColumnMapping> out = new ArrayList<>(columns.size());
        for (ColumnMapping c : columns) {
            out.add(!c.reads() && !c.leftOut() && wordsOnly(rows, lastHeaderRow, c.col())
                    ? ColumnMapping.leftOut(c.col(), c.header(), 0.6) : c);
        }
        return out;
    }

    /** True when the column holds something below its header, and no number nor text with a digit ("1.050"). */
    private static boolean wordsOnly(List<List<Cell>> rows, int lastHeaderRow, int col) {
        int words = 0;
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell cell : rows.get(r)) {
                if (cell.col() != col || cell.isBlank()) {
                    continue;
                }
                if (cell.kind() != CellKind.TEXT || cell.text().chars().anyMatch(Character::isDigit)) {
                    return false;
                }
                words++;
            }
        }
        return words > 0;
    }

    /**
     * A workbook with one sheet per grade ("Grade 1", "CP1", "Std 3") whose columns say only the sex
     * ("Boys", "Girls"): the sheet's name gives the grade, as it would at the head of the column.
     * Only a guess that finds a grade in the name is taken, so "Sheet1" adds nothing.
     */
    private static DraftVocabulary.Guess gradeFromSheetName(String sheet, String header, String topic,
                                                            DraftLetters letters) {
        DraftVocabulary.Guess g = DraftVocabulary.guess(sheet + " " + header, topic, letters.matcherLanguage());
        return g != null && !g.key() && g.grade() != null ? g : null;
    }

    /**
     * A total of both sexes ({@code Grade 1 Total}, {@code Grand total}) is kept only where the girls' and
     * boys' columns it adds up are on the sheet (of its grade, for a grade's total): else it would compare
     * nothing, or the wrong thing (a {@code Total} beside teacher columns), and is left for the officer.
     */
    private static List<ColumnMapping> bothSexesTotals(List<ColumnMapping> columns) {
        List<ColumnMapping> out = new ArrayList<>(columns);
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping t = out.get(i);
            if (!t.total() || t.sex() != null) {
                continue;
            }
            Set<String> sexes = new HashSet<>();
            for (ColumnMapping c : columns) {
                if (!c.total() && Objects.equals(c.field(), t.field()) && c.sex() != null
                        && (t.grade() == null || t.grade().equals(c.grade()))) {
                    sexes.add(c.sex());
                }
            }
            if (sexes.size() < 2) {
                String other = t.grade() == null ? onlySexedField(columns, t) : null;
                out.set(i, other == null ? ColumnMapping.unread(t.col(), t.header())
                        : new ColumnMapping(t.col(), t.header(), other, false, true, null, null, null, null,
                                t.confidence()));
            }
        }
        return out;
    }

    /**
     * The one field a sheet without pupils gives by sex in both a women's and a men's column ({@code
     * Teachers F | Teachers M | Total}), when every other column is read or left out: the field its
     * {@code Total} adds up. Null when there is none, or more than one, or a column not yet understood
     * (an {@code Unqualified F} that a sum will take in, making the total something else).
     */
    private static String onlySexedField(List<ColumnMapping> columns, ColumnMapping total) {
        Map<String, Set<String>> sexesByField = new LinkedHashMap<>();
        for (ColumnMapping c : columns) {
            if (c == total || c.key() || c.leftOut()) {
                continue;
            }
            if (c.field() == null) {
                return null;
            }
            if (c.sex() != null && !c.total()) {
                sexesByField.computeIfAbsent(c.field(), k -> new HashSet<>()).add(c.sex());
            }
        }
        if (sexesByField.size() != 1) {
            return null;
        }
        var only = sexesByField.entrySet().iterator().next();
        return only.getValue().size() == 2 ? only.getKey() : null;
    }

    private static String meaning(String field, String sex, String grade, String age) {
        return field + "|" + sex + "|" + grade + "|" + age;
    }

    /**
     * False when a school attribute read through a code list (ownership, locality, level) has values below its
     * header of which fewer than half are codes of that list: the header's word means something else here.
     */
    private static boolean codesFit(String field, List<List<Cell>> rows, int lastHeaderRow, int col) {
        CanonicalField f = CanonicalField.parse(field).orElse(null);
        String list = f == null || f.attribute() == null ? null : TemplateValue.attributeList(f.attribute());
        if (list == null) {
            return true;
        }
        CodeList codes = CodeLists.builtIn().require(list);
        int known = 0;
        int seen = 0;
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() == col && !c.isBlank()) {
                    seen++;
                    known += codes.code(c.text()) != null ? 1 : 0;
                }
            }
        }
        return seen == 0 || 2 * known >= seen;
    }

    /** Facility columns answered with words (Yes/No, Oui/Non) go through the yesno list. */
    private static String codeListFor(String field, List<List<Cell>> rows, int lastHeaderRow, int col) {
        CanonicalField f = CanonicalField.parse(field).orElse(null);
        if (f == null || f.kind() != CanonicalField.Kind.FIXED || !f.name().startsWith("facilities.")
                || f.name().startsWith("facilities.toilets")) {
            return null;
        }
        CodeList yesno = CodeLists.builtIn().require("yesno");
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() == col && c.kind() == CellKind.TEXT && yesno.code(c.text()) != null) {
                    return "yesno";
                }
            }
        }
        return null;
    }

    /**
     * Writes mappings as a template and loads it back.
     *
     * @param samples the sheets' first rows (from {@link #guess}), used to check the template reads every
     *                column as mapped
     * @throws TemplateException when the template written does not load (e.g. a sheet without key)
     */
    public static Draft build(String id, int version, String title, List<SheetMapping> sheets,
                              Map<String, List<List<Cell>>> samples) throws TemplateException {
        List<Message> notes = new ArrayList<>();
        List<SheetMapping> usable = new ArrayList<>();
        for (SheetMapping s : sheets) {
            usable.add(complete(s, notes));
        }
        boolean[] literal = new boolean[usable.size()];
        boolean[] fixRow = new boolean[usable.size()];
        DraftLetters letters = DraftLetters.of(samples.values());
        boolean[] continues = new boolean[usable.size()];
        List<List<TableSpec>> tables = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            continues[i] = RowDimensionDrafter.continuesKey(usable.get(i), samples.get(usable.get(i).sheet()));
            SheetMapping m = usable.get(i);
            tables.add(StackedTables.specs(m.tables() != null ? m.tables()
                    : StackedTables.find(m, samples.get(m.sheet()))));
        }
        for (int attempt = 0; attempt < 3 + usable.size(); attempt++) {
            String json = json(id, version, title, usable, literal, fixRow, letters, continues, tables);
            Template t;
            try {
                t = TemplateLoader.parse(json, id + ".json", null);
            } catch (TemplateException e) {
                // Two patterns of a sheet that can produce one header ("{grade} {sex}" and "Grade {grade} {sex}"),
                // or a header written as typed ("grade 2 girls:") that a pattern also produces: that sheet is
                // written header by header instead.
                if (!literalOnClash(e, literal, usable, notes)) {
                    throw e;
                }
                continue;
            }
            boolean changed = false;
            for (int i = 0; i < usable.size(); i++) {
                List<List<Cell>> rows = samples.get(usable.get(i).sheet());
                if (rows == null || readsAsMapped(t, i, usable.get(i), rows)) {
                    continue;
                }
                if (!literal[i]) {
                    literal[i] = true;
                    notes.add(Message.of("draft.literal", usable.get(i).sheet()));
                } else {
                    fixRow[i] = true;
                }
                changed = true;
            }
            if (!changed) {
                return new Draft(t, json, notes);
            }
        }
        String json = json(id, version, title, usable, literal, fixRow, letters, continues, tables);
        Template t = TemplateLoader.parse(json, id + ".json", null);
        for (int i = 0; i < usable.size(); i++) {
            List<List<Cell>> rows = samples.get(usable.get(i).sheet());
            if (rows != null && !readsAsMapped(t, i, usable.get(i), rows)) {
                notes.add(Message.of("draft.notAsMapped", usable.get(i).sheet()));
            }
        }
        return new Draft(t, json, notes);
    }

    /** Where a draft reads counts: the only cells whose dashes may be nil marks. */
    @FunctionalInterface
    interface CountCells {
        boolean holds(String sheet, Cell cell);
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
            s.sums().forEach(sum -> sum.headers().forEach(h -> summed.add(oneLine(h))));
            for (ColumnMapping c : s.columns()) {
                boolean count = c.field() != null && !c.key() && !c.field().startsWith("school.") && c.codeList() == null;
                if (count || summed.contains(oneLine(c.header()))) {
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
                            && !FigureText.DASHES.contains(HeaderText.normalize(c.text()))
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

    private static final java.util.regex.Pattern SHEET_PATH = java.util.regex.Pattern.compile(
            "^\\$\\.sheets\\[(\\d+)\\]\\.columns\\[\\d+\\]\\.(patterns|headers).*also matches.*");

    /** Marks the sheets whose patterns clash as literal; false when there was nothing left to mark. */
    private static boolean literalOnClash(TemplateException e, boolean[] literal, List<SheetMapping> sheets,
                                          List<Message> notes) {
        boolean marked = false;
        for (String p : e.problems()) {
            java.util.regex.Matcher m = SHEET_PATH.matcher(p);
            if (m.matches()) {
                int i = Integer.parseInt(m.group(1));
                if (i < literal.length && !literal[i]) {
                    literal[i] = true;
                    notes.add(Message.of("draft.literal", sheets.get(i).sheet()));
                    marked = true;
                }
            }
        }
        return marked;
    }

    /** Leaves out columns that cannot be written yet (a count without its sex or grade; a repeated figure). */
    private static SheetMapping complete(SheetMapping s, List<Message> notes) {
        List<ColumnMapping> out = new ArrayList<>();
        Set<String> meanings = new HashSet<>();
        Set<String> headers = new HashSet<>();
        ColumnMapping key = s.keyColumn();
        if (key != null) {
            headers.add(HeaderText.normalizeLabel(oneLine(key.header())));
        }
        Set<String> byRow = RowDimensionDrafter.of(s.columns());
        for (ColumnMapping c : s.columns()) {
            if (c.field() == null) {
                out.add(c);
                continue;
            }
            CanonicalField f = CanonicalField.parse(c.field()).orElse(null);
            String why = null;
            if (f == null) {
                why = "draft.unknownField";
            } else if (f.isCount() && (f.topic() == null || f.topic().bySex()) && c.sex() == null && !c.total()
                    && !byRow.contains("sex")) {
                // A total for both sexes needs no sex: it is compared with the sum of both, never stored.
                why = "draft.needsSex";
            } else if (c.total() && !f.isCount()) {
                why = "draft.unknownField";
            } else if (f.kind() == CanonicalField.Kind.GRADED && c.grade() == null && !c.total()
                    && !byRow.contains("grade")) {
                why = "draft.needsGrade";
            } else if (!meanings.add(meaning(f.name() + (c.total() ? "#total" : ""), c.sex(), c.grade(), c.age()))) {
                why = "draft.twice";
            } else if (!headers.add(HeaderText.normalizeLabel(oneLine(c.header())))) {
                // Two columns under one header cannot be told apart by any template.
                why = "draft.sameHeader";
            }
            if (why != null) {
                notes.add(Message.of(why, s.sheet(), c.letters(), oneLine(c.header()), c.field()));
                out.add(ColumnMapping.unread(c.col(), c.header()));
            } else {
                out.add(c);
            }
        }
        return new SheetMapping(s.sheet(), s.firstRow(), s.lastRow(), s.headerRowSet(), out, s.constants(), s.sums(),
                s.tables());
    }

    /** True when the loaded template reads every column of the sheet as the mapping says, and no other. */
    private static boolean readsAsMapped(Template t, int index, SheetMapping m, List<List<Cell>> rows) {
        SheetSpec spec = t.sheets().get(index);
        HeaderLayout h = HeaderLocator.locate(rows, CompiledTemplate.of(t).matcher(index), spec.headerRow());
        // Data starts below the last header row; a banner read as an upper header row changes nothing.
        if (h == null || h.lastRow() != m.lastRow()) {
            return false;
        }
        for (ColumnMapping c : m.columns()) {
            HeaderMatcher.Match got = c.col() < h.byColumn().length ? h.byColumn()[c.col()] : null;
            if (!c.reads()) {
                if (got != null) {
                    return false;
                }
                continue;
            }
            if (got == null || c.key() != (got.column() == HeaderMatcher.KEY)) {
                return false;
            }
            if (!c.key()) {
                ColumnSpec cs = spec.columns().get(got.column());
                if (c.total() != (cs.total() != null) || !c.field().equals(cs.field() != null ? cs.field() : cs.total())
                        || !Objects.equals(c.sex(), got.sex())
                        || !Objects.equals(c.grade(), got.grade()) || !Objects.equals(c.age(), got.age())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * @param continues per sheet, true to write {@code keyContinues} (a code on the first row of each block)
     * @param tables    per sheet, the tables stacked under the first one ({@link StackedTables})
     */
    private static String json(String id, int version, String title, List<SheetMapping> sheets, boolean[] literal,
                               boolean[] fixRow, DraftLetters letters, boolean[] continues,
                               List<List<TableSpec>> tables) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", id);
        root.put("version", version);
        root.put("title", title);
        root.put("layout", "wide");
        if (letters.language() != null) {
            root.put("language", letters.language());
        }
        if (letters.mMale()) {
            // A Portuguese form written F/M: M is masculino here, whatever the language says of M alone.
            root.put("codeLists", Map.of("sex", Map.of("M", List.of("M"))));
        }
        root.put("year", Map.of("fromFileName", true));
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            Map<String, Object> sheet = sheet(sheets.get(i), literal[i], fixRow[i]);
            if (continues[i]) {
                sheet.put("keyContinues", true);
            }
            if (!tables.get(i).isEmpty()) {
                List<Object> list = new ArrayList<>();
                for (TableSpec t : tables.get(i)) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("titles", t.titles());
                    one.put("field", t.field());
                    list.add(one);
                }
                sheet.put("tables", list);
            }
            out.add(sheet);
        }
        root.put("sheets", out);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a template", e);
        }
    }

    private static Map<String, Object> sheet(SheetMapping s, boolean literal, boolean fixRow) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", List.of(s.sheet()));
        if (s.headerRowSet() || fixRow) {
            m.put("headerRow", s.firstRow() + 1);
        }
        ColumnMapping key = s.keyColumn();
        m.put("key", key == null ? List.of() : List.of(oneLine(key.header())));
        List<Object> columns = new ArrayList<>();
        Map<String, List<ColumnMapping>> families = new LinkedHashMap<>();
        Map<String, String> shapes = new LinkedHashMap<>();
        // Readable shapes first ("Grade {grade} {sex}"); a field whose columns then fall into several shapes
        // ("Pre-primary M" beside "Grade 1 M") takes the widest shape when it covers them all ("{grade} {sex}"):
        // two patterns of one field would claim the same headers.
        Map<String, Set<String>> shortShapesByField = new LinkedHashMap<>();
        Map<String, Set<String>> longShapesByField = new LinkedHashMap<>();
        for (ColumnMapping c : s.columns()) {
            String shortShape = c.field() == null || literal ? null : DraftShapes.shape(c, false);
            String longShape = c.field() == null || literal ? null : DraftShapes.shape(c, true);
            if (shortShape != null && longShape != null) {
                String fieldKey = c.field() + "|" + c.total();
                shortShapesByField.computeIfAbsent(fieldKey, k -> new HashSet<>()).add(DraftShapes.fixedPart(c, shortShape) + "|"
                        + shortShape.toLowerCase(Locale.ROOT));
                longShapesByField.computeIfAbsent(fieldKey, k -> new HashSet<>()).add(DraftShapes.fixedPart(c, longShape) + "|"
                        + longShape.toLowerCase(Locale.ROOT));
            }
        }
        for (ColumnMapping c : s.columns()) {
            if (c.field() == null) {
                continue;
            }
            String fieldKey = c.field() + "|" + c.total();
            boolean widest = shortShapesByField.getOrDefault(fieldKey, Set.of()).size() > 1
                    && longShapesByField.getOrDefault(fieldKey, Set.of()).size() == 1;
            String shape = literal ? null : DraftShapes.shape(c, widest);
            String family = shape == null ? "#" + c.col() : fieldKey + "|" + DraftShapes.fixedPart(c, shape)
                    + "|" + shape.toLowerCase(Locale.ROOT);
            families.computeIfAbsent(family, k -> new ArrayList<>()).add(c);
            if (shape != null) {
                shapes.put(family, shape);
            }
        }
        for (Map.Entry<String, List<ColumnMapping>> f : families.entrySet()) {
            List<ColumnMapping> cols = f.getValue();
            String shape = shapes.get(f.getKey());
            if (shape != null && cols.size() > 1) {
                ColumnMapping c = cols.get(0);
                Map<String, Object> col = new LinkedHashMap<>();
                col.put("patterns", List.of(shape));
                col.put(c.total() ? "total" : "field", c.field());
                for (String dim : DraftShapes.DIMENSIONS) {
                    String v = DraftShapes.value(c, dim);
                    if (v != null && !shape.contains("{" + dim + "}")) {
                        col.put(dim, v);
                    }
                }
                if (c.codeList() != null) {
                    col.put("codeList", c.codeList());
                }
                columns.add(col);
            } else {
                for (ColumnMapping c : cols) {
                    columns.add(literalColumn(c));
                }
            }
        }
        for (SumMapping sum : s.sums()) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("sumOf", sum.headers());
            col.put("field", sum.field());
            if (sum.sex() != null) {
                col.put("sex", sum.sex());
            }
            columns.add(col);
        }
        m.put("columns", columns);
        List<String> ignore = s.columns().stream().filter(c -> c.leftOut() && !c.reads()).map(c -> oneLine(c.header()))
                .filter(h -> !h.isEmpty()).distinct().toList();
        if (!ignore.isEmpty()) {
            m.put("ignore", ignore);
        }
        if (!s.constants().isEmpty()) {
            m.put("constants", s.constants());
        }
        return m;
    }

    private static Map<String, Object> literalColumn(ColumnMapping c) {
        Map<String, Object> col = new LinkedHashMap<>();
        col.put("headers", List.of(oneLine(c.header())));
        col.put(c.total() ? "total" : "field", c.field());
        for (String dim : DraftShapes.DIMENSIONS) {
            String v = DraftShapes.value(c, dim);
            if (v != null) {
                col.put(dim, v);
            }
        }
        if (c.codeList() != null) {
            col.put("codeList", c.codeList());
        }
        return col;
    }

    /** A header on one line with single spaces, as headers are compared. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("[\\s\\u00A0]+", " ");
    }
}
