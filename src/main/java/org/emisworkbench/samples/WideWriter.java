package org.emisworkbench.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Layout A: one workbook per district and year, one sheet per topic, one row per school, joined on a
 * key whose header differs per sheet. Plants the contract's harmless mess (odd headers, messy codes,
 * blank rows, numbers stored as text) besides the planted errors.
 */
final class WideWriter {
    static final String[] SCHOOL_HEADERS = {"School No", "School name", "District", "Ownership", "Locality", "Level"};
    static final String[] TEACHER_HEADERS = {"School No", "Teachers F", "Teachers M", "Qualified F", "Qualified M",
        "Trained F", "Trained M"};
    static final String[] ROOM_HEADERS = {"School No", "Good", "Fair", "Poor"};
    static final String[] TOILET_HEADERS = {"Toilets girls", "Toilets boys", "Toilets staff"};
    static final int TOTAL_COL = 1 + 2 * Lumeria.GRADES;

    private final CountryModel model;
    private final Plants plants;
    private final Lumeria.District district;
    private final int year;
    private final SplittableRandom mess;
    private final List<SchoolProfile> schools = new ArrayList<>();

    WideWriter(CountryModel model, Plants plants, Lumeria.District district, int year, long seed) {
        this.model = model;
        this.plants = plants;
        this.district = district;
        this.year = year;
        this.mess = new SplittableRandom(seed * 31 + district.code().hashCode() * 7L + year);
        for (SchoolProfile s : model.schools) {
            if (s.district().equals(district) && !plants.isMissing(s.code(), year)) {
                schools.add(s);
            }
        }
    }

    static String path(Lumeria.District d, int year) {
        return year + "/wide/" + d.code() + "-" + year + ".xlsx";
    }

    static String pupilHeader(int grade, int sex) {
        String label = grade == 0 ? "Pre-primary" : "Grade " + grade;
        return label + "\n" + (sex == Lumeria.M ? "Male" : "Female");
    }

    long write(Path outDir) {
        try (Workbooks.Book book = new Workbooks.Book(path(district, year))) {
            schoolsSheet(book);
            pupilsSheet(book);
            WideTopicSheets topics = new WideTopicSheets(this, book);
            topics.repeaters();
            topics.newEntrants();
            topics.teachers();
            topics.classrooms();
            topics.facilities();
            listsSheet(book);
            return book.save(outDir);
        }
    }

    private void schoolsSheet(Workbooks.Book book) {
        SheetWriter w = new SheetWriter(book, "Schools", plants);
        w.value(0, 0, "Ministry of Education \u2014 Annual School Census " + year);
        for (int c = 0; c < SCHOOL_HEADERS.length; c++) {
            // One file in two shows the trailing-space, lower-case header seen in the field.
            String h = c == 1 && (year == 2025) == district.code().equals("D01") ? "  school name " : SCHOOL_HEADERS[c];
            w.header(2, c, h);
        }
        int row = 3;
        for (SchoolProfile s : schools) {
            w.value(row, 0, s.code());
            w.put(row, 1, s.code(), year, Targets.NAME, s.name());
            w.value(row, 2, s.district().name());
            w.put(row, 3, s.code(), year, Targets.OWNERSHIP, s.ownership());
            w.put(row, 4, s.code(), year, Targets.LOCALITY, s.locality());
            w.value(row, 5, s.level());
            row++;
        }
        w.widths(11, 36, 12, 11, 9, 18);
        DataValidationHelper dv = w.sheet.getDataValidationHelper();
        int last = Math.max(row - 1, 3);
        w.sheet.addValidationData(dv.createValidation(dv.createFormulaListConstraint("Lists!$A$2:$A$5"),
                new CellRangeAddressList(3, last, 3, 3)));
        w.sheet.addValidationData(dv.createValidation(dv.createFormulaListConstraint("Lists!$B$2:$B$3"),
                new CellRangeAddressList(3, last, 4, 4)));
    }

    private void pupilsSheet(Workbooks.Book book) {
        SheetWriter w = new SheetWriter(book, "Pupils", plants);
        w.header(0, 0, "School ID");
        for (int g = 0; g < Lumeria.GRADES; g++) {
            for (int s = 0; s < 2; s++) {
                String h = pupilHeader(g, s);
                if (g == 3 && s == Lumeria.F && district.code().equals("D02")) {
                    h = "GRADE 3\nfemale";
                }
                w.header(0, 1 + 2 * g + s, h);
            }
        }
        w.header(0, TOTAL_COL, "Total\nMale");
        w.header(0, TOTAL_COL + 1, "Total\nFemale");
        w.sheet.getRow(0).setHeightInPoints(30);
        int row = 1;
        int gapAt = schools.size() / 2;
        for (int i = 0; i < schools.size(); i++) {
            if (i == gapAt && schools.size() > 3) {
                row += district.code().equals("D01") ? 2 : 3;
            }
            SchoolProfile s = schools.get(i);
            pupilsRow(w, row++, s, key(s, "Pupils"), false);
        }
        String stray = plants.strayRowSheet(district.code(), year);
        if ("Pupils".equals(stray)) {
            row = strayPupilsRow(w, row);
        }
        for (SchoolProfile s : schools) {
            if (plants.isDuplicated(s.code(), year)) {
                pupilsRow(w, row++, s, s.code(), true);
            }
        }
        w.value(row, 0, "TOTAL");
        for (int c = 1; c <= TOTAL_COL + 1; c++) {
            String col = SheetWriter.col(c);
            w.value(row, c, new SheetWriter.Formula("SUM(" + col + "2:" + col + row + ")"));
        }
        w.sheet.setColumnWidth(0, 11 * 256);
        w.sheet.createFreezePane(1, 1);
    }

    private void pupilsRow(SheetWriter w, int row, SchoolProfile s, String key, boolean duplicate) {
        SchoolYear y = model.year(s.code(), year);
        if (duplicate) {
            w.put(row, 0, s.code(), year, Targets.DUPLICATE_KEY, key);
        } else {
            w.value(row, 0, key);
        }
        StringBuilder[] sums = {new StringBuilder(), new StringBuilder()};
        for (int g = 0; g < Lumeria.GRADES; g++) {
            for (int sex = 0; sex < 2; sex++) {
                int col = 1 + 2 * g + sex;
                sums[sex].append(sums[sex].length() == 0 ? "" : ",").append(SheetWriter.a1(row, col));
                if (!s.offers(g)) {
                    continue;
                }
                if (duplicate) {
                    w.value(row, col, y.enrol(g, sex));
                } else {
                    w.put(row, col, s.code(), year, Targets.enrol(g, sex), y.enrol(g, sex));
                }
            }
        }
        for (int sex = 0; sex < 2; sex++) {
            SheetWriter.Formula f = new SheetWriter.Formula("SUM(" + sums[sex] + ")");
            if (duplicate) {
                w.value(row, TOTAL_COL + sex, f);
            } else {
                w.put(row, TOTAL_COL + sex, s.code(), year, Targets.total(sex), f);
            }
        }
    }

    /** A row of figures whose school code was never typed (planted blank_key). */
    private int strayPupilsRow(SheetWriter w, int row) {
        w.put(row, 0, "", year, Targets.strayKey(district.code()), Plants.BLANK);
        StringBuilder[] sums = {new StringBuilder(), new StringBuilder()};
        for (int g = 0; g <= 6; g++) {
            for (int sex = 0; sex < 2; sex++) {
                w.value(row, 1 + 2 * g + sex, 12 + mess.nextInt(20));
                sums[sex].append(sums[sex].length() == 0 ? "" : ",").append(SheetWriter.a1(row, 1 + 2 * g + sex));
            }
        }
        for (int sex = 0; sex < 2; sex++) {
            w.value(row, TOTAL_COL + sex, new SheetWriter.Formula("SUM(" + sums[sex] + ")"));
        }
        return row + 1;
    }

    private void listsSheet(Workbooks.Book book) {
        SheetWriter w = new SheetWriter(book, "Lists", plants);
        w.header(0, 0, "Ownership");
        w.header(0, 1, "Locality");
        w.header(0, 2, "Yes/No");
        for (int i = 0; i < Lumeria.OWNERSHIPS.size(); i++) {
            w.value(i + 1, 0, Lumeria.OWNERSHIPS.get(i));
        }
        for (int i = 0; i < Lumeria.LOCALITIES.size(); i++) {
            w.value(i + 1, 1, Lumeria.LOCALITIES.get(i));
        }
        w.value(1, 2, "Yes");
        w.value(2, 2, "No");
        book.wb().setSheetHidden(book.wb().getSheetIndex("Lists"), true);
    }

    /** The school code as typed on a sheet: now and then with a leading space, lower case or a trailing space. */
    String key(SchoolProfile s, String sheet) {
        if (sheet.equals("Pupils") || mess.nextInt(10) != 0) {
            return s.code();
        }
        return mess.nextBoolean() ? " " + s.code().toLowerCase(java.util.Locale.ROOT) : s.code() + " ";
    }

    /** A count as typed: usually a number, sometimes the same number stored as text ("34", " 12 ", "7.0"). */
    Object count(int value) {
        return switch (mess.nextInt(40)) {
            case 0 -> Integer.toString(value);
            case 1 -> " " + value + " ";
            case 2 -> value + ".0";
            default -> value;
        };
    }

    List<SchoolProfile> schools() {
        return schools;
    }

    CountryModel model() {
        return model;
    }

    Plants plants() {
        return plants;
    }

    int year() {
        return year;
    }

    Lumeria.District district() {
        return district;
    }

    SplittableRandom mess() {
        return mess;
    }
}
