package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14, review 23 item 6: repetition, promotion and dropout of a grade rest on the same pupils (UIS reconstructed
 * cohort), so p + r + d = 1 for every grade that has all three, and each rate says which school-and-sex figures it
 * leaves out; a negative dropout is published with the school and grade that make it so. The two census years are
 * written here, one flat header row per sheet ("2023 Grade 1 Girls"), one school per row; school FL-01 leaves its
 * girls' Grade 5 enrolment of 2024 blank and school FL-02 reports more boys repeating Grade 2 in 2024 (50) than it
 * had in Grade 2 in 2023 (40).
 */
class FlowRatesSameCohortTest {
    private static final int FIRST = 2023;
    private static final int SECOND = 2024;
    private static final String[] SCHOOLS = {"FL-01", "FL-02"};
    private static final String[] SEXES = {"Girls", "Boys"};
    private static final int BLANK = -1;
    private static final double EPS = 1e-12;

    private static final String TEMPLATE = """
            {"id": "flow-years", "version": 1, "title": "Two years, flat headers", "layout": "wide",
             "year": {"fromFileName": true},
             "sheets": [
              {"names": ["Enrolment"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["{year} Grade {grade} {sex}"], "field": "enrolment"}]},
              {"names": ["Repeaters"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["{year} Grade {grade} {sex}"], "field": "repeaters"}]}]}
            """;

    @TempDir
    Path dir;

    /** Figures [year 0/1][school][grade 1..6][girls 0, boys 1]. */
    private static int[][][][] all(int year1, int year2) {
        int[][][][] v = new int[2][SCHOOLS.length][7][2];
        for (int y = 0; y < 2; y++) {
            for (int[][] school : v[y]) {
                for (int g = 1; g <= 6; g++) {
                    school[g][0] = y == 0 ? year1 : year2;
                    school[g][1] = y == 0 ? year1 : year2;
                }
            }
        }
        return v;
    }

    private static void sheet(XSSFWorkbook wb, String name, int[][][][] v) {
        Sheet sh = wb.createSheet(name);
        Row head = sh.createRow(0);
        head.createCell(0).setCellValue("School code");
        head.createCell(1).setCellValue("School name");
        int c = 2;
        for (int y = 0; y < 2; y++) {
            for (int g = 1; g <= 6; g++) {
                for (String sex : SEXES) {
                    head.createCell(c++).setCellValue((FIRST + y) + " Grade " + g + " " + sex);
                }
            }
        }
        for (int i = 0; i < SCHOOLS.length; i++) {
            Row r = sh.createRow(1 + i);
            r.createCell(0).setCellValue(SCHOOLS[i]);
            r.createCell(1).setCellValue("Flow school " + (i + 1));
            c = 2;
            for (int y = 0; y < 2; y++) {
                for (int g = 1; g <= 6; g++) {
                    for (int sex = 0; sex < 2; sex++, c++) {
                        if (v[y][i][g][sex] != BLANK) {
                            r.createCell(c).setCellValue(v[y][i][g][sex]);
                        }
                    }
                }
            }
        }
    }

    private static Map<String, IndicatorValue> flow(Workbench w) {
        return w.indicators().compute(FIRST, AreaSelector.country(), "primary").stream()
                .collect(Collectors.toMap(IndicatorValue::id, v -> v));
    }

    private static double grade(IndicatorValue v, String g) {
        assertTrue(v.byGrade().get(g).available(), v.id() + " " + g + ": " + v.byGrade().get(g).reason());
        return v.byGrade().get(g).value();
    }

    @Test
    void repetitionPromotionAndDropoutOfAGradeCountTheSamePupilsAndSaySo() throws Exception {
        // Every school, grade and sex: 40 pupils in 2023; 36 pupils and 2 repeaters in 2024 (1 repeater in 2023), but:
        int[][][][] e = all(40, 36);
        int[][][][] r = all(1, 2);
        e[1][0][5][0] = BLANK; // FL-01 girls, Grade 5, 2024: blank
        r[1][0][4][0] = 10;    // FL-01 girls, Grade 4, 2024: 10 repeaters
        r[1][1][2][1] = 50;    // FL-02 boys, Grade 2, 2024: 50 repeaters, of 40 boys in Grade 2 in 2023
        e[1][1][2][1] = 60;    // (60 boys in Grade 2 in 2024: 10 promoted from Grade 1)
        Path file = dir.resolve("flow-district.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheet(wb, "Enrolment", e);
            sheet(wb, "Repeaters", r);
            wb.write(out);
        }
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("flow-years.json"), TEMPLATE);
        TemplateCatalog catalog = TemplateCatalog.load(templates);
        assertTrue(catalog.problems().isEmpty(), catalog.problems().toString());
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            ImportService imports = new ImportService(w, catalog);
            for (int year : new int[] {FIRST, SECOND}) {
                FileResult done = imports.importFiles(new ImportRequest(List.of(file), "flow-years", year),
                        Progress.NONE, Cancellation.none()).files().get(0);
                assertEquals(FileOutcome.IMPORTED, done.outcome(), year + ": " + done.message());
            }
            Map<String, IndicatorValue> v = flow(w);
            IndicatorValue rep = v.get("repetition_rate");
            IndicatorValue prom = v.get("promotion_rate");
            IndicatorValue drop = v.get("dropout_rate");
            IndicatorValue survival = v.get("survival_rate_last_grade");
            for (IndicatorValue x : List.of(rep, prom, drop, survival)) {
                assertTrue(x.available(), x.id() + ": " + x.reason());
            }

            // By hand, per grade over the four school-and-sex units (40 pupils each in 2023):
            // G1: promotees E(G2,2024) − R(G2,2024) = 34 + 34 + 34 + (60 − 50) = 112, repeaters 8, of 160.
            // G2: promotees 4 × 34 = 136, repeaters 2 + 2 + 2 + 50 = 56, of 160: dropout 160 − 136 − 56 = −32.
            // G3: promotees (36 − 10) + 3 × 34 = 128, repeaters 8, of 160.
            // G4: FL-01 girls left out (their Grade 5 of 2024 is blank): promotees 3 × 34 = 102, repeaters 6, of 120.
            //     (With that unit kept in repetition alone, as before, r would be (10 + 6) / 160 = 0.1 and p + r + d 1.05.)
            // G5: promotees 4 × 34 = 136, repeaters 8, of 160. G6: repeaters 8 of 160, no promotion out of it.
            double[][] byHand = {{112, 8, 160}, {136, 56, 160}, {128, 8, 160}, {102, 6, 120}, {136, 8, 160}};
            for (int g = 1; g <= 5; g++) {
                String code = "G" + g;
                double[] h = byHand[g - 1];
                assertEquals(h[0] / h[2], grade(prom, code), EPS, code);
                assertEquals(h[1] / h[2], grade(rep, code), EPS, code);
                assertEquals((h[2] - h[0] - h[1]) / h[2], grade(drop, code), EPS, code);
                assertEquals(1.0, grade(prom, code) + grade(rep, code) + grade(drop, code), 1e-9, code + ": p + r + d");
                assertEquals(h[2], rep.byGrade().get(code).denominator(), EPS, code + ": r over p's pupils");
            }
            assertEquals(8.0 / 160, grade(rep, "G6"), EPS);
            assertFalse(prom.byGrade().get("G6").available());
            assertEquals(0.05, grade(rep, "G4"), EPS);
            assertEquals(-32.0 / 160, grade(drop, "G2"), EPS);
            // Level: Σ over grades (promotion and dropout leave out G6).
            assertEquals((112 + 136 + 128 + 102 + 136) / 760.0, prom.value(), EPS);
            assertEquals((8 + 56 + 8 + 6 + 8 + 8) / 920.0, rep.value(), EPS);
            assertEquals((40 - 32 + 24 + 12 + 16) / 760.0, drop.value(), EPS);

            // Survival by the reconstructed cohort from the same p and r.
            double reach = 1000;
            for (double[] h : byHand) {
                double p = h[0] / h[2];
                double rr = h[1] / h[2];
                reach *= p * (1 + rr + rr * rr);
            }
            assertEquals(reach / 10, survival.value(), 1e-9);

            // Each rate says what it leaves out; dropout (and survival) say why a grade is below 0.
            String leftOut = "partial: 1 school and sex figure(s) with pupils";
            for (IndicatorValue x : List.of(rep, prom, drop, survival)) {
                assertTrue(x.note() != null && x.note().contains(leftOut) && x.note().contains("(G4 1/4: left out / all)")
                        && x.note().contains("a figure of 2024 they need is blank"), x.id() + ": " + x.note());
            }
            String negative = "dropout below 0 in G2: the data disagree, promotees and repeaters exceed last year's "
                    + "pupils (school FL-02 G2 boys: 50 repeater(s) in 2024 against 40 pupils in 2023)";
            assertTrue(drop.note().startsWith(negative), drop.note());
            assertTrue(survival.note().startsWith(negative), survival.note());
            assertFalse(rep.note().contains("below 0") || prom.note().contains("below 0"), rep.note());
            // The grades' own notes (the CSV's grade rows, the JSON's byGrade): G4 leaves a unit out, G2's dropout is
            // below 0, G1 has neither.
            for (IndicatorValue x : List.of(rep, prom, drop)) {
                String g4 = x.byGrade().get("G4").note();
                assertTrue(g4 != null && g4.contains(leftOut) && g4.contains("(G4 1/4: left out / all)"), x.id() + g4);
                assertNull(x.byGrade().get("G1").note(), x.id());
                assertNull(x.byGrade().get("G3").note(), x.id());
            }
            assertTrue(drop.byGrade().get("G2").note().startsWith(negative), drop.byGrade().get("G2").note());
            assertFalse(drop.byGrade().get("G4").note().contains("below 0"), drop.byGrade().get("G4").note());
            assertNull(rep.byGrade().get("G2").note());
        }
    }

    @Test
    void completeConsistentReturnsGiveRatesWithoutANote() throws Exception {
        int[][][][] e = all(40, 36);
        int[][][][] r = all(1, 2);
        Path file = dir.resolve("flow-clean.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheet(wb, "Enrolment", e);
            sheet(wb, "Repeaters", r);
            wb.write(out);
        }
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("flow-years.json"), TEMPLATE);
        TemplateCatalog catalog = TemplateCatalog.load(templates);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            ImportService imports = new ImportService(w, catalog);
            for (int year : new int[] {FIRST, SECOND}) {
                FileResult done = imports.importFiles(new ImportRequest(List.of(file), "flow-years", year),
                        Progress.NONE, Cancellation.none()).files().get(0);
                assertEquals(FileOutcome.IMPORTED, done.outcome(), year + ": " + done.message());
            }
            Map<String, IndicatorValue> v = flow(w);
            for (String id : List.of("repetition_rate", "promotion_rate", "dropout_rate", "survival_rate_last_grade")) {
                assertTrue(v.get(id).available(), id);
                assertNull(v.get(id).note(), id);
            }
            assertEquals(4.0 / 40, v.get("dropout_rate").byGrade().get("G1").value(), EPS); // 1 − 34/40 − 2/40
        }
    }
}
