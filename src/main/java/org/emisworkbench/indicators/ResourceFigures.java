package org.emisworkbench.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Sex;

/**
 * Teachers, classrooms and facilities. Returns do not split staff or rooms by level, so these use the
 * schools whose main level (most pupils) is the level asked for, with all their pupils.
 */
final class ResourceFigures {
    private final ValueMaker out;
    private final LevelTotals t;

    ResourceFigures(ValueMaker out, LevelTotals t) {
        this.out = out;
        this.t = t;
    }

    void addTo(List<IndicatorValue> values) {
        String schools = t.level + " schools in " + out.where();
        values.add(out.ratio("pupil_teacher_ratio", 1, t.ptrPupils, t.ptrTeachers, t.ptrSchools,
                t.ptrSchools == 0 ? "no teachers reported by " + schools : "teachers reported as 0 by " + schools,
                null, null, null));
        values.add(out.ratio("pupil_qualified_teacher_ratio", 1, t.pqtPupils, t.pqtQualified, t.pqtSchools,
                t.pqtSchools == 0 ? "no qualified teachers reported by " + schools
                        : "no teacher of " + schools + " is reported qualified", null, null, null));
        values.add(qualified(schools));
        values.add(out.ratio("female_teachers_pct", 100, t.femaleTeachers, t.allTeachers, t.femSchools,
                t.femSchools == 0 ? "no teachers reported by sex by " + schools
                        : "teachers reported as 0 by " + schools, null, null, null));
        values.add(out.ratio("pupil_classroom_ratio_usable", 1, t.pcrPupils, t.pcrRooms, t.pcrSchools,
                t.pcrSchools == 0 ? "no classrooms reported by " + schools
                        : "no classroom in good or fair condition reported by " + schools, null, null, null));
        values.add(facility("schools_with_electricity_pct", t.electricity, "electricity", schools));
        values.add(facility("schools_with_water_pct", t.water, "drinking water", schools));
        values.add(facility("schools_with_single_sex_toilets_pct", t.toilets, "toilets", schools));
        values.add(completeness());
    }

    private IndicatorValue qualified(String schools) {
        Map<String, Breakdown> bySex = new LinkedHashMap<>();
        for (Sex sex : Sex.values()) {
            int i = sex.ordinal();
            bySex.put(sex.code(), ValueMaker.part(100, t.qualified[i], t.qualTotal[i],
                    (sex == Sex.F ? "no women" : "no men") + " teachers reported by " + schools));
        }
        long q = t.qualified[0] + t.qualified[1];
        long all = t.qualTotal[0] + t.qualTotal[1];
        return out.ratio("qualified_teachers_pct", 100, q, all, t.qualSchools,
                t.qualSchools == 0 ? "no teachers reported with their qualification by " + schools
                        : "teachers reported as 0 by " + schools, bySex, null, null);
    }

    private IndicatorValue facility(String id, int[] withAndReporting, String what, String schools) {
        return out.ratio(id, 100, withAndReporting[0], withAndReporting[1], withAndReporting[1],
                "no " + schools + " answer the " + what + " question", null, null, null);
    }

    private IndicatorValue completeness() {
        AreaScope scope = out.scope();
        if (scope.expected() == null) {
            return out.notAvailable("completeness_pct", "no master list: the schools expected are not known",
                    (double) scope.schools().size(), null, scope.schools().size(), null, null);
        }
        String note = null;
        int unlisted = scope.schools().size() - scope.expectedReturned();
        if (unlisted > 0) {
            note = unlisted + " returns come from schools not on the master list and are not counted";
        }
        return out.ratio("completeness_pct", 100, scope.expectedReturned(), scope.expected(),
                scope.expectedReturned(), "the master list expects no school in " + out.where(), null, null, note);
    }
}
