package org.emisworkbench.indicators;

import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Breakdown;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Message;
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
        // "primary schools in D03", but for one school just "school S0101", never "schools in school S0101".
        Message schools = out.forOneSchool() ? out.where() : Message.of("ind.schoolsIn", t.levelName(), out.in());
        // A school giving one sex of its teachers only counts that sex: never silently (decision 0077).
        values.add(out.ratio("pupil_teacher_ratio", 1, t.ptrPupils, t.ptrTeachers, t.ptrSchools,
                Message.of(t.ptrSchools == 0 ? "ind.noTeachers" : "ind.zeroTeachers", schools), null, null,
                PartialPupils.both(PartialPupils.both(t.ptrPartial.note(out.in()), otherLevels(t.ptrOtherLevels)),
                        t.ptrOneSexSchools == 0 ? null : Message.of("ind.ptrOneSexCounted", t.ptrOneSexSchools,
                                t.ptrSchools, schools))));
        values.add(locationParityOfPtr(schools));
        values.add(out.ratio("pupil_qualified_teacher_ratio", 1, t.pqtPupils, t.pqtQualified, t.pqtSchools,
                Message.of(t.pqtSchools == 0 ? "ind.noQualifiedTeachers" : "ind.noneQualified", schools), null, null,
                PartialPupils.both(PartialPupils.both(t.pqtPartial.note(out.in()), otherLevels(t.pqtOtherLevels)),
                        t.pqtOneSexSchools == 0 ? null : Message.of("ind.pqtOneSexCounted", t.pqtOneSexSchools,
                                t.pqtSchools, schools))));
        values.add(shareBySex("qualified_teachers_pct", t.qualified, t.qualTotal, t.qualifiedSexNotReported,
                t.qualTotalSexNotReported, t.qualSchools, t.qualUnreadable, "ind.noQualification", schools));
        values.add(shareBySex("trained_teachers_pct", t.trained, t.trainTotal, t.trainedSexNotReported,
                t.trainTotalSexNotReported, t.trainSchools, t.trainUnreadable, "ind.noTraining", schools));
        values.add(femaleTeachers(schools));
        values.add(out.ratio("pupil_classroom_ratio_usable", 1, t.pcrPupils, t.pcrRooms, t.pcrSchools,
                Message.of(t.pcrSchools > 0 ? "ind.noUsableClassroom" : t.pcrRoomsWithoutCondition > 0
                        ? "ind.roomsWithoutCondition" : "ind.noClassrooms", schools, t.pcrRoomsWithoutCondition),
                null, null, classroomNote(schools)));
        values.add(facility("schools_with_electricity_pct", t.electricity, "ind.noElectricityAnswer", schools));
        values.add(facility("schools_with_internet_pct", t.internet, "ind.noInternetAnswer", schools));
        values.add(facility("schools_with_computers_pct", t.computers, "ind.noComputersAnswer", schools));
        values.add(facility("schools_with_adapted_infrastructure_pct", t.adapted, "ind.noAdaptedAnswer", schools));
        values.add(facility("schools_with_water_pct", t.water, "ind.noWaterAnswer", schools));
        values.add(facility("schools_with_single_sex_toilets_pct", t.toilets, "ind.noToiletsAnswer", schools));
        values.add(facility("schools_with_handwashing_pct", t.handwashing, "ind.noHandwashingAnswer", schools));
        values.add(completeness());
    }

    /**
     * PTR of rural schools against PTR of urban schools, schools whose locality is known. A figure above 1
     * here means more pupils per teacher in rural schools: a parity index of a ratio where less is better.
     */
    private IndicatorValue locationParityOfPtr(Message schools) {
        int rural = SchoolFigures.RURAL;
        int urban = SchoolFigures.URBAN;
        int counted = t.ptrSchoolsAt[rural] + t.ptrSchoolsAt[urban];
        String[] keys = {"ind.noRuralPtr", "ind.noUrbanPtr"};
        for (int at : new int[] {rural, urban}) {
            if (t.ptrTeachersAt[at] == 0) {
                return out.notAvailable("lpi_pupil_teacher_ratio", Message.of(keys[at], t.levelName(), out.in()),
                        null, null, counted, null, null);
            }
        }
        double ruralPtr = (double) t.ptrPupilsAt[rural] / t.ptrTeachersAt[rural];
        double urbanPtr = (double) t.ptrPupilsAt[urban] / t.ptrTeachersAt[urban];
        // Both ratios count only the sex given where a school gives one: the index may lean either way (decision 0077).
        return out.parity("lpi_pupil_teacher_ratio", ruralPtr, urbanPtr, counted,
                Message.of(keys[urban], t.levelName(), out.in()), PartialPupils.both(t.lpiPartial.note(out.in()),
                        t.lpiOneSexSchools == 0 ? null : Message.of("ind.lpiOneSexCounted", t.lpiOneSexSchools,
                                counted, schools)));
    }

    /**
     * Women among the teachers, over the schools giving both sexes. A school giving its teachers only for both
     * sexes together (sex not reported, decision 0058) is left out, never guessed: with no school giving the sexes
     * the share is not available for that reason, else it is partial, saying how many were left out.
     */
    private IndicatorValue femaleTeachers(Message schools) {
        int together = t.teachersSexNotReportedSchools;
        int oneSex = t.teachersOneSexSchools;
        // The women given but the men not (or the reverse) is no school "not reporting by sex": said as it is.
        Message none = t.femSchools == 0 && oneSex > 0 ? Message.of("ind.teachersOneSexOnly", oneSex, schools)
                : t.femSchools == 0 && together > 0 ? Message.of("ind.teachersSexNotReported", together, schools)
                : Message.of(t.femSchools == 0 ? "ind.noTeachersBySex" : "ind.zeroTeachers", schools);
        Message note = together > 0 && t.femSchools > 0
                ? Message.of("ind.partialTeachersSex", together, t.femSchools + together + oneSex, schools) : null;
        if (oneSex > 0 && t.femSchools > 0) {
            note = PartialPupils.both(note, Message.of("ind.partialTeachersOneSex", oneSex,
                    t.femSchools + together + oneSex, schools));
        }
        return out.ratio("female_teachers_pct", 100, t.femaleTeachers, t.allTeachers, t.femSchools, none, null, null,
                note);
    }

    /**
     * Qualified (trained) teachers as a share of teachers, by sex (SDG 4.c.1): each sex over the schools
     * that fill in both its total and its qualified (trained) figure; both sexes over the union of those, with the
     * schools giving both figures only for both sexes together (sex not reported), which count in no sex's share.
     */
    private IndicatorValue shareBySex(String id, long[] part, long[] whole, long partTogether, long wholeTogether,
                                      int counted, int unreadable, String noneKey, Message schools) {
        // Schools whose every teacher's qualification (training) was a value not in the list: the figure is
        // missing there, and this is why the share is not available, or partial (decision 0043, never 0).
        Message what = Message.of(noneKey.equals("ind.noQualification") ? "ind.word.qualification" : "ind.word.training");
        Message none = unreadable > 0 && counted == 0 ? Message.of("ind.teachersUnreadable", what, unreadable, out.in())
                : Message.of(noneKey, schools);
        Map<String, Breakdown> bySex = new LinkedHashMap<>();
        for (Sex sex : Sex.values()) {
            int i = sex.ordinal();
            // With no school giving the qualification at all, that is the reason for each sex too: the
            // teachers may well be reported (a total by sex), only not with their qualification.
            bySex.put(sex.code(), ValueMaker.part(100, part[i], whole[i], counted == 0 ? none
                    : Message.of(sex == Sex.F ? "ind.noWomenTeachers" : "ind.noMenTeachers", schools)));
        }
        long p = part[0] + part[1] + partTogether;
        long all = whole[0] + whole[1] + wholeTogether;
        Message note = partial(counted, schools);
        if (wholeTogether > 0) {
            Message bySexLeft = Message.of("ind.partialTeachersSexShare", wholeTogether, schools);
            note = note == null ? bySexLeft : Message.of("ind.partialBoth", note, bySexLeft);
        }
        if (unreadable > 0 && counted > 0) {
            note = PartialPupils.both(note, Message.of("ind.partialTeachersUnreadable", what, unreadable, out.in()));
        }
        return out.ratio(id, 100, p, all, counted,
                counted == 0 ? none : Message.of("ind.zeroTeachers", schools), bySex, null, note);
    }

    /**
     * SDG 4.a.1: schools with the facility among the schools that answer the question. A school that leaves
     * it blank is not counted as without: it is left out, and the figure says it is partial.
     */
    private IndicatorValue facility(String id, int[] withAndReporting, String noAnswerKey, Message schools) {
        return out.ratio(id, 100, withAndReporting[0], withAndReporting[1], withAndReporting[1],
                Message.of(noAnswerKey, schools), null, null, partial(withAndReporting[1], schools));
    }

    /**
     * Why pupils per classroom is partial, as enrolment and GER say it (docs/indicators.md): schools of the level
     * reporting no rooms, schools whose classroom cells could not be read (a formula error, a word: those rooms
     * left out, never 0), schools counted whose enrolment cells could not be read; null when none.
     */
    private Message classroomNote(Message schools) {
        Message note = partial(t.pcrSchools, schools);
        if (t.pcrRoomsWithoutCondition > 0 && t.pcrSchools > 0) {
            note = PartialPupils.both(note, Message.of("ind.partialRoomsWithoutCondition", t.pcrRoomsWithoutCondition,
                    schools));
        }
        if (t.pcrUnreadableRooms > 0) {
            note = PartialPupils.both(note, Message.of("ind.partialUnreadableRooms", t.pcrUnreadableRooms, out.in()));
        }
        note = PartialPupils.both(note, t.pcrPartial.note(out.in()));
        return PartialPupils.both(note, otherLevels(t.pcrOtherLevels));
    }

    /** How many pupils of other levels a ratio of the level counts with the schools' staff or rooms, or null. */
    private Message otherLevels(OtherLevelPupils pupils) {
        return pupils.note(t.levelName(), out.forOneSchool(), out.forOneSchool() ? out.where() : out.in());
    }

    /** "partial: 12 of the 15 primary schools in D03 report this…", or null when all do (or none). */
    private Message partial(int counted, Message schools) {
        if (counted == 0 || counted >= t.levelSchools) {
            return null;
        }
        return Message.of("ind.partial", counted, t.levelSchools, schools);
    }

    private IndicatorValue completeness() {
        AreaScope scope = out.scope();
        if (scope.group() != null) {
            return out.notAvailable("completeness_pct", scope.group(), null, null, scope.schoolCount(), null,
                    null);
        }
        if (scope.expected() == null) {
            return out.notAvailable("completeness_pct", Message.of("ind.noMasterList"),
                    (double) scope.schoolCount(), null, scope.schoolCount(), null, null);
        }
        Message note = null;
        int unlisted = scope.schoolCount() - scope.expectedReturned();
        if (unlisted > 0) {
            note = Message.of("ind.unlisted", unlisted);
        }
        return out.ratio("completeness_pct", 100, scope.expectedReturned(), scope.expected(),
                scope.expectedReturned(), Message.of("ind.noneExpected", out.in()), null, null, note);
    }
}
