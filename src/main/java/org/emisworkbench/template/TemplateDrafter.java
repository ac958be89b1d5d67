package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.model.Message;

/**
 * Drafts a wide template from a workbook: finds each sheet's header row the way the reader does
 * ({@link HeaderLocator}, with the headers of {@link DraftVocabulary} in place of a template's), guesses
 * each column's field from its header, then writes the mappings as a template, a family of columns
 * sharing one shape ("Grade 1 F" … "Grade 6 M") as one pattern. The template written is loaded back
 * with {@link TemplateLoader} and re-matched against the workbook's headers; a pattern that would read
 * a column otherwise than the mapping says is replaced by the columns' literal headers. The work is shared with
 * package-private helpers: {@link WideColumnGuesses} (a sheet's columns), {@link WideTemplateJson} (the template's
 * text), {@link WideDraftChecks} (what the draft leaves out and how it is checked) and {@link DraftWorkbookText}
 * (how the workbook writes its counts).
 */
public final class TemplateDrafter {
    /** Rows of each sheet sampled for drafting and previews. */
    public static final int SAMPLE_ROWS = 80;

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
        return guess(workbook, SecondaryYears.NOT_GIVEN);
    }

    /**
     * Guesses how every visible sheet of the workbook is read, {@code Form 1}… read as the grades after
     * {@code secondary}'s years of primary (or named in a note when not given).
     */
    public static Guesses guess(WorkbookReader workbook, SecondaryYears secondary) throws WorkbookException {
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
            SheetMapping m = WideColumnGuesses.guessSheet(s.name(), rows, null, letters, secondary, notes);
            LongExportDrafter.Found exported = LongExportDrafter.guess(s.name(), rows);
            boolean said = false;
            if (exported != null && exported.mapping() == null) {
                // An export's school column and counts, nothing giving the grade: that is what the officer is told.
                if (m == null || m.columns().stream().noneMatch(c -> c.field() != null)) {
                    notes.add(exported.missing());
                    said = true;
                }
                exported = null;
            }
            if (exported != null) {
                // One row per school × grade × sex with one column of counts, whatever its headers are called:
                // kept as guessed when the headers already said so, never taken for a list of pupils.
                if (m == null || m.keyColumn() == null || RowDimensionDrafter.of(m.columns()).isEmpty()) {
                    m = exported.mapping();
                }
                notes.add(Message.of("draft.longExport", s.name(), exported.key().letters(),
                        oneLine(exported.key().header()), exported.figure().letters(),
                        oneLine(exported.figure().header())));
            }
            List<List<Cell>> side = exported == null && fieldsGuessed(m) < FEW_FIELDS ? onItsSide(workbook, s) : null;
            SheetMapping across = side == null ? null : WideColumnGuesses.guessSheet(s.name(), side, null, letters,
                    secondary, new ArrayList<>());
            if (across != null && across.keyColumn() != null && fieldsGuessed(across) > fieldsGuessed(m)
                    && schoolsAcross(side, across) >= 2) {
                // One column per school: the sheet is drafted, checked and read on its side, so its sample is the view.
                m = across.onItsSide();
                samples.put(s.name(), side);
                notes.add(Message.of("draft.schoolsAcross", s.name()));
                int[] unlabelled = SchoolsAcross.unlabelledKey(workbook, s);
                if (unlabelled != null) {
                    notes.add(Message.of("draft.codesAcrossUnlabelled", s.name(), unlabelled[0], unlabelled[1]));
                }
            }
            // A school code with nothing guessed beside it is a form's label ("Code école :"), not a header row.
            if (m == null || m.columns().stream().noneMatch(c -> c.field() != null)) {
                if (!said) {
                    notes.add(Message.of("draft.noHeader", s.name(), HeaderLocator.SEARCH_ROWS));
                    Message unsplit = UnsplitRows.hint(String.valueOf(workbook.file().getFileName()), s.name(), rows);
                    if (unsplit != null) {
                        notes.add(unsplit); // a CSV opened unsplit: how to split it (review 27)
                    }
                }
            } else {
                sheets.add(m);
                bareCp(m, notes);
                Message years = secondary.note(m);
                if (years != null) {
                    notes.add(years);
                }
            }
        }
        leftOutHints(samples, notes);
        return new Guesses(sheets, samples, notes);
    }

    /** A sheet whose draft guesses fewer fields than this is also tried on its side (one column per school). */
    private static final int FEW_FIELDS = 3;

    private static int fieldsGuessed(SheetMapping m) {
        return m == null ? 0 : (int) m.columns().stream().filter(c -> c.field() != null).count();
    }

    /**
     * How many schools the view's key column holds (the codes written across the sheet): a form's {@code School
     * code:} label with its one value to the right would be such a key too, so a sheet is taken for one column
     * per school only when two codes or more stand across, and not for a form.
     */
    private static int schoolsAcross(List<List<Cell>> side, SheetMapping m) {
        int key = m.keyColumn().col();
        java.util.Set<String> codes = new java.util.HashSet<>();
        boolean numbers = false;
        boolean texts = false;
        for (int r = m.lastRow() + 1; r < side.size(); r++) {
            for (Cell c : side.get(r)) {
                if (c.col() == key && !c.isBlank() && !HeaderText.isTotalWord(c.text())) {
                    if (c.kind() == CellKind.NUMBER || c.shown().strip().matches("\\d+")) {
                        numbers = true; // a code of digits alone, typed as a number or as text ("0110234")
                    } else if (c.shown().chars().anyMatch(Character::isDigit)) {
                        texts = true;
                    } else {
                        // A word with no digit beside the code ("Teachers" heading a small table right of a form's
                        // "School code | KW-0101"): a form's row of labels and figures, not schools' codes across.
                        return 0;
                    }
                    codes.add(c.shown());
                }
            }
        }
        // Codes across are all digits or all written with letters; a code then a count (KW-0101, 4) is a form's row.
        return numbers && texts ? 0 : codes.size();
    }

    /**
     * A wide sheet read the other way round on the mapping screen, from its rows as seen that way: {@code across}
     * true, one column per school (rows from {@link #rowsOf} on its side), else one row per school; null when no
     * header with a school-code column is found so.
     */
    public static SheetMapping guessTurned(String sheet, List<List<Cell>> rows, boolean across) {
        SheetMapping m = rows == null ? null : guessSheet(sheet, rows, null);
        if (m == null || m.keyColumn() == null) {
            return null;
        }
        return across ? m.onItsSide() : m;
    }

    /**
     * A sheet's first rows as the draft reads them: on its side ({@code across}, one column per school: its first
     * columns as rows, null when the sheet is too large to be held whole) or as it stands.
     */
    public static List<List<Cell>> rowsOf(WorkbookReader workbook, SheetInfo sheet, boolean across)
            throws WorkbookException {
        return across ? onItsSide(workbook, sheet) : SheetNames.firstRows(workbook, sheet, SAMPLE_ROWS);
    }

    /**
     * The sheet's first columns as rows ({@link SchoolsAcross}), or null when the sheet is too large to be held
     * whole: a sheet of one column per school is small.
     */
    private static List<List<Cell>> onItsSide(WorkbookReader workbook, SheetInfo sheet) {
        try {
            return SchoolsAcross.firstRows(workbook, sheet, SAMPLE_ROWS);
        } catch (WorkbookException e) {
            return null;
        }
    }

    /**
     * What to do about the sheets left out, said once after them (not once per sheet), and, when two sheets
     * or more left out are named like school codes, that each may be a school's form named by its code.
     */
    private static void leftOutHints(Map<String, List<List<Cell>>> samples, List<Message> notes) {
        java.util.Set<String> visible = samples.keySet();
        List<String> leftOut = notes.stream().filter(n -> n.key().equals("draft.noHeader"))
                .map(n -> String.valueOf(n.args().get(0))).toList();
        if (leftOut.isEmpty()) {
            return;
        }
        boolean blocks = false;
        for (String sheet : leftOut) {
            List<List<Cell>> rows = samples.get(sheet);
            if (rows == null || InsideOpenings.opensBlocks(rows)) {
                blocks = true;
                continue;
            }
            // No line such as "School: NAME (CODE)": the header's own words are what was not recognised.
            String words = headerWords(rows);
            if (!words.isEmpty()) {
                notes.add(Message.of("draft.headerWordsUnknown", sheet, words));
            }
        }
        // Blocks opening with "School: NAME (CODE)" are spoken of only when a sheet left out has such a line.
        notes.add(Message.of(blocks ? "draft.noHeaderHint" : "draft.noHeaderHint.noBlocks"));
        // Named like codes as the draft judges it, one word: "សាលា ១", "School 2" number forms, not schools (review 32).
        List<String> coded = leftOut.stream().filter(visible::contains).filter(SheetNamedForms::codeLike).toList();
        if (coded.size() >= 2) {
            notes.add(Message.of("draft.sheetsNamedByCode", String.join(", ", coded.stream().limit(6).toList())
                    + (coded.size() > 6 ? ", …" : ""), "{\"field\": \"school.code\", \"position\": \"sheetName\"}"));
        }
    }

    /** Texts a note names of a sheet's header words at most. */
    private static final int HEADER_WORDS_NAMED = 5;

    /**
     * The texts of the row most likely the header among the first rows (the one with the most text cells, the first
     * of equals), quoted and joined, the first {@link #HEADER_WORDS_NAMED}; empty when no row holds two texts.
     */
    static String headerWords(List<List<Cell>> rows) {
        List<String> best = List.of();
        for (int r = 0; r < Math.min(rows.size(), HeaderLocator.SEARCH_ROWS); r++) {
            List<String> texts = rows.get(r).stream().filter(c -> c.kind() == org.emisworkbench.workbook.CellKind.TEXT
                    && !c.isBlank()).map(c -> "\"" + oneLine(c.text()) + "\"").toList();
            if (texts.size() > best.size()) {
                best = texts;
            }
        }
        if (best.size() < 2) {
            return "";
        }
        return String.join(", ", best.subList(0, Math.min(best.size(), HEADER_WORDS_NAMED)))
                + (best.size() > HEADER_WORDS_NAMED ? ", …" : "");
    }

    /**
     * Columns left unguessed because they name a bare {@code CP} with no {@code CI} before it: the built-in
     * grade list leaves it out (the first year in some countries, the second after {@code CI} in others), so the
     * draft says which code list line reads them.
     */
    private static void bareCp(SheetMapping m, List<Message> notes) {
        List<String> cp = new ArrayList<>();
        for (ColumnMapping c : m.columns()) {
            if (c.field() == null && List.of(HeaderText.fold(c.header() == null ? "" : c.header()).split(" "))
                    .contains("cp")) {
                cp.add(c.header().replace('\n', ' ').strip());
            }
        }
        // After CI the guess reads CP as G2 itself (InitiationGrades); alone, CP's year is the officer's to say.
        if (!cp.isEmpty() && !InitiationGrades.cpFollowsCi(m.columns().stream().map(ColumnMapping::header).toList())) {
            notes.add(Message.of("draft.bareCp", m.sheet(), String.join(", ", cp)));
        }
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
     * A wide sheet read with a row per school and class, its column {@code index} giving each row's grade as the
     * officer says ({@link RowDimensionDrafter#gradeByHand}); null when that column holds no grades.
     */
    public static SheetMapping gradeByRow(SheetMapping m, List<List<Cell>> rows, int index) {
        return RowDimensionDrafter.gradeByHand(m, rows, index);
    }

    /**
     * One wide sheet guessed again with its header on {@code headerRow} (1-based) taking exactly {@code headerRows}
     * rows (1 to {@link HeaderLocator#MAX_ROWS}), as the officer sets it on the mapping screen; null when none.
     */
    public static SheetMapping guessSheet(String sheet, List<List<Cell>> rows, int headerRow, int headerRows) {
        return WideColumnGuesses.guessSheet(sheet, rows, headerRow, headerRows, DraftLetters.of(List.of(rows)),
                new ArrayList<>());
    }

    /**
     * Guesses one sheet's columns, reading lone sex letters as {@code letters} says (the workbook's language);
     * a column whose sex is a letter that cannot be told (a Portuguese M without H or F beside it) is left
     * out, with a note ({@link WideColumnGuesses}).
     */
    static SheetMapping guessSheet(String sheet, List<List<Cell>> rows, Integer headerRow, DraftLetters letters,
                                   List<Message> notes) {
        return WideColumnGuesses.guessSheet(sheet, rows, headerRow, letters, notes);
    }


    /** The words of a banner above a sheet's header that state the year ({@code ANNUAL SCHOOL CENSUS 2024}), or null. */
    private static String yearLabel(List<SheetMapping> sheets, Map<String, List<List<Cell>>> samples) {
        SchoolYears years = SchoolYears.of(null, null, null);
        for (SheetMapping m : sheets) {
            List<List<Cell>> rows = samples.get(m.sheet());
            if (rows != null && m.firstRow() > 0) {
                var label = DraftYearTitle.label(rows.subList(0, Math.min(m.firstRow(), rows.size())), years);
                if (label.isPresent()) {
                    return label.get();
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
            usable.add(WideDraftChecks.complete(s, notes));
            if (RosterDrafter.keyedByName(s)) {
                notes.add(Message.of("draft.schoolsByName", s.sheet(), s.keyColumn().letters(),
                        oneLine(s.keyColumn().header())));
            }
        }
        // Sheets 2023 and 2024 holding the same table: one entry {year}, read for the census year (DraftYearSheets).
        samples = new LinkedHashMap<>(samples);
        usable = DraftYearSheets.merge(usable, samples, notes);
        // Sheets "1ère année" … "6ème année" holding the same table: one entry {grade}, each read for its grade.
        usable = DraftGradeSheets.merge(usable, samples, notes);
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
        String[] groupRows = new String[usable.size()];
        for (int i = 0; i < usable.size(); i++) {
            SheetMapping m = usable.get(i);
            // The officer's choice on the mapping screen wins; else what the headings below the header say.
            groupRows[i] = m.groupRows() == null ? groupRows(m, samples.get(m.sheet()), notes)
                    : m.groupRows().isEmpty() ? null : m.groupRows();
        }
        // A title naming each year's sheet's year is no census year label: the first sheet's would win every import.
        String yearLabel = usable.stream().anyMatch(m -> m.sheet().equals(SheetNames.YEAR)) ? null
                : yearLabel(usable, samples);
        // An export's period column (2024 on every row): the census year, with no year in the file's name needed.
        List<String> yearColumns = LongExportColumns.yearColumns(usable, samples);
        if (!yearColumns.isEmpty()) {
            notes.add(Message.of("draft.yearColumn", String.join(", ", yearColumns)));
        }
        for (int attempt = 0; attempt < 3 + usable.size(); attempt++) {
            String json = TopicGrades.withAliases(WideTemplateJson.json(id, version, title, usable, literal, fixRow,
                    letters, continues, tables, groupRows, yearLabel, yearColumns), usable, samples);
            Template t;
            try {
                t = TemplateLoader.parse(json, id + ".json", null);
            } catch (TemplateException e) {
                // Two patterns of a sheet that can produce one header ("{grade} {sex}" and "Grade {grade} {sex}"),
                // or a header written as typed ("grade 2 girls:") that a pattern also produces: that sheet is
                // written header by header instead.
                if (!WideDraftChecks.literalOnClash(e, literal, usable, notes)) {
                    throw e;
                }
                continue;
            }
            boolean changed = false;
            for (int i = 0; i < usable.size(); i++) {
                List<List<Cell>> rows = samples.get(usable.get(i).sheet());
                if (rows == null || WideDraftChecks.readsAsMapped(t, i, usable.get(i), rows)) {
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
        String json = TopicGrades.withAliases(WideTemplateJson.json(id, version, title, usable, literal, fixRow,
                letters, continues, tables, groupRows, yearLabel, yearColumns), usable, samples);
        Template t = TemplateLoader.parse(json, id + ".json", null);
        for (int i = 0; i < usable.size(); i++) {
            List<List<Cell>> rows = samples.get(usable.get(i).sheet());
            if (rows != null && !WideDraftChecks.readsAsMapped(t, i, usable.get(i), rows)) {
                notes.add(Message.of("draft.notAsMapped", usable.get(i).sheet()));
            }
        }
        return new Draft(t, json, notes);
    }

    /**
     * The attribute a sheet's group headings give its schools ({@code DISTRICT: MONGU} above the district's schools:
     * {@code school.district}, {@link GroupRows}), when the sheet has no column giving it; else null. Said in a note.
     */
    private static String groupRows(SheetMapping m, List<List<Cell>> rows, List<Message> notes) {
        String field = draftedGroupRows(m, rows);
        if (field != null) {
            String heading = GroupRows.firstHeading(rows, m.lastRow() + 1);
            notes.add(heading != null ? Message.of("draft.groupRows", m.sheet(), heading, field, GroupRows.value(heading))
                    : Message.of("draft.bannerGroup", m.sheet(), GroupRows.bannerAbove(rows, m.firstRow()), field,
                    GroupRows.value(GroupRows.bannerAbove(rows, m.firstRow()))));
        }
        return field;
    }

    /**
     * The attribute a wide sheet's group headings give its schools as the draft writes it ({@code DISTRICT: MONGU}
     * above the district's schools, or a banner {@code District: Lautoka/Yasawa} above the header when no heading is
     * below it: {@code school.district}), when the sheet has no column giving it; else null.
     * From the sheet's first rows {@code rows} (none: null).
     */
    public static String draftedGroupRows(SheetMapping m, List<List<Cell>> rows) {
        if (m.across() || rows == null) {
            return null;
        }
        String heading = GroupRows.firstHeading(rows, m.lastRow() + 1);
        if (heading == null) {
            // "District: Lautoka/Yasawa" above the header: the district of every school of the sheet.
            heading = GroupRows.bannerAbove(rows, m.firstRow());
        }
        // A département over communes' or districts scolaires' headings is their region (review 32 B3).
        String field = GroupRows.draftedField(heading, GroupRows.textsAlone(rows));
        boolean given = m.columns().stream().anyMatch(c -> c.field() != null && (c.field().equals(field)
                || field != null && field.equals("school.district") && c.field().equals("school.district_name")));
        return field == null || given ? null : field;
    }

    /** Where a draft reads counts: the only cells whose dashes may be nil marks. */
    @FunctionalInterface
    interface CountCells {
        boolean holds(String sheet, Cell cell);
    }

    /**
     * The cells of wide sheets read as counts: below the header, in a column read into a figure (not the key,
     * not a school's detail, not a Yes/No answer) or added into a sum ({@link DraftWorkbookText}).
     */
    static CountCells countCells(List<SheetMapping> tables) {
        return DraftWorkbookText.countCells(tables);
    }

    /**
     * The cells of forms and rosters that stand in a column of counts: a column holding a number, where every
     * text below its first number is a dash or holds a digit ({@link DraftWorkbookText}).
     */
    static CountCells countColumns(Map<String, List<List<Cell>>> samples) {
        return DraftWorkbookText.countColumns(samples);
    }

    /**
     * The draft with what its workbook's text cells say of how they are written: sex letters' language, nil
     * marks, thousands separator ({@link DraftWorkbookText#withWorkbookText}).
     */
    static Draft withWorkbookText(Draft draft, Map<String, List<List<Cell>>> samples, CountCells counts,
                                  FigureText.Settings figures) throws TemplateException {
        return DraftWorkbookText.withWorkbookText(draft, samples, counts, figures);
    }

    /** A header on one line with single spaces, as headers are compared. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("[\\s\\u00A0]+", " ");
    }
}
