package org.emisworkbench.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.SkipReason;

/**
 * What {@code emis template check} and the mapping screen's preview keep of a reading: the interpreters hand over
 * schools, figures, problems and what they left out; nothing is stored.
 */
final class CheckSink implements CensusSink, org.emisworkbench.imports.ColumnsReport.SkippedRows {
    final Map<String, SchoolRecord> schools = new LinkedHashMap<>();
    final Map<String, Long> valuesBySchool = new LinkedHashMap<>();
    final Map<String, Long> byTopic = new LinkedHashMap<>();
    final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
    /** The columns skipped on sheets read with one column per school, by reason. */
    final Map<SkipReason, Integer> skippedColumns = new EnumMap<>(SkipReason.class);
    final java.util.Set<String> across = new java.util.HashSet<>();
    /** The rows skipped, per sheet: a total or a footnote row gives no example of a column. */
    final Map<String, java.util.BitSet> skippedRows = new java.util.HashMap<>();
    /** The rows skipped as a school's repeated row, per sheet: a hidden one is named as set aside. */
    final Map<String, java.util.Set<Integer>> repeatedRows = new java.util.HashMap<>();
    final List<TemplateWorkshop.ProblemLine> problems = new ArrayList<>();
    final List<TemplateWorkshop.LeftOutBlock> leftOut = new ArrayList<>();
    final List<TemplateWorkshop.UnreadLabel> unreadLabels = new ArrayList<>();
    /** Figures read as check totals (a grade's total of both sexes in a form's table), each block once. */
    final List<TemplateWorkshop.CheckedBlock> checked = new ArrayList<>();
    private final java.util.Set<String> checkedListed = new java.util.HashSet<>();
    /** Sheet and label of each unread label listed: a sheet of stacked schools repeats its labels. */
    private final java.util.Set<String> labelsListed = new java.util.HashSet<>();
    final Map<ProblemKind, FileResult.ProblemSummary> kinds = new EnumMap<>(ProblemKind.class);
    long values;
    /**
     * The import's checks of the file's codes (IMP-25, IMP-31, IMP-35), against the file's own schools and, given
     * one, the workspace's: the file's codes so far, and those with the workspace's.
     */
    private final java.util.Set<String> codesSeen = new java.util.HashSet<>();
    private final java.util.Set<String> codesKnown = new java.util.HashSet<>();
    private final org.emisworkbench.store.SchoolCodeChecks codes;
    /** Cells the template found for a figure, read or not (a formula without its result counts). */
    long figureCells;

    /** A sink for an unnamed file of lists. */
    CheckSink() {
        this(null, false, null);
    }

    /**
     * @param fileName the file's name, to which a form's code is compared
     * @param forms    true for a file of forms (a school per sheet)
     * @param workspaceSchools a workspace's schools, code to name (a name may be null), or null: none
     */
    CheckSink(String fileName, boolean forms, Map<String, String> workspaceSchools) {
        if (workspaceSchools != null) {
            codesKnown.addAll(workspaceSchools.keySet());
        }
        java.util.function.Supplier<Map<String, String>> names = workspaceSchools == null ? null
                : () -> workspaceSchools;
        codes = new org.emisworkbench.store.SchoolCodeChecks(codesKnown, codesSeen, names, fileName, forms,
                this::problem);
    }

    @Override
    public void school(SchoolRecord school) {
        codes.keyCell(school);
        if (schools.putIfAbsent(school.code(), school) == null) {
            // As the import: the file's codes compared with those before them, then known.
            codes.school(school);
            codesSeen.add(school.code());
            codesKnown.add(school.code());
            codes.added(school);
        }
    }

    /** Each grid looked for, by sheet and index in its sheet spec: true once read on the sheet. */
    private final Map<String, Boolean> gridsRead = new java.util.HashMap<>();

    @Override
    public void gridRead(String sheet, int grid, boolean read) {
        gridsRead.merge(sheet + '\u0000' + grid, read, Boolean::logicalOr);
    }

    @Override
    public Boolean gridRead(String sheet, int grid) {
        return gridsRead.get(sheet + '\u0000' + grid);
    }

    /** The reading is over: the checks that need the whole file (a school on one sheet only). */
    void end() {
        codes.end();
    }

    @Override
    public void facts(FactRecord facts) {
        if (!schools.containsKey(facts.schoolCode())) {
            school(new SchoolRecord(facts.schoolCode(), Map.of(), facts.sheet(), Math.max(facts.row(), 0), null));
        }
        codes.sheet(facts.schoolCode(), facts.sheet());
        long n = 0;
        for (int v : facts.values()) {
            n += v == FactRecord.MISSING ? 0 : 1;
        }
        figureCells += facts.cellsFound();
        values += n;
        valuesBySchool.merge(facts.schoolCode(), n, Long::sum);
        if (n > 0) {
            byTopic.merge(facts.topic().code(), n, Long::sum);
        }
    }

    /** A figure taken back (a cell merged across figures, decision 0104): counted no more, as the import stores it not. */
    @Override
    public void withdraw(String schoolCode, org.emisworkbench.model.Topic topic, org.emisworkbench.model.Sex sex,
                         org.emisworkbench.model.AgeGroup age, String sheet, int row, int slot) {
        values--;
        valuesBySchool.merge(schoolCode, -1L, Long::sum);
        byTopic.merge(topic.code(), -1L, Long::sum);
    }

    /** The districts (areas) a population file gives figures for: what its check counts, never schools. */
    final java.util.Set<String> areas = new java.util.TreeSet<>();

    @Override
    public void population(PopulationRecord population) {
        values++;
        areas.add(population.areaCode());
    }

    @Override
    public void problem(ImportProblem p) {
        if (problems.size() < TemplateWorkshop.LISTED_PROBLEMS) {
            problems.add(new TemplateWorkshop.ProblemLine(p.kind(), p.kind().message(), p.sheetCell(), p.schoolCode(), p.field(),
                    p.rawText(), p.words() != null ? p.words() : p.detail() == null ? null
                    : Message.verbatim(p.detail())));
        }
        kinds.merge(p.kind(), new FileResult.ProblemSummary(p.kind().name(), 1, p.sheetCell(), p.sheetCell()),
                (a, b) -> new FileResult.ProblemSummary(a.kind(), a.count() + 1, a.firstCell(), b.lastCell()));
    }

    @Override
    public void readAcross(String sheet) {
        across.add(sheet);
    }

    @Override
    public void skipped(String sheet, int firstRow, int count, SkipReason reason) {
        (across.contains(sheet) ? skippedColumns : skipped).merge(reason, count, Integer::sum);
        java.util.BitSet rows = skippedRows.computeIfAbsent(sheet, k -> new java.util.BitSet());
        rows.set(Math.max(firstRow, 0), Math.max(firstRow, 0) + Math.max(count, 0));
        if (reason == SkipReason.REPEATED_SCHOOL) {
            for (int r = firstRow; r < firstRow + count; r++) {
                repeatedRows.computeIfAbsent(sheet, k -> new java.util.HashSet<>()).add(r);
            }
        }
    }

    @Override
    public void leftOut(String sheet, String cells, String headers, String lastYear) {
        if (leftOut.size() < TemplateWorkshop.LISTED_PROBLEMS) {
            leftOut.add(new TemplateWorkshop.LeftOutBlock(sheet, cells, headers, lastYear));
        }
    }

    @Override
    public void labelNotRead(String sheet, String cell, String label, String value) {
        if (unreadLabels.size() < TemplateWorkshop.LISTED_PROBLEMS && labelsListed.add(sheet + "\u0000" + label)) {
            unreadLabels.add(new TemplateWorkshop.UnreadLabel(sheet, cell, label, value));
        }
    }

    @Override
    public void checked(String sheet, String cells, String header, String totalOf) {
        if (checked.size() < TemplateWorkshop.LISTED_PROBLEMS && checkedListed.add(sheet + "!" + cells)) {
            checked.add(new TemplateWorkshop.CheckedBlock(sheet, cells, header, totalOf));
        }
    }

    /** Roster lists most of whose rows are not counted, in the order read. */
    private final List<TemplateWorkshop.RowsNotCounted> rostersNotCounted = new ArrayList<>();

    @Override
    public void rosterRows(String sheet, int rows, int notCounted) {
        // Most rows, not some: a few pupils without a grade are the school's to answer, each reported.
        if (rows > 0 && 2 * notCounted > rows) {
            rostersNotCounted.add(new TemplateWorkshop.RowsNotCounted(sheet, rows, notCounted));
        }
    }

    List<TemplateWorkshop.RowsNotCounted> rostersNotCounted() {
        return List.copyOf(rostersNotCounted);
    }

    /** True when the reading skipped row {@code row} (0-based) of {@code sheet}. */
    @Override
    public boolean skips(String sheet, int row) {
        java.util.BitSet rows = skippedRows.get(sheet);
        return rows != null && rows.get(row);
    }

    List<TemplateWorkshop.SchoolLine> preview() {
        List<TemplateWorkshop.SchoolLine> out = new ArrayList<>();
        for (SchoolRecord s : schools.values()) {
            if (out.size() >= TemplateWorkshop.PREVIEW_SCHOOLS) {
                break;
            }
            String area = s.get(SchoolAttribute.DISTRICT) != null ? s.get(SchoolAttribute.DISTRICT)
                    : s.get(SchoolAttribute.DISTRICT_NAME) != null ? s.get(SchoolAttribute.DISTRICT_NAME)
                    : s.get(SchoolAttribute.REGION);
            // The code as typed in its cell (EP-MF-0l02), where the officer will look for it; its key is upper-cased.
            out.add(new TemplateWorkshop.SchoolLine(s.shown(), s.get(SchoolAttribute.NAME), valuesBySchool.getOrDefault(s.code(), 0L),
                    area));
        }
        return out;
    }

    List<FileResult.ProblemSummary> byKind() {
        return List.copyOf(kinds.values());
    }
}
