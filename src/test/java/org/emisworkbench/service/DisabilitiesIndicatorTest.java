package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.Breakdown;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where pupils with disabilities are reported, their share of enrolment by sex and grade and its gender parity;
 * where no school reports them, not available (never 0). The returns are a workbook the test writes, the pupils
 * with disabilities in a block of columns of their own after enrolment, one school leaving it blank; expected
 * figures are worked out here.
 */
class DisabilitiesIndicatorTest {
    private static final String[] GRADES = {"G1", "G2", "G3", "G4", "G5", "G6"};
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    /** School → {enrolment F, enrolment M, disabled F, disabled M} per grade; null disabled: the cells left blank. */
    private record School(String code, String district, int[][] enrol, int[][] disabled) {
    }

    private static List<School> schools() {
        List<School> out = new ArrayList<>();
        // D21: A and B report disabilities (B none among its boys of G2); C leaves the disabilities table blank.
        out.add(new School("A21", "D21", new int[][] {{31, 29}, {27, 30}, {25, 26}, {22, 24}, {20, 21}, {18, 17}},
                new int[][] {{2, 3}, {1, 1}, {0, 2}, {1, 0}, {0, 1}, {1, 1}}));
        out.add(new School("B21", "D21", new int[][] {{12, 15}, {14, 11}, {10, 13}, {9, 12}, {11, 8}, {7, 9}},
                new int[][] {{1, 0}, {0, 0}, {1, 1}, {0, 1}, {2, 0}, {0, 0}}));
        out.add(new School("C21", "D21", new int[][] {{40, 38}, {36, 35}, {33, 30}, {29, 31}, {27, 25}, {24, 22}},
                null));
        // D22: no school reports pupils with disabilities.
        out.add(new School("A22", "D22", new int[][] {{20, 22}, {19, 18}, {17, 18}, {16, 15}, {14, 15}, {13, 12}},
                null));
        return out;
    }

    /** One row per school: enrolment by grade and sex, then its pupils with disabilities (the national-wide layout). */
    private Path workbook(List<School> schools) throws Exception {
        Path file = dir.resolve("census-2025.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Census");
            Row h = s.createRow(0);
            List<String> headers = new ArrayList<>(List.of("School code", "School name", "District", "Ownership",
                    "Locality", "Level"));
            for (String g : GRADES) {
                headers.add(g + " F");
                headers.add(g + " M");
            }
            for (String g : GRADES) {
                headers.add("Disab " + g + " F");
                headers.add("Disab " + g + " M");
            }
            for (int c = 0; c < headers.size(); c++) {
                h.createCell(c).setCellValue(headers.get(c));
            }
            int r = 1;
            for (School sc : schools) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(sc.code());
                row.createCell(1).setCellValue("School " + sc.code());
                row.createCell(2).setCellValue(sc.district());
                row.createCell(3).setCellValue("public");
                row.createCell(4).setCellValue("rural");
                row.createCell(5).setCellValue("primary");
                int c = 6;
                for (int[] g : sc.enrol()) {
                    row.createCell(c++).setCellValue(g[0]);
                    row.createCell(c++).setCellValue(g[1]);
                }
                if (sc.disabled() != null) {
                    for (int[] g : sc.disabled()) {
                        row.createCell(c++).setCellValue(g[0]);
                        row.createCell(c++).setCellValue(g[1]);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void theShareOfPupilsWithDisabilitiesBySexAndGradeAndItsParity() throws Exception {
        List<School> schools = schools();
        // Expected, from the schools that report disabilities: sums by sex and grade.
        double[][] d = new double[GRADES.length][2];
        double[][] e = new double[GRADES.length][2];
        for (School s : schools) {
            if (s.disabled() == null) {
                continue; // a blank table is not "none": left out of both sides
            }
            for (int g = 0; g < GRADES.length; g++) {
                for (int x = 0; x < 2; x++) {
                    d[g][x] += s.disabled()[g][x];
                    e[g][x] += s.enrol()[g][x];
                }
            }
        }
        double[] dSex = new double[2];
        double[] eSex = new double[2];
        for (int g = 0; g < GRADES.length; g++) {
            for (int x = 0; x < 2; x++) {
                dSex[x] += d[g][x];
                eSex[x] += e[g][x];
            }
        }
        double girls = 100 * dSex[0] / eSex[0];
        double boys = 100 * dSex[1] / eSex[1];
        double parity = girls <= boys ? girls / boys : 2 - boys / girls;

        try (Workbench wb = Workbench.open(dir.resolve("w"))) {
            ImportReport r = new ImportService(wb, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(workbook(schools)), "national-wide", 2025), Progress.NONE,
                    Cancellation.none());
            assertEquals(FileOutcome.IMPORTED, r.files().get(0).outcome(), r.files().get(0).message());
            Map<String, IndicatorValue> d21 = byId(wb.indicators().compute(2025, AreaSelector.district("D21"),
                    "primary"));
            IndicatorValue share = d21.get("disabled_pct");
            assertTrue(share.available(), String.valueOf(share.reason()));
            assertEquals(100 * (dSex[0] + dSex[1]) / (eSex[0] + eSex[1]), share.value(), EPS);
            assertEquals(dSex[0] + dSex[1], share.numerator(), EPS);
            assertEquals(eSex[0] + eSex[1], share.denominator(), EPS, "C21's pupils are not in the denominator");
            assertEquals(2, share.coverage().counted(), "A21 and B21 report disabilities");
            assertEquals(girls, share.bySex().get("F").value(), EPS);
            assertEquals(boys, share.bySex().get("M").value(), EPS);
            for (int g = 0; g < GRADES.length; g++) {
                Breakdown b = share.byGrade().get(GRADES[g]);
                assertEquals(100 * (d[g][0] + d[g][1]) / (e[g][0] + e[g][1]), b.value(), EPS, GRADES[g]);
            }
            IndicatorValue gpi = d21.get("gpi_disabled_pct");
            assertTrue(gpi.available(), String.valueOf(gpi.reason()));
            assertEquals(parity, gpi.value(), EPS);
            assertEquals(girls, gpi.numerator(), EPS);
            assertEquals(boys, gpi.denominator(), EPS);

            // D22 reports none: not available, with the reason, never 0.
            Map<String, IndicatorValue> d22 = byId(wb.indicators().compute(2025, AreaSelector.district("D22"),
                    "primary"));
            assertFalse(d22.get("disabled_pct").available());
            assertNull(d22.get("disabled_pct").value());
            assertEquals("no school in D22 reports pupils with disabilities in primary grades",
                    d22.get("disabled_pct").reason());
            assertFalse(d22.get("gpi_disabled_pct").available());
            assertNull(d22.get("gpi_disabled_pct").value());

            // The Indicators screen's rows, in French, and the equity rows by locality carry the figure too.
            var rows = wb.indicators().rows(2025, "D21", "primary", Locale.FRENCH);
            var row = rows.stream().filter(x -> x.id().equals("disabled_pct")).findFirst().orElseThrow();
            assertEquals("Élèves en situation de handicap (%)", row.title());
            assertEquals(share.value(), row.value(), EPS);
            assertTrue(wb.indicators().rowsBy(2025, "D21", "primary", Locale.ENGLISH,
                    org.emisworkbench.model.SchoolGroup.LOCALITY).stream()
                    .anyMatch(x -> x.id().equals("disabled_pct") && "rural".equals(x.group()) && x.available()
                            && Math.abs(x.value() - share.value()) < EPS));

            // The district summary: in the key indicators and in the equity tables, beside the other equity figures.
            Path pdf = wb.reports().district(2025, "D21", null, org.emisworkbench.model.ReportOptions.defaults(),
                    dir.resolve("d21.pdf"));
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                int times = text.split("Pupils with disabilities \\(%\\)", -1).length - 1;
                assertTrue(times >= 3, "key indicators, by locality, by ownership: " + times);
                assertTrue(text.contains("Gender parity index of the share of pupils with disabilities"));
            }
        }
    }

    private static Map<String, IndicatorValue> byId(List<IndicatorValue> values) {
        Map<String, IndicatorValue> m = new HashMap<>();
        values.forEach(v -> m.put(v.id(), v));
        return m;
    }
}
