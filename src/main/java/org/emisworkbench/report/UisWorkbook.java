package org.emisworkbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.emisworkbench.model.Grade;

/**
 * The UIS questionnaire tables as an .xlsx, one sheet per table, for the country or a district, with a
 * workings sheet whose columns add up to the tables' totals (a line per school for a district, per
 * district for the country; the long CSV export gives every figure's cell). Each sheet opens with the
 * coverage: how many schools of the master list the figures count, so a partial table says so.
 */
public final class UisWorkbook {
    private UisWorkbook() {
    }

    /**
     * @param expected schools of the master list in scope, or null when no master list was imported
     */
    public static void write(UisTables t, Integer expected, Locale locale, Path file) throws IOException {
        ReportText x = new ReportText(locale);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheets s = new Sheets(wb);
            String coverage = expected == null ? x.get("uis.coverage.noList", t.schools)
                    : t.schools < expected ? x.get("uis.coverage.partial", t.schools, expected)
                    : x.get("uis.coverage.full", t.schools);
            enrolment(wb.createSheet(x.get("uis.sheet.enrolment")), s, t, x, coverage);
            byAge(wb.createSheet(x.get("uis.sheet.byAge")), s, t, x, coverage);
            repeaters(wb.createSheet(x.get("uis.sheet.repeaters")), s, t, x, coverage);
            newEntrants(wb.createSheet(x.get("uis.sheet.newEntrants")), s, t, x, coverage);
            teachers(wb.createSheet(x.get("uis.sheet.teachers")), s, t, x, coverage);
            rooms(wb.createSheet(x.get("uis.sheet.rooms")), s, t, x, coverage);
            workings(wb.createSheet(x.get("uis.sheet.workings")), s, t, x, coverage);
            wb.write(out);
            wb.dispose();
        }
    }

    private static int title(Sheet sh, UisTables t, ReportText x, String key, String coverage) {
        // The country has no name in a workspace: its tables say "whole country", never a bare dash.
        Sheets.text(Sheets.row(sh, 0), 0, x.get(key) + " — " + (t.scope == null ? x.get("uis.scope.country")
                : t.scope) + ", " + t.year);
        Sheets.text(Sheets.row(sh, 1), 0, coverage);
        sh.setColumnWidth(0, 28 * 256);
        return 3;
    }

    private static void bySex(Row row, int col, long f, long m) {
        Sheets.number(row, col, f);
        Sheets.number(row, col + 1, m);
        Sheets.number(row, col + 2, f + m);
    }

    private static List<String> sexHeader(ReportText x, String first) {
        return List.of(first, x.get("col.girls"), x.get("col.boys"), x.get("col.total"));
    }

    private static void enrolment(Sheet sh, Sheets s, UisTables t, ReportText x, String coverage) {
        gradeTable(sh, s, t, x, coverage, "uis.table.enrolment", t.enrolment, t.enrolmentGiven);
    }

    private static void repeaters(Sheet sh, Sheets s, UisTables t, ReportText x, String coverage) {
        gradeTable(sh, s, t, x, coverage, "uis.table.repeaters", t.repeaters, t.repeatersGiven);
    }

    /**
     * Grades by level, girls / boys / total, a subtotal per level and a total. A grade no return gives is left
     * blank (so is a subtotal of such grades only), and a line under the table names it: not collected, not 0.
     */
    private static void gradeTable(Sheet sh, Sheets s, UisTables t, ReportText x, String coverage, String key,
                                   long[][] table, boolean[] given) {
        int r = title(sh, t, x, key, coverage);
        s.header(sh, r++, sexHeader(x, x.get("col.grade")));
        long[] all = new long[2];
        boolean anyGiven = false;
        for (String level : t.grades.levels()) {
            long[] sub = new long[2];
            boolean levelGiven = false;
            for (Grade g : t.grades.gradesOf(level)) {
                Row row = Sheets.row(sh, r++);
                Sheets.text(row, 0, g.code());
                if (given[g.slot()]) {
                    bySex(row, 1, table[g.slot()][0], table[g.slot()][1]);
                    levelGiven = true;
                }
                sub[0] += table[g.slot()][0];
                sub[1] += table[g.slot()][1];
            }
            Row row = Sheets.row(sh, r++);
            Sheets.text(row, 0, x.get("uis.level", levelName(x, level)));
            if (levelGiven) {
                bySex(row, 1, sub[0], sub[1]);
            }
            anyGiven |= levelGiven;
            all[0] += sub[0];
            all[1] += sub[1];
        }
        Row row = Sheets.row(sh, r);
        Sheets.text(row, 0, x.get("col.total"));
        if (anyGiven) {
            bySex(row, 1, all[0], all[1]);
        }
        notCollected(sh, r + 1, t, x, given);
    }

    /** The line under a table naming the grades no return gives, left blank in it; none when every grade is given. */
    private static void notCollected(Sheet sh, int r, UisTables t, ReportText x, boolean[] given) {
        List<String> codes = new ArrayList<>();
        for (Grade g : t.grades.grades()) {
            if (!given[g.slot()]) {
                codes.add(g.code());
            }
        }
        if (!codes.isEmpty()) {
            Sheets.text(Sheets.row(sh, r + 1), 0, x.get("uis.notCollected", String.join(", ", codes)));
        }
    }

    private static String levelName(ReportText x, String level) {
        String key = "level." + level;
        return x.has(key) ? x.get(key) : level;
    }

    /** Ages down, grades across with girls and boys under each, and totals. */
    private static void byAge(Sheet sh, Sheets s, UisTables t, ReportText x, String coverage) {
        int r = title(sh, t, x, "uis.table.byAge", coverage);
        Sheets.text(Sheets.row(sh, 2), 0, x.get("uis.byAge.note", t.schoolsWithAges, t.schools));
        List<String> top = new ArrayList<>();
        List<String> sub = new ArrayList<>();
        top.add(x.get("col.age"));
        sub.add("");
        for (Grade g : t.grades.grades()) {
            top.add(g.code());
            top.add("");
            sub.add(x.get("col.girls"));
            sub.add(x.get("col.boys"));
        }
        top.add(x.get("col.total"));
        top.add("");
        sub.add(x.get("col.girls"));
        sub.add(x.get("col.boys"));
        s.header(sh, r++, top);
        s.header(sh, r++, sub);
        long[][] totals = new long[t.grades.size() + 1][2];
        for (Map.Entry<String, long[][]> e : t.enrolmentByAge.entrySet()) {
            Row row = Sheets.row(sh, r++);
            Sheets.text(row, 0, ageLabel(x, e.getKey()));
            long f = 0;
            long m = 0;
            for (int g = 0; g < t.grades.size(); g++) {
                if (t.enrolmentGiven[g]) {
                    Sheets.number(row, 1 + 2 * g, e.getValue()[g][0]);
                    Sheets.number(row, 2 + 2 * g, e.getValue()[g][1]);
                }
                totals[g][0] += e.getValue()[g][0];
                totals[g][1] += e.getValue()[g][1];
                f += e.getValue()[g][0];
                m += e.getValue()[g][1];
            }
            Sheets.number(row, 1 + 2 * t.grades.size(), f);
            Sheets.number(row, 2 + 2 * t.grades.size(), m);
        }
        Row row = Sheets.row(sh, r);
        Sheets.text(row, 0, x.get("col.total"));
        long f = 0;
        long m = 0;
        for (int g = 0; g < t.grades.size(); g++) {
            if (t.enrolmentGiven[g]) {
                Sheets.number(row, 1 + 2 * g, totals[g][0]);
                Sheets.number(row, 2 + 2 * g, totals[g][1]);
            }
            f += totals[g][0];
            m += totals[g][1];
        }
        Sheets.number(row, 1 + 2 * t.grades.size(), f);
        Sheets.number(row, 2 + 2 * t.grades.size(), m);
        notCollected(sh, r + 1, t, x, t.enrolmentGiven);
    }

    static String ageLabel(ReportText x, String code) {
        if (code.equals(UisTables.NOT_REPORTED)) {
            return x.get("uis.age.notReported");
        }
        if (code.equals("?")) {
            return x.get("uis.age.unknown");
        }
        if (code.startsWith("-")) {
            return x.get("uis.age.andUnder", code.substring(1));
        }
        return code;
    }

    private static void newEntrants(Sheet sh, Sheets s, UisTables t, ReportText x, String coverage) {
        int r = title(sh, t, x, "uis.table.newEntrants", coverage);
        Sheets.text(Sheets.row(sh, 2), 0, x.get("uis.newEntrants.grade", t.grades.bySlot(t.firstGrade).code()));
        s.header(sh, r++, sexHeader(x, x.get("col.age")));
        long[] all = new long[2];
        for (Map.Entry<String, long[]> e : t.newEntrantsByAge.entrySet()) {
            Row row = Sheets.row(sh, r++);
            Sheets.text(row, 0, ageLabel(x, e.getKey()));
            bySex(row, 1, e.getValue()[0], e.getValue()[1]);
            all[0] += e.getValue()[0];
            all[1] += e.getValue()[1];
        }
        Row row = Sheets.row(sh, r);
        Sheets.text(row, 0, x.get("col.total"));
        bySex(row, 1, all[0], all[1]);
    }

    private static void teachers(Sheet sh, Sheets s, UisTables t, ReportText x, String coverage) {
        int r = title(sh, t, x, "uis.table.teachers", coverage);
        s.header(sh, r++, List.of("", x.get("uis.col.women"), x.get("uis.col.men"), x.get("uis.col.sexNotReported"),
                x.get("col.total"), x.get("uis.col.reporting")));
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < UisTables.TEACHER_ITEMS.size(); i++) {
            Row row = Sheets.row(sh, r++);
            String item = x.get("uis.teachers." + UisTables.TEACHER_ITEMS.get(i));
            Sheets.text(row, 0, item);
            if (t.teachersReported[i] > 0) { // an item no school reports is left blank, never shown as 0
                long f = t.teachers[i][0];
                long m = t.teachers[i][1];
                long unknown = t.teachersSexNotReported[i];
                Sheets.number(row, 1, f);
                Sheets.number(row, 2, m);
                // Teachers given without their sex count in the total, never shared out between women and men.
                Sheets.number(row, 3, unknown);
                Sheets.number(row, 4, f + m + unknown);
                if (unknown > 0) {
                    notes.add(x.get("uis.teachers.sexNotReportedNote", item, unknown, t.schoolsSexNotReported[i]));
                }
            }
            Sheets.number(row, 5, t.teachersReported[i]);
        }
        // Women and men are then partial: said under the table, where the figures are copied from.
        for (String note : notes) {
            Sheets.text(Sheets.row(sh, ++r), 0, note);
        }
    }

    private static void rooms(Sheet sh, Sheets s, UisTables t, ReportText x, String coverage) {
        int r = title(sh, t, x, "uis.table.rooms", coverage);
        s.header(sh, r++, List.of("", x.get("uis.col.count")));
        for (int i = 0; i < UisTables.ROOM_ITEMS.size(); i++) {
            Row row = Sheets.row(sh, r++);
            Sheets.text(row, 0, x.get("uis.rooms." + UisTables.ROOM_ITEMS.get(i)));
            Sheets.number(row, 1, t.rooms[i]);
        }
        r++;
        s.header(sh, r++, List.of(x.get("uis.col.facility"), x.get("uis.col.schoolsWith"), x.get("uis.col.answered")));
        for (int i = 0; i < UisTables.FACILITY_ITEMS.size(); i++) {
            Row row = Sheets.row(sh, r++);
            Sheets.text(row, 0, x.get("uis.facility." + UisTables.FACILITY_ITEMS.get(i)));
            Sheets.number(row, 1, t.facilities[i]);
            Sheets.number(row, 2, t.facilitiesAnswered[i]);
        }
    }

    private static void workings(Sheet sh, Sheets s, UisTables t, ReportText x, String coverage) {
        int r = title(sh, t, x, t.bySchool ? "uis.table.workings.schools" : "uis.table.workings.districts", coverage);
        Sheets.text(Sheets.row(sh, 2), 0, x.get("uis.workings.note"));
        List<String> head = new ArrayList<>(List.of(x.get(t.bySchool ? "col.code" : "uis.col.district"),
                x.get(t.bySchool ? "col.name" : "uis.col.districtName"), x.get(t.bySchool ? "uis.col.district"
                        : "uis.col.schools"), x.get("uis.col.withAges")));
        for (String k : List.of("enrolment", "repeaters", "newEntrants", "teachers", "qualified")) {
            head.add(x.get("uis.col." + k) + " " + x.get("col.girls"));
            head.add(x.get("uis.col." + k) + " " + x.get("col.boys"));
        }
        head.add(x.get("uis.col.teachers") + " " + x.get("uis.col.sexNotReported"));
        head.add(x.get("uis.rooms.total"));
        if (t.bySchool) {
            head.add(x.get("uis.col.file"));
        }
        s.header(sh, r++, head);
        for (UisTables.Part p : t.parts()) {
            Row row = Sheets.row(sh, r++);
            Sheets.text(row, 0, p.code);
            Sheets.text(row, 1, p.name);
            if (t.bySchool) {
                Sheets.text(row, 2, p.district);
            } else {
                Sheets.number(row, 2, p.schools);
            }
            Sheets.number(row, 3, p.withAges);
            int c = 4;
            for (long[] v : List.of(p.enrolment, p.repeaters, p.newEntrants, p.teachers, p.qualified)) {
                Sheets.number(row, c++, v[0]);
                Sheets.number(row, c++, v[1]);
            }
            Sheets.number(row, c++, p.teachersSexNotReported);
            Sheets.number(row, c++, p.rooms);
            if (t.bySchool) {
                Sheets.text(row, c, p.file);
            }
        }
    }
}
