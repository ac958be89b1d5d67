package org.emisworkbench.service;

import org.emisworkbench.model.SchoolNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.emisworkbench.imports.ColumnsReport;
import org.emisworkbench.imports.ImportContext;
import org.emisworkbench.imports.ImportRejectedException;
import org.emisworkbench.imports.Interpreters;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.template.CensusYears;
import org.emisworkbench.template.FormDrafter;
import org.emisworkbench.template.FormMapping;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.RosterDrafter;
import org.emisworkbench.template.WorkbookMapping;
import org.emisworkbench.template.Role;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.template.SheetFit;
import org.emisworkbench.template.SecondaryYears;
import org.emisworkbench.template.SheetMapping;
import org.emisworkbench.template.StackedTable;
import org.emisworkbench.template.StackedTables;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateDrafter;
import org.emisworkbench.template.TemplateException;

/**
 * Writing and trying templates without storing anything: drafts a template from a workbook's
 * headers, and checks what an import of a workbook with a template would read. The check runs the
 * import's own interpreters into a sink that keeps what they hand over instead of storing it, so its
 * problems are the import's problems, code for code and cell for cell.
 */
public final class TemplateWorkshop {
    /** Schools listed in a check's preview; the counts cover them all. */
    public static final int PREVIEW_SCHOOLS = 500;
    /** Problems listed one by one in a check; the counts by kind cover them all. */
    public static final int LISTED_PROBLEMS = 2000;

    private final TemplateCatalog catalog;

    public TemplateWorkshop(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    // ---------------------------------------------------------------- checking

    /**
     * What an import of {@code workbook} with {@code template} would do.
     *
     * @param year        the census year given, or null to read it as the import does (workbook, file name)
     * @param yearNote    why no year was found (the import would refuse the file), or null
     * @param refused     why the import would refuse the whole file, or null
     * @param sheets      each sheet spec against the workbook: columns read and not read, required fields missing
     * @param schools     schools the import would store
     * @param values      values the import would store
     * @param preview     the first {@link #PREVIEW_SCHOOLS} schools with their name and values read
     * @param problems    the problems the import would record, the first {@link #LISTED_PROBLEMS} of them
     * @param byKind      every problem counted by kind, with its first and last cells
     * @param manyForms   true when the template reads a school per sheet or per block of the workbook
     *                    ({@code schools}): the schools are then listed one by one
     * @param byTopic     the values the import would store counted by what they count ({@code enrolment},
     *                    {@code repeaters}…), in the order first read: topics side by side in one table show apart
     * @param leftOutBlocks a form's blocks of figures the template leaves out on purpose ({@code ignore}): no
     *                    problem, listed so that nothing is hidden
     * @param namesNote   for a register naming its schools ({@code "schoolKey": "name"}): whether the names were
     *                    matched against a workspace's master list (each match a SCHOOL_BY_NAME line, each name
     *                    of no school or several a SCHOOL_NAME_UNMATCHED line) or are left to the import; else null
     * @param hiddenRows  rows and columns Excel hides in the sheets read that something was read from: read like
     *                    the others, named as the import will (decision 0040)
     * @param sheetsNotRead sheets a sheet entry matches but that were not read, hidden sheets with numbers no entry
     *                    names, and hidden sheets read, named as the import will ({@link #sheetWarnings},
     *                    {@link #hiddenSheetsRead})
     * @param skippedColumns the columns the reading skipped, counted by why
     * @param unreadLabels a form's labels with a value beside them that the template does not read ({@code State |
     *                    Koror}), each label once a sheet: no problem, listed so that nothing is left out in silence
     * @param checkedBlocks a form's figures read as check totals (a grade's total of both sexes beside its boys and
     *                    girls), compared and never stored: listed as read
     * @param sheetsOfFiguresNotRead sheets holding numbers that a sheet entry matches but that were not read (an
     *                    entry naming two sheets without {@code "every": true}): a whole sheet of figures left unread
     */
    public record CheckReport(String file, String templateId, int templateVersion, Integer year, Message yearNote,
                              Message refused, List<SheetFit> sheets, int schools, long values,
                              List<SchoolLine> preview, Map<SkipReason, Integer> skipped, List<ProblemLine> problems,
                              List<FileResult.ProblemSummary> byKind, boolean manyForms, Map<String, Long> byTopic,
                              List<LeftOutBlock> leftOutBlocks, Message namesNote,
                              List<org.emisworkbench.model.HiddenRows> hiddenRows, List<Message> sheetsNotRead,
                              Map<SkipReason, Integer> skippedColumns, List<UnreadLabel> unreadLabels,
                              List<CheckedBlock> checkedBlocks, List<String> sheetsOfFiguresNotRead,
                              boolean population, List<RowsNotCounted> rostersNotCounted) {
        public CheckReport {
            rostersNotCounted = rostersNotCounted == null ? List.of() : List.copyOf(rostersNotCounted);
            sheetsOfFiguresNotRead = sheetsOfFiguresNotRead == null ? List.of() : List.copyOf(sheetsOfFiguresNotRead);
            checkedBlocks = checkedBlocks == null ? List.of() : List.copyOf(checkedBlocks);
            unreadLabels = unreadLabels == null ? List.of() : List.copyOf(unreadLabels);
            skippedColumns = skippedColumns == null ? Map.of() : Map.copyOf(skippedColumns);
            sheetsNotRead = sheetsNotRead == null ? List.of() : List.copyOf(sheetsNotRead);
            hiddenRows = hiddenRows == null ? List.of() : List.copyOf(hiddenRows);
            leftOutBlocks = List.copyOf(leftOutBlocks);
            byTopic = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byTopic));
            sheets = List.copyOf(sheets);
            preview = List.copyOf(preview);
            skipped = Map.copyOf(skipped);
            problems = List.copyOf(problems);
            byKind = List.copyOf(byKind);
        }

        /** The sheets not read, as the import's warnings: {@link #sheetsNotRead} less the hidden sheets read. */
        public List<Message> sheetWarnings() {
            return sheetsNotRead.stream().filter(m -> !org.emisworkbench.imports.SheetsRead.readAlthoughHidden(m))
                    .toList();
        }

        /** The hidden sheets the template reads, one line each: a note, as in the import. */
        public List<Message> hiddenSheetsRead() {
            return sheetsNotRead.stream().filter(org.emisworkbench.imports.SheetsRead::readAlthoughHidden).toList();
        }

        /**
         * Columns left unread although numbers stand below their header, over all sheets, and blocks of census
         * figures of a form that no label or table reads ({@link #unreadBlocks}).
         */
        public int unreadNumberColumns() {
            return sheets.stream().mapToInt(s -> (int) s.notRead().stream()
                    .filter(SheetFit.ColumnNotRead::unreadNumbers).count()).sum() + unreadBlocks().size();
        }

        /**
         * The import's {@code UNREAD_FIGURES} problems on a form's sheets (labels and tables, no header row of
         * columns): each a block of census figures no label or table of the template reads, with its cells and
         * its headers. A list's columns left unread are in {@link SheetFit#notRead}.
         */
        public List<ProblemLine> unreadBlocks() {
            java.util.Set<String> forms = new java.util.HashSet<>();
            sheets.stream().filter(s -> s.sheet() != null && s.headerFirstRow() == null).forEach(s -> forms.add(
                    s.sheet()));
            return problems.stream().filter(p -> p.kind() == ProblemKind.UNREAD_FIGURES
                    && forms.contains(p.sheet())).toList();
        }

        /**
         * Figures given two values ({@code VALUE_CLASH}: two columns read as one field and sex, two sheets giving
         * one figure): the first is kept, the other not imported, so the officer must see each of them.
         */
        public int valueClashes() {
            return byKind.stream().filter(k -> k.kind().equals(ProblemKind.VALUE_CLASH.name()))
                    .mapToInt(FileResult.ProblemSummary::count).sum();
        }

        /**
         * True when the year note says the import would refuse the file (no year, a far one); a year read from
         * another calendar ({@code check.yearEthiopian}, {@code check.yearCalendar}: solar hijri, Bikram Sambat) is
         * said but refuses nothing.
         */
        public boolean yearRefused() {
            return yearNote != null && !yearWarning() && !java.util.Set.of("check.yearEthiopian", "check.yearCalendar")
                    .contains(yearNote.key());
        }

        /**
         * True when the year note warns without refusing: the file name's year taken while the year label holds no
         * year (the import says it as a warning, review 33 P1).
         */
        public boolean yearWarning() {
            return yearNote != null && yearNote.key().equals("check.yearLabelUnread");
        }

        /**
         * True when the import would take the file, read every column with numbers and every sheet of figures its
         * entries match, read a figure in every cell where it expects one ({@link #figuresNotRead}), and give no
         * figure two values.
         */
        public boolean clean() {
            return refused == null && !yearRefused() && !yearWarning() && unreadNumberColumns() == 0 && valueClashes() == 0
                    && unknownCodeFigures() == 0 && gradesNotKept() == 0 && figuresNotRead() == 0
                    && sheetsOfFiguresNotRead.isEmpty()
                    && rostersNotCounted.isEmpty();
        }

        /**
         * Cells where a figure is expected whose content the import cannot read as one, so it stores no figure
         * there: text ({@code NOT_A_NUMBER}, "٤ élèves", "29,0"), a negative or fractional count, an error cell (the
         * import's errors IMP-01…04), and a formula without its result in a figure's cell (in a total's cell it only
         * leaves the total unchecked). A check passing such a file would let a script import it with figures
         * missing (review 27).
         */
        public int figuresNotRead() {
            int errors = byKind.stream().filter(k -> FIGURE_ERRORS.contains(k.kind()))
                    .mapToInt(FileResult.ProblemSummary::count).sum();
            return errors + (int) problems.stream().filter(p -> p.kind() == ProblemKind.FORMULA_NO_RESULT
                    && p.detail() != null && p.detail().key().equals("import.detail.noResult")).count();
        }

        private static final java.util.Set<String> FIGURE_ERRORS = java.util.Set.of(
                ProblemKind.NOT_A_NUMBER.name(), ProblemKind.NEGATIVE_COUNT.name(),
                ProblemKind.FRACTIONAL_COUNT.name(), ProblemKind.FORMULA_ERROR.name(),
                // A figure typed across merged cells of several figures: stored for none (decision 0104).
                ProblemKind.MERGED_FIGURE.name());

        /**
         * Rows or columns of figures left out because their age, grade or sex is not in the lists
         * ({@code UNKNOWN_CODE} on one of those fields: "14 ans et +" once lost a whole age row, review 21).
         */
        public int unknownCodeFigures() {
            return (int) problems.stream().filter(p -> p.kind() == ProblemKind.UNKNOWN_CODE
                    && p.field() != null && FIGURE_DIMENSIONS.contains(p.field())).count();
        }

        /**
         * Columns of a grade the workspace does not keep ({@code Grade 13} in twelve grades, review 32): the
         * template reads them, the workspace cannot hold their figures. Said apart from the codes the lists do not
         * know, as the remedy is the workspace's structure, not a spelling.
         */
        public int gradesNotKept() {
            return (int) problems.stream().filter(p -> org.emisworkbench.model.ImportProblem.gradeNotKept(p.kind(),
                    p.detail())).count();
        }

        private static final java.util.Set<String> FIGURE_DIMENSIONS = java.util.Set.of("age", "grade", "sex");
    }

    /**
     * A roster's list most of whose rows the import does not count (no school code, a pupil without sex or grade:
     * review 32): each row is reported, yet a check that passed would let 4 pupils of 215 be stored, so it fails
     * (decision 0107).
     *
     * @param sheet      the list's sheet
     * @param rows       its rows of people
     * @param notCounted those not counted
     */
    public record RowsNotCounted(String sheet, int rows, int notCounted) {
    }

    /**
     * A form's label not read with the value beside it: its sheet, cell ({@code A6}), text ({@code State}) and value
     * ({@code Koror}).
     */
    /**
     * A form's figures read as a check total: its sheet, cells ({@code D7:D9}), header as written ({@code Grade 1 T})
     * and what it totals ({@code enrolment G1}), for both sexes; compared with what it adds up, never stored.
     */
    public record CheckedBlock(String sheet, String cells, String header, String totalOf) {
    }

    public record UnreadLabel(String sheet, String cell, String label, String value) {
        /** The cell as the import names cells: {@code Form!A6}. */
        public String sheetCell() {
            return sheet + "!" + cell;
        }
    }

    /**
     * A form's block of figures left out on purpose: its sheet, cells ({@code E7:F14}) and headers; {@code lastYear}
     * the school year over it when it is last year's figures beside this year's (band {@code {year}}), else null.
     */
    public record LeftOutBlock(String sheet, String cells, String headers, String lastYear) {
        /** True when the block is last year's figures beside this year's ({@code {year}}), not an {@code ignore}. */
        public boolean isLastYear() {
            return lastYear != null;
        }
    }

    /**
     * A school as the import would store it: code, name, how many values were read for it, and where it is as read
     * (its district, else its district's name, else its region: from a column, a constant or the row heading its
     * group; null when nothing says).
     */
    public record SchoolLine(String code, String name, long values, String area) {
        public SchoolLine(String code, String name, long values) {
            this(code, name, values, null);
        }
    }

    /**
     * A problem as the import records it.
     *
     * @param kind the problem code, e.g. {@code NOT_A_NUMBER}
     * @param what the kind in words ({@code problem.KIND} of the core texts)
     */
    public record ProblemLine(ProblemKind kind, Message what, String sheetCell, String school, String field,
                              String raw, Message detail) {
        /** The sheet named in {@code sheetCell} ({@code Form} of {@code Form!B12:E13}). */
        public String sheet() {
            int bang = sheetCell.lastIndexOf('!');
            return bang < 0 ? sheetCell : sheetCell.substring(0, bang);
        }

        /** The cell or range named in {@code sheetCell} ({@code B12:E13}). */
        public String cells() {
            return sheetCell.substring(sheetCell.lastIndexOf('!') + 1);
        }
    }

    /** Checks a workbook against a template given by id or JSON file (as {@code emis import --template}). */
    public CheckReport check(Path workbook, String templateIdOrFile, Integer year, Cancellation cancel) {
        return check(workbook, catalog.resolve(templateIdOrFile), year, cancel);
    }

    /** Checks a workbook against a template held in memory (the mapping screen's draft). */
    public CheckReport check(Path workbook, Template template, Integer year, Cancellation cancel) {
        return check(workbook, template, year, cancel, null);
    }

    /**
     * As above; {@code names} are a workspace's master-list schools by name, against which a register naming
     * its schools ({@code "schoolKey": "name"}) is matched as the import would; null when no workspace is at
     * hand: each name is then read as a school of its own and the report says the names are matched at import.
     */
    public CheckReport check(Path workbook, Template template, Integer year, Cancellation cancel, SchoolNames names) {
        return check(workbook, template, year, cancel, names, null);
    }

    /**
     * As above; {@code workspaceSchools} are a workspace's schools (code to name, a name may be null), against which
     * the file's codes are compared as the import compares them (IMP-25, IMP-35); null: the file's own codes only.
     */
    public CheckReport check(Path workbook, Template template, Integer year, Cancellation cancel, SchoolNames names,
                             Map<String, String> workspaceSchools) {
        return check(workbook, template, year, cancel, names, workspaceSchools, null);
    }

    /**
     * As above; {@code grades} are a workspace's grades (its structure: {@code emis structure --pre-primary 2} keeps
     * PP1 and PP2 apart), read by as the import into it reads them (review 30 D1); null: the standard grades, those of a
     * new workspace.
     */
    public CheckReport check(Path workbook, Template template, Integer year, Cancellation cancel, SchoolNames names,
                             Map<String, String> workspaceSchools, GradeSystem grades) {
        GradeSystem gradeSystem = grades != null ? grades : GradeSystem.standard();
        boolean byName = template.sheets().stream().anyMatch(org.emisworkbench.template.SheetSpec::keyedByName);
        Message namesNote = !byName ? null : names == null ? Message.of("check.namesAtImport")
                : Message.of("check.namesMatched");
        try (WorkbookReader wb = Workbooks.open(workbook)) {
            String name = workbook.getFileName().toString();
            Integer y = year;
            Message yearNote = null;
            if (y == null && template.role() == Role.CENSUS) {
                OptionalInt found = CensusYears.detect(wb, template);
                OptionalInt inName = SchoolYears.of(template).fromFileName(name);
                if (found.isEmpty() && CensusYears.fileNameGivesYear(template)) {
                    found = inName;
                }
                boolean fromName = found.isPresent() && inName.isPresent() && inName.getAsInt() == found.getAsInt();
                y = found.isPresent() ? found.getAsInt() : null;
                yearNote = y == null ? YearNotes.nameNotUsed("check.noYear.nameNotUsed", name, template, false)
                        .orElse(Message.of("check.noYear"))
                        : FarCensusYear.of("check.yearFar", name, y, YearNotes.whereRead(wb, template, name, y));
                if (y == null) {
                    Message labelled = YearNotes.labelledNotAYear("check.noYear.labelled", null, wb, template, null);
                    yearNote = labelled != null ? labelled : yearNote;
                }
                if (yearNote == null && y != null && fromName) {
                    // The file name's year used while the year label holds no year: said, as the import warns.
                    var unread = CensusYears.unreadLabelledYear(wb, template);
                    yearNote = unread.isEmpty() ? null : Message.of("check.yearLabelUnread", unread.get().label(),
                            unread.get().cell(), unread.get().text(), String.valueOf(y));
                }
                if (yearNote == null && y != null) {
                    yearNote = YearNotes.ethiopian("check.yearEthiopian", wb, template, name, y);
                }
                if (yearNote == null && y != null) {
                    yearNote = YearNotes.calendar("check.yearCalendar", wb, template, name, y);
                }
                if (yearNote == null && y != null) {
                    yearNote = YearNotes.wordsAfterYear("check.yearWordsAfter", wb, template, y);
                }
                if (y == null) {
                    // Sheets named by year (2023, 2024) read by a {year} entry: the latest is checked, and said.
                    java.util.TreeSet<Integer> named = yearSheets(wb, template);
                    if (!named.isEmpty()) {
                        y = named.last();
                        java.util.TreeSet<Integer> others = new java.util.TreeSet<>(named.headSet(y));
                        yearNote = Message.of("check.yearFromSheets", y, named.stream().map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(", ")), others.isEmpty() ? y
                                : others.last());
                    }
                }
            }
            boolean population = template.role() == Role.POPULATION;
            if (y == null && population) {
                // As the import takes it (ImportService): from the workbook or its name where the template's year
                // entry says; rows of a column of years give their own; else the import needs --year (review 26 F10).
                boolean yearColumn = template.populationYearColumn();
                OptionalInt found = template.year() == null ? OptionalInt.empty() : CensusYears.detect(wb, template);
                if (found.isEmpty() && template.year() != null) {
                    found = SchoolYears.of(template).fromFileName(name);
                }
                y = found.isPresent() ? found.getAsInt() : null;
                yearNote = y != null ? null : yearColumn ? Message.of("check.populationYearColumn")
                        : Message.of("check.populationNoYear");
            }
            CheckSink sink = new CheckSink(name, template.layout() == org.emisworkbench.template.Layout.GRID,
                    workspaceSchools);
            Message refused = null;
            // Without a year the reading goes on with this year's, to show what the columns give.
            // A population file without its year is read as the import reads it: each row reported, nothing stored.
            int readYear = y != null ? y : population ? 0 : java.time.Year.now().getValue();
            org.emisworkbench.imports.SheetsRead read = new org.emisworkbench.imports.SheetsRead(wb);
            try {
                // As the import: a blank cell among a school's figures is said (IMP-36).
                org.emisworkbench.imports.BlankFigures blanks = new org.emisworkbench.imports.BlankFigures(
                        gradeSystem);
                Interpreters.forLayout(template.layout()).interpret(read, template,
                        new ImportContext(name, readYear, gradeSystem, Progress.NONE, cancel,
                                !byName ? SchoolNames.NONE : names == null ? SchoolNames.AT_IMPORT : names),
                        read.noting(blanks.wrap(sink)));
                blanks.end();
                sink.end();
            } catch (ImportRejectedException e) {
                refused = e.message();
            }
            boolean stopped = refused != null;
            if (refused == null && ImportService.refusesSchoolsWithoutFigures(template) && sink.values == 0
                    && sink.figureCells == 0 && !sink.schools.isEmpty()) {
                // As the import decides (decision 0051): schools and not one figure cell. The check knows no
                // workspace, so it says when the import refuses rather than pass the file as clean.
                refused = Message.of("check.noFigureCell", sink.schools.size());
            }
            // After the reading: the rows it skipped give no example values.
            // A grid is listed as found only where the reading read it (review 22).
            List<SheetFit> sheets = notKept(ColumnsReport.of(wb, template, readYear, sink), sink.problems);
            // A file refused while read (a required sheet missing) left its other sheets unread for that reason only.
            // A sheet whose header the fit found is never said to lack one, whatever stopped the reading.
            List<Message> notRead = read.sheetsNotRead(template, stopped, sheets.stream()
                    .filter(f -> f.sheet() != null && f.headerFirstRow() != null).map(SheetFit::sheet)
                    .collect(java.util.stream.Collectors.toSet()));
            return new CheckReport(workbook.toString(), template.id(), template.version(), y, yearNote, refused,
                    sheets, population ? sink.areas.size() : sink.schools.size(), sink.values, sink.preview(), sink.skipped, sink.problems,
                    sink.byKind(), template.schoolsPer() != org.emisworkbench.template.SchoolsPer.WORKBOOK,
                    sink.byTopic, sink.leftOut, namesNote, read.hiddenRows(template, sink.repeatedRows), notRead,
                    sink.skippedColumns, sink.unreadLabels, sink.checked, read.sheetsOfFiguresNotRead(), population,
                    sink.rostersNotCounted());
        } catch (WorkbookException e) {
            throw new ServiceException(e.message(), e);
        }
    }

    /**
     * The sheets as fitted, with each column of a grade the workspace does not keep moved from those read to those
     * not read ({@link SheetFit.ColumnNotRead#gradeNotKept}): its header matches the template, yet the import stores
     * none of its figures (its UNMATCHED_COLUMN problem), so listing it as read would say the opposite (review 32).
     */
    private static List<SheetFit> notKept(List<SheetFit> sheets, List<ProblemLine> problems) {
        java.util.Set<String> cells = new java.util.HashSet<>();
        problems.stream().filter(p -> org.emisworkbench.model.ImportProblem.gradeNotKept(p.kind(), p.detail()))
                .forEach(p -> cells.add(p.sheet() + "!" + p.cells().replaceAll("\\d", "")));
        if (cells.isEmpty()) {
            return sheets;
        }
        List<SheetFit> out = new ArrayList<>();
        for (SheetFit s : sheets) {
            List<SheetFit.ColumnRead> read = new ArrayList<>();
            List<SheetFit.ColumnNotRead> notRead = new ArrayList<>();
            for (SheetFit.ColumnRead c : s.read()) {
                if (!c.key() && s.sheet() != null && cells.contains(s.sheet() + "!" + c.letters())) {
                    notRead.add(new SheetFit.ColumnNotRead(c.letters(), c.header(), true, c.examples(), false,
                            c.grade() != null ? c.grade() : c.field()));
                } else {
                    read.add(c);
                }
            }
            if (notRead.isEmpty()) {
                out.add(s);
                continue;
            }
            notRead.addAll(s.notRead());
            out.add(new SheetFit(s.names(), s.sheet(), s.optional(), s.headerFirstRow(), s.headerLastRow(), read,
                    notRead, s.missing(), s.labelsFound(), s.labelsMissing(), s.gridsFound(), s.gridsMissing(),
                    s.across()));
        }
        return out;
    }

    /**
     * The census years of the visible sheets named by a year ({@code 2023}, {@code 2024-25}) when a sheet entry of the
     * template reads the sheet of the census year ({@code "names": ["{year}"]}); empty otherwise.
     */
    private static java.util.TreeSet<Integer> yearSheets(WorkbookReader wb, Template template) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        boolean byYear = template.sheets().stream().anyMatch(s -> s.names().contains(
                org.emisworkbench.template.SheetNames.YEAR));
        if (!byYear) {
            return years;
        }
        SchoolYears schoolYears = SchoolYears.of(template);
        for (org.emisworkbench.workbook.SheetInfo sheet : wb.sheets()) {
            if (sheet.visible()) {
                schoolYears.fromLabel(sheet.name()).ifPresent(years::add);
            }
        }
        return years;
    }

    // ---------------------------------------------------------------- drafting

    /**
     * A workbook opened for drafting: its sheets' first rows (kept here, so that changing a mapping never
     * reads the file again), the mappings guessed, and a preview of each visible sheet.
     */
    public static final class DraftWorkbook {
        private final Path file;
        private final TemplateDrafter.Guesses guesses;
        private final List<SheetPreview> previews;
        private final List<FormMapping> forms;
        private final Map<String, SheetMapping> rosters;
        /** A sheet's first rows seen the other way round than the draft saw them, read when the officer turned it. */
        private final Map<String, List<List<Cell>>> turned = new java.util.concurrent.ConcurrentHashMap<>();
        /** The years of primary before {@code Form 1}, when the officer gave them, else not given. */
        private final SecondaryYears secondary;

        DraftWorkbook(Path file, TemplateDrafter.Guesses guesses, List<SheetPreview> previews,
                      SecondaryYears secondary) {
            this.file = file;
            this.secondary = secondary;
            this.guesses = guesses;
            this.previews = List.copyOf(previews);
            this.forms = FormDrafter.guess(guesses.samples(), secondary, file == null || file.getFileName() == null
                    ? null : file.getFileName().toString());
            Map<String, SheetMapping> lists = new LinkedHashMap<>();
            // A sheet of counts by row (a long export: school, grade, sex, figure) has a sex and a grade
            // column as a register has, but it is no list of people: the screen opens it as the CLI drafts it.
            java.util.Set<String> byRow = new java.util.HashSet<>();
            guesses.sheets().stream().filter(m -> m.keyColumn() != null && m.columns().stream().anyMatch(
                    c -> c.field() != null && c.field().startsWith("row."))).forEach(m -> byRow.add(m.sheet()));
            guesses.samples().forEach((sheet, rows) -> {
                SheetMapping m = byRow.contains(sheet) ? null : RosterDrafter.guessSheet(sheet, rows, null);
                if (m != null) {
                    lists.put(sheet, m);
                }
            });
            this.rosters = java.util.Collections.unmodifiableMap(lists);
        }

        public Path file() {
            return file;
        }

        /** The years of primary before {@code Form 1} it was opened with ({@link SecondaryYears#NOT_GIVEN}: none). */
        public SecondaryYears secondary() {
            return secondary;
        }

        /** One mapping per sheet with a recognisable header, as guessed. */
        public List<SheetMapping> guessed() {
            return guesses.sheets();
        }

        /** Every visible sheet read as a form (labels and tables), as guessed. */
        public List<FormMapping> forms() {
            return forms;
        }

        /** The sheets that look like pupils or staff lists, as guessed, by sheet name. */
        public Map<String, SheetMapping> rosters() {
            return rosters;
        }

        /**
         * The layout the workbook looks like: a roster when a sheet is a list of pupils or staff (a sex column
         * and another person column), else wide when a sheet has a header row with a school code column, else
         * a form when a label names the school code; wide when nothing is recognised.
         */
        public Layout layout() {
            if (!rosters.isEmpty()) {
                return Layout.ROSTER;
            }
            if ((guessed().isEmpty() || formOverWide()) && forms.stream().anyMatch(FormMapping::hasKey)) {
                return Layout.GRID;
            }
            return Layout.WIDE;
        }

        /**
         * True when the sheets read as wide give only a school code and school details (a form's {@code School
         * code: | AG-601 | School name: | …} row taken for a header), while a sheet read as a form has its labelled
         * code and tables by age, grade and sex under titles: a one-school form, whose wide reading would take the
         * ages down its first column for school codes (review 16, S3); or while the wide reading's school code column
         * is headed by a label ending with a colon ({@code EMIS No.:}), its tables not recognised (review 18).
         */
        private boolean formOverWide() {
            if (keyColumnHoldsFormLabels()) {
                return true;
            }
            if (readsCounts(guessed())) {
                return false;
            }
            // A key column headed by a label ("EMIS No.:", "Code école :") is a form's row of labels, never a list's
            // header: the form is drafted, its tables left for the officer, rather than a list of schools (review 18).
            boolean labelRow = !guessed().isEmpty() && guessed().stream().allMatch(m -> m.keyColumn() != null
                    && m.keyColumn().header() != null && m.keyColumn().header().strip().endsWith(":"));
            return forms.stream().anyMatch(f -> f.hasKey() && (labelRow || !f.grids().isEmpty()));
        }

        /**
         * True when every wide reading's school-code column holds, below its header, two labels or more that the form
         * reading of the same sheet reads ({@code School code | KW-0101 | Teachers | 4 | 9} taken for a header, then
         * {@code School name}, {@code District}, {@code Classrooms} down its first column), while that form has its
         * code and a titled table: the column is a form's column of labels, not a list of school codes (review 26 F2:
         * the labels were read as schools). A list's codes are never the labels a form reads.
         */
        private boolean keyColumnHoldsFormLabels() {
            return !guessed().isEmpty() && guessed().stream().allMatch(m -> m.keyColumn() != null && forms.stream()
                    .anyMatch(f -> f.sheet().equals(m.sheet()) && f.hasKey() && !f.grids().isEmpty()
                            && f.labels().stream().filter(l -> l.field() != null && l.col() == m.keyColumn().col()
                                    && l.row() > m.lastRow()).count() >= 2));
        }

        /**
         * How many schools the forms hold as guessed: one per sheet when several sheets are forms with the same
         * school-code label, one per block when a sheet writes its label again lower down, else one per workbook.
         */
        public org.emisworkbench.template.SchoolsPer schools() {
            return FormDrafter.schoolsPer(forms);
        }

        /** Sheets left out of the guess, and why. */
        public List<Message> notes() {
            return guesses.notes();
        }

        /** Every visible sheet's first rows, merged cells included. */
        public List<SheetPreview> previews() {
            return previews;
        }

        Map<String, List<List<Cell>>> samples() {
            return guesses.samples();
        }

        /** True when the draft reads the sheet on its side (one column per school). */
        private boolean draftedAcross(String sheet) {
            return guessed().stream().anyMatch(m -> m.sheet().equals(sheet) && m.across());
        }

        /**
         * The first rows of a sheet seen as a list of one row per school ({@code across} false) or on its side: those
         * the draft read, or those read when the officer turned the sheet ({@link #turn}); null when not read so.
         */
        List<List<Cell>> rows(String sheet, boolean across) {
            return across == draftedAcross(sheet) ? samples().get(sheet) : turned.get(sheet);
        }

        /** The first rows of every sheet as the lists of {@code tables} read them (a sheet turned: its other view). */
        Map<String, List<List<Cell>>> samplesFor(List<SheetMapping> tables) {
            Map<String, List<List<Cell>>> out = new LinkedHashMap<>(samples());
            for (SheetMapping m : tables) {
                List<List<Cell>> rows = rows(m.sheet(), m.across());
                if (rows != null) {
                    out.put(m.sheet(), rows);
                }
            }
            return out;
        }
    }

    /**
     * The first rows of a sheet as text, for the mapping screen's grid.
     *
     * @param texts  [row][column] cell texts, "" where blank
     * @param merged merged regions within the preview: {firstRow, lastRow, firstCol, lastCol}, 0-based
     */
    public record SheetPreview(String sheet, String[][] texts, List<int[]> merged) {
        public SheetPreview {
            merged = List.copyOf(merged);
        }

        public int rows() {
            return texts.length;
        }

        public int columns() {
            return texts.length == 0 ? 0 : texts[0].length;
        }
    }

    /** Rows of each sheet shown in a preview. */
    public static final int PREVIEW_ROWS = 30;
    /** Sheets larger than this are previewed without their merged cells (they are not loaded whole). */
    static final int PREVIEW_MAX_CELLS = 200_000;

    /** Opens a workbook for drafting: first rows, guesses and previews. */
    public DraftWorkbook open(Path workbook) {
        return open(workbook, SecondaryYears.NOT_GIVEN);
    }

    /** As {@link #open(Path)}, reading {@code Form 1}… as the grades after {@code secondary}'s years of primary. */
    public DraftWorkbook open(Path workbook, SecondaryYears secondary) {
        try (WorkbookReader wb = Workbooks.open(workbook)) {
            TemplateDrafter.Guesses g = TemplateDrafter.guess(wb, secondary);
            List<SheetPreview> previews = new ArrayList<>();
            for (var sheet : wb.sheets()) {
                List<List<Cell>> rows = g.samples().get(sheet.name());
                if (sheet.visible() && rows != null) {
                    previews.add(preview(wb, sheet, rows));
                }
            }
            return new DraftWorkbook(workbook, g, previews, secondary);
        } catch (WorkbookException e) {
            throw new ServiceException(e.message(), e);
        }
    }

    private static SheetPreview preview(WorkbookReader wb, org.emisworkbench.workbook.SheetInfo sheet,
                                        List<List<Cell>> rows) {
        int n = Math.min(PREVIEW_ROWS, rows.size());
        int width = 1;
        for (int r = 0; r < n; r++) {
            for (Cell c : rows.get(r)) {
                width = Math.max(width, c.col() + 1);
            }
        }
        String[][] texts = new String[n][width];
        for (String[] row : texts) {
            java.util.Arrays.fill(row, "");
        }
        for (int r = 0; r < n; r++) {
            for (Cell c : rows.get(r)) {
                texts[r][c.col()] = c.shown();
            }
        }
        List<int[]> merged = new ArrayList<>();
        try {
            for (var m : wb.grid(sheet, PREVIEW_MAX_CELLS).mergedRegions()) {
                if (m.firstRow() < n && m.firstCol() < width) {
                    merged.add(new int[] {m.firstRow(), Math.min(m.lastRow(), n - 1), m.firstCol(),
                            Math.min(m.lastCol(), width - 1)});
                }
            }
        } catch (WorkbookException e) {
            // A sheet too large to hold whole is shown without its merged cells.
        }
        return new SheetPreview(sheet.name(), texts, merged);
    }

    /**
     * The mapping of a list (wide: one row per school; roster: one row per person) guessed again with its
     * header on {@code headerRow} (1-based), or null.
     */
    public SheetMapping guessSheet(DraftWorkbook workbook, String sheet, int headerRow, Layout layout) {
        List<List<Cell>> rows = workbook.samples().get(sheet);
        if (rows == null) {
            return null;
        }
        return layout == Layout.ROSTER ? RosterDrafter.guessSheet(sheet, rows, headerRow)
                : TemplateDrafter.guessSheet(sheet, rows, headerRow);
    }

    /**
     * A wide sheet read the other way round: {@code across} true, one column per school ({@code "schoolsIn":
     * "columns"}), else one row per school; its columns guessed again from its first rows seen so. Opens the file
     * (run it in the background); null when no header with a school-code column is found that way, or the sheet is
     * too large to be read on its side.
     */
    public SheetMapping turn(DraftWorkbook workbook, String sheet, boolean across) {
        List<List<Cell>> rows = workbook.rows(sheet, across);
        if (rows == null) {
            try (WorkbookReader wb = Workbooks.open(workbook.file())) {
                for (var s : wb.sheets()) {
                    if (s.name().equals(sheet)) {
                        rows = TemplateDrafter.rowsOf(wb, s, across);
                    }
                }
            } catch (WorkbookException e) {
                throw new ServiceException(e.message(), e);
            }
            if (rows == null) {
                return null;
            }
            workbook.turned.put(sheet, rows);
        }
        return TemplateDrafter.guessTurned(sheet, rows, across);
    }

    /** The deepest header a template reads ({@code headerRows}): a band, a grade, a sex. */
    public static final int MAX_HEADER_ROWS = org.emisworkbench.template.HeaderLocator.MAX_ROWS;

    /** The school attributes a wide sheet's rows heading a group of schools can give them ({@code groupRows}). */
    public static List<String> groupRowsAttributes() {
        return org.emisworkbench.template.GroupRows.ATTRIBUTES.stream().map(SchoolAttribute::field).toList();
    }

    /**
     * The mapping of a wide sheet guessed again with its header on {@code headerRow} (1-based) taking exactly
     * {@code headerRows} rows, from the rows already read (no file is opened); null when the sheet was not read.
     */
    public SheetMapping guessSheet(DraftWorkbook workbook, String sheet, int headerRow, int headerRows) {
        List<List<Cell>> rows = workbook.rows(sheet, false);
        return rows == null ? null : TemplateDrafter.guessSheet(sheet, rows, headerRow, headerRows);
    }

    /**
     * A wide sheet mapped as {@code m} read with a row per school and class: column {@code index} of its columns gives
     * each row's grade, and the columns of counts beside it whose headers say their sex, topic or both ({@code Boys},
     * {@code Repeaters girls}) are read as the draft reads them beside such a column, each of the row's grade; from
     * the rows already read (no file is opened). Null when that column's values are not grades, or the sheet was not
     * read.
     */
    public SheetMapping gradeByRow(DraftWorkbook workbook, SheetMapping m, int index) {
        return TemplateDrafter.gradeByRow(m, workbook.rows(m.sheet(), m.across()), index);
    }

    /**
     * The school attribute the rows heading groups of schools on a wide sheet mapped as {@code m} give them, as the
     * draft writes it when the officer says nothing ({@code school.district} under {@code DISTRICT: MONGU}), or null;
     * from the rows already read (no file is opened).
     */
    public String draftedGroupRows(DraftWorkbook workbook, SheetMapping m) {
        return TemplateDrafter.draftedGroupRows(m, workbook.rows(m.sheet(), m.across()));
    }

    /**
     * Label {@code l} of a form read with its value inside its own cell after a colon ({@code School: Akuna Primary
     * (GH-1200)}, {@code inside}) or where the reader finds it, from the rows already read (no file is opened); null
     * when the officer asks for inside and the label's cell holds no words, colon and value.
     */
    public LabelMapping placed(DraftWorkbook workbook, LabelMapping l, boolean inside) {
        if (!inside) {
            return l.inside() ? l.withInside(false, "") : l;
        }
        List<List<Cell>> rows = workbook.samples().get(l.sheet());
        if (rows == null || l.row() >= rows.size()) {
            return null;
        }
        Cell cell = rows.get(l.row()).stream().filter(c -> c.col() == l.col()).findFirst().orElse(null);
        return cell == null || cell.kind() != org.emisworkbench.workbook.CellKind.TEXT ? null
                : org.emisworkbench.template.InsideLabels.asInside(l, cell.text());
    }

    /**
     * The tables stacked under the first one of a wide sheet mapped as {@code m}: as the officer set them, else as
     * the drafter finds them under the header as it stands (from the rows already read: no file is opened).
     */
    public List<StackedTable> stackedTables(DraftWorkbook workbook, SheetMapping m) {
        return m.tables() != null ? m.tables() : StackedTables.find(m, workbook.rows(m.sheet(), m.across()));
    }

    /**
     * Whether table {@code index} of form {@code f} is written into the template as adding up with the sheet's other
     * blocks of its figure (grid {@code adds}, decision 0090): set so by hand, or by the draft's rule.
     */
    public boolean addsUp(org.emisworkbench.template.FormMapping f, int index) {
        return org.emisworkbench.template.FormDrafter.addsUp(f, index);
    }

    /**
     * What the template loader (the one every template is read by) says is wrong with the labels and tables of form
     * {@code f} written alone, each problem starting with its JSON path; problems of the template as a whole (a school
     * code read on another sheet) are not the form's and are left out. Empty when the loader takes them.
     */
    public List<String> formProblems(org.emisworkbench.template.FormMapping f) {
        try {
            org.emisworkbench.template.FormDrafter.build("mapping-check", 1, "mapping-check", List.of(f));
            return List.of();
        } catch (TemplateException e) {
            return e.problems().stream().filter(p -> p.contains(".labels[") || p.contains(".grids[")).toList();
        }
    }

    /**
     * Table {@code whole} of a form sheet split into the topics side by side under its banners, from the rows
     * already read (no file is opened); empty when no two banners stand over its sexes.
     */
    public List<org.emisworkbench.template.GridMapping> splitByBands(DraftWorkbook workbook, String sheet,
                                                                     org.emisworkbench.template.GridMapping whole) {
        List<List<Cell>> rows = workbook.samples().get(sheet);
        return rows == null ? List.of() : org.emisworkbench.template.FormDrafter.splitByBands(rows, whole,
                workbook.secondary);
    }

    /**
     * The table an officer marks with its title on row {@code row} (0-based) of a sheet, its topic guessed from the
     * title, or null when that row is not among those read or does not hold one text alone.
     */
    public StackedTable tableAt(DraftWorkbook workbook, String sheet, int row) {
        return StackedTables.at(workbook.samples().get(sheet), row);
    }

    /**
     * A workbook's guessed mappings with the template they make.
     *
     * @param workbook the workbook drafted from
     * @param draft    the template written from the guessed mappings
     */
    public record DraftResult(DraftWorkbook workbook, TemplateDrafter.Draft draft, List<FormMapping> forms) {
        public DraftResult {
            forms = List.copyOf(forms);
            // What KG was read as, said wherever a sheet names it (review 32 B2): the officer may count it otherwise.
            List<Message> kg = draft == null || workbook == null ? List.of()
                    : org.emisworkbench.template.KindergartenNote.notes(workbook.samples());
            if (!kg.isEmpty()) {
                List<Message> notes = new java.util.ArrayList<>(draft.notes());
                notes.addAll(kg);
                draft = new TemplateDrafter.Draft(draft.template(), draft.json(), notes);
            }
        }

        /** The mappings as guessed, one per sheet drafted: a roster's lists, a wide workbook's sheets (none for a form). */
        public List<SheetMapping> sheets() {
            if (draft.template().layout() == Layout.ROSTER) {
                return List.copyOf(workbook.rosters().values());
            }
            return forms.isEmpty() && draft.template().role() != Role.POPULATION ? workbook.guessed() : List.of();
        }

        /** A form's labels read, in reading order (none for a wide workbook). */
        public List<LabelMapping> labels() {
            return forms.stream().flatMap(f -> f.labels().stream()).filter(LabelMapping::reads).toList();
        }

        /**
         * A form's labels with a value beside them that the draft did not guess, in reading order: listed as a wide
         * sheet's columns not guessed are, so that no label is left out in silence (none for a wide workbook).
         */
        public List<LabelMapping> notGuessed() {
            return forms.stream().flatMap(f -> f.labels().stream()).filter(l -> !l.reads() && !l.fromSheetName())
                    .toList();
        }

        /** A form's tables read (none for a wide workbook). */
        public List<GridMapping> grids() {
            return forms.stream().flatMap(f -> f.grids().stream()).filter(GridMapping::reads).toList();
        }

        /** Sheets and columns left out, and why. */
        public List<Message> notes() {
            // A population draft says itself what it read: the wide draft's "no school code column" is not its word.
            List<Message> all = new ArrayList<>(forms.isEmpty() && draft.template().role() != Role.POPULATION
                    ? workbook.notes() : List.of());
            if (draft.template().layout() == Layout.ROSTER) {
                // A list drafted as a roster has no school code header, as a wide sheet would: not a sheet left out.
                all.removeIf(n -> (n.key().equals("draft.noHeader") || n.key().equals("draft.headerWordsUnknown"))
                        && !n.args().isEmpty()
                        && workbook.rosters().containsKey(String.valueOf(n.args().get(0))));
                if (all.stream().noneMatch(n -> n.key().equals("draft.noHeader"))) {
                    all.removeIf(n -> n.key().startsWith("draft.noHeaderHint") || n.key().equals("draft.sheetsNamedByCode")
                            || n.key().equals("draft.headerWordsUnknown"));
                }
            }
            all.addAll(draft.notes());
            return all;
        }
    }

    /**
     * Guesses a template from the workbook's headers: version 1, the given id. A workbook with a list of pupils
     * or staff (a sex column and another person column) gets a roster template, as on the mapping screen; a
     * workbook with a header row holding a school code column gets a wide template; else a form with a labelled school code gets a grid
     * template of its labels.
     */
    public DraftResult draft(Path workbook, String id) {
        return draft(workbook, id, SecondaryYears.NOT_GIVEN);
    }

    /**
     * As {@link #draft(Path, String)}, {@code Form 1}… read as the grades after {@code secondary}'s years of
     * primary and written in the template's grade list.
     */
    public DraftResult draft(Path workbook, String id, SecondaryYears secondary) {
        DraftWorkbook wb = open(workbook, secondary);
        String title = "Drafted from " + workbook.getFileName();
        // Population by area, age and sex (no school anywhere): a population template, or how to write one when the
        // ages stand across (review 26), never a return template taking the district code for a school's.
        Optional<org.emisworkbench.template.PopulationDrafter.Result> population;
        try {
            population = org.emisworkbench.template.PopulationDrafter.draft(id, 1, title, wb.samples(),
                    workbook.getFileName().toString());
        } catch (TemplateException e) {
            throw new ServiceException(Message.of("draft.notLoadable", id, String.join("\n  - ", e.problems())), e);
        }
        if (population.isPresent()) {
            if (population.get().draft() == null) {
                throw new ServiceException(Message.of("draft.nothing", workbook.getFileName(), population.get().note()));
            }
            return new DraftResult(wb, population.get().draft(), List.of());
        }
        if (wb.layout() == Layout.ROSTER && !readsCounts(wb.guessed())) {
            // A register (one row per pupil or staff member) is read as the mapping screen reads it: its lists,
            // and beside them the sheets of labels that read something (a school code above a list of one school).
            // A sheet of counts with a sex column (a long export, one row per school, grade and sex) stays wide.
            List<FormMapping> labels = RosterDrafter.labelsBeside(wb.forms(), wb.rosters());
            return new DraftResult(wb, build(wb, id, 1, title, new WorkbookMapping(Layout.ROSTER,
                    List.copyOf(wb.rosters().values()), labels)), labels);
        }
        // A sheet of counts read as a long export beside one taken for a register (review 22: figures exported as
        // text on one sheet, as numbers on the other): the sheet of counts is drafted, the other named in the notes.
        if ((wb.layout() == Layout.WIDE || wb.layout() == Layout.ROSTER) && !wb.guessed().isEmpty()) {
            return new DraftResult(wb, build(wb, id, 1, title, new WorkbookMapping(Layout.WIDE, wb.guessed(),
                    List.of())), List.of());
        }
        FormDrafter.FormDraft form;
        try {
            form = FormDrafter.draft(id, 1, title, wb.samples(), wb.secondary, workbook.getFileName().toString());
        } catch (TemplateException e) {
            throw new ServiceException(Message.of("draft.notLoadable", id, String.join("\n  - ", e.problems())), e);
        }
        if (form == null) {
            throw new ServiceException(Message.of("draft.nothing", workbook.getFileName(),
                    new org.emisworkbench.model.BulletList(bySheets(wb.notes()))));
        }
        return new DraftResult(wb, form.draft(), form.forms());
    }

    /**
     * The draft's notes with those that say the same of several sheets said once, the sheets named together ({@code
     * Sheet A, B, C: no header row…}): a workbook of a form per sheet once gave one line of 4,000 characters saying
     * each thing of each sheet (review 32). A note's sheet is its first argument; notes differing in any other stay
     * apart, in their order.
     */
    static List<Message> bySheets(List<Message> notes) {
        Map<String, Message> first = new java.util.LinkedHashMap<>();
        Map<String, List<Object>> sheets = new java.util.HashMap<>();
        for (Message m : notes) {
            boolean bySheet = !m.args().isEmpty() && m.args().get(0) instanceof String
                    && m.key().startsWith("draft.") && !m.key().startsWith("draft.sheets");
            String same = bySheet ? m.key() + "|" + m.args().subList(1, m.args().size()) : m.key() + "|" + m.args();
            first.putIfAbsent(same, m);
            if (bySheet) {
                sheets.computeIfAbsent(same, k -> new java.util.ArrayList<>()).add(m.args().get(0));
            }
        }
        List<Message> out = new java.util.ArrayList<>();
        first.forEach((same, m) -> {
            List<Object> named = sheets.get(same);
            if (named == null || named.size() < 2) {
                out.add(m);
                return;
            }
            List<Object> args = new java.util.ArrayList<>(m.args());
            args.set(0, String.join(", ", named.stream().map(String::valueOf).distinct().toList()));
            out.add(new Message(m.key(), args));
        });
        return out;
    }

    /**
     * True when a wide guess reads figures (a count, a row's grade or sex, a sum), not only the key and school
     * attributes: a register's {@code School ID | Name | Status} is no wide sheet of figures.
     */
    private static boolean readsCounts(List<SheetMapping> guessed) {
        return guessed.stream().anyMatch(m -> !m.sums().isEmpty() || m.columns().stream().anyMatch(
                c -> c.field() != null && !c.field().startsWith("school.")));
    }

    /** Writes mappings as a template, loaded back by the same loader as every template. */
    public TemplateDrafter.Draft build(DraftWorkbook workbook, String id, int version, String title,
                                       WorkbookMapping mapping) {
        try {
            // A sheet the officer turned is written and checked from its rows seen the way it is now read.
            Map<String, List<List<Cell>>> samples = workbook.samplesFor(mapping.tables());
            return workbook.secondary.apply(mapping.build(id, version, title, samples), samples);
        } catch (TemplateException e) {
            throw new ServiceException(Message.of("draft.notLoadable", id, String.join("\n  - ", e.problems())), e);
        }
    }

    /**
     * A template saved into a templates folder.
     *
     * @param file     the file written
     * @param template the template as loaded from it
     * @param replaced true when it replaced an earlier version of itself
     */
    public record Saved(Path file, Template template, boolean replaced) {
    }

    /**
     * Writes mappings as {@code folder/ID.json}: version 1, or one more than the template of that file when
     * it already holds this id (an earlier save of the same layout). A file holding another template is
     * never replaced.
     */
    public Saved save(DraftWorkbook workbook, String id, String title, WorkbookMapping mapping, Path folder) {
        Path file = folder.resolve(id + ".json");
        int version = 1;
        boolean replaced = false;
        if (Files.exists(file)) {
            Template before;
            try {
                before = org.emisworkbench.template.TemplateLoader.load(file);
            } catch (TemplateException e) {
                throw new ServiceException(Message.of("draft.exists", file), e);
            }
            if (!before.id().equals(id)) {
                throw new ServiceException(Message.of("draft.exists", file));
            }
            version = before.version() + 1;
            replaced = true;
        }
        TemplateDrafter.Draft d = build(workbook, id, version, title, mapping);
        write(d.json(), file, replaced);
        return new Saved(file, d.template(), replaced);
    }

    /**
     * The words of a file's name that can be a school's code, as an import reading the code from the file's name
     * ({@code "position": "fileName"}) finds them: one gives the code; none or several, no code.
     */
    public static List<String> codeWordsOf(Path workbook) {
        return org.emisworkbench.template.FileNameLabels.candidates(workbook.getFileName().toString());
    }

    /** A template id from a file name: lower case, letters, digits, '.', '_' and '-'. */
    public static String idFor(Path workbook) {
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String folded = java.text.Normalizer.normalize(stem, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "")
                .replaceAll("-+$", "");
        String id = folded.isEmpty() ? "template" : folded;
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    /**
     * Writes a template file by the one output rule ({@link org.emisworkbench.report.OutputFile}): a
     * {@code .json} name, never over a workspace or any file that is not a JSON file, an existing one
     * replaced only when {@code force}, written whole or not at all (a temporary file moved into place).
     */
    public static void write(String json, Path out, boolean force) {
        if (Files.isDirectory(out)) {
            throw new ServiceException(Message.of("draft.isFolder", out.toAbsolutePath()));
        }
        if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !force) {
            throw new ServiceException(Message.of("draft.exists", out.toAbsolutePath()));
        }
        try {
            org.emisworkbench.report.OutputFile.write(out, List.of(".json"), force, null,
                    f -> Files.writeString(f, json, StandardCharsets.UTF_8));
        } catch (org.emisworkbench.model.Refusal e) {
            throw new ServiceException(e.message());
        } catch (FileAlreadyExistsException e) {
            throw new ServiceException(Message.of("draft.exists", out), e);
        } catch (IOException e) {
            throw new ServiceException(Message.of("draft.cannotWrite", out, e.getMessage()), e);
        }
    }
}
