package org.emisworkbench.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Staff sheet of a roster: one row per teacher (as many, as qualified and as trained as the model
 * says) plus a few non-teaching staff, with an {@code x} under each grade taught.
 */
final class RosterStaff {
    private final SplittableRandom rng;

    RosterStaff(SplittableRandom rng) {
        this.rng = rng;
    }

    void write(SheetWriter w, SchoolProfile s, SchoolYear y, int year) {
        String[] headers = RosterWriter.STAFF_HEADERS;
        for (int c = 0; c < headers.length; c++) {
            w.header(0, c, headers[c]);
        }
        for (int g = 0; g < Lumeria.GRADES; g++) {
            w.header(0, headers.length + g, Lumeria.gradeCode(g));
        }
        List<int[]> teachers = new ArrayList<>();
        for (int sex = 0; sex < 2; sex++) {
            List<Integer> trainedFlags = new ArrayList<>();
            for (int i = 0; i < y.teachers[sex]; i++) {
                trainedFlags.add(i < y.trained[sex] ? 1 : 0);
            }
            CountryModel.shuffle(trainedFlags, rng);
            for (int i = 0; i < y.teachers[sex]; i++) {
                teachers.add(new int[] {sex, i < y.qualified[sex] ? 1 : 0, trainedFlags.get(i)});
            }
        }
        CountryModel.shuffle(teachers, rng);
        List<Integer> offered = new ArrayList<>();
        for (int g = 0; g < Lumeria.GRADES; g++) {
            if (s.offers(g)) {
                offered.add(g);
            }
        }
        int row = 1;
        for (int[] t : teachers) {
            person(w, row, t[0], year);
            w.value(row, 4, t[1] == 1 ? (rng.nextBoolean() ? "Degree" : "Diploma")
                    : (rng.nextInt(3) == 0 ? "None" : "Certificate"));
            w.value(row, 5, t[2] == 1 ? "Y" : "N");
            w.value(row, 6, "Teaching");
            w.value(row, 7, rng.nextInt(12) == 0 ? "Part time" : "Full time");
            int grade = offered.get((row - 1) % offered.size());
            w.value(row, headers.length + grade, "x");
            if (offered.size() > 6 && rng.nextInt(3) == 0) {
                // Secondary teachers often teach a subject in two grades.
                int other = offered.get(rng.nextInt(offered.size()));
                w.value(row, headers.length + other, "x");
            }
            row++;
        }
        int support = 1 + rng.nextInt(3);
        for (int i = 0; i < support; i++) {
            person(w, row, rng.nextBoolean() ? Lumeria.F : Lumeria.M, year);
            w.value(row, 4, rng.nextBoolean() ? "None" : "Certificate");
            w.value(row, 5, "N");
            w.value(row, 6, "Non-teaching");
            w.value(row, 7, rng.nextInt(3) == 0 ? "Part time" : "Full time");
            row++;
        }
        w.widths(6, 28, 6, 13, 20, 10, 13, 11);
        w.sheet.createFreezePane(0, 1);
    }

    private void person(SheetWriter w, int row, int sex, int year) {
        w.value(row, 0, row);
        w.value(row, 1, Names.person(rng, sex));
        w.value(row, 2, sex == Lumeria.F ? "F" : "M");
        w.value(row, 3, RosterWriter.birthDate(year, 23 + rng.nextInt(38), rng));
    }
}
