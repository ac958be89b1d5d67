package org.emisworkbench.samples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Layout C: one workbook per school with a label/value sheet, one row per pupil and one row per staff
 * member. The rows add up exactly to the school's model figures (age = completed years on 1 March).
 */
final class RosterWriter {
    static final String[] SCHOOL_LABELS = {"School code", "School name", "District", "Ownership", "Locality", "Level",
        "Census year", "Classrooms good", "Classrooms fair", "Classrooms poor"};
    static final String[] PUPIL_HEADERS = {"No.", "Full name", "Sex", "Date of birth", "Grade", "From", "Disability"};
    static final String[] STAFF_HEADERS = {"No.", "Full name", "Sex", "Date of birth", "Highest qualification",
        "Certified", "Staff type", "Employment"};
    private static final String[] DISABILITIES = {"Seeing", "Hearing", "Walking", "Learning"};
    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Plants plants;
    private final long seed;

    RosterWriter(Plants plants, long seed) {
        this.plants = plants;
        this.seed = seed;
    }

    static String path(SchoolProfile s, int year) {
        return year + "/rosters/" + s.district().code() + "/" + s.code() + ".xlsx";
    }

    /** Born so that the pupil is {@code age} completed years old on 1 March of the census year. */
    static LocalDate birthDate(int year, int age, SplittableRandom rng) {
        LocalDate latest = LocalDate.of(year - age, 3, 1);
        return latest.minusDays(rng.nextInt(365));
    }

    long write(Path outDir, SchoolProfile s, SchoolYear y, int year) {
        SplittableRandom rng = new SplittableRandom(seed ^ (s.code().hashCode() * 1_000_033L + year * 7L));
        try (Workbooks.Book book = new Workbooks.Book(path(s, year))) {
            schoolSheet(new SheetWriter(book, "School", plants), s, y, year);
            pupilsSheet(new SheetWriter(book, "Pupils", plants), s, y, year, rng);
            new RosterStaff(rng).write(new SheetWriter(book, "Staff", plants), s, y, year);
            return book.save(outDir);
        }
    }

    private void schoolSheet(SheetWriter w, SchoolProfile s, SchoolYear y, int year) {
        List<String> labels = new ArrayList<>(List.of(SCHOOL_LABELS));
        List<String> targets = new ArrayList<>(List.of("", Targets.NAME, "", Targets.OWNERSHIP, Targets.LOCALITY, "", ""));
        List<Object> values = new ArrayList<>(List.of(s.code(), s.name(), s.district().name(), s.ownership(),
                s.locality(), s.level(), year, y.good, y.fair, y.poor));
        targets.addAll(List.of(Targets.ROOMS));
        for (int i = 0; i < Lumeria.FACILITIES.size(); i++) {
            labels.add(Lumeria.FACILITIES.get(i));
            targets.add(Targets.facility(i));
            values.add(y.facilities[i] ? "Yes" : "No");
        }
        for (int i = 0; i < 3; i++) {
            labels.add(GridFormWriter.TOILET_LABELS[i]);
            targets.add(Targets.toilets(i));
            values.add(y.toilets[i]);
        }
        for (int i = 0; i < labels.size(); i++) {
            w.header(i, 0, labels.get(i));
            if (targets.get(i).isEmpty()) {
                w.value(i, 1, values.get(i));
            } else {
                w.put(i, 1, s.code(), year, targets.get(i), values.get(i));
            }
        }
        w.widths(24, 36);
    }

    private void pupilsSheet(SheetWriter w, SchoolProfile s, SchoolYear y, int year, SplittableRandom rng) {
        for (int c = 0; c < PUPIL_HEADERS.length; c++) {
            w.header(0, c, PUPIL_HEADERS[c]);
        }
        int sexStyle = rng.nextInt(3);
        int gradeStyle = rng.nextInt(3);
        int row = 1;
        boolean g2Done = false;
        for (int g = 0; g < Lumeria.GRADES; g++) {
            if (!s.offers(g)) {
                continue;
            }
            List<int[]> pupils = new ArrayList<>();
            for (int sex = 0; sex < 2; sex++) {
                // Oldest first, so that the repeaters are taken among the older pupils of the grade.
                int repeaters = y.repeaters[g][sex];
                for (int a = Lumeria.UNKNOWN_AGE - 1; a >= 0; a--) {
                    for (int k = 0; k < y.enrol[g][a][sex]; k++) {
                        pupils.add(new int[] {sex, Lumeria.MIN_AGE + a, repeaters-- > 0 ? 1 : 0});
                    }
                }
            }
            CountryModel.shuffle(pupils, rng);
            for (int[] p : pupils) {
                boolean first = row == 1;
                w.value(row, 0, row);
                w.value(row, 1, Names.person(rng, p[0]));
                Object sex = sexLabel(p[0], sexStyle, rng);
                Object grade = gradeLabel(g, gradeStyle);
                if (first) {
                    w.put(row, 2, s.code(), year, Targets.FIRST_PUPIL_SEX, sex);
                } else {
                    w.value(row, 2, sex);
                }
                LocalDate dob = birthDate(year, p[1], rng);
                Object dobValue = rng.nextInt(50) == 0 ? dob.format(TEXT_DATE) : dob;
                if (g == 2 && !g2Done) {
                    w.put(row, 3, s.code(), year, Targets.FIRST_G2_DOB, dobValue);
                    g2Done = true;
                } else {
                    w.value(row, 3, dobValue);
                }
                if (first) {
                    w.put(row, 4, s.code(), year, Targets.FIRST_PUPIL_GRADE, grade);
                } else {
                    w.value(row, 4, grade);
                }
                w.value(row, 5, from(g, p[2] == 1, rng));
                w.value(row, 6, rng.nextInt(40) == 0 ? DISABILITIES[rng.nextInt(DISABILITIES.length)] : null);
                row++;
            }
        }
        w.widths(6, 28, 8, 13, 10, 15, 11);
        w.sheet.createFreezePane(0, 1);
    }

    private static String sexLabel(int sex, int style, SplittableRandom rng) {
        boolean female = sex == Lumeria.F;
        if (rng.nextInt(60) == 0) {
            return female ? "female" : "MALE";
        }
        return switch (style) {
            case 0 -> female ? "F" : "M";
            case 1 -> female ? "Female" : "Male";
            default -> female ? "Girl" : "Boy";
        };
    }

    private static String gradeLabel(int g, int style) {
        if (g == 0) {
            return "PP";
        }
        return switch (style) {
            case 0 -> "G" + g;
            case 1 -> "Grade " + g;
            default -> g + (g == 1 ? "st" : g == 2 ? "nd" : g == 3 ? "rd" : "th") + " grade";
        };
    }

    /** Repeaters say so; PP and G1 newcomers are "New" (G1 "New" = new entrants); a few transferred in. */
    private static String from(int g, boolean repeater, SplittableRandom rng) {
        if (repeater) {
            return "Repeater";
        }
        if (g <= 1) {
            return "New";
        }
        return rng.nextInt(25) == 0 ? "Transferred in" : null;
    }
}
