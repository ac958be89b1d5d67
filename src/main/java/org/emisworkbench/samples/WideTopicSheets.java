package org.emisworkbench.samples;

import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;

/** The one-row-per-school topic sheets of a wide workbook after Pupils. */
final class WideTopicSheets {
    /** Writes one school's cells of a topic sheet, starting at column 1. */
    private interface RowFiller {
        void fill(SheetWriter w, int row, SchoolProfile s, SchoolYear y);
    }

    private final WideWriter wide;
    private final Workbooks.Book book;
    private final int year;

    WideTopicSheets(WideWriter wide, Workbooks.Book book) {
        this.wide = wide;
        this.book = book;
        this.year = wide.year();
    }

    void repeaters() {
        String[] headers = new String[1 + 2 * 12];
        headers[0] = "EMIS code";
        for (int g = 1; g <= 12; g++) {
            headers[2 * g - 1] = "repg" + g + "m";
            headers[2 * g] = "repg" + g + "f";
        }
        sheet("Repeaters", headers, 0, (w, row, s, y) -> {
            for (int g = 1; g <= 12; g++) {
                if (s.offers(g)) {
                    for (int sex = 0; sex < 2; sex++) {
                        num(w, row, 2 * g - 1 + sex, s, Targets.repeaters(g, sex), y.repeaters[g][sex]);
                    }
                }
            }
        });
    }

    void newEntrants() {
        sheet("New entrants", new String[] {"emiscode", "NE G1 Boys", "NE G1 Girls"}, 0, (w, row, s, y) -> {
            if (s.offers(1)) {
                num(w, row, 1, s, Targets.newEntrants(Lumeria.M), y.newEntrants(Lumeria.M));
                num(w, row, 2, s, Targets.newEntrants(Lumeria.F), y.newEntrants(Lumeria.F));
            }
        });
    }

    void teachers() {
        sheet("Teachers", WideWriter.TEACHER_HEADERS, 2, (w, row, s, y) -> {
            int col = 1;
            for (int[] figures : new int[][] {y.teachers, y.qualified, y.trained}) {
                String[] targets = figures == y.teachers
                        ? new String[] {Targets.teachers(Lumeria.F), Targets.teachers(Lumeria.M)}
                        : figures == y.qualified
                        ? new String[] {Targets.qualified(Lumeria.F), Targets.qualified(Lumeria.M)}
                        : new String[] {Targets.trained(Lumeria.F), Targets.trained(Lumeria.M)};
                num(w, row, col++, s, targets[0], figures[Lumeria.F]);
                num(w, row, col++, s, targets[1], figures[Lumeria.M]);
            }
        });
    }

    void classrooms() {
        sheet("Classrooms", WideWriter.ROOM_HEADERS, 0, (w, row, s, y) -> {
            int[] rooms = {y.good, y.fair, y.poor};
            for (int i = 0; i < 3; i++) {
                num(w, row, 1 + i, s, Targets.ROOMS[i], rooms[i]);
            }
        });
    }

    void facilities() {
        String[] headers = new String[1 + Lumeria.FACILITIES.size() + 3];
        headers[0] = "School No";
        for (int i = 0; i < Lumeria.FACILITIES.size(); i++) {
            headers[1 + i] = Lumeria.FACILITIES.get(i);
        }
        System.arraycopy(WideWriter.TOILET_HEADERS, 0, headers, 1 + Lumeria.FACILITIES.size(), 3);
        SheetWriter w = sheet("Facilities", headers, 0, (sw, row, s, y) -> {
            for (int i = 0; i < y.facilities.length; i++) {
                sw.put(row, 1 + i, s.code(), year, Targets.facility(i), y.facilities[i] ? "Yes" : "No");
            }
            for (int i = 0; i < 3; i++) {
                num(sw, row, 1 + y.facilities.length + i, s, Targets.toilets(i), y.toilets[i]);
            }
        });
        DataValidationHelper dv = w.sheet.getDataValidationHelper();
        int last = Math.max(w.sheet.getLastRowNum(), 1);
        w.sheet.addValidationData(dv.createValidation(dv.createFormulaListConstraint("Lists!$C$2:$C$3"),
                new CellRangeAddressList(1, last, 1, Lumeria.FACILITIES.size())));
    }

    private SheetWriter sheet(String name, String[] headers, int blankRows, RowFiller filler) {
        SheetWriter w = new SheetWriter(book, name, wide.plants());
        for (int c = 0; c < headers.length; c++) {
            w.header(0, c, headers[c]);
        }
        int row = 1;
        int gapAt = wide.schools().size() / 2;
        for (int i = 0; i < wide.schools().size(); i++) {
            if (i == gapAt && blankRows > 0 && wide.schools().size() > 3) {
                row += blankRows;
            }
            SchoolProfile s = wide.schools().get(i);
            w.value(row, 0, wide.key(s, name));
            filler.fill(w, row++, s, wide.model().year(s.code(), year));
        }
        if (name.equals(wide.plants().strayRowSheet(wide.district().code(), year))) {
            w.put(row, 0, "", year, Targets.strayKey(wide.district().code()), Plants.BLANK);
            for (int c = 1; c < headers.length; c++) {
                w.value(row, c, 1 + wide.mess().nextInt(9));
            }
        }
        w.sheet.setColumnWidth(0, 11 * 256);
        return w;
    }

    /** A count cell: a planted error wins, else now and then the number is stored as text. */
    private void num(SheetWriter w, int row, int col, SchoolProfile s, String target, int value) {
        if (wide.plants().at(s.code(), year, target) != null) {
            w.put(row, col, s.code(), year, target, value);
        } else {
            w.value(row, col, wide.count(value));
        }
    }
}
