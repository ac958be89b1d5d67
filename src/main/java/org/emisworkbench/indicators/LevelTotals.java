package org.emisworkbench.indicators;

import static org.emisworkbench.indicators.SchoolFigures.MISSING;

import org.emisworkbench.model.Sex;

/**
 * Sums over the schools of an area for one level, gathered in one pass. Every ratio pairs its
 * numerator and denominator over the same schools (and, for grade figures, the same grade and sex):
 * a school that leaves one side blank is left out of both, so blanks never count as zeros.
 * Graded arrays are indexed {@code sex.ordinal() * grades + slot}.
 */
final class LevelTotals {
    final GradeShape shape;
    final String level;
    final int[] slots;
    final int n;

    final long[] enrol;
    int enrolSchools;
    /** Schools giving any girls' (index F) or boys' (M) enrolment: a sex left blank is not 0 pupils of it. */
    final int[] enrolSchoolsBySex = new int[2];
    /** Schools giving each grade and sex (indexed as {@link #enrol}): a grade nobody gives is not 0 pupils. */
    final int[] enrolSchoolsAt;
    /**
     * Girls and boys of the grades a school gives for both sexes, and the schools giving at least one such
     * grade: parity pairs the sexes school by school and grade by grade, so a school missing one sex in a
     * grade is left out of both for that grade (never read as 0 girls).
     */
    final long[] paired = new long[2];
    int pairedSchools;
    /** Whether the pupils of this level are partial (one sex missing in a grade, cells not read): enrolment's note. */
    final PartialPupils enrolPartial;
    final long[] repE;
    final long[] repR;
    int repSchools;
    /**
     * Pupils of grade and sex cells with no repeaters figure, at schools giving repeaters for other cells, and those
     * schools: left out of the repeaters' share, which says so (review 25 F7: an export leaving out its rows of 0).
     */
    long repLeftOutPupils;
    int repLeftOutSchools;
    /** Pupils with disabilities and the enrolment of the same grades and sexes, of the schools reporting them. */
    final long[] disE;
    final long[] disD;
    int disSchools;
    final long[] entrants = new long[2];
    int entrantSchools;
    int ageSchools;
    /** The same pupils by district, with their ages, for estimating those of unknown age. */
    final AgeEstimate ages;
    // Staff, rooms and facilities: schools whose main level is this level (returns do not split them).
    long ptrPupils;
    long ptrTeachers;
    int ptrSchools;
    /**
     * Of the schools counted in pupils per teacher, those giving their teachers for one sex only, the other missing:
     * only that sex is counted, so the ratio is marked (review 25, decision 0077).
     */
    int ptrOneSexSchools;
    /** Pupils and teachers of rural ({@link SchoolFigures#RURAL}) and urban schools, for location parity. */
    final long[] ptrPupilsAt = new long[2];
    final long[] ptrTeachersAt = new long[2];
    final int[] ptrSchoolsAt = new int[2];
    /** Of the schools counted in location parity, those giving their teachers for one sex only (as ptrOneSexSchools). */
    int lpiOneSexSchools;
    long pqtPupils;
    long pqtQualified;
    int pqtSchools;
    /** Of the schools counted in pupils per qualified teacher, those giving their qualified teachers for one sex only. */
    int pqtOneSexSchools;
    final long[] qualified = new long[2];
    final long[] qualTotal = new long[2];
    int qualSchools;
    /** Schools giving teachers whose qualification (training) could not be read at all: left out, never 0. */
    int qualUnreadable;
    int trainUnreadable;
    final long[] trained = new long[2];
    final long[] trainTotal = new long[2];
    int trainSchools;
    long femaleTeachers;
    long allTeachers;
    /** Schools giving their teachers only for both sexes together, sex not reported: left out of the share of women. */
    int teachersSexNotReportedSchools;
    /** Of those, teachers qualified (trained) and all, counted in the shares of both sexes but in neither sex's. */
    long qualifiedSexNotReported;
    long qualTotalSexNotReported;
    long trainedSexNotReported;
    long trainTotalSexNotReported;
    int femSchools;
    /** Schools giving their teachers for one sex only, the other missing: left out of the share of women, and said. */
    int teachersOneSexSchools;
    /** Pupils of other levels in those ratios (pre-primary classes of a primary school), said in their notes. */
    final OtherLevelPupils ptrOtherLevels;
    final OtherLevelPupils pqtOtherLevels;
    final OtherLevelPupils pcrOtherLevels;
    long pcrPupils;
    long pcrRooms;
    int pcrSchools;
    /** Schools of the level with pupils giving their rooms without the condition (a total, or by material only). */
    int pcrRoomsWithoutCondition;
    /** Schools of the level holding classroom cells that could not be read, counted or not: the ratio is partial. */
    int pcrUnreadableRooms;
    /**
     * Whether the pupils of the schools counted in pupils per teacher (of rural and urban schools, per qualified
     * teacher, per usable classroom) are partial: those ratios count every pupil of a school, so their notes follow
     * those pupils, as enrolment's follows its own.
     */
    final PartialPupils ptrPartial;
    final PartialPupils lpiPartial;
    final PartialPupils pqtPartial;
    final PartialPupils pcrPartial;
    /**
     * Pupils in grades past this level's last grade at schools whose main level is this level, and those schools:
     * pupils per teacher counts them, enrolment of the level does not, and primary's enrolment says so (review 20).
     */
    final OtherLevelPupils pastLevel;
    /** Schools of the area whose main level is this level: those staff, room and facility figures may count. */
    int levelSchools;
    // SDG 4.a.1, each {schools with the facility, schools answering the question}.
    final int[] electricity = new int[2];
    final int[] internet = new int[2];
    final int[] computers = new int[2];
    final int[] adapted = new int[2];
    final int[] water = new int[2];
    final int[] toilets = new int[2];
    final int[] handwashing = new int[2];
    /** Flow between t and t+1, same schools both years. */
    final FlowTotals flow;

    LevelTotals(GradeShape shape, String level) {
        this.shape = shape;
        this.level = level;
        this.slots = shape.slotsOf(level);
        this.n = shape.size;
        enrol = new long[2 * n];
        enrolSchoolsAt = new int[2 * n];
        repE = new long[2 * n];
        repR = new long[2 * n];
        disE = new long[2 * n];
        disD = new long[2 * n];
        flow = new FlowTotals(slots, n);
        ages = new AgeEstimate(n);
        enrolPartial = new PartialPupils(slots, n);
        ptrPartial = PartialPupils.allGrades(n);
        lpiPartial = PartialPupils.allGrades(n);
        pqtPartial = PartialPupils.allGrades(n);
        pcrPartial = PartialPupils.allGrades(n);
        ptrOtherLevels = OtherLevelPupils.outsideLevel(slots, n);
        pqtOtherLevels = OtherLevelPupils.outsideLevel(slots, n);
        pcrOtherLevels = OtherLevelPupils.outsideLevel(slots, n);
        pastLevel = OtherLevelPupils.pastLevel(slots, n);
    }

    void add(SchoolFigures s, SchoolFigures nextYear) {
        addPupils(s);
        if (level.equals(s.mainLevel)) {
            levelSchools++;
            pastLevel.add(s);
            addStaff(s);
            addFacilities(s);
        }
        if (nextYear != null) {
            flow.add(s, nextYear);
        }
    }

    private void addPupils(SchoolFigures s) {
        if (s.enrolment == null) {
            return;
        }
        boolean any = false;
        boolean anyRep = false;
        boolean anyDis = false;
        boolean[] anyOfSex = new boolean[2];
        boolean anyPair = false;
        long noRepeaters = 0;
        for (int slot : slots) {
            int girls = s.enrolment[SchoolFigures.index(Sex.F, slot, n)];
            int boys = s.enrolment[SchoolFigures.index(Sex.M, slot, n)];
            if (girls != MISSING && boys != MISSING) {
                paired[Sex.F.ordinal()] += girls;
                paired[Sex.M.ordinal()] += boys;
                anyPair = true;
            }
            for (Sex sex : Sex.values()) {
                int i = SchoolFigures.index(sex, slot, n);
                int e = s.enrolment[i];
                if (e == MISSING) {
                    continue;
                }
                any = true;
                anyOfSex[sex.ordinal()] = true;
                enrolSchoolsAt[i]++;
                enrol[i] += e;
                ages.add(s, i, e);
                if (s.repeaters != null && s.repeaters[i] != MISSING) {
                    repE[i] += e;
                    repR[i] += s.repeaters[i];
                    anyRep = true;
                } else {
                    noRepeaters += e;
                }
                if (s.disabled != null && s.disabled[i] != MISSING) {
                    disE[i] += e;
                    disD[i] += s.disabled[i];
                    anyDis = true;
                }

            }
        }
        enrolSchools += any ? 1 : 0;
        enrolPartial.add(s);
        for (Sex sex : Sex.values()) {
            enrolSchoolsBySex[sex.ordinal()] += anyOfSex[sex.ordinal()] ? 1 : 0;
        }
        pairedSchools += anyPair ? 1 : 0;
        repSchools += anyRep ? 1 : 0;
        if (anyRep && noRepeaters > 0) {
            repLeftOutPupils += noRepeaters;
            repLeftOutSchools++;
        }
        disSchools += anyDis ? 1 : 0;
        if (any && s.ageKnown != null) {
            ageSchools++;
        }
        if (s.entrants != null && slots.length > 0) {
            boolean anyEntrant = false;
            for (Sex sex : Sex.values()) {
                int v = s.entrants[SchoolFigures.index(sex, slots[0], n)];
                if (v != MISSING) {
                    entrants[sex.ordinal()] += v;
                    anyEntrant = true;
                }
            }
            entrantSchools += anyEntrant ? 1 : 0;
        }
    }

    /**
     * The qualified teachers given for one sex, the other's missing while that sex has teachers (or may have): a
     * school with no men teachers that leaves the men's qualified blank has counted all its qualified teachers.
     */
    private static boolean qualifiedOfOneSexOnly(SchoolFigures s) {
        if (!s.teachersOneSexOnly(SchoolFigures.T_QUALIFIED)) {
            return false;
        }
        Sex blank = s.teacher(Sex.F, SchoolFigures.T_QUALIFIED) == MISSING ? Sex.F : Sex.M;
        return s.teacher(blank, SchoolFigures.T_TOTAL) != 0;
    }

    private void addStaff(SchoolFigures s) {
        int pupils = s.pupils();
        int teachers = s.teachers(SchoolFigures.T_TOTAL);
        int qualifiedAll = s.teachers(SchoolFigures.T_QUALIFIED);
        if (pupils != MISSING && teachers != MISSING) {
            ptrOneSexSchools += s.teachersOneSexOnly(SchoolFigures.T_TOTAL) ? 1 : 0;
            ptrPupils += pupils;
            ptrTeachers += teachers;
            ptrSchools++;
            ptrPartial.add(s);
            ptrOtherLevels.add(s);
            if (s.locality >= 0) {
                lpiPartial.add(s);
                ptrPupilsAt[s.locality] += pupils;
                ptrTeachersAt[s.locality] += teachers;
                ptrSchoolsAt[s.locality]++;
                lpiOneSexSchools += s.teachersOneSexOnly(SchoolFigures.T_TOTAL) ? 1 : 0;
            }
        }
        if (pupils != MISSING && qualifiedAll != MISSING) {
            pqtPupils += pupils;
            pqtQualified += qualifiedAll;
            pqtSchools++;
            pqtOneSexSchools += qualifiedOfOneSexOnly(s) ? 1 : 0;
            pqtPartial.add(s);
            pqtOtherLevels.add(s);
        }
        boolean anyQual = false;
        for (Sex sex : Sex.values()) {
            int total = s.teacher(sex, SchoolFigures.T_TOTAL);
            int q = s.teacher(sex, SchoolFigures.T_QUALIFIED);
            if (total != MISSING && q != MISSING) {
                qualTotal[sex.ordinal()] += total;
                qualified[sex.ordinal()] += q;
                anyQual = true;
            }
        }
        int totalTogether = s.teachersSexNotReported(SchoolFigures.T_TOTAL);
        int qualifiedTogether = s.teachersSexNotReported(SchoolFigures.T_QUALIFIED);
        if (!anyQual && totalTogether != MISSING && qualifiedTogether != MISSING) {
            qualTotalSexNotReported += totalTogether;
            qualifiedSexNotReported += qualifiedTogether;
            anyQual = true;
        }
        qualSchools += anyQual ? 1 : 0;
        qualUnreadable += !anyQual && (s.unreadableTeachers & (1 << SchoolFigures.T_QUALIFIED)) != 0 ? 1 : 0;
        boolean anyTrained = false;
        for (Sex sex : Sex.values()) {
            int total = s.teacher(sex, SchoolFigures.T_TOTAL);
            int tr = s.teacher(sex, SchoolFigures.T_TRAINED);
            if (total != MISSING && tr != MISSING) {
                trainTotal[sex.ordinal()] += total;
                trained[sex.ordinal()] += tr;
                anyTrained = true;
            }
        }
        int trainedTogether = s.teachersSexNotReported(SchoolFigures.T_TRAINED);
        if (!anyTrained && totalTogether != MISSING && trainedTogether != MISSING) {
            trainTotalSexNotReported += totalTogether;
            trainedSexNotReported += trainedTogether;
            anyTrained = true;
        }
        trainSchools += anyTrained ? 1 : 0;
        trainUnreadable += !anyTrained && (s.unreadableTeachers & (1 << SchoolFigures.T_TRAINED)) != 0 ? 1 : 0;
        int women = s.teacher(Sex.F, SchoolFigures.T_TOTAL);
        int men = s.teacher(Sex.M, SchoolFigures.T_TOTAL);
        if (women != MISSING && men != MISSING) {
            femaleTeachers += women;
            allTeachers += women + men;
            femSchools++;
        } else if (women == MISSING && men == MISSING && totalTogether != MISSING) {
            teachersSexNotReportedSchools++;
        } else if (women != MISSING || men != MISSING) {
            teachersOneSexSchools++;
        }
        if (pupils != MISSING && s.classrooms != null) {
            int good = s.classrooms[SchoolFigures.C_GOOD];
            int fair = s.classrooms[SchoolFigures.C_FAIR];
            int poor = s.classrooms[SchoolFigures.C_POOR];
            // A school that describes its rooms' condition at all has 0 rooms in a condition it leaves blank.
            if (good != MISSING || fair != MISSING || poor != MISSING) {
                pcrPupils += pupils;
                pcrRooms += (good == MISSING ? 0 : good) + (fair == MISSING ? 0 : fair);
                pcrSchools++;
                pcrPartial.add(s);
                pcrOtherLevels.add(s);
            } else if (roomsWithoutCondition(s.classrooms)) {
                // Rooms given, but not how many are usable: no ratio of usable rooms, and never "no classrooms".
                pcrRoomsWithoutCondition++;
            }
        }
        // A room cell that could not be read leaves those rooms out, even where none of them could be read.
        pcrUnreadableRooms += pupils != MISSING && s.unreadableRooms ? 1 : 0;
    }

    /** True when a school gives rooms (their total, or by material) but none by condition. */
    private static boolean roomsWithoutCondition(int[] rooms) {
        for (String slot : java.util.List.of("total", "permanent", "semi_permanent", "temporary")) {
            int i = org.emisworkbench.model.Topic.CLASSROOMS.fixedSlots().indexOf(slot);
            if (i >= 0 && i < rooms.length && rooms[i] != MISSING && rooms[i] > 0) {
                return true;
            }
        }
        return false;
    }

    private void addFacilities(SchoolFigures s) {
        count(electricity, s.facility(SchoolFigures.F_ELECTRICITY));
        count(internet, s.facility(SchoolFigures.F_INTERNET));
        count(computers, s.facility(SchoolFigures.F_COMPUTERS));
        count(adapted, s.facility(SchoolFigures.F_ADAPTED));
        count(water, s.facility(SchoolFigures.F_WATER));
        count(handwashing, s.facility(SchoolFigures.F_HANDWASHING));
        int girls = s.facility(SchoolFigures.F_GIRLS);
        int boys = s.facility(SchoolFigures.F_BOYS);
        int mixed = s.facility(SchoolFigures.F_MIXED);
        if (girls != MISSING || boys != MISSING || mixed != MISSING) {
            toilets[1]++;
            if (girls != MISSING && girls > 0 && boys != MISSING && boys > 0) {
                toilets[0]++;
            }
        }
    }

    private static void count(int[] withAndReporting, int value) {
        if (value != MISSING) {
            withAndReporting[1]++;
            withAndReporting[0] += value > 0 ? 1 : 0;
        }
    }

    long enrolment(Sex sex) {
        long sum = 0;
        for (int slot : slots) {
            for (Sex s : sex == null ? Sex.values() : new Sex[] {sex}) {
                sum += enrol[SchoolFigures.index(s, slot, n)];
            }
        }
        return sum;
    }

    /** Sum of a graded array over one slot, one sex or both. */
    long at(long[] a, int slot, Sex sex) {
        return sex != null ? a[SchoolFigures.index(sex, slot, n)]
                : a[SchoolFigures.index(Sex.F, slot, n)] + a[SchoolFigures.index(Sex.M, slot, n)];
    }

    /** The level's name in the reader's language, for messages. */
    org.emisworkbench.model.Message levelName() {
        return ValueMaker.levelName(level);
    }
}
