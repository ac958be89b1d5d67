package org.emisworkbench.rules.expr;

import org.emisworkbench.model.CellKey;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/**
 * A field reference resolved when the expression is prepared: its topic, the slots and sexes it
 * covers (or that it takes them from the scope variables), its age group. Each evaluation counts as
 * one read in the {@link Presence}, present when any of its cells is, and, when the unit is traced,
 * adds one {@link Lookup} naming the cells read.
 */
final class FieldNode extends Node {
    private static final Sex[] NO_SEX = {null};

    private final FieldDef def;
    private final Topic topic;
    /** Slot indexes and their names; empty when the grade comes from the scope variable g. */
    private final int[] slots;
    private final String[] slotCodes;
    /** Sexes covered; null when the sex comes from the scope variable s. */
    private final Sex[] sexes;
    /** Fixed age group; null when it comes from the scope variable a. */
    private final AgeGroup age;
    /** One cell exactly: the reference's value is that cell, not a sum. */
    private final boolean single;

    FieldNode(FieldDef def, Expr.Field f, GradeSystem grades) {
        super(def.type());
        this.def = def;
        this.topic = def.topic();
        List<String> codes = slotCodes(def, f, grades);
        this.slotCodes = codes == null ? new String[0] : codes.toArray(new String[0]);
        this.slots = new int[slotCodes.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = slotIndex(def, slotCodes[i], grades);
        }
        boolean bySex = def.kind() != FieldDef.Kind.FIXED || def.topic().bySex();
        Expr.Selector s = f.selector(FieldDef.SEX);
        if (!bySex) {
            this.sexes = NO_SEX;
        } else if (s != null && s.value() instanceof Expr.SelectorValue.Code code) {
            this.sexes = new Sex[] {Sex.valueOf(code.code())};
        } else if (s != null && s.value() instanceof Expr.SelectorValue.Variable) {
            this.sexes = null;
        } else {
            this.sexes = Sex.values();
        }
        Expr.Selector a = f.selector(FieldDef.AGE);
        if (a != null && a.value() instanceof Expr.SelectorValue.Code code) {
            this.age = new AgeGroup(code.code());
        } else if (a != null && a.value() instanceof Expr.SelectorValue.Variable) {
            this.age = null;
        } else {
            this.age = AgeGroup.ALL;
        }
        int slotCount = codes == null ? 1 : slots.length;
        int sexCount = sexes == null ? 1 : sexes.length;
        this.single = slotCount * sexCount == 1;
    }

    /** Slot names the reference covers, null when bound to g; a one-element null list for population. */
    private static List<String> slotCodes(FieldDef def, Expr.Field f, GradeSystem grades) {
        if (def.kind() == FieldDef.Kind.FIXED) {
            return List.of(def.slot());
        }
        if (def.kind() == FieldDef.Kind.POPULATION) {
            // population[level=primary]: the population of the level's official ages, as the workspace's school
            // structure sets them (a 7-year primary from age 7 is ages 7 to 13), one age per "slot".
            Expr.Selector level = f.selector(FieldDef.LEVEL);
            if (level != null && level.value() instanceof Expr.SelectorValue.Code code) {
                return grades.gradesOf(code.code()).stream().map(g -> String.valueOf(g.officialAge())).distinct()
                        .toList();
            }
            return java.util.Collections.singletonList(null);
        }
        if (def.kind() == FieldDef.Kind.ATTRIBUTE) {
            return List.of();
        }
        Expr.Selector g = f.selector(FieldDef.GRADE);
        if (g != null && g.value() instanceof Expr.SelectorValue.Code code) {
            return List.of(grades.byCode(code.code()).orElseThrow().code());
        }
        if (g != null && g.value() instanceof Expr.SelectorValue.Variable) {
            return null;
        }
        Expr.Selector level = f.selector(FieldDef.LEVEL);
        List<Grade> covered = level != null && level.value() instanceof Expr.SelectorValue.Code code
                ? grades.gradesOf(code.code()) : grades.grades();
        return covered.stream().map(Grade::code).toList();
    }

    private static int slotIndex(FieldDef def, String code, GradeSystem grades) {
        if (def.kind() == FieldDef.Kind.FIXED) {
            return def.topic().fixedSlots().indexOf(code);
        }
        if (def.kind() == FieldDef.Kind.GRADED) {
            return grades.byCode(code).map(Grade::slot).orElse(-1);
        }
        return -1;
    }

    @Override
    String text(Ctx c) {
        String v = c.source.text(def.attribute()).orElse(null);
        counted(c, v != null, List.of());
        return v;
    }

    @Override
    double num(Ctx c) {
        if (single) {
            Sex sex = sexes == null ? c.bindings.sex() : sexes[0];
            double v = cell(c, 0, sex);
            counted(c, !Double.isNaN(v), c.trace == null ? null : List.of(key(c, 0, sex)));
            return v;
        }
        CallNodes.Acc sum = new CallNodes.Acc(Function.SUM);
        cells(c, sum);
        return sum.result();
    }

    /** Each cell into the accumulator, the reference counted (and traced) once. */
    void cells(Ctx c, CallNodes.Acc acc) {
        if (def.kind() == FieldDef.Kind.ATTRIBUTE) {
            acc.add(text(c) == null ? Double.NaN : 0);
            return;
        }
        List<CellKey> keys = c.trace == null ? null : new ArrayList<>();
        boolean any = false;
        int slotCount = slotCodes.length == 0 ? 1 : slotCodes.length;
        for (int i = 0; i < slotCount; i++) {
            if (sexes == null) {
                any |= read(c, i, c.bindings.sex(), acc, keys);
            } else {
                boolean bySex = false;
                for (Sex sex : sexes) {
                    bySex |= read(c, i, sex, acc, keys);
                }
                // Teachers of both sexes together, their sex not reported (decision 0058), where neither sex is given.
                any |= bySex || sexes.length > 1 && topic != null && topic.sexMayBeUnreported()
                        && read(c, i, null, acc, keys);
            }
        }
        counted(c, any, keys);
    }

    private boolean read(Ctx c, int i, Sex sex, CallNodes.Acc acc, List<CellKey> keys) {
        double v = cell(c, i, sex);
        boolean held = !Double.isNaN(v);
        acc.add(v);
        // A finding names the present cells, or the one cell a single-cell reference names even when
        // blank: that blank is what the officer must look at.
        if (keys != null && (held || single)) {
            keys.add(key(c, i, sex));
        }
        return held;
    }

    /**
     * Not collected: no cell (or attribute) of the reference is held and the return's template collects no such
     * field. Population is never a return's to collect.
     */
    @Override
    boolean uncollected(Ctx c) {
        if (def.kind() == FieldDef.Kind.POPULATION || c.source.collects(def.name())) {
            return false;
        }
        boolean held;
        if (def.kind() == FieldDef.Kind.ATTRIBUTE) {
            held = c.source.text(def.attribute()).isPresent();
        } else {
            CallNodes.Acc acc = new CallNodes.Acc(Function.COUNT);
            Presence before = c.presence;
            c.presence = new Presence();
            java.util.List<Lookup> trace = c.trace;
            c.trace = null;
            cells(c, acc);
            c.presence = before;
            c.trace = trace;
            held = acc.result() > 0;
        }
        if (!held && c.notCollected != null) {
            c.notCollected.add(def.name());
        }
        return !held;
    }

    /** One reference read: counted, and traced with its cells when the unit is being traced. */
    private void counted(Ctx c, boolean held, List<CellKey> keys) {
        c.presence.record(held);
        if (c.trace != null) {
            c.trace.add(new Lookup(def.name(), keys, held, c.yearsBack > 0));
        }
    }

    private double cell(Ctx c, int i, Sex sex) {
        if (def.kind() == FieldDef.Kind.POPULATION) {
            return c.source.number(key(c, i, sex)).orElse(Double.NaN);
        }
        AgeGroup a = age != null ? age : c.bindings.age();
        if (slotCodes.length == 0) {
            return c.source.figure(topic, c.gradeSlot, c.bindings.grade(), sex, a);
        }
        return c.source.figure(topic, slots[i], slotCodes[i], sex, a);
    }

    /** The cell {@link #cell} reads, as a key. */
    private CellKey key(Ctx c, int i, Sex sex) {
        AgeGroup a = age != null ? age : c.bindings.age();
        if (def.kind() == FieldDef.Kind.POPULATION) {
            String levelAge = slotCodes.length > i ? slotCodes[i] : null;
            return new CellKey(FieldCatalog.POPULATION, null, sex,
                    levelAge == null ? a : AgeGroup.of(Integer.parseInt(levelAge)));
        }
        return new CellKey(topic.code(), slotCodes.length == 0 ? c.bindings.grade() : slotCodes[i], sex, a);
    }
}
