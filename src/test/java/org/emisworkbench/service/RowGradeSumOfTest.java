package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateException;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secondary returns with one row per class stream whose grade the row gives ({@code row.grade}), and the pupils of
 * each stream by residence and sex beside it: {@code Day Boys | Day Girls | Boarding Boys | Boarding Girls | Total
 * Boys | Total Girls} (review 24, Uganda). The enrolment is {@code sumOf} Day and Boarding of the row, its grade the
 * row's; the Total columns are checked against that sum, a wrong one reported at its cell and the sum stored; a blank
 * part is said at its cell. Sub-total rows labelled under the school's name, with or without figures, are total rows,
 * never rows without a school code. Expected figures are worked out here from the cells written.
 */
class RowGradeSumOfTest {
    private static final String TEMPLATE = """
            {"id": "streams-residence", "version": 1, "title": "Streams by residence", "layout": "wide",
             "year": {"fromFileName": true},
             "codeLists": {"grade": {"G7": ["Senior 1 Red", "Senior 1 Blue"], "G8": ["Senior 2 Red", "Senior 2"]}},
             "sheets": [{"names": ["Enrolment"], "key": ["Centre No"], "columns": [
               {"headers": ["School"], "field": "school.name"},
               {"headers": ["Class"], "field": "row.grade"},
               {"sumOf": ["Day {sex}", "Boarding {sex}"], "field": "enrolment"},
               {"patterns": ["Total {sex}"], "total": "enrolment"}]}]}
            """;

    @TempDir
    Path dir;

    private DraftedImports io() {
        return new DraftedImports(dir, 2024, new TemplateWorkshop(TemplateCatalog.load(null)));
    }

    /** One stream row: its grade slot and label, then day boys, day girls, boarding boys, boarding girls. */
    private record Stream(String school, int slot, String label, int[] figures) {
    }

    @Test
    void dayAndBoardingOfTheRowsStreamAreAddedAndTheTotalColumnChecked() throws Exception {
        Random random = new Random(24);
        List<Stream> streams = new ArrayList<>();
        for (String school : List.of("780101", "780117")) {
            streams.add(new Stream(school, 7, "Senior 1 Red", figures(random)));
            streams.add(new Stream(school, 7, "Senior 1 Blue", figures(random)));
            streams.add(new Stream(school, 8, school.equals("780101") ? "Senior 2 Red" : "Senior 2", figures(random)));
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "Centre No", "School", "Class", "Day Boys", "Day Girls", "Boarding Boys", "Boarding Girls",
                "Total Boys", "Total Girls");
        int r = 1;
        int wrongRow = -1;
        int blankRow = -1;
        int wrongTotal = 0;
        for (int i = 0; i < streams.size(); i++) {
            Stream s = streams.get(i);
            int[] f = s.figures();
            int boys = f[0] + f[2];
            int girls = f[1] + f[3];
            if (i == 4) {
                wrongRow = r;
                wrongTotal = boys + 4; // the planted total: 4 more than its parts
            }
            Object boardingGirls = f[3];
            if (i == 2) {
                blankRow = r; // a blank part: the sum adds the day girls only, and says so
                boardingGirls = null;
                f[3] = 0;
            }
            Sheets.row(sh, r++, s.school(), s.school().equals("780101") ? "Kasana SS" : "Hill View College",
                    s.label(), f[0], f[1], f[2], boardingGirls, i == 4 ? wrongTotal : boys, f[1] + f[3]);
            if (i == 2) {
                // The school's sub-total under its name, no figures in it.
                Sheets.row(sh, r++, null, "Sub-total Kasana SS");
            }
        }
        DraftedImports io = io();
        FileResult result = io.importWith(wb, "streams-2024.xlsx", TEMPLATE);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), result.message());
        assertEquals(1, DraftedImports.count(result, "TOTAL_MISMATCH"), result.problems().toString());
        assertEquals("Enrolment!H" + (wrongRow + 1), DraftedImports.first(result, "TOTAL_MISMATCH"),
                "the wrong total named at its cell");
        assertEquals(1, DraftedImports.count(result, "PARTIAL_SUM"), result.problems().toString());
        assertEquals("Enrolment!G" + (blankRow + 1), DraftedImports.first(result, "PARTIAL_SUM"));
        assertEquals(0, DraftedImports.count(result, "BLANK_KEY"), "a sub-total row is no row without a code: "
                + result.problems());
        assertEquals(2, result.problemCount(), result.problems().toString());
        try (Workbench w = io.open()) {
            for (String school : List.of("780101", "780117")) {
                for (int slot : new int[] {7, 8}) {
                    int boys = 0;
                    int girls = 0;
                    for (Stream s : streams) {
                        if (s.school().equals(school) && s.slot() == slot) {
                            boys += s.figures()[0] + s.figures()[2];
                            girls += s.figures()[1] + s.figures()[3];
                        }
                    }
                    io.assertEnrolment(w, school, slot, girls, boys);
                }
            }
            // The planted row: its parts' sum stored, not the total written beside them.
            Stream planted = streams.get(4);
            var stored = w.whereFrom("780117", 2024, Topic.ENROLMENT, 7, Sex.M, AgeGroup.ALL).orElseThrow();
            assertEquals(streams.get(3).figures()[0] + streams.get(3).figures()[2] + planted.figures()[0]
                    + planted.figures()[2], stored.value());
            assertTrue(stored.value() != streams.get(3).figures()[0] + streams.get(3).figures()[2] + wrongTotal);
            // Every cell added named: day and boarding of both streams of the grade.
            int a = wrongRow; // the school's first stream of Senior 1 is the row above the planted one
            assertEquals("Enrolment!D" + a + "+F" + a + "+D" + (a + 1) + "+F" + (a + 1), stored.source().sheetCell());
            var one = w.whereFrom("780101", 2024, Topic.ENROLMENT, 8, Sex.F, AgeGroup.ALL).orElseThrow();
            assertEquals("Enrolment!E" + (blankRow + 1), one.source().sheetCell(), "the blank part is not a source");
        }
    }

    @Test
    void subTotalRowsWithAndWithoutFiguresAreTotalRowsWhereverTheirLabelStands() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "Centre No", "School", "Class", "Day Boys", "Day Girls", "Boarding Boys", "Boarding Girls",
                "Total Boys", "Total Girls");
        int[][] a = {{12, 9, 20, 18}, {7, 11, 15, 16}};
        Sheets.row(sh, 1, "780101", "Kasana SS", "Senior 1 Red", a[0][0], a[0][1], a[0][2], a[0][3],
                a[0][0] + a[0][2], a[0][1] + a[0][3]);
        Sheets.row(sh, 2, "780101", "Kasana SS", "Senior 1 Blue", a[1][0], a[1][1], a[1][2], a[1][3],
                a[1][0] + a[1][2], a[1][1] + a[1][3]);
        // Its sub-total with the right sums, labelled in the class column.
        Object[] sub = new Object[9];
        sub[2] = "Subtotal";
        for (int c = 0; c < 6; c++) {
            sub[3 + c] = c < 4 ? a[0][c] + a[1][c] : a[0][c - 4] + a[1][c - 4] + a[0][c - 2] + a[1][c - 2];
        }
        Sheets.row(sh, 3, sub);
        Sheets.row(sh, 4, "780117", "Hill View College", "Senior 2", 30, 31, 5, 6, 35, 37);
        // The school's own total row (its class cell says Total): its Day Boys is 1 too many, the rest right.
        Sheets.row(sh, 5, "780117", "Hill View College", "Total", 31, 31, 5, 6, 35, 37);
        // A sub-total label alone, French, in the school's name column; then a grand total in the class column.
        Sheets.row(sh, 6, null, "Sous-total Hill View College");
        Sheets.row(sh, 7, null, null, "Total général");
        DraftedImports io = io();
        FileResult result = io.importWith(wb, "streams-2024.xlsx", TEMPLATE);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), result.message());
        assertEquals(0, DraftedImports.count(result, "BLANK_KEY"), "sub-total rows are total rows: " + result.problems());
        assertEquals(1, DraftedImports.count(result, "TOTAL_MISMATCH"), result.problems().toString());
        assertEquals("Enrolment!D6", DraftedImports.first(result, "TOTAL_MISMATCH"),
                "the school's total row checked in the parts of its sums");
        assertEquals(1, result.problemCount(), result.problems().toString());
        try (Workbench w = io.open()) {
            io.assertEnrolment(w, "780101", 7, a[0][1] + a[0][3] + a[1][1] + a[1][3],
                    a[0][0] + a[0][2] + a[1][0] + a[1][2]);
            io.assertEnrolment(w, "780117", 8, 37, 35);
        }
    }

    @Test
    void aDefaultIsStillRefusedWhereTheRowGivesTheGrade() {
        String json = TEMPLATE.replace("{\"sumOf\": [\"Day {sex}\", \"Boarding {sex}\"], \"field\": \"enrolment\"}",
                "{\"patterns\": [\"Day {sex}\"], \"field\": \"enrolment\", \"default\": \"0\"}");
        TemplateException e = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class,
                () -> TemplateLoader.parse(json, "test", null));
        assertTrue(e.getMessage().contains("comes from its row has no default"), e.getMessage());
    }

    private static int[] figures(Random random) {
        int[] f = new int[4];
        for (int i = 0; i < 4; i++) {
            f[i] = 5 + random.nextInt(30);
        }
        return f;
    }
}
