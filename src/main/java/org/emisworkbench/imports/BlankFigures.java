package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ForwardingCensusSink;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolGender;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/**
 * A blank cell inside a school's figures ({@link ProblemKind#BLANK_FIGURE}, IMP-36), decided once for every layout:
 * the readers say each blank cell where a figure of a grade and sex is expected ({@link CensusSink#blankFigure}), this
 * listener hears the figures the file gives, and reports a blank cell when
 * <ul>
 *   <li>no other cell of the file gave that figure (a sheet read after another), and</li>
 *   <li>the school gave the same topic and sex in another grade (its row of figures is not wholly blank: a boys'
 *       school leaves its girls' row empty), and</li>
 *   <li>the school gave a figure of the same grade: the other sex, or another topic of the same sex (repeaters on
 *       the row of a long export whose enrolment is blank).</li>
 * </ul>
 * On a form's table by age and grade, the same is asked of each age: a blank where the school gave the other sex of
 * that grade and age and that sex of another grade of that age (CE1 girls of 9 beside CE1 boys of 9); a whole age row
 * or grade column left blank (no pupil of that age, a class the school does not have) is not reported.
 * A boys' or girls' school ({@code school.gender}, decision 0116) leaves the other sex blank by design: those cells are
 * not reported, even where a nil mark gave that sex a 0 in some grade.
 * A grade wholly blank for a school (the school has no such class) is not reported; a cell whose reading was
 * reported already (a not-available mark, a formula without its result) is not reported again. The value stays
 * missing, never 0.
 *
 * <p>Memory: a school's blank cells are weighed when its figures are over (the figures of another school come), against
 * the figures read together with them; only the few blank cells kept, and their schools' figures, are held to the
 * file's end (where a later sheet giving the figure takes it back). A national file's blank grades cost nothing.
 */
public final class BlankFigures {
    /**
     * A blank cell said by a reader; {@code sexCell} the other sex's cell, blank too, when the figure is worked out
     * from the total of both sexes at {@code cell} less that sex ({@link CensusSink#blankWorkedOut}), else null.
     */
    private record Blank(String school, Topic topic, Sex sex, AgeGroup age, int slot, String sheet, String cell,
                         String sexCell) {
    }

    private final GradeSystem grades;
    /**
     * Per school being read, or with blank cells kept: per age ({@code all}, or one age of a form's table by age and
     * grade) and per topic and sex ({@link #index}), the slots given, as bits.
     */
    private final Map<String, Map<String, long[]>> given = new HashMap<>();
    /** The blank cells of schools whose figures are not over yet, by school. */
    private final Map<String, List<Blank>> pending = new LinkedHashMap<>();
    /** Blank cells among their school's figures, to report at the file's end unless a later cell gives them. */
    private final List<Blank> kept = new ArrayList<>();
    private final Set<String> keptSchools = new HashSet<>();
    /** Cells whose missing figure a problem said already (a not-available mark, a formula without its result). */
    private final Set<String> problemCells = new HashSet<>();
    /** The sex each single-sex school of the file does not admit, by school code (decision 0116). */
    private final Map<String, Sex> absentSex = new HashMap<>();
    /** The school of the last figures heard. */
    private String current;
    private CensusSink target;
    /** Most cells of one merge across figures noted as said (a merge is a row's few cells; a sheet-wide one is not). */
    private static final long MERGE_CELLS = 1_000;

    public BlankFigures(GradeSystem grades) {
        this.grades = grades;
    }

    /** The sink, hearing on its way the figures given and the blank cells the readers say. */
    public CensusSink wrap(CensusSink sink) {
        target = sink;
        return new ForwardingCensusSink(sink) {
            @Override
            public void school(org.emisworkbench.model.SchoolRecord school) {
                Sex absent = SchoolGender.absentSex(school.get(org.emisworkbench.model.SchoolAttribute.GENDER));
                if (absent != null) {
                    absentSex.put(school.code(), absent);
                }
                super.school(school);
            }

            @Override
            public void facts(FactRecord f) {
                heard(f);
                super.facts(f);
            }

            @Override
            public void problem(ImportProblem p) {
                if ((p.kind() == ProblemKind.MARK_SET_ASIDE || p.kind() == ProblemKind.FORMULA_NO_RESULT)
                        && p.sheet() != null && p.cell() != null) {
                    problemCells.add(p.sheet() + "!" + p.cell());
                } else if (p.kind() == ProblemKind.MERGED_FIGURE && p.sheet() != null && p.cell() != null) {
                    // The cells a merge across figures covers are said with it (decision 0104), not again as blanks.
                    org.emisworkbench.workbook.CellRange m = org.emisworkbench.workbook.CellRange.of(p.cell());
                    if (m != null && (long) (m.lastRow() - m.firstRow() + 1) * (m.lastCol() - m.firstCol() + 1) <= MERGE_CELLS) {
                        for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                            for (int c = m.firstCol(); c <= m.lastCol(); c++) {
                                problemCells.add(p.sheet() + "!" + org.emisworkbench.model.CellRef.a1(r, c));
                            }
                        }
                    }
                }
                super.problem(p);
            }

            @Override
            public void blankFigure(String school, Topic topic, Sex sex, AgeGroup age, int slot, String sheet,
                                    String cell) {
                pend(new Blank(school, topic, sex, age, slot, sheet, cell, null));
                super.blankFigure(school, topic, sex, age, slot, sheet, cell);
            }

            @Override
            public void blankWorkedOut(String school, Topic topic, Sex sex, AgeGroup age, int slot, String sheet,
                                       String cell, String sexCell) {
                pend(new Blank(school, topic, sex, age, slot, sheet, cell, sexCell));
                super.blankWorkedOut(school, topic, sex, age, slot, sheet, cell, sexCell);
            }
        };
    }

    private void pend(Blank b) {
        if (b.topic().graded() && b.sex() != null && b.age() != null && b.slot() >= 0 && b.slot() < Long.SIZE) {
            pending.computeIfAbsent(b.school(), k -> new ArrayList<>()).add(b);
        }
    }

    private void heard(FactRecord f) {
        String school = f.schoolCode();
        if (current != null && !current.equals(school)) {
            weigh(current);
        }
        current = school;
        if (!f.topic().graded() || f.sex() == null) {
            return;
        }
        long bits = 0;
        int[] v = f.values();
        for (int s = 0; s < v.length && s < Long.SIZE; s++) {
            bits |= v[s] == FactRecord.MISSING ? 0 : 1L << s;
        }
        if (bits != 0) {
            given.computeIfAbsent(school, k -> new HashMap<>()).computeIfAbsent(f.age().code(),
                    k -> new long[Topic.values().length * 2])[index(f.topic(), f.sex())] |= bits;
        }
    }

    /** A school's figures are over: its blank cells among them are kept, the others (whole grades) let go. */
    private void weigh(String school) {
        List<Blank> blanks = pending.remove(school);
        Map<String, long[]> byAge = given.get(school);
        if (blanks != null && byAge != null) {
            for (Blank b : blanks) {
                long[] bits = byAge.get(b.age().code());
                if (bits != null && among(b, bits) && !problemCells.contains(b.sheet() + "!" + b.cell())) {
                    kept.add(b);
                    keptSchools.add(school);
                }
            }
        }
        if (!keptSchools.contains(school)) {
            given.remove(school);
        }
    }

    /** True when the blank's figure is not given, and the school gave its grade's other figures and its own row. */
    private static boolean among(Blank b, long[] bits) {
        long slot = 1L << b.slot();
        long own = bits[index(b.topic(), b.sex())];
        return (own & slot) == 0 && (own & ~slot) != 0 && !gave(b, bits).isEmpty();
    }

    /** The school's other figures of the blank's grade: the other sex of its topic, the other topics of its sex. */
    private static List<String> gave(Blank b, long[] bits) {
        long slot = 1L << b.slot();
        List<String> out = new ArrayList<>();
        for (Topic t : Topic.values()) {
            for (Sex s : Sex.values()) {
                if ((t != b.topic() || s != b.sex()) && (s == b.sex() || t == b.topic())
                        && (bits[index(t, s)] & slot) != 0) {
                    out.add(t.code() + " " + s.name());
                }
            }
        }
        return out;
    }

    private static int index(Topic t, Sex s) {
        return t.ordinal() * 2 + s.ordinal();
    }

    /** The file is read: the blank cells inside a school's figures are reported, each once, in reading order. */
    public void end() {
        if (current != null) {
            weigh(current);
        }
        for (String school : List.copyOf(pending.keySet())) {
            weigh(school);
        }
        Set<String> said = new HashSet<>();
        for (Blank b : kept) {
            long[] bits = given.getOrDefault(b.school(), Map.of()).get(b.age().code());
            // Weighed again with every figure of the file: a later sheet may have given it.
            if (bits == null || !among(b, bits) || problemCells.contains(b.sheet() + "!" + b.cell())
                    || b.sex() == absentSex.get(b.school()) || !said.add(b.sheet() + "!" + b.cell())) {
                continue;
            }
            String grade = b.slot() < grades.size() ? grades.bySlot(b.slot()).code() : Integer.toString(b.slot());
            Message detail = b.sexCell() != null
                    ? Message.of("import.detail.blankFigureWorkedOut", b.school(), grade, b.sex().name(),
                            b.topic().code(), String.join(", ", gave(b, bits)), b.sheet() + "!" + b.sexCell())
                    : b.age().isAll()
                    ? Message.of("import.detail.blankFigure", b.school(), grade, b.sex().name(), b.topic().code(),
                            String.join(", ", gave(b, bits)))
                    : Message.of("import.detail.blankFigureAge", b.school(), grade, b.sex().name(), b.topic().code(),
                            String.join(", ", gave(b, bits)), b.age().code());
            target.problem(ImportProblem.worded(ProblemKind.BLANK_FIGURE, b.sheet(), b.cell(), b.school(),
                    b.topic().code(), "", detail));
        }
        kept.clear();
        keptSchools.clear();
        pending.clear();
        given.clear();
        problemCells.clear();
        absentSex.clear();
        current = null;
    }
}
