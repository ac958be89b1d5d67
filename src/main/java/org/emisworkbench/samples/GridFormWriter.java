package org.emisworkbench.samples;

import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Layouts B and B': one workbook per school with a single sheet {@code Form}: a labelled header block,
 * the enrolment grid by age, grade and sex, repeaters, new entrants by age, then labelled blocks for
 * teachers, classrooms and facilities. D03 splits sex in sub-columns, D04 in alternating rows.
 */
final class GridFormWriter {
    static final String[] HEADER_LABELS = {"School code:", "School name:", "District:", "Ownership:", "Locality:",
        "Level:", "Census year:"};
    static final String[] TEACHER_LABELS = {"Female teachers", "Male teachers", "Qualified female teachers",
        "Qualified male teachers", "Trained female teachers", "Trained male teachers"};
    static final String[] ROOM_LABELS = {"Classrooms in good condition", "Classrooms in fair condition",
        "Classrooms in poor condition"};
    static final String[] TOILET_LABELS = {"Toilets for girls", "Toilets for boys", "Toilets for staff"};
    static final String ENROLMENT_TITLE = "ENROLMENT BY AGE, GRADE AND SEX";
    static final String REPEATERS_TITLE = "REPEATERS BY GRADE AND SEX";
    static final String NEW_ENTRANTS_TITLE = "NEW ENTRANTS TO GRADE 1 BY AGE";
    static final String[] BAND_LABELS = {"< 5 years", "5 years", "6 years", "7 years", "8+ years"};

    private final Plants plants;
    private final long seed;

    GridFormWriter(Plants plants, long seed) {
        this.plants = plants;
        this.seed = seed;
    }

    static String path(SchoolProfile s, int year) {
        return year + "/forms/" + s.district().code() + "/" + s.code() + ".xlsx";
    }

    long write(Path outDir, SchoolProfile s, SchoolYear y, int year) {
        SplittableRandom rng = new SplittableRandom(seed ^ (s.code().hashCode() * 1_000_003L + year));
        try (Workbooks.Book book = new Workbooks.Book(path(s, year))) {
            SheetWriter w = new SheetWriter(book, "Form", plants);
            GridBlocks grid = s.layout() == Lumeria.Layout.GRID_MF
                    ? new GridBlocks.SexColumns(w, s, y, year) : new GridBlocks.SexRows(w, s, y, year);
            w.styled(0, 0, "MINISTRY OF EDUCATION \u2014 ANNUAL SCHOOL CENSUS " + year, book.headerStyle());
            int row = headerBlock(w, s, year, rng, 2);
            row = grid.enrolment(row + 1);
            row = grid.repeaters(row + 1);
            row = newEntrants(w, s, y, year, row + 1);
            row = labelled(w, s, year, row + 1, "TEACHERS", TEACHER_LABELS,
                    new String[] {Targets.teachers(Lumeria.F), Targets.teachers(Lumeria.M),
                        Targets.qualified(Lumeria.F), Targets.qualified(Lumeria.M),
                        Targets.trained(Lumeria.F), Targets.trained(Lumeria.M)},
                    new Object[] {y.teachers[Lumeria.F], y.teachers[Lumeria.M], y.qualified[Lumeria.F],
                        y.qualified[Lumeria.M], y.trained[Lumeria.F], y.trained[Lumeria.M]});
            row = labelled(w, s, year, row + 1, "CLASSROOMS", ROOM_LABELS, Targets.ROOMS,
                    new Object[] {y.good, y.fair, y.poor});
            String[] labels = new String[Lumeria.FACILITIES.size() + 3];
            String[] targets = new String[labels.length];
            Object[] values = new Object[labels.length];
            for (int i = 0; i < Lumeria.FACILITIES.size(); i++) {
                labels[i] = Lumeria.FACILITIES.get(i);
                targets[i] = Targets.facility(i);
                values[i] = y.facilities[i] ? "Yes" : "No";
            }
            for (int i = 0; i < 3; i++) {
                labels[Lumeria.FACILITIES.size() + i] = TOILET_LABELS[i];
                targets[Lumeria.FACILITIES.size() + i] = Targets.toilets(i);
                values[Lumeria.FACILITIES.size() + i] = y.toilets[i];
            }
            labelled(w, s, year, row + 1, "FACILITIES", labels, targets, values);
            w.sheet.setColumnWidth(0, 30 * 256);
            return book.save(outDir);
        }
    }

    private static int headerBlock(SheetWriter w, SchoolProfile s, int year, SplittableRandom rng, int row) {
        Object census = switch (rng.nextInt(3)) {
            case 0 -> year + "-" + (year + 1);
            case 1 -> "SY" + year + "-" + String.valueOf(year + 1).substring(2);
            default -> year;
        };
        String[] targets = {null, Targets.NAME, null, Targets.OWNERSHIP, Targets.LOCALITY, null, null};
        Object[] values = {s.code(), s.name(), s.district().name(), s.ownership(), s.locality(), s.level(), census};
        for (int i = 0; i < HEADER_LABELS.length; i++) {
            w.value(row + i, 0, HEADER_LABELS[i]);
            if (targets[i] == null) {
                w.value(row + i, 2, values[i]);
            } else {
                w.put(row + i, 2, s.code(), year, targets[i], values[i]);
            }
        }
        return row + HEADER_LABELS.length;
    }

    private int newEntrants(SheetWriter w, SchoolProfile s, SchoolYear y, int year, int row) {
        w.styled(row, 0, NEW_ENTRANTS_TITLE, w.book().headerStyle());
        w.header(row + 1, 0, "Age");
        w.header(row + 1, 1, "M");
        w.header(row + 1, 2, "F");
        for (int b = 0; b < BAND_LABELS.length; b++) {
            int r = row + 2 + b;
            w.value(r, 0, BAND_LABELS[b]);
            if (s.offers(1)) {
                w.put(r, 1, s.code(), year, Targets.newEntrants(b, Lumeria.M), y.newEntrants[b][Lumeria.M]);
                w.put(r, 2, s.code(), year, Targets.newEntrants(b, Lumeria.F), y.newEntrants[b][Lumeria.F]);
            }
        }
        return row + 2 + BAND_LABELS.length;
    }

    private int labelled(SheetWriter w, SchoolProfile s, int year, int row, String title, String[] labels,
                         String[] targets, Object[] values) {
        w.styled(row, 0, title, w.book().headerStyle());
        for (int i = 0; i < labels.length; i++) {
            w.value(row + 1 + i, 0, labels[i]);
            w.put(row + 1 + i, 2, s.code(), year, targets[i], values[i]);
        }
        return row + 1 + labels.length;
    }
}
