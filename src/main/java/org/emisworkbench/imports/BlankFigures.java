package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ForwardingCensusSink;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/**
 * A blank cell inside a school's figures ({@link ProblemKind#BLANK_FIGURE}, IMP-36), decided once for every layout:
 * the readers say each blank cell where a figure of a grade and sex is expected ({@link CensusSink#blankFigure}), this
 * listener hears every figure the file gives, and at the file's end reports a blank cell when
 * <ul>
 *   <li>no other cell of the file gave that figure (a sheet read after another), and</li>
 *   <li>the school gave the same topic and sex in another grade (its row of figures is not wholly blank: a boys'
 *       school leaves its girls' row empty), and</li>
 *   <li>the school gave a figure of the same grade: the other sex, or another topic of the same sex (repeaters on
 *       the row of a long export whose enrolment is blank).</li>
 * </ul>
 * A grade wholly blank for a school (the school has no such class) is not reported; a cell whose reading was
 * reported already (a not-available mark, a text) is not reported again. The value stays missing, never 0.
 *
 * <p>Memory: a few bits per school and topic for the figures given, and the blank cells themselves.
 */
public final class BlankFigures {
    /** A blank cell said by a reader. */
    private record Blank(String school, Topic topic, Sex sex, int slot, String sheet, String cell) {
    }

    private final GradeSystem grades;
    /** Per school: per topic and sex ({@link #index}), the grade slots given a figure, as bits. */
    private final Map<String, long[]> given = new HashMap<>();
    private final Map<String, Blank> blanks = new LinkedHashMap<>();
    /** Cells of the file a problem was reported at: their blank is said already. */
    private final Set<String> problemCells = new HashSet<>();
    private CensusSink target;

    public BlankFigures(GradeSystem grades) {
        this.grades = grades;
    }

    /** The sink, hearing on its way the figures given and the blank cells the readers say. */
    public CensusSink wrap(CensusSink sink) {
        target = sink;
        return new ForwardingCensusSink(sink) {
            @Override
            public void facts(FactRecord f) {
                heard(f);
                super.facts(f);
            }

            @Override
            public void problem(ImportProblem p) {
                if (p.sheet() != null && p.cell() != null && !p.cell().contains(":")) {
                    problemCells.add(p.sheet() + "!" + p.cell());
                }
                super.problem(p);
            }

            @Override
            public void blankFigure(String school, Topic topic, Sex sex, int slot, String sheet, String cell) {
                if (topic.graded() && sex != null && slot >= 0 && slot < Long.SIZE) {
                    blanks.putIfAbsent(sheet + "!" + cell, new Blank(school, topic, sex, slot, sheet, cell));
                }
                super.blankFigure(school, topic, sex, slot, sheet, cell);
            }
        };
    }

    private void heard(FactRecord f) {
        if (!f.topic().graded() || f.sex() == null || !f.age().isAll()) {
            return;
        }
        long bits = 0;
        int[] v = f.values();
        for (int s = 0; s < v.length && s < Long.SIZE; s++) {
            bits |= v[s] == FactRecord.MISSING ? 0 : 1L << s;
        }
        if (bits != 0) {
            given.computeIfAbsent(f.schoolCode(), k -> new long[Topic.values().length * 2])[index(f.topic(), f.sex())]
                    |= bits;
        }
    }

    private static int index(Topic t, Sex s) {
        return t.ordinal() * 2 + s.ordinal();
    }

    /** The file is read: the blank cells inside a school's figures are reported, each once, in reading order. */
    public void end() {
        for (Map.Entry<String, Blank> e : blanks.entrySet()) {
            Blank b = e.getValue();
            long[] bits = given.get(b.school());
            long slot = 1L << b.slot();
            if (bits == null || problemCells.contains(e.getKey()) || (bits[index(b.topic(), b.sex())] & slot) != 0
                    || (bits[index(b.topic(), b.sex())] & ~slot) == 0) {
                continue;
            }
            List<String> gave = new ArrayList<>();
            for (Topic t : Topic.values()) {
                for (Sex s : Sex.values()) {
                    if ((t != b.topic() || s != b.sex()) && (s == b.sex() || t == b.topic())
                            && (bits[index(t, s)] & slot) != 0) {
                        gave.add(t.code() + " " + s.name());
                    }
                }
            }
            if (gave.isEmpty()) {
                continue; // the grade wholly blank: the school has no such class
            }
            String grade = b.slot() < grades.size() ? grades.bySlot(b.slot()).code() : Integer.toString(b.slot());
            target.problem(ImportProblem.worded(ProblemKind.BLANK_FIGURE, b.sheet(), b.cell(), b.school(),
                    b.topic().code(), "", Message.of("import.detail.blankFigure", b.school(), grade, b.sex().name(),
                            b.topic().code(), String.join(", ", gave))));
        }
        blanks.clear();
        given.clear();
    }
}
