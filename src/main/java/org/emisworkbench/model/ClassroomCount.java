package org.emisworkbench.model;

/**
 * A school's classrooms when its return gives no total: most returns count rooms by condition (good,
 * fair, poor) or by construction (permanent, semi-permanent, temporary) and never add them up. The total
 * typed on the return is used where there is one; else the rooms counted by condition (a condition left
 * blank beside others counts 0, as the pupil-classroom ratio reads it); else those counted by
 * construction; else missing.
 */
public final class ClassroomCount {
    private static final int TOTAL = Topic.CLASSROOMS.fixedSlots().indexOf("total");
    /** The breakdowns a total of classrooms adds up, in the order {@link #total} takes them. */
    public static final java.util.List<java.util.List<String>> BREAKDOWNS = java.util.List.of(
            java.util.List.of("good", "fair", "poor"), java.util.List.of("permanent", "semi_permanent", "temporary"));
    private static final int[] BY_CONDITION = slots(BREAKDOWNS.get(0).toArray(String[]::new));
    private static final int[] BY_CONSTRUCTION = slots(BREAKDOWNS.get(1).toArray(String[]::new));

    private ClassroomCount() {
    }

    /** True for the classrooms' total slot, the one this class may fill in. */
    public static boolean isTotal(Topic topic, int slot) {
        return topic == Topic.CLASSROOMS && slot == TOTAL;
    }

    /** The school's classrooms: as typed, else added up from one breakdown; {@link FactRecord#MISSING} when none. */
    public static int total(SchoolFacts s) {
        int typed = s.totalOneSex(Topic.CLASSROOMS, null, TOTAL);
        if (typed != FactRecord.MISSING) {
            return typed;
        }
        int byCondition = sum(s, BY_CONDITION);
        return byCondition != FactRecord.MISSING ? byCondition : sum(s, BY_CONSTRUCTION);
    }

    private static int sum(SchoolFacts s, int[] slots) {
        int total = 0;
        boolean any = false;
        for (int slot : slots) {
            int v = s.totalOneSex(Topic.CLASSROOMS, null, slot);
            if (v != FactRecord.MISSING) {
                total += v;
                any = true;
            }
        }
        return any ? total : FactRecord.MISSING;
    }

    private static int[] slots(String... names) {
        int[] out = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = Topic.CLASSROOMS.fixedSlots().indexOf(names[i]);
        }
        return out;
    }
}
