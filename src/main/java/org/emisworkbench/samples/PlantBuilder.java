package org.emisworkbench.samples;

import static org.emisworkbench.samples.ErrorKinds.AGE_IMPLAUSIBLE;
import static org.emisworkbench.samples.ErrorKinds.COHORT;
import static org.emisworkbench.samples.ErrorKinds.DUPLICATE_SCHOOL;
import static org.emisworkbench.samples.ErrorKinds.ENROLMENT_CHANGE;
import static org.emisworkbench.samples.ErrorKinds.FORMULA_ERROR;
import static org.emisworkbench.samples.ErrorKinds.FRACTIONAL_COUNT;
import static org.emisworkbench.samples.ErrorKinds.GIRLS_SHARE;
import static org.emisworkbench.samples.ErrorKinds.IDENTICAL_RETURNS;
import static org.emisworkbench.samples.ErrorKinds.MISSING_REQUIRED;
import static org.emisworkbench.samples.ErrorKinds.MISSING_RETURN;
import static org.emisworkbench.samples.ErrorKinds.NEGATIVE_COUNT;
import static org.emisworkbench.samples.ErrorKinds.NEW_ENTRANTS_EXCEED;
import static org.emisworkbench.samples.ErrorKinds.OUTLIER;
import static org.emisworkbench.samples.ErrorKinds.PCR;
import static org.emisworkbench.samples.ErrorKinds.PTR;
import static org.emisworkbench.samples.ErrorKinds.REPEATERS_EXCEED;
import static org.emisworkbench.samples.ErrorKinds.TEACHERS_NO_PUPILS;
import static org.emisworkbench.samples.ErrorKinds.TEXT_IN_NUMBER;
import static org.emisworkbench.samples.ErrorKinds.TOTAL_MISMATCH;
import static org.emisworkbench.samples.ErrorKinds.UNKNOWN_CODE;
import static org.emisworkbench.samples.Lumeria.F;
import static org.emisworkbench.samples.Lumeria.M;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.emisworkbench.samples.Lumeria.Layout;

/**
 * Plants one error of a kind on one school-year: bends the model figures or names a value to print
 * instead of the true one, and says which logical cell shows it.
 */
final class PlantBuilder {
    private final CountryModel model;
    private final Plants plants;
    private final SplittableRandom rng;

    PlantBuilder(CountryModel model, Plants plants, SplittableRandom rng) {
        this.model = model;
        this.plants = plants;
        this.rng = rng;
    }

    Plant plant(String kind, SchoolProfile s, int year, int n, SchoolProfile source) {
        SchoolYear y = model.year(s.code(), year);
        Layout layout = s.layout();
        boolean wide = layout == Layout.WIDE;
        boolean roster = layout == Layout.ROSTER;
        int g = ErrorKinds.workGrade(s);
        int sex = n % 2 == 0 ? F : M;
        String code = s.code();
        String enrolCell = wide ? Targets.enrol(g, sex) : Targets.enrol(g, sex, officialRow(g));
        int enrolValue = wide ? y.enrol(g, sex) : Targets.gridCount(y, g, sex, officialRow(g));
        switch (kind) {
            case MISSING_RETURN -> {
                plants.markMissing(code, year);
                return new Plant(code, year, kind, Targets.MASTER_KEY, null,
                        "In the master list but no " + year + " return was received");
            }
            case TEXT_IN_NUMBER -> {
                // Never "n/a" or "..": those read as not available (decision 0043), not as text typed in a count.
                String text = new String[] {"twelve", "about 12", "-"}[n % 3];
                String target = roster ? Targets.ROOMS[0] : n % 2 == 0 || !wide ? enrolCell : Targets.teachers(F);
                return new Plant(code, year, kind, target, text, "Text \"" + text + "\" typed in a count cell");
            }
            case NEGATIVE_COUNT -> {
                String target = roster ? Targets.toilets(0) : wide ? Targets.repeaters(g, sex) : enrolCell;
                int value = -(1 + rng.nextInt(9));
                return new Plant(code, year, kind, target, value, "Negative count " + value);
            }
            case FRACTIONAL_COUNT -> {
                String target = roster ? Targets.ROOMS[1] : wide ? enrolCell : Targets.teachers(F);
                double value = (roster ? y.fair : wide ? enrolValue : y.teachers[F]) + 0.5;
                return new Plant(code, year, kind, target, value, "Fractional count " + value);
            }
            case FORMULA_ERROR -> {
                String formula = n % 2 == 0 ? "1/0" : "#REF!";
                String target = roster ? Targets.ROOMS[0] : enrolCell;
                return new Plant(code, year, kind, target, new SheetWriter.Formula(formula),
                        "Formula giving " + (n % 2 == 0 ? "#DIV/0!" : "#REF!") + " in a count cell");
            }
            case UNKNOWN_CODE -> {
                return unknownCode(code, year, n, roster);
            }
            case MISSING_REQUIRED -> {
                return new Plant(code, year, kind, Targets.NAME, Plants.BLANK, "School name left blank");
            }
            case TOTAL_MISMATCH -> {
                int sum = 0;
                for (int r = 0; r < Targets.GRID_ROWS; r++) {
                    sum += Targets.gridCount(y, g, sex, r);
                }
                int typed = sum + 5 + rng.nextInt(20);
                return new Plant(code, year, kind, Targets.columnTotal(g, sex), typed,
                        "Total typed over: " + typed + " where the ages add up to " + sum);
            }
            case REPEATERS_EXCEED -> {
                y.repeaters[g][sex] = y.enrol(g, sex) + 3 + rng.nextInt(8);
                return new Plant(code, year, kind, Targets.repeaters(g, sex), null, "Repeaters "
                        + y.repeaters[g][sex] + " > enrolment " + y.enrol(g, sex) + " in " + Lumeria.gradeCode(g));
            }
            case NEW_ENTRANTS_EXCEED -> {
                int excess = y.enrol(1, sex) - y.newEntrants(sex) + 4 + rng.nextInt(8);
                y.newEntrants[2][sex] += excess;
                return new Plant(code, year, kind, wide ? Targets.newEntrants(sex) : Targets.newEntrants(2, sex), null,
                        "New entrants " + y.newEntrants(sex) + " > G1 enrolment " + y.enrol(1, sex));
            }
            case AGE_IMPLAUSIBLE -> {
                return ageImplausible(s, y, year, sex);
            }
            case PTR -> {
                y.teachers[F] = 1;
                y.teachers[M] = 0;
                limitStaff(y);
                return new Plant(code, year, kind, Targets.teachers(F), null,
                        "1 teacher for " + y.total() + " pupils");
            }
            case PCR -> {
                y.good = 1;
                y.fair = 0;
                return new Plant(code, year, kind, Targets.ROOMS[0], null,
                        "1 usable classroom for " + y.total() + " pupils");
            }
            case TEACHERS_NO_PUPILS -> {
                Mutations.noPupils(y);
                return new Plant(code, year, kind, Targets.teachers(F), null,
                        y.teachersTotal() + " teachers reported but no pupils");
            }
            case COHORT -> {
                return cohort(s, y, g, sex, wide);
            }
            case ENROLMENT_CHANGE -> {
                double factor = n % 2 == 0 ? 1.7 : 0.35;
                int before = model.year(code, 2024).total();
                Mutations.scale(y, factor);
                return new Plant(code, year, kind, Targets.firstEnrolment(layout, y), null,
                        "Enrolment " + before + " in 2024, " + y.total() + " in 2025");
            }
            case GIRLS_SHARE -> {
                double share = n % 2 == 0 ? 0.12 : 0.88;
                Mutations.resplit(y, share);
                return new Plant(code, year, kind, Targets.total(F), null,
                        "Girls are " + Math.round(100.0 * y.totalBySex(F) / y.total()) + " % of pupils");
            }
            case DUPLICATE_SCHOOL -> {
                plants.markDuplicated(code, year);
                return new Plant(code, year, kind, Targets.DUPLICATE_KEY, null,
                        "School listed twice on sheet Pupils");
            }
            case IDENTICAL_RETURNS -> {
                y.copyPupilsFrom(model.year(source.code(), year));
                return new Plant(code, year, kind, Targets.firstEnrolment(layout, y), null,
                        "Pupil figures identical to those of " + source.code());
            }
            case OUTLIER -> {
                Mutations.scale(y, 6.5);
                return new Plant(code, year, kind, Targets.total(M), null,
                        "Enrolment " + y.total() + ", about 6.5 times its peers");
            }
            default -> throw new IllegalArgumentException("Unknown kind " + kind);
        }
    }

    private static int officialRow(int grade) {
        return Targets.gridRow(Lumeria.ageIndex(Lumeria.officialAge(grade)));
    }

    private Plant unknownCode(String code, int year, int n, boolean roster) {
        String kind = UNKNOWN_CODE;
        if (roster) {
            return n % 2 == 0
                    ? new Plant(code, year, kind, Targets.FIRST_PUPIL_SEX, "Femaler", "Sex \"Femaler\"")
                    : new Plant(code, year, kind, Targets.FIRST_PUPIL_GRADE, "Grade 13", "Grade \"Grade 13\"");
        }
        return n % 2 == 0
                ? new Plant(code, year, kind, Targets.OWNERSHIP, "Privat", "Ownership \"Privat\"")
                : new Plant(code, year, kind, Targets.LOCALITY, "Urbn", "Locality \"Urbn\"");
    }

    private Plant ageImplausible(SchoolProfile s, SchoolYear y, int year, int sex) {
        if (s.layout() == Layout.ROSTER) {
            LocalDate dob = LocalDate.of(year - 19, 1, 15);
            return new Plant(s.code(), year, AGE_IMPLAUSIBLE, Targets.FIRST_G2_DOB, dob,
                    "Date of birth " + dob + " makes a G2 pupil 19");
        }
        int g = s.offers(5) ? 5 : 9;
        int from = Lumeria.ageIndex(Lumeria.officialAge(g));
        int moved = Math.min(3, y.enrol[g][from][sex]);
        y.enrol[g][from][sex] -= moved;
        y.enrol[g][Lumeria.ageIndex(3)][sex] += moved;
        return new Plant(s.code(), year, AGE_IMPLAUSIBLE, Targets.enrol(g, sex, 0), null,
                moved + " pupils under 5 in " + Lumeria.gradeCode(g));
    }

    private Plant cohort(SchoolProfile s, SchoolYear y, int g, int sex, boolean wide) {
        int last = model.year(s.code(), 2024).enrol(g - 1, sex);
        int allowed = last + y.repeaters[g][sex];
        int add = allowed - y.enrol(g, sex) + Math.max(8, allowed / 3);
        y.enrol[g][Lumeria.ageIndex(Lumeria.officialAge(g))][sex] += add;
        if (g == 1) {
            Mutations.newEntrants(y);
        }
        String target = wide ? Targets.enrol(g, sex) : Targets.enrol(g, sex, officialRow(g));
        return new Plant(s.code(), 2025, COHORT, target, null, Lumeria.gradeCode(g) + " " + (sex == F ? "girls" : "boys")
                + " 2025 = " + y.enrol(g, sex) + " > " + Lumeria.gradeCode(g - 1) + " 2024 (" + last
                + ") + repeaters (" + y.repeaters[g][sex] + ")");
    }

    private static void limitStaff(SchoolYear y) {
        for (int s = 0; s < 2; s++) {
            y.qualified[s] = Math.min(y.qualified[s], y.teachers[s]);
            y.trained[s] = Math.min(y.trained[s], y.teachers[s]);
        }
    }
}
