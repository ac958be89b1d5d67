package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Sex;
import org.emisworkbench.template.CanonicalField;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.template.InsideLabels;
import org.emisworkbench.template.FileNameLabels;
import org.emisworkbench.template.SheetNameLabels;
import org.emisworkbench.template.LabelSpec;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateValue;
import org.emisworkbench.template.YearParser;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * The labelled cells of a form's header block and its teachers / classrooms / facilities blocks:
 * school code and attributes, census year, and counts in fixed slots (grouped by topic and sex).
 */
final class FormLabels {
    /** Where the school code was read. */
    record Code(String code, String sheet, Cell cell) {
    }

    /**
     * The school-code label found on a sheet with its value blank: the label's cell, and the cell where its value
     * was looked for (the column the other labels' values stand in, right of it; else the cell right of it).
     */
    record BlankCode(String sheet, Cell label, String valueCell) {
    }

    /** A school-code value refused because it looks like a header or a label ({@link SchoolCodes}). */
    record Refused(String sheet, Cell cell, Message why) {
    }

    /**
     * One cell read by two labels as two figures of one topic ({@code Good} below it and {@code Classrooms} right of
     * it, both {@code B27}: good rooms and all rooms): the second is never stored, the file is refused (review 17).
     */
    record ReadTwice(String sheet, String cell, String field, String label, String otherField, String otherLabel) {
    }

    private final CodeLists lists;
    /** The cells label counts were read from, by topic, sheet and cell: the field (with its sex) and the label. */
    private final Map<String, String[]> countCells = new java.util.HashMap<>();
    private ReadTwice readTwice;
    private final Set<String> known;
    private final SchoolCodes guard;
    private Code code;
    private Refused refused;
    private final Map<SchoolAttribute, String> attributes = new EnumMap<>(SchoolAttribute.class);
    private final Map<String, FactRecord> facts = new LinkedHashMap<>();
    private final List<Runnable> deferredProblems = new ArrayList<>();
    /** Sheet and label text of each label already said to stand at more than one place (IMP-40): said once. */
    private final Set<String> twiceSaid = new java.util.HashSet<>();
    /** Attributes whose label is there with its value blank, and that label. */
    private final Map<SchoolAttribute, Cell> blankLabels = new EnumMap<>(SchoolAttribute.class);
    /** The school-code label first found with a blank value, and its sheet; null when none. */
    private Cell blankCodeLabel;
    private String blankCodeSheet;
    /** Per sheet, the columns of the school's attributes read right of their labels, and how often. */
    private final Map<String, Map<Integer, Integer>> valueColumns = new java.util.HashMap<>();

    /** The file's name, for a school code read from it ({@code "position": "fileName"}); null when not known. */
    private final String fileName;

    FormLabels(Template template) {
        this(template, null);
    }

    FormLabels(Template template, String fileName) {
        this.fileName = fileName;
        this.lists = template.lists();
        this.known = knownLabels(template);
        this.guard = SchoolCodes.of(template);
    }

    /**
     * True for a label that, written once above the first of a sheet's stacked school blocks, is every block's: a
     * school attribute the schools of one district share (its district, province, ownership), read from its cell;
     * never a school's code or name, nor a count (a district's figure is no school's), nor a label read from the
     * sheet's or file's name, or marked in columns, which each block reads for itself. The import ({@link
     * FormSchools}) and the check ({@link ColumnsReport}) tell such labels by this one test (review 31 A1).
     */
    static boolean everyBlocks(LabelSpec l) {
        CanonicalField f = l.field() == null ? null : CanonicalField.parse(l.field()).orElse(null);
        return f != null && f.kind() == CanonicalField.Kind.SCHOOL && f.attribute() != SchoolAttribute.CODE
                && f.attribute() != SchoolAttribute.NAME && !l.ticked() && !l.summed() && !l.difference()
                && !SheetNameLabels.fromSheetName(l) && !FileNameLabels.fromFileName(l);
    }

    /** The sheet's labels read inside their own cells ({@link #insideTexts}), set by {@link #read}. */
    private List<String> partLabels = List.of();

    /** Normalised label texts of every sheet of the template and of its year: never a value. */
    static Set<String> knownLabels(Template template) {
        Set<String> known = new HashSet<>();
        template.sheets().forEach(s -> s.labels().forEach(l -> l.labels().forEach(
                t -> known.add(HeaderText.normalizeLabel(t)))));
        if (template.year() != null) {
            template.year().labels().forEach(t -> known.add(HeaderText.normalizeLabel(t)));
        }
        return known;
    }

    /**
     * Reads a sheet's labels; problems are reported once the school code is known. A required field
     * whose label is there but whose value is blank is a MISSING_REQUIRED_VALUE problem.
     *
     * @return the required fields whose label is not on the sheet at all
     */
    List<String> read(FormSheet form, List<LabelSpec> labels, List<String> required, SheetProblems problems) {
        partLabels = insideTexts(labels);
        labelledCounts.clear();
        List<String> absent = new ArrayList<>();
        for (String field : required) {
            if (labels.stream().anyMatch(l -> field.equalsIgnoreCase(l.field()))) {
                absent.add(field);
            }
        }
        labels.forEach(l -> l.parts().forEach(t -> known.add(HeaderText.normalizeLabel(t))));
        for (LabelSpec l : labels) {
            if (l.difference()) {
                if (difference(form, l, labels, problems)) {
                    absent.removeIf(f -> f.equalsIgnoreCase(l.field()));
                }
                continue;
            }
            if (l.ticked()) {
                if (ticked(form, l, problems)) {
                    absent.removeIf(f -> f.equalsIgnoreCase(l.field()));
                }
                continue;
            }
            if (l.summed()) {
                if (sum(form, l, known, problems)) {
                    absent.removeIf(f -> f.equalsIgnoreCase(l.field()));
                }
                continue;
            }
            boolean inside = InsideLabels.inside(l);
            boolean fromFile = FileNameLabels.fromFileName(l);
            boolean sheetName = SheetNameLabels.fromSheetName(l) || fromFile;
            Cell label = fromFile ? FileNameLabels.value(fileName) : sheetName ? SheetNameLabels.value(form.name())
                    : inside ? InsideLabels.find(form.rows, l.labels()) : form.label(l.labels(), l.column(), l.band());
            if (label == null) {
                continue;
            }
            if (!sheetName && !inside) {
                foundTwice(form, l.labels(), l.field(), label, problems);
            }
            absent.removeIf(f -> f.equalsIgnoreCase(l.field()));
            Cell value = sheetName ? label : inside ? insideValue(label, l, partLabels) : form.valueOf(label, known, l);
            if (!sheetName) {
                // The sheet's (or file's) name stands at A1 only in reports; whatever A1 holds is still the sheet's.
                form.markRead(value);
            }
            CanonicalField f = CanonicalField.parse(l.field()).orElseThrow();
            if (value == null && l.defaultValue() != null) {
                defaulted(form, f, l, label, problems);
                continue;
            }
            if (value == null && f.kind() == CanonicalField.Kind.SCHOOL && f.attribute() != SchoolAttribute.CODE) {
                blankLabels.putIfAbsent(f.attribute(), label);
            }
            if (value == null && f.attribute() == SchoolAttribute.CODE && !sheetName && !inside
                    && blankCodeLabel == null) {
                blankCodeLabel = label;
                blankCodeSheet = form.name();
            }
            if (value != null && f.kind() == CanonicalField.Kind.SCHOOL && !sheetName && !inside
                    && value.row() == label.row() && value.col() > label.col()) {
                valueColumns.computeIfAbsent(form.name(), k -> new java.util.HashMap<>())
                        .merge(value.col(), 1, Integer::sum);
            }
            if (value == null && required.contains(f.name())) {
                // The value column is where the school code's value stands, when it is right of this label.
                deferredProblems.add(() -> problems.report(ProblemKind.MISSING_REQUIRED_VALUE, label.row(),
                        code != null && code.cell().col() > label.col() ? code.cell().col() : label.col() + 1,
                        code(), f.name(), "", Message.of("import.detail.requiredLabel", f.name(), label.text().strip())));
            }
            if (f.kind() != CanonicalField.Kind.SCHOOL && !sheetName && !inside) {
                labelledCounts.add(new LabelledCount(label, value, l, f));
            }
            if (f.kind() == CanonicalField.Kind.SCHOOL) {
                attribute(form, f, l, value, problems);
            } else if (value != null) {
                count(form, f, l, value, problems);
                if (!sheetName && !inside) {
                    totalColumnOfRow(form, label, l, f, value, problems);
                }
            }
        }
        mergedAcrossLabels(form, problems);
        sexesTotals(form, labels, problems);
        return absent;
    }

    /** A count read beside its label on the sheet being read (its value null when blank), for merges across them. */
    private record LabelledCount(Cell label, Cell value, LabelSpec spec, CanonicalField field) {
    }

    private final List<LabelledCount> labelledCounts = new ArrayList<>();

    /**
     * Where a labelled count's value stands: its cell read, else (blank, as under a merge) the cell its label's value
     * is looked for at: under its {@code column} heading on the label's row, else right of the label and below it.
     */
    private static List<int[]> places(FormSheet form, LabelledCount k) {
        if (k.value() != null) {
            return List.<int[]>of(new int[] {k.value().row(), k.value().col()});
        }
        if (!k.spec().column().isEmpty()) {
            Cell heading = form.headingAbove(k.label(), k.spec().column(), k.spec().band());
            return heading == null ? List.of() : List.<int[]>of(new int[] {k.label().row(), heading.col()});
        }
        return List.of(new int[] {k.label().row(), k.label().col() + 1}, new int[] {k.label().row() + 1, k.label().col()});
    }

    /**
     * A labelled count's value typed into one cell merged across the value cells of two labelled figures or more
     * ({@code B5:B6} beside {@code Boys} and {@code Girls}): whose figure it is cannot be told, so it is stored for none,
     * its cell kept as the source, and said once at the merge naming the labels it spans, as a table's cell is
     * (decisions 0104, 0111).
     */
    private void mergedAcrossLabels(FormSheet form, SheetProblems problems) {
        if (labelledCounts.size() < 2 || form.grid.mergedRegions().isEmpty()) {
            return;
        }
        Map<Long, String> figureAt = new java.util.HashMap<>();
        for (LabelledCount k : labelledCounts) {
            String name = k.label().text().strip().replaceAll("\\s+", " ");
            places(form, k).forEach(p -> figureAt.putIfAbsent(CellKeys.of(p[0], p[1]), name));
        }
        for (LabelledCount k : labelledCounts) {
            Cell value = k.value();
            org.emisworkbench.workbook.CellRange m = value == null ? null : MergedFigures.startingAt(form.grid,
                    value.row(), value.col(), (r, c) -> figureAt.get(CellKeys.of(r, c)));
            if (m == null) {
                continue;
            }
            Sex sex = k.field().topic().bySex() ? Sex.ofTemplate(k.spec().sex()) : null;
            FactRecord rec = facts.get(k.field().topic() + "|" + sex + "|" + form.name());
            if (rec == null || rec.values()[k.field().slot()] < 0) {
                continue; // not read as a figure (a word, a clash): said at its cell already
            }
            rec.values()[k.field().slot()] = FactRecord.MISSING;
            List<String> figures = MergedFigures.spanned(m, (r, c) -> figureAt.get(CellKeys.of(r, c)));
            String field = k.field().name();
            String shown = value.shown();
            deferredProblems.add(() -> problems.mergedFigure(m, code(), field, shown, figures));
        }
    }

    /**
     * The column of both sexes of a small table whose rows the template reads in its sex columns ({@code Professores
     * | H | M | HM}, rows {@code Com formação} / {@code Sem formação}, review 31 C3): each row's {@code HM} adds up
     * its sexes, checked as a grid's {@code HM} is with its row, a difference a {@code TOTAL_MISMATCH} at the total's
     * cell naming the cells added. Marked read: a total of figures read is no figure left unread. A row with a sex
     * not read, or a value that is no count, is left alone (its own cell says why).
     */
    private void sexesTotals(FormSheet form, List<LabelSpec> labels, SheetProblems problems) {
        CodeList sexes = lists.require("sex");
        Map<Integer, Map<Integer, String>> rowsByHeading = new java.util.TreeMap<>();
        for (LabelSpec l : labels) {
            if (l.column().isEmpty() || l.column().stream().anyMatch(c -> sexes.code(c) == null)) {
                continue;
            }
            List<String> texts = new ArrayList<>(l.labels());
            texts.addAll(l.sumOf());
            for (String text : texts) {
                Cell label = form.label(List.of(text), l.column(), l.band());
                Cell heading = label == null ? null : form.headingAbove(label, l.column(), l.band());
                if (heading != null) {
                    rowsByHeading.computeIfAbsent(heading.row(), k -> new java.util.TreeMap<>()).putIfAbsent(label.row(),
                            l.field());
                }
            }
        }
        rowsByHeading.forEach((headingRow, rows) -> {
            Cell both = null;
            List<Integer> sexColumns = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (Cell h : form.rows.get(headingRow)) {
                if (h.kind() != CellKind.TEXT || h.isBlank()) {
                    continue;
                }
                String code = sexes.code(h.text());
                if (code != null && !Sex.BOTH_TOGETHER.equals(code)) {
                    sexColumns.add(h.col());
                    codes.add(code);
                } else if (HeaderText.BOTH_SEXES_WORDS.contains(HeaderText.normalizeLabel(h.text()))
                        || HeaderText.isTotalWord(h.text())) {
                    both = both == null ? h : both;
                }
            }
            if (both == null || codes.size() < 2) {
                return;
            }
            int bothCol = both.col();
            rows.forEach((r, field) -> totalOfSexes(form, r, bothCol, sexColumns, field, problems));
        });
    }

    /** One row's total of both sexes in column {@code col}, compared with its sexes' read cells (see above). */
    private void totalOfSexes(FormSheet form, int row, int col, List<Integer> sexColumns, String field,
                              SheetProblems problems) {
        Cell total = form.at(row, col);
        if (total == null || total.isBlank() || sexColumns.stream().anyMatch(c -> !form.isRead(row, c))) {
            return;
        }
        int t = problems.value(total.kind(), total.text(), total.number());
        RowParts parts = RowParts.of(form, row, sexColumns, problems);
        if (parts == null || t < 0) {
            return;
        }
        form.markRead(total);
        mismatch(total, field, t, parts, "import.detail.totalColumnOfRow", problems);
    }

    /**
     * Says a total that is not the sum of its row's parts read, once the form is read (the parts' cells named);
     * nothing when no part was filled in.
     */
    private void mismatch(Cell total, String field, int t, RowParts parts, String detail, SheetProblems problems) {
        if (parts.cells().isEmpty() || parts.sum() == t) {
            return;
        }
        String named = String.join("+", parts.cells().stream().map(c -> CellRef.a1(c.row(), c.col())).toList());
        deferredProblems.add(() -> problems.report(ProblemKind.TOTAL_MISMATCH, total.row(), total.col(), code(),
                field, total.text(), Message.of(detail, t, parts.sum(), named)));
    }

    /**
     * The filled cells of one row under the given columns and their sum: the parts a total of the row is compared
     * with. Null when one of them is no count (text, a negative figure): then the total is not checked at all.
     */
    private record RowParts(long sum, List<Cell> cells) {
        static RowParts of(FormSheet form, int row, List<Integer> cols, SheetProblems problems) {
            long sum = 0;
            List<Cell> cells = new ArrayList<>();
            for (int c : cols) {
                Cell part = form.at(row, c);
                if (part == null || CellValues.blankText(part.text())) {
                    continue;
                }
                int p = problems.value(part.kind(), part.text(), part.number());
                if (p < 0) {
                    return null;
                }
                sum += p;
                cells.add(part);
            }
            return new RowParts(sum, cells);
        }
    }

    /** The texts of the labels read inside their own cells: where one labelled part of a cell ends another. */
    static List<String> insideTexts(List<LabelSpec> labels) {
        return labels.stream().filter(InsideLabels::inside).flatMap(l -> l.labels().stream()).toList();
    }

    /**
     * The value written in the label's own cell ({@code School: Akuna Primary (GH-1200)}), as the part its field
     * reads, at the label's cell; null when that part is blank. {@code partLabels}: the sheet's labels read inside
     * their cells ({@link #insideTexts}), each ending the part before it ({@code École: NAME — Code: 12345}).
     */
    static Cell insideValue(Cell label, LabelSpec l, List<String> partLabels) {
        String bySex = l.sex() == null ? null : InsideLabels.countOfSex(label.text(), l.sex());
        // "Teachers: Male 4 Female 3": the count after the label's sex's word.
        String part = bySex != null ? bySex
                : InsideLabels.part(InsideLabels.value(label.text(), l.labels(), partLabels), l.field());
        if (part.matches("\\d+")) {
            // A count after the colon ("Enseignants H : 5") is the number typed, not a number stored as text.
            return new Cell(label.row(), label.col(), CellKind.NUMBER, part, Double.parseDouble(part));
        }
        return part.isEmpty() ? null : new Cell(label.row(), label.col(), CellKind.TEXT, part, 0);
    }

    private void attribute(FormSheet form, CanonicalField f, LabelSpec l, Cell value, SheetProblems problems) {
        if (value == null) {
            return;
        }
        String raw = value.text().strip();
        if (value.kind() == CellKind.ERROR && f.attribute() != SchoolAttribute.CODE) {
            // #REF! or a formula without its saved result is no name or place: reported at its cell, never stored.
            int v = CellValues.count(CellKind.ERROR, raw, Double.NaN);
            deferredProblems.add(() -> problems.report(CellValues.problem(v), value.row(), value.col(), code(),
                    f.name(), raw, CellValues.detail(v)));
            blankLabels.remove(f.attribute());
            return;
        }
        if (f.attribute() == SchoolAttribute.CODE) {
            List<String> words = FileNameLabels.fromFileName(l) ? FileNameLabels.candidates(fileName) : null;
            Message why = raw.isEmpty() ? null
                    : SheetNameLabels.fromSheetName(l) && !SheetNameLabels.couldBeCode(raw)
                    ? Message.of("code.suspect.sheetName")
                    // A name holding no word or two words that can be a code: which school is not for a guess.
                    : words != null && words.size() != 1 ? Message.of("code.suspect.fileName", words.isEmpty()
                            ? "—" : String.join(", ", words)) : guard.refusal(raw);
            if (why != null && refused == null) {
                refused = new Refused(form.name(), value, why);
            } else if (why == null && code == null && !raw.isEmpty()) {
                code = new Code(WideRows.schoolCode(value), form.name(), value);
            }
            return;
        }
        String listName = l.codeList() != null ? l.codeList() : org.emisworkbench.template.TemplateValue.attributeList(f.attribute());
        CodeList list = listName == null ? null : lists.require(listName);
        String v = list == null ? raw : list.code(raw);
        if (v == null) {
            deferredProblems.add(() -> problems.report(ProblemKind.UNKNOWN_CODE, value.row(), value.col(), code(),
                    f.name(), raw, Message.of("import.detail.notInList", list.name())));
        } else if (!v.isEmpty()) {
            attributes.putIfAbsent(f.attribute(), v);
        }
    }

    private void count(FormSheet form, CanonicalField f, LabelSpec l, Cell value, SheetProblems problems) {
        int v;
        CodeList list = l.codeList() != null ? lists.require(l.codeList())
                : f.answeredYesOrNo() ? lists.require("yesno") : null;
        String coded = list != null && value.kind() == CellKind.TEXT ? list.code(value.text()) : null;
        if (coded != null) {
            v = "yes".equals(coded) ? 1 : "no".equals(coded) ? 0 : CellValues.NOT_A_NUMBER;
        } else {
            v = problems.value(value.kind(), value.text(), value.number());
            problems.digits(value.row(), value.col(), null, f.name(), value.kind(), value.text(), v);
            if (problems.nil(value.kind(), value.text())) {
                deferredProblems.add(() -> problems.reportNil(value.row(), value.col(), code(), f.name(), value.text()));
            }
        }
        if (CellValues.isProblem(v)) {
            ProblemKind kind = list != null && v == CellValues.NOT_A_NUMBER ? ProblemKind.UNKNOWN_CODE
                    : CellValues.problem(v);
            Message detail = kind == ProblemKind.UNKNOWN_CODE ? Message.of("import.detail.notInList", list.name())
                    : CellValues.detail(v);
            deferredProblems.add(() -> problems.report(kind, value.row(), value.col(), code(), f.name(), value.text(),
                    detail));
        }
        Sex sex = f.topic().bySex() ? Sex.ofTemplate(l.sex()) : null;
        String cell = CellRef.a1(value.row(), value.col());
        String meaning = f.name() + (sex == null ? "" : " " + sex);
        if (!InsideLabels.inside(l)) {
            // Labels whose value is inside their own cell share it by design ("Enseignants H : 4 F : 5").
            String[] before = countCells.putIfAbsent(f.topic() + "|" + form.name() + "|" + cell,
                    new String[] {meaning, label(l)});
            if (before != null && !before[0].equals(meaning)) {
                if (readTwice == null) {
                    readTwice = new ReadTwice(form.name(), cell, before[0], before[1], meaning, label(l));
                }
                return;
            }
        }
        FactRecord rec = facts.computeIfAbsent(f.topic() + "|" + sex + "|" + form.name(), k -> {
            int[] values = new int[f.topic().fixedSlots().size()];
            Arrays.fill(values, FactRecord.MISSING);
            return new FactRecord("?", f.topic(), sex, AgeGroup.ALL, values, new String[values.length], form.name(), -1);
        });
        rec.values()[f.slot()] = v >= 0 ? v : FactRecord.MISSING;
        rec.sources()[f.slot()] = cell;
    }

    /**
     * A label read in a {@code Total} column of its table ({@code Condition | Good | Needs repair | Unusable | Total},
     * row {@code Classrooms}, read as {@code classrooms.total}) is a figure of its own, yet the school's sum of the
     * columns left of it on the label's row: compared with them as a grid's {@code Total} column is with its row
     * (review 28 F5a), a difference a {@code TOTAL_MISMATCH} at the total's cell naming the cells added. The total is
     * still stored: the template reads it, and which figure is wrong is the school's to say. Left alone when a column
     * between the label and the total has no heading of its own (bands over sexes: {@code Qualified} over {@code
     * Male | Female}), is another total, or holds a value that is no count (said at its own cell), and when every
     * part is blank (a total given alone).
     */
    private void totalColumnOfRow(FormSheet form, Cell label, LabelSpec l, CanonicalField f, Cell value,
            SheetProblems problems) {
        if (l.column().isEmpty() || !l.column().stream().allMatch(HeaderText::isTotalWord)
                || value.row() != label.row()) {
            return;
        }
        Cell heading = form.headingAbove(label, l.column());
        int total = problems.value(value.kind(), value.text(), value.number());
        if (heading == null || heading.col() != value.col() || total < 0) {
            return;
        }
        List<Integer> cols = new ArrayList<>();
        for (int c = label.col() + 1; c < heading.col(); c++) {
            Cell head = form.at(heading.row(), c);
            if (head == null || head.kind() != CellKind.TEXT || HeaderText.isTotalWord(head.text())) {
                return;
            }
            cols.add(c);
        }
        RowParts parts = RowParts.of(form, label.row(), cols, problems);
        if (parts != null) {
            mismatch(value, f.name(), total, parts, "import.detail.totalColumnOfRow", problems);
        }
    }

    /**
     * An answer marked in one of several columns ({@code ticks}, {@link TickedAnswer}): the code of the one column
     * marked, stored as a yes/no count at that cell. No column marked is a figure left blank, more than one a figure
     * given twice; either way the answer stays missing and is said at the row's cells, never guessed (review 28 F3).
     *
     * @return true when the label is on the sheet
     */
    private boolean ticked(FormSheet form, LabelSpec l, SheetProblems problems) {
        Cell label = form.label(l.labels());
        if (label == null) {
            return false;
        }
        foundTwice(form, l.labels(), l.field(), label, problems);
        CanonicalField f = CanonicalField.parse(l.field()).orElseThrow();
        CodeList list = lists.require(l.codeList() != null ? l.codeList() : "yesno");
        TickedAnswer t = TickedAnswer.read(form, label, l, list);
        String text = label.text().strip();
        for (String heading : t.absent()) {
            deferredProblems.add(() -> problems.report(ProblemKind.BLANK_FIGURE, label.row(), label.col() + 1, code(),
                    f.name(), "", Message.of("import.detail.labelNoColumn", text, heading)));
        }
        for (Cell c : t.unknown()) {
            deferredProblems.add(() -> problems.report(ProblemKind.UNKNOWN_CODE, c.row(), c.col(), code(), f.name(),
                    c.text(), Message.of("import.detail.notInList", list.name())));
        }
        if (!t.absent().isEmpty() || !t.unknown().isEmpty()) {
            return true;
        }
        if (t.marked().size() != 1) {
            boolean none = t.marked().isEmpty();
            Cell at = none ? label : t.marked().get(1);
            int col = none ? label.col() + 1 : at.col();
            String headings = String.join(" / ", t.headings());
            deferredProblems.add(() -> problems.report(none ? ProblemKind.BLANK_FIGURE : ProblemKind.VALUE_CLASH,
                    at.row(), col, code(), f.name(), none ? "" : at.text(), none
                            ? Message.of("import.detail.ticksNone", headings, text, String.join(", ", t.cells()))
                            : Message.of("import.detail.ticksBoth", t.markedHeadings(), text, t.markedCells())));
            return true;
        }
        Cell value = t.marked().get(0);
        String coded = t.answer();
        int v = "yes".equals(coded) ? 1 : "no".equals(coded) ? 0 : FactRecord.MISSING;
        if (v == FactRecord.MISSING) {
            return true; // refused when the template is loaded: a mark's code is yes or no
        }
        FactRecord rec = labelRecord(form, f, l.sex());
        rec.values()[f.slot()] = v;
        rec.sources()[f.slot()] = CellRef.a1(value.row(), value.col());
        return true;
    }

    /** A label's text for a message: its first text, and the column it is read in for a small table's label. */
    private static String label(LabelSpec l) {
        String text = l.labels().isEmpty() ? "" : l.labels().get(0);
        return l.column().isEmpty() ? text : text + " / " + l.column().get(0);
    }

    /**
     * Refuses the file when one cell was read by two labels as two figures of one topic: one of them is a wrong
     * figure (good rooms stored as all rooms), which no later check could tell from a right one.
     */
    void rejectReadTwice(String fileName) throws ImportRejectedException {
        if (readTwice != null) {
            ReadTwice t = readTwice;
            throw new ImportRejectedException("rejected.cellReadTwice", fileName, t.sheet(), t.cell(), t.field(),
                    t.label(), t.otherField(), t.otherLabel());
        }
    }

    /**
     * A label's value left blank, filled with the label's {@code default} and reported at the value's
     * place (right of the label), so the officer sees every figure the template supplied.
     */
    private void defaulted(FormSheet form, CanonicalField f, LabelSpec l, Cell label, SheetProblems problems) {
        TemplateValue v = TemplateValue.of(f.name(), l.codeList(), l.defaultValue(), lists).orElse(null);
        if (v == null) {
            return;
        }
        // The value's place: the column of the school code's value when that is right of labels, else next to it.
        int col = code != null && code.cell().col() > label.col() ? code.cell().col() : label.col() + 1;
        String shown = v.isCount() ? String.valueOf(v.count()) : v.text();
        deferredProblems.add(() -> problems.report(ProblemKind.DEFAULT_USED, label.row(),
                code != null && code.cell().col() > label.col() ? code.cell().col() : col, code(), f.name(), "",
                f.name() + " = " + shown));
        if (!v.isCount()) {
            if (f.attribute() != SchoolAttribute.CODE) {
                attributes.putIfAbsent(f.attribute(), v.text());
            }
            return;
        }
        FactRecord rec = labelRecord(form, f, l.sex());
        rec.values()[f.slot()] = v.count();
        rec.sources()[f.slot()] = CellRef.a1(label.row(), col) + TemplateValue.DEFAULT_SUFFIX;
    }

    /**
     * A count that is the sum of the values of several labels ({@code sumOf}): missing when every value is
     * blank or one cannot be read (that cell's problem is reported); the present ones added, and reported,
     * when some are blank or a label is not on the sheet. The source names every cell added ({@code C5+C7}).
     *
     * @return true when the sum's labels are on the sheet (its field is there, even if blank)
     */
    private boolean sum(FormSheet form, LabelSpec l, Set<String> known, SheetProblems problems) {
        CanonicalField f = CanonicalField.parse(l.field()).orElseThrow();
        long total = 0;
        List<String> added = new ArrayList<>();
        List<Message> missing = new ArrayList<>();
        Cell first = null;
        Cell last = null;
        boolean unreadable = false;
        List<Cell> noColumn = new ArrayList<>();
        List<Cell> rowsAdded = new ArrayList<>();
        for (LabelSpec p : l.summedParts()) {
            String text = p.labels().get(0);
            Part part = part(form, p, problems);
            Cell label = part.label();
            Cell value = part.value();
            if (label != null && first == null) {
                first = label;
            }
            if (value == null) {
                // A label whose table has no column under that heading is not blank: say which heading is missing.
                boolean headless = label != null && !l.column().isEmpty()
                        && form.headedColumn(label, l.column(), p.band()) < 0;
                if (headless) {
                    noColumn.add(label);
                }
                missing.add(label == null ? Message.of("import.detail.noLabel", text)
                        : headless ? Message.of("import.detail.labelNoColumn", text, String.join(" / ", p.band())
                                + (p.band().isEmpty() ? "" : " ") + String.join(" / ", l.column()))
                        : Message.of("import.detail.labelBlank", text));
                continue;
            }
            last = label;
            int v = problems.value(value.kind(), value.text(), value.number());
            problems.digits(value.row(), value.col(), null, f.name(), value.kind(), value.text(), v);
            if (problems.nil(value.kind(), value.text())) {
                deferredProblems.add(() -> problems.reportNil(value.row(), value.col(), code(), f.name(), value.text()));
            }
            if (CellValues.isProblem(v)) {
                unreadable = true;
                deferredProblems.add(() -> problems.report(CellValues.problem(v), value.row(), value.col(), code(),
                        f.name(), value.text(), CellValues.detail(v)));
            } else if (v != FactRecord.MISSING) {
                total += v;
                added.add(CellRef.a1(value.row(), value.col()));
                rowsAdded.add(label);
            } else {
                missing.add(Message.of("import.detail.labelBlank", text));
            }
        }
        if (first == null) {
            return false;
        }
        if (!unreadable && added.isEmpty()) {
            // Nothing to add because the labels found stand in no column so headed (a title of the same words, a
            // table laid out otherwise): the template does not fit the form there, which a blank table never says.
            for (Cell label : noColumn) {
                String text = label.text().strip();
                deferredProblems.add(() -> problems.report(ProblemKind.BLANK_FIGURE, label.row(), label.col() + 1,
                        code(), f.name(), "", Message.of("import.detail.labelNoColumn", text,
                                String.join(" / ", l.column()))));
            }
        }
        if (unreadable || added.isEmpty()) {
            return true;
        }
        int sum = (int) Math.min(Integer.MAX_VALUE - 1, total);
        if (!missing.isEmpty()) {
            Cell at = first;
            deferredProblems.add(() -> problems.report(ProblemKind.PARTIAL_SUM, at.row(), at.col() + 1, code(),
                    f.name(), "", Message.of("import.detail.partialLabels", f.name() + (l.sex() == null ? "" : " "
                            + l.sex()), sum, String.join(", ", added), missing)));
        }
        FactRecord rec = labelRecord(form, f, l.sex());
        rec.values()[f.slot()] = sum;
        rec.sources()[f.slot()] = String.join("+", added);
        if (missing.isEmpty() && last != null && !l.column().isEmpty() && !l.sumOf().isEmpty()) {
            totalRowBelow(form, l, f, last, sum, String.join("+", added), problems);
        }
        partsOfTotalBand(form, l, f, rowsAdded, problems);
        return true;
    }

    /**
     * A sum read under a {@code Total} band ({@code Qualified | Unqualified | Total} over {@code Male | Female}, the
     * draft's {@code teachers.total}): on each row added, the cells under the table's other bands with the same column
     * heading ({@code Qualified}'s and {@code Unqualified}'s {@code Male}) are that row's parts of the total read.
     * Compared with it as a grid's Total column is with its row, a difference a {@code TOTAL_MISMATCH} at the total's
     * cell, and marked read: checked, not stored (their sum is the figure stored), never reported as figures the
     * template does not read, which they are not (review 29: the Unqualified band was UNREAD_FIGURES though
     * teachers.total counts it). A row whose part is no count is left as it is: that cell is not checked.
     */
    private void partsOfTotalBand(FormSheet form, LabelSpec l, CanonicalField f, List<Cell> rowsAdded,
                                  SheetProblems problems) {
        if (l.band().isEmpty() || !l.band().stream().allMatch(HeaderText::isTotalWord) || l.column().isEmpty()) {
            return;
        }
        for (Cell label : rowsAdded) {
            Cell heading = form.headingAbove(label, l.column(), l.band());
            Cell value = heading == null ? null : form.at(label.row(), heading.col());
            if (value == null) {
                continue;
            }
            List<Cell> parts = new ArrayList<>();
            for (Cell h : form.rows.get(heading.row())) {
                Cell band = form.bandOver(h);
                if (h.col() > label.col() && h.col() != heading.col() && h.kind() == CellKind.TEXT
                        && org.emisworkbench.template.FormCells.isLabel(h.text(), l.column()) && band != null
                        && !HeaderText.isTotalWord(band.text())) {
                    parts.add(h);
                }
            }
            RowParts read = RowParts.of(form, label.row(), parts.stream().map(Cell::col).toList(), problems);
            int v = problems.value(value.kind(), value.text(), value.number());
            if (read == null || read.cells().isEmpty() || v < 0) {
                continue;
            }
            read.cells().forEach(form::markRead);
            mismatch(value, f.name(), v, read, "import.detail.totalBandOfRow", problems);
        }
    }

    /**
     * The table's own {@code Total} row just under the rows a {@code sumOf} adds in one column ({@code Subject | Male |
     * Female} over twelve subjects and their Total): compared with the sum, in the column the sum reads, and marked
     * read; a difference is a {@code TOTAL_MISMATCH} at the total's cell, as a grid's total row is (review 28 F4).
     * The sum is still stored: it is what the rows say, the total row is the school's check of them.
     */
    private void totalRowBelow(FormSheet form, LabelSpec l, CanonicalField f, Cell last, int sum, String cells,
            SheetProblems problems) {
        Cell total = null;
        for (int r = last.row() + 1; r <= form.lastRow() && total == null; r++) {
            Cell first = form.rows.get(r).stream().filter(c -> !c.isBlank()).findFirst().orElse(null);
            if (first == null || first.col() != last.col()) {
                return; // a blank row or another block: no total row of these rows
            }
            if (first.kind() == CellKind.TEXT && HeaderText.isTotalWord(first.text())) {
                total = first;
            } else if (l.sumOf().stream().noneMatch(t -> HeaderText.normalizeLabel(t)
                    .equals(HeaderText.normalizeLabel(first.text())))) {
                return; // a row the sum leaves out: the total row below it counts it too
            }
        }
        if (total == null) {
            return;
        }
        // Under bands, the total row's cell under each band the sum reads, added up as the sum's cells are.
        List<Cell> cellsOfTotal = new ArrayList<>();
        for (String b : l.band().isEmpty() ? java.util.Collections.<String>singletonList(null) : l.band()) {
            Cell c = form.valueInColumn(total, l.column(), b == null ? List.of() : List.of(b));
            if (c == null) {
                return;
            }
            cellsOfTotal.add(c);
        }
        cellsOfTotal.forEach(form::markRead);
        Cell value = cellsOfTotal.get(0);
        int added = 0;
        for (Cell c : cellsOfTotal) {
            int one = problems.value(c.kind(), c.text(), c.number());
            added = CellValues.isProblem(one) || one < 0 ? one
                    : CellValues.isProblem(added) || added < 0 ? added : added + one;
        }
        int v = added;
        if (v >= 0 && v != sum) {
            deferredProblems.add(() -> problems.report(ProblemKind.TOTAL_MISMATCH, value.row(), value.col(), code(),
                    f.name(), value.text(), Message.of("import.detail.totalRowOfSum", v, sum, cells)));
        } else if (CellValues.isProblem(v)) {
            deferredProblems.add(() -> problems.report(CellValues.problem(v), value.row(), value.col(), code(),
                    f.name(), value.text(), CellValues.totalDetail(v)));
        }
    }

    /** A label a sum or difference names, and its value; the label null when not on the sheet, the value when blank. */
    private record Part(Cell label, Cell value) {
    }

    /** Label {@code text} of a sum or difference {@code l}, its value found where {@code l} says, marked read. */
    private Part part(FormSheet form, LabelSpec l, String text, SheetProblems problems) {
        return part(form, l.part(text), problems);
    }

    /** A part read as label {@code p} alone (its labels, position and column), its value marked read. */
    private Part part(FormSheet form, LabelSpec p, SheetProblems problems) {
        boolean inside = InsideLabels.inside(p);
        Cell label = inside ? InsideLabels.find(form.rows, p.labels()) : form.label(p.labels(), p.column(), p.band());
        Cell value = label == null ? null : inside ? insideValue(label, p, partLabels) : form.valueOf(label, known, p);
        form.markRead(value);
        if (label != null && !inside) {
            foundTwice(form, p.labels(), p.field(), label, problems);
        }
        return new Part(label, value);
    }

    /**
     * Reports a label written at more than one place on the sheet ({@code Total} under the enrolment and again
     * under the teachers): the first place is read, as before, but never silently, since the figure may belong to
     * another table (review 25, IMP-40). Said once per label text and sheet, at the place read, naming every place.
     * A place read that holds no figure on its row while another place does (a small table's heading {@code
     * គ្រូបង្រៀន | សរុប | ស្រី} over its data row {@code គ្រូបង្រៀន | 9 | 4}, review 32) is said the same way, naming
     * the place with the figures, where only its NOT_A_NUMBER used to show.
     */
    private void foundTwice(FormSheet form, List<String> labels, String field, Cell read, SheetProblems problems) {
        // A place with no figure right of it on its row is a table's heading (Statut | H | F under the school's own
        // Statut: Public), not a second figure the label could name.
        List<Cell> all = org.emisworkbench.template.FormCells.labelCells(form.rows, labels);
        List<Cell> places = all.stream().filter(c -> figureRight(form, c)).toList();
        if (places.size() < 2 && read != null && !places.isEmpty() && all.stream().anyMatch(c -> c.row() == read.row() && c.col() == read.col()) && !figureRight(form, read)
                && twiceSaid.add(form.name() + "|" + HeaderText.normalizeLabel(read.text()))) {
            // The label read stands on a heading; the figures stand beside the same words elsewhere.
            String cells = all.stream().map(c -> CellRef.a1(c.row(), c.col()))
                    .collect(java.util.stream.Collectors.joining(", "));
            String figures = places.stream().map(c -> CellRef.a1(c.row(), c.col()))
                    .collect(java.util.stream.Collectors.joining(", "));
            deferredProblems.add(() -> problems.report(ProblemKind.LABEL_FOUND_TWICE, read.row(), read.col(), code(),
                    field, read.text(), Message.of("import.detail.labelFoundTwiceHeading", read.text().strip(), cells,
                            CellRef.a1(read.row(), read.col()), figures)));
            return;
        }
        if (places.size() < 2 || !twiceSaid.add(form.name() + "|" + HeaderText.normalizeLabel(places.get(0).text()))) {
            return;
        }
        Cell first = places.get(0);
        String cells = places.stream().map(c -> CellRef.a1(c.row(), c.col()))
                .collect(java.util.stream.Collectors.joining(", "));
        deferredProblems.add(() -> problems.report(ProblemKind.LABEL_FOUND_TWICE, first.row(), first.col(), code(),
                field, first.text(), Message.of("import.detail.labelFoundTwice", first.text().strip(), cells,
                        CellRef.a1(first.row(), first.col()))));
    }

    /** True when a figure stands right of label cell {@code c} on its row. */
    private static boolean figureRight(FormSheet form, Cell c) {
        return form.rows.get(c.row()).stream().anyMatch(o -> o.col() > c.col() && FormUnread.isFigure(o));
    }

    /**
     * A count of one sex worked out as a total for both sexes less the one sex given beside it ({@code differenceOf}:
     * the men as {@code Number of teachers} less {@code Female teachers}), by {@link SexDifference} as on a wide
     * sheet: a blank value beside a filled one leaves it missing and is said at the blank cell, a sex larger than the
     * total is reported at the total's cell naming both, and nothing is stored then; the source names both cells
     * ({@code B3-B4}). A label of the two not on the sheet leaves it missing, said at the other label.
     *
     * @param all the sheet's labels: a part read by a label of its own has its cell's problems reported there
     * @return true when one of its labels is on the sheet (its field is there, even if not worked out)
     */
    private boolean difference(FormSheet form, LabelSpec l, List<LabelSpec> all, SheetProblems problems) {
        if (l.differenceOf().size() != 2) {
            return false; // refused when the template is loaded
        }
        if (l.sumDifference()) {
            return sumDifference(form, l, all, problems);
        }
        CanonicalField f = CanonicalField.parse(l.field()).orElseThrow();
        String totalText = l.partName(0);
        String oneText = l.partName(1);
        LabelSpec onePart = l.differenceParts().get(1);
        Part total = part(form, l.differenceParts().get(0), problems);
        Part one = part(form, onePart, problems);
        if (total.label() == null && one.label() == null) {
            return false;
        }
        String slotKey = org.emisworkbench.template.HeaderMatcher.slotKey(f.name(),
                new org.emisworkbench.template.HeaderMatcher.Match(-1, null, l.sex(), null));
        if (total.label() == null || one.label() == null) {
            Cell there = total.label() == null ? one.label() : total.label();
            String missing = total.label() == null ? totalText : oneText;
            deferredProblems.add(() -> problems.report(ProblemKind.PARTIAL_SUM, there.row(), there.col(), code(),
                    f.name(), "", Message.of("import.detail.differenceNoLabel",
                            org.emisworkbench.template.HeaderMatcher.describe(slotKey), totalText, oneText, missing)));
            return true;
        }
        int totalValue = partValue(total.value(), f, problems, true);
        int oneValue = partValue(one.value(), f, problems, !readAlone(all, l, onePart));
        SexDifference.Cells cells = cells(form, total, one, l.differenceParts());
        deferredProblems.add(() -> SexDifference.read(f.name(), slotKey, code(), cells, totalValue, oneValue, problems,
                (v, source) -> {
                    FactRecord rec = labelRecord(form, f, l.sex());
                    rec.values()[f.slot()] = v;
                    rec.sources()[f.slot()] = source;
                }));
        return true;
    }

    /**
     * True when the one sex's cell of a difference is also read by a label or sum of its own (Female teachers;
     * Professores in the column M; a sum of the rows' M), which says that cell's problems: not said twice.
     */
    private static boolean readAlone(List<LabelSpec> all, LabelSpec l, LabelSpec onePart) {
        return all.stream().anyMatch(o -> o != l && !o.difference()
                && java.util.stream.Stream.concat(o.labels().stream(), o.sumOf().stream()).anyMatch(
                        t -> onePart.labels().stream().anyMatch(
                                u -> HeaderText.normalizeLabel(t).equals(HeaderText.normalizeLabel(u))))
                && (onePart.column().isEmpty() || o.column().stream().anyMatch(t -> onePart.column().stream()
                        .anyMatch(u -> HeaderText.normalizeLabel(t).equals(HeaderText.normalizeLabel(u))))));
    }

    /** The two cells of a difference read as parts {@code total} and {@code one} of {@code specs} (total first). */
    private static SexDifference.Cells cells(FormSheet form, Part total, Part one, List<LabelSpec> specs) {
        int[] totalAt = place(form, total, one, specs.get(0));
        int[] oneAt = place(form, one, total, specs.get(1));
        return new SexDifference.Cells(totalAt[0], oneAt[0], totalAt[1], oneAt[1],
                CellRef.a1(totalAt[0], totalAt[1]), CellRef.a1(oneAt[0], oneAt[1]));
    }

    /** One labelled row of a sum of differences: its label, its two cells and their values as read. */
    private record RowDifference(String text, Cell label, SexDifference.Cells cells, int total, int one) {
    }

    /**
     * A sum of differences ({@code sumOf} with {@code differenceOf} naming two columns' headings): the men of
     * {@code Professores | HM | M} as, over the category rows, each row's HM less its M. Each row is worked out as a
     * difference of one row is ({@link SexDifference}: a blank beside a filled value, or a sex over its total, is said
     * at its cell); a row whose value cannot be worked out leaves the whole figure missing, never a part of it stored
     * as the whole. A row not on the sheet, or blank in both columns, is left out and said ({@code PARTIAL_SUM}), as
     * for a {@code sumOf}. The source names every cell, each row's two ({@code B20-C20+B21-C21}).
     *
     * @return true when one of the rows' labels is on the sheet
     */
    private boolean sumDifference(FormSheet form, LabelSpec l, List<LabelSpec> all, SheetProblems problems) {
        CanonicalField f = CanonicalField.parse(l.field()).orElseThrow();
        List<RowDifference> rows = new ArrayList<>();
        List<Message> missing = new ArrayList<>();
        for (LabelSpec row : l.rowDifferences()) {
            String text = row.labels().get(0);
            Part total = part(form, row.differenceParts().get(0), problems);
            Part one = part(form, row.differenceParts().get(1), problems);
            if (total.label() == null || one.label() == null) {
                missing.add(Message.of("import.detail.noLabel", text));
                continue;
            }
            int totalValue = partValue(total.value(), f, problems, true);
            int oneValue = partValue(one.value(), f, problems, !readAlone(all, l, row.differenceParts().get(1)));
            rows.add(new RowDifference(text, total.label(), cells(form, total, one, row.differenceParts()), totalValue,
                    oneValue));
        }
        if (rows.isEmpty()) {
            return false;
        }
        String slotKey = org.emisworkbench.template.HeaderMatcher.slotKey(f.name(),
                new org.emisworkbench.template.HeaderMatcher.Match(-1, null, l.sex(), null));
        deferredProblems.add(() -> {
            long sum = 0;
            List<String> sources = new ArrayList<>();
            List<Message> left = new ArrayList<>(missing);
            for (RowDifference r : rows) {
                if (r.total() == FactRecord.MISSING && r.one() == FactRecord.MISSING) {
                    left.add(Message.of("import.detail.labelBlank", r.text()));
                    continue;
                }
                long[] got = {-1};
                SexDifference.read(f.name(), slotKey, code(), r.cells(), r.total(), r.one(), problems, (v, source) -> {
                    got[0] = v;
                    sources.add(source);
                });
                if (got[0] < 0) {
                    return; // unreadable, blank beside a filled value, or over its total: said at its cell
                }
                sum += got[0];
            }
            if (sources.isEmpty()) {
                return;
            }
            int value = (int) Math.min(Integer.MAX_VALUE - 1, sum);
            if (!left.isEmpty()) {
                Cell at = rows.get(0).label();
                problems.report(ProblemKind.PARTIAL_SUM, at.row(), at.col() + 1, code(), f.name(), "",
                        Message.of("import.detail.partialLabels", f.name() + (l.sex() == null ? "" : " " + l.sex()),
                                value, String.join("+", sources), left));
            }
            FactRecord rec = labelRecord(form, f, l.sex());
            rec.values()[f.slot()] = value;
            rec.sources()[f.slot()] = String.join("+", sources);
        });
        return true;
    }

    /**
     * The count a part's value holds ({@link FactRecord#MISSING} when blank, a problem code when unreadable); its nil
     * mark or unreadable text reported when {@code report} (not when a label of its own reads the cell and says it).
     */
    private int partValue(Cell value, CanonicalField f, SheetProblems problems, boolean report) {
        if (value == null) {
            return FactRecord.MISSING;
        }
        int v = problems.value(value.kind(), value.text(), value.number());
        problems.digits(value.row(), value.col(), null, f.name(), value.kind(), value.text(), v);
        if (report && problems.nil(value.kind(), value.text())) {
            deferredProblems.add(() -> problems.reportNil(value.row(), value.col(), code(), f.name(), value.text()));
        }
        if (report && CellValues.isProblem(v)) {
            deferredProblems.add(() -> problems.report(CellValues.problem(v), value.row(), value.col(), code(),
                    f.name(), value.text(), CellValues.detail(v)));
        }
        return v;
    }

    /**
     * A part's value cell as {row, col}; where it is blank, the cell its value is looked for: below the label, or on
     * its row in the column of the other part's value (labels one above the other have their values in one column),
     * else just right of it.
     */
    private static int[] place(FormSheet form, Part p, Part other, LabelSpec l) {
        if (p.value() != null) {
            return new int[] {p.value().row(), p.value().col()};
        }
        int headed = l.column().isEmpty() ? -1 : form.headedColumn(p.label(), l.column(), l.band());
        if (headed >= 0) {
            // Blank under its heading (Professores | 6 | blank under HM | M): the cell under the heading.
            return new int[] {p.label().row(), headed};
        }
        if ("below".equals(l.position())) {
            return new int[] {p.label().row() + 1, p.label().col()};
        }
        Cell beside = other.value();
        return new int[] {p.label().row(), beside != null && beside.col() > p.label().col()
                && beside.row() != p.label().row() ? beside.col() : p.label().col() + 1};
    }

    /** The record of a sheet's label counts of one topic and sex, made on first use. */
    private FactRecord labelRecord(FormSheet form, CanonicalField f, String sexCode) {
        Sex sex = f.topic().bySex() ? Sex.ofTemplate(sexCode) : null;
        return facts.computeIfAbsent(f.topic() + "|" + sex + "|" + form.name(), k -> {
            int[] values = new int[f.topic().fixedSlots().size()];
            Arrays.fill(values, FactRecord.MISSING);
            return new FactRecord("?", f.topic(), sex, AgeGroup.ALL, values, new String[values.length], form.name(), -1);
        });
    }

    /** The census year a form states under one of the labels, if any. */
    static OptionalInt year(FormSheet form, Template template) {
        if (template.year() == null || template.year().labels().isEmpty()) {
            return OptionalInt.empty();
        }
        Cell label = form.label(template.year().labels());
        // A label inside a title, or one side of a title in two languages (review 33 P2b), read as the workbook's
        // year is read (CensusYears), so a form stating another year than the one imported is refused either way.
        Cell value = label == null ? org.emisworkbench.template.CensusYears.yearInsideLabel(form.rows,
                template.year().labels()) : form.valueOf(label, knownLabels(template), (String) null);
        form.markRead(value);
        return value == null ? OptionalInt.empty() : SchoolYears.of(template).fromLabel(value.text());
    }

    /** The first school-code value refused as a header or label, or null. */
    Refused refused() {
        return refused;
    }

    Code codeCell() {
        return code;
    }

    /** The school-code label found with its value blank, when no code was read; else null. */
    BlankCode blankCode() {
        if (code != null || blankCodeLabel == null) {
            return null;
        }
        int col = valueColumns.getOrDefault(blankCodeSheet, Map.of()).entrySet().stream()
                .filter(e -> e.getKey() > blankCodeLabel.col())
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(blankCodeLabel.col() + 1);
        return new BlankCode(blankCodeSheet, blankCodeLabel, CellRef.a1(blankCodeLabel.row(), col));
    }

    String code() {
        return code == null ? null : code.code();
    }

    /** Attributes whose label is on the form with a blank value, each with the cell right of its label. */
    Map<SchoolAttribute, String> blankCells() {
        Map<SchoolAttribute, String> out = new EnumMap<>(SchoolAttribute.class);
        // The value's place: the column of the school code's value when that is right of labels.
        blankLabels.forEach((a, label) -> out.put(a, CellRef.a1(label.row(), code != null
                && code.cell().col() > label.col() ? code.cell().col() : label.col() + 1)));
        return out;
    }

    Map<SchoolAttribute, String> attributes() {
        return attributes;
    }

    /** The label counts with the school code filled in. */
    List<FactRecord> facts() {
        return facts.values().stream().map(f -> new FactRecord(code(), f.topic(), f.sex(), f.age(), f.values(),
                f.sources(), f.sheet(), f.row())).toList();
    }

    void flushProblems() {
        deferredProblems.forEach(Runnable::run);
        deferredProblems.clear();
    }
}
