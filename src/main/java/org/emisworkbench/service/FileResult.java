package org.emisworkbench.service;

import java.util.List;
import java.util.Map;
import org.emisworkbench.imports.SheetsRead;
import org.emisworkbench.model.HiddenRows;
import org.emisworkbench.model.KeptReturn;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.SkipReason;

/**
 * The summary of one file's import.
 *
 * @param outcomeMessage  for FAILED, ALREADY_IMPORTED and CANCELLED: what happened, in plain words
 * @param templateId      the template used (or null)
 * @param templateMessage why that template was chosen (best fit score, or chosen by the officer)
 * @param skipped         rows skipped, by reason
 * @param skippedColumns  columns skipped on sheets read with one column per school ({@code "schoolsIn": "columns"}),
 *                        by reason: not rows, and said so
 * @param problems        cell problems by kind, each with a count and its first and last cells
 * @param unreadColumns   columns with figures below a header the template does not read: census data
 *                        left out, which an officer must not miss (see {@link #warnings})
 * @param schoolNames     one line per school a register named without its code: read as a master-list school
 *                        by its name, or not matched and its rows not counted (decision 0037); and one line per
 *                        row with a school code read as a total or subtotal row, not as a school (a warning); and one
 *                        line per code that differs from a school the workspace holds only by leading zeros (a warning)
 * @param hiddenRows      rows and columns Excel hides that figures were read from, read like the others and named
 *                        in a warning (decision 0040)
 * @param sheetsNotRead   one warning per workbook sheet a sheet entry of the template matches but that was not
 *                        read (the entry read another sheet), and per hidden sheet holding numbers that no entry
 *                        names: NOT READ, never dropped without a word; and one note (no warning) per hidden sheet
 *                        read ({@link #hiddenSheetsRead}); all worded by {@code SheetsRead.sheetsNotRead}
 * @param marks           one phrase per cell whose footnote or not-available mark was set aside ("C5: 1 204* read
 *                        as 1204, mark * set aside"), named in a warning (decision 0043)
 * @param returnsKept     the schools an earlier file of the same name and district gave a return of the year and this
 *                        one leaves out: their earlier returns are kept, each school named in a warning (review 17)
 * @param pastPrimary     one warning per sheet naming grades past the workspace's primary in the series of its
 *                        primary grades ({@code Standard 7–8} beside {@code Standard 1}): stored, but counted as
 *                        secondary ({@code GradesPastPrimary}, review 20); then one per sheet whose
 *                        pre-primary years were added together in the workspace's one pre-primary grade
 *                        ({@code PrePrimarySummed}, IMP-34, decision 0066)
 * @param schoolsNew      of the schools given a return ({@code schoolsAdded} and {@code schoolsReplaced}), those new
 *                        to the workspace: a file's second census year adds the year's returns of schools already there
 */
public record FileResult(String file, FileOutcome outcome, Message outcomeMessage, String templateId,
                         Message templateMessage, Integer year, int schoolsAdded, int schoolsReplaced,
                         long valuesStored, int populationRows, int masterListed, Map<SkipReason, Integer> skipped,
                         List<ProblemSummary> problems, long millis, List<UnreadColumn> unreadColumns,
                         List<HiddenRows> hiddenRows, List<Message> schoolNames, List<Message> sheetsNotRead,
                         List<Message> marks, Map<SkipReason, Integer> skippedColumns,
                         List<KeptReturn> returnsKept, ProblemSummary rowsLost, List<Message> pastPrimary,
                         int schoolsNew) {
    /** Schools a warning names one by one before it says how many more there are. */
    static final int KEPT_NAMED = 20;

    public FileResult {
        returnsKept = returnsKept == null ? List.of() : List.copyOf(returnsKept);
        pastPrimary = pastPrimary == null ? List.of() : List.copyOf(pastPrimary);
        skippedColumns = skippedColumns == null ? Map.of() : Map.copyOf(skippedColumns);
        sheetsNotRead = sheetsNotRead == null ? List.of() : List.copyOf(sheetsNotRead);
        marks = marks == null ? List.of() : List.copyOf(marks);
        schoolNames = schoolNames == null ? List.of() : List.copyOf(schoolNames);
        skipped = Map.copyOf(skipped);
        problems = List.copyOf(problems);
        unreadColumns = unreadColumns == null ? List.of() : List.copyOf(unreadColumns);
        hiddenRows = hiddenRows == null ? List.of() : List.copyOf(hiddenRows);
    }

    /** A result without hidden rows or schools read by name. */
    public FileResult(String file, FileOutcome outcome, Message outcomeMessage, String templateId,
                      Message templateMessage, Integer year, int schoolsAdded, int schoolsReplaced, long valuesStored,
                      int populationRows, int masterListed, Map<SkipReason, Integer> skipped,
                      List<ProblemSummary> problems, long millis, List<UnreadColumn> unreadColumns) {
        this(file, outcome, outcomeMessage, templateId, templateMessage, year, schoolsAdded, schoolsReplaced,
                valuesStored, populationRows, masterListed, skipped, problems, millis, unreadColumns, List.of(), List.of(),
                List.of(), List.of(), Map.of(), List.of(), null, List.of(), schoolsAdded);
    }

    /** A result without unread columns. */
    public FileResult(String file, FileOutcome outcome, Message outcomeMessage, String templateId,
                      Message templateMessage, Integer year, int schoolsAdded, int schoolsReplaced, long valuesStored,
                      int populationRows, int masterListed, Map<SkipReason, Integer> skipped,
                      List<ProblemSummary> problems, long millis) {
        this(file, outcome, outcomeMessage, templateId, templateMessage, year, schoolsAdded, schoolsReplaced,
                valuesStored, populationRows, masterListed, skipped, problems, millis, List.of());
    }

    static FileResult failed(String file, FileOutcome outcome, Message message, String templateId, long millis) {
        return new FileResult(file, outcome, message, templateId, null, null, 0, 0, 0, 0, 0, Map.of(), List.of(),
                millis);
    }

    /**
     * A column of figures the template did not read, or a block of census figures of a form that no label or
     * table of the template reads.
     *
     * @param column  a list's column by its letters, e.g. {@code C}; a form's block by its cells, {@code B12:E13},
     *                or its one cell, {@code B21}
     * @param header  its header text; for a block, its headers and row labels joined by {@code " | "}
     * @param figures how many figures stand below it, or in the block
     */
    public record UnreadColumn(String sheet, String column, String header, int figures) {
        /** {@code Teachers!C (Qualified F)}. */
        public String describe() {
            return sheet + "!" + column + " (" + header.replace('\n', ' ').strip() + ")";
        }

        /** {@code Teachers!C (Qualified F)}, or {@code Sheet1!E (no header)} in the reader's language. */
        Message phrase() {
            return header.isBlank() ? Message.of("import.unreadColumnOf.noHeader", sheet, column)
                    : Message.verbatim(describe());
        }

        /** {@code C (Qualified F)} within its sheet, or {@code column E (no header)}. */
        Message inSheet() {
            return header.isBlank() ? Message.of("import.unreadColumn.noHeader", column)
                    : Message.verbatim(column + " (" + header.replace('\n', ' ').strip() + ")");
        }
    }

    /** Phrases one after another, separated by commas. */
    private static Message list(List<Message> items) {
        // One flat list, not a phrase per item nested in the next (16,384 unread cells of one row nested
        // 16,384 deep): the first LISTED named, the count said before the list.
        List<Object> named = new java.util.ArrayList<>(items.subList(0, Math.min(LISTED, items.size())));
        if (items.size() > LISTED) {
            named.add(Message.verbatim("…"));
        }
        return Message.of("import.listAll", named);
    }

    /** Unread columns named at most in the summary line; their count is always given in full. */
    static final int LISTED = 100;

    /** True when the file was imported but left columns of figures or hidden rows unread: "OK with warnings". */
    public boolean hasWarnings() {
        return !unreadColumns.isEmpty() || !otherWarnings().isEmpty();
    }

    /**
     * The warnings besides unread columns: hidden rows and columns read (decision 0040), a census return with schools but
     * not one figure, a register's names that matched no single school (their rows not counted, decision
     * 0037), codes that differ from a workspace school's only by leading zeros (decision 0046), cells not read as
     * numbers, figures given twice, and rows of figures not stored for an unknown grade, sex or age or a missing
     * school code (review 19).
     */
    private List<Message> otherWarnings() {
        List<Message> out = new java.util.ArrayList<>();
        hiddenRows.forEach(h -> out.addAll(h.warnings()));
        sheetsNotRead.stream().filter(m -> !SheetsRead.readAlthoughHidden(m)).forEach(out::add);
        // Grades past primary named like primary's own: stored, but out of primary enrolment (review 20).
        out.addAll(pastPrimary);
        if (!returnsKept.isEmpty()) {
            // A corrected copy leaving schools out: their earlier returns stay, never deleted without a word.
            List<String> named = returnsKept.stream().limit(KEPT_NAMED).map(KeptReturn::school).toList();
            // Each school then has a line of its own with its command ({@link #returnsKeptLines}).
            out.add(Message.of("import.returnsKept", returnsKept.size(), returnsKept.get(0).earlierFile(),
                    String.join(", ", named) + (returnsKept.size() > named.size() ? ", …" : "")));
        }
        if (noFigures()) {
            // Counts saved as formulas without their result (a script wrote the file) are no template's fault:
            // saying "the template reads none of this file's counts" would send the officer the wrong way.
            ProblemSummary formulas = problems.stream().filter(p -> p.kind().equals("FORMULA_NO_RESULT")).findFirst()
                    .orElse(null);
            out.add(formulas == null ? Message.of("import.noFigures", schoolsAdded + schoolsReplaced)
                    : Message.of("import.noFiguresFormulas", schoolsAdded + schoolsReplaced, formulas.count(),
                            formulas.firstCell(), formulas.lastCell()));
        }
        if (templateMessage != null && (templateMessage.key().equals("import.note.yearsInName")
                || templateMessage.key().equals("import.note.yearConflict"))) {
            // A file name naming another year than the one stored: a return filed under the wrong census year
            // must not pass for a plain OK (review 18); the note says which year was used and how to undo it.
            out.add(Message.of("import.yearInDoubt", year, templateMessage.args().get(1)));
        }
        if (templateMessage != null && templateMessage.key().equals("import.note.yearGivenOverWorkbook")) {
            // The workbook's own year label said another year: stored under the one asked, never without a word.
            out.add(Message.of("import.yearGivenOverWorkbook", year, templateMessage.args().get(1)));
        }
        if (templateMessage != null && templateMessage.key().equals("import.note.yearLabelUnread")) {
            // The file name's year used while the workbook's year label holds no year (review 33 P1).
            out.add(Message.of("import.yearLabelUnread", String.valueOf(year), templateMessage.args().get(1),
                    templateMessage.args().get(2), templateMessage.args().get(3)));
        }
        if (templateMessage != null && templateMessage.key().equals("import.note.otherYearsInFile")) {
            // Another census year's figures in the file, its year taken from the file name (YearsLeftOut).
            out.add(Message.of("import.otherYearsInFile", year, templateMessage.args().get(1)));
        }
        schoolNames.stream().filter(m -> m.key().equals("import.nameUnmatched")
                || m.key().equals("import.totalRowWithCode") || m.key().equals("import.leadingZeros")
                || m.key().equals("import.lookAlikeInFile")
                // A school on one sheet of a file whose schools are on several: a mistyped code (review 20).
                || m.key().equals("import.oneSheetOnly")
                // A table of the template not on the form read nothing: said with its sheet and title (review 16).
                || m.key().equals("import.gridNotFound")
                // A column of the template matching no header read nothing: said with its sheet (review 20).
                || m.key().equals("import.columnNotFound")
                // A column of a grade the workspace does not keep: its figures not stored (review 32).
                || m.key().equals("import.gradeNotKept")).forEach(out::add);
        if (!marks.isEmpty()) {
            int all = problems.stream().filter(p -> p.kind().equals("MARK_SET_ASIDE")).mapToInt(ProblemSummary::count)
                    .sum();
            out.add(Message.of("import.marksSetAside", Math.max(all, marks.size()), marks));
        }
        // Cells that could not be read are stored as missing figures: never a plain OK (review 14).
        problems.stream().filter(p -> p.kind().equals("NOT_A_NUMBER")).findFirst().ifPresent(p ->
                out.add(Message.of("import.notNumbers", p.count(), p.firstCell(), p.lastCell())));
        // A figure typed across the merged cells of several figures: stored for none (decision 0104), never a plain OK.
        problems.stream().filter(p -> p.kind().equals("MERGED_FIGURE")).findFirst().ifPresent(p ->
                out.add(Message.of("import.mergedFigures", p.count(), p.firstCell(), p.lastCell())));
        // A figure given twice for one school: the second is not stored, which must not pass for a plain OK either.
        problems.stream().filter(p -> p.kind().equals("VALUE_CLASH")).findFirst().ifPresent(p ->
                out.add(Message.of("import.valueClashes", p.count(), p.firstCell(), p.lastCell())));
        // Rows of a table dropped for an unknown grade or a missing school code: figures lost, never a plain OK (review 19).
        if (rowsLost != null && rowsLost.count() > 0) {
            out.add(Message.of("import.rowsLost", rowsLost.count(), rowsLost.kind(), rowsLost.firstCell(),
                    rowsLost.lastCell()));
        }
        return out;
    }

    /**
     * A census return imported with its schools but not one figure: the template read the school's details
     * only (a layout it does not fit, such as schools across the top), which must not pass for a plain OK.
     */
    private boolean noFigures() {
        return outcome == FileOutcome.IMPORTED && valuesStored == 0 && populationRows == 0 && masterListed == 0
                && schoolsAdded + schoolsReplaced > 0;
    }

    /**
     * One line per school an earlier file this one corrects gave a return for and this one leaves out (its return
     * still counts): the school, where its return came from, whether it looks like the mistyped code of a school
     * this file gives (its figures then count twice), and the exact command that withdraws it from the workspace
     * {@code db}, as the officer types it. A face prints them each on a line of their own, apart from the warnings,
     * so that they are not lost among them (review 22, item 4). The likely typos first.
     */
    public List<Message> returnsKeptLines(String db) {
        if (year == null) {
            return List.of();
        }
        List<KeptReturn> sorted = new java.util.ArrayList<>(returnsKept);
        sorted.sort(java.util.Comparator.comparing((KeptReturn k) -> !k.likelyTypo()));
        List<Message> out = new java.util.ArrayList<>();
        sorted.stream().limit(KEPT_NAMED).forEach(k -> out.add(k.line(db, year)));
        if (sorted.size() > KEPT_NAMED) {
            out.add(Message.of("import.returnKept.more", sorted.size() - KEPT_NAMED));
        }
        return out;
    }

    /** Every warning: one message per sheet with unread columns of figures, naming each column, then the others. */
    public List<Message> warnings() {
        Map<String, List<UnreadColumn>> bySheet = new java.util.LinkedHashMap<>();
        unreadColumns.forEach(u -> bySheet.computeIfAbsent(u.sheet(), k -> new java.util.ArrayList<>()).add(u));
        List<Message> out = new java.util.ArrayList<>();
        bySheet.forEach((sheet, cols) -> out.add(Message.of("import.unreadColumns.sheet", sheet, cols.size(),
                list(cols.stream().map(UnreadColumn::inSheet).toList()))));
        out.addAll(otherWarnings());
        return out;
    }

    /**
     * Every warning in one sentence: the unread columns of figures ({@code 2 columns with figures not read:
     * Teachers!C …}), then the others; null when there is none.
     */
    public Message warningSummary() {
        Message summary = unreadColumns.isEmpty() ? null : Message.of("import.unreadColumns", unreadColumns.size(),
                list(unreadColumns.stream().map(UnreadColumn::phrase).toList()));
        for (Message m : otherWarnings()) {
            summary = summary == null ? m : Message.of("import.warningAndWarning", summary, m);
        }
        return summary;
    }

    /**
     * The lines about schools that are not warnings already (a school read by its name): the others are in
     * {@link #warnings()}, and a face printing both lists must not say them twice.
     */
    public List<Message> schoolNotesBesideWarnings() {
        List<Message> warned = otherWarnings();
        return schoolNames.stream().filter(m -> !warned.contains(m)).toList();
    }

    /** One line per hidden sheet the template read: said, though no warning (a register kept hidden is common). */
    public List<Message> hiddenSheetsRead() {
        return sheetsNotRead.stream().filter(SheetsRead::readAlthoughHidden).toList();
    }

    /** {@link #outcomeMessage} in English, or null. */
    public String message() {
        return outcomeMessage == null ? null : outcomeMessage.english();
    }

    /** {@link #templateMessage} in English, or null. */
    public String templateNote() {
        return templateMessage == null ? null : templateMessage.english();
    }

    public int rowsSkipped() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int problemCount() {
        return problems.stream().mapToInt(ProblemSummary::count).sum();
    }

    /** Problems of one kind: how many, and the first and last cell ("Pupils!F17"). */
    public record ProblemSummary(String kind, int count, String firstCell, String lastCell) {
    }
}
