package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zone-by-zone district list whose subtotal rows carry a code: the zone's code beside "Zone subtotal", the
 * zone's name alone in the code column over the zone's sums, "Total zone Sud" beside a code. Each is a total row,
 * never a school counted twice, and each is named in the import's warnings.
 */
class SubtotalRowsWithCodeTest {
    private static final String TEMPLATE = """
            {"id": "zones", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Effectifs"], "key": ["EMIS No"], "ignore": ["Zone"],
               "columns": [{"headers": ["Name of school"], "field": "school.name"},
                           {"patterns": ["G{grade} {sex}"], "field": "enrolment"}]}]}
            """;
    /** Per zone, its schools' Grade 1 and 2 boys and girls. */
    private static final int[][][] ZONES = {
        {{14, 17, 12, 11}, {23, 19, 21, 25}, {8, 9, 10, 7}},
        {{31, 28, 26, 30}, {16, 15, 18, 13}},
        {{40, 38, 35, 33}, {22, 27, 19, 24}, {11, 12, 13, 14}},
        {{9, 12, 14, 10}, {17, 13, 15, 16}}};

    @TempDir
    java.nio.file.Path dir;

    @Test
    void subtotalRowsWithACodeAreTotalsNamedInTheWarningsAndTheFiguresAreTheSchoolsOnly() throws Exception {
        List<Integer> subtotalRows = new ArrayList<>();
        long trueTotal = 0;
        int schools = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(); TemplateImports imports = new TemplateImports(dir)) {
            Sheet s = wb.createSheet("Effectifs");
            write(s.createRow(0), "Zone", "EMIS No", "Name of school", "G1 M", "G1 F", "G2 M", "G2 F");
            int r = 1;
            long[] grand = new long[4];
            for (int z = 0; z < ZONES.length; z++) {
                long[] sub = new long[4];
                for (int i = 0; i < ZONES[z].length; i++) {
                    Row row = s.createRow(r++);
                    write(row, "Zone " + (z + 1), "MW-" + (z + 1) + "0" + i, "School " + z + i);
                    for (int c = 0; c < 4; c++) {
                        row.createCell(3 + c).setCellValue(ZONES[z][i][c]);
                        sub[c] += ZONES[z][i][c];
                        trueTotal += ZONES[z][i][c];
                    }
                    schools++;
                }
                Row row = s.createRow(r++);
                subtotalRows.add(r); // Excel's row number
                switch (z) {
                    case 0 -> write(row, "Zone 1", "Z01", "Zone subtotal");
                    case 1 -> write(row, "", "MBALA"); // the zone's name in the code column, no total word
                    case 2 -> write(row, "", "Z03", "Total zone Sud");
                    default -> write(row, "Lupembe zone"); // no code, no total word: the zone's sums alone
                }
                for (int c = 0; c < 4; c++) {
                    row.createCell(3 + c).setCellValue(sub[c]);
                    grand[c] += sub[c];
                }
            }
            Row total = s.createRow(r);
            write(total, "GRAND TOTAL");
            for (int c = 0; c < 4; c++) {
                total.createCell(3 + c).setCellValue(grand[c]);
            }

            FileResult f = imports.importWith(wb, "zones-2024.xlsx", TEMPLATE, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(schools, f.schoolsAdded(), "the subtotal rows are no schools");
            assertEquals(schools, imports.workbench.schools(2024, null).size());
            assertFalse(f.problems().stream().anyMatch(p -> p.kind().equals("TOTAL_MISMATCH")
                    || p.kind().equals("BLANK_KEY")), "every total adds up, none is a row without code: " + f.problems());
            assertEquals(ZONES.length + 1, f.skipped().get(org.emisworkbench.model.SkipReason.TOTAL_ROW));
            double enrolment = imports.indicator(2024, AreaSelector.country(), "enrolment_total").value();
            assertEquals(trueTotal, (long) enrolment, "the schools' figures, each counted once");
            assertTrue(f.hasWarnings(), "OK with warnings, not a plain OK");
            List<String> named = f.warnings().stream().map(Message::english)
                    .filter(w -> w.contains("total or subtotal row")).toList();
            assertEquals(3, named.size(), f.warnings().toString());
            for (int i = 0; i < 3; i++) {
                String code = List.of("Z01", "MBALA", "Z03").get(i);
                int excelRow = subtotalRows.get(i);
                assertTrue(named.get(i).startsWith("Effectifs row " + excelRow + ": \"" + code + "\""), named.get(i));
            }
        }
    }

    /**
     * A school whose figures happen to equal the sum of the school above in every column (one row only), or of
     * two schools in two figures, is still a school.
     */
    @Test
    void aSchoolMatchingTheSumsOfFewRowsOrFewFiguresStaysASchool() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); TemplateImports imports = new TemplateImports(dir)) {
            Sheet s = wb.createSheet("Effectifs");
            write(s.createRow(0), "Zone", "EMIS No", "Name of school", "G1 M", "G1 F", "G2 M", "G2 F");
            int[][] rows = {{5, 6, 7, 8}, {5, 6, 7, 8}, {3, 4, 0, 0}, {13, 16, 0, 0}};
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(1 + i);
                write(row, "Zone 1", "MW-20" + i, "School " + i);
                for (int c = 0; c < 4; c++) {
                    row.createCell(3 + c).setCellValue(rows[i][c]);
                }
            }
            FileResult f = imports.importWith(wb, "few-2024.xlsx", TEMPLATE, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(rows.length, f.schoolsAdded(), f.warnings().toString());
            assertFalse(f.hasWarnings(), f.warnings().toString());
        }
    }

    /**
     * Small counts (repeaters) often add up: a school whose four figures equal the sums of the two schools above
     * it, its code shaped like theirs ({@code MW-202} after {@code MW-200}, {@code MW-201}), is a school, not a
     * subtotal (the sample country's SCH01004 was taken for one).
     */
    @Test
    void aSchoolWhoseCodeIsShapedLikeTheOthersStaysASchoolWhateverItsFigures() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); TemplateImports imports = new TemplateImports(dir)) {
            Sheet s = wb.createSheet("Effectifs");
            write(s.createRow(0), "Zone", "EMIS No", "Name of school", "G1 M", "G1 F", "G2 M", "G2 F");
            int[][] rows = {{1, 2, 1, 1}, {2, 1, 1, 2}, {3, 3, 2, 3}, {0, 1, 2, 0}};
            long total = 0;
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(1 + i);
                write(row, "Zone 1", "MW-20" + i, "School " + i);
                for (int c = 0; c < 4; c++) {
                    row.createCell(3 + c).setCellValue(rows[i][c]);
                    total += rows[i][c];
                }
            }
            FileResult f = imports.importWith(wb, "small-2024.xlsx", TEMPLATE, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(rows.length, f.schoolsAdded(), f.warnings().toString());
            assertFalse(f.problems().stream().anyMatch(p -> p.kind().equals("TOTAL_ROW_WITH_CODE")), f.problems()
                    .toString());
            double enrolment = imports.indicator(2024, AreaSelector.country(), "enrolment_total").value();
            assertEquals(total, (long) enrolment, "every school's figures, MW-202's too");
        }
    }

    /**
     * Subtotals of two figures in the code column (a zone's name, or over a single school) cannot be told from
     * schools and are stored; the grand total's mismatch then names them, as it adds up once they are left out.
     */
    @Test
    void aGrandTotalNamesTheRowsThatAddUpTheRowsAboveThem() throws Exception {
        Object[][] rows = {{"KR101", 10, 11}, {"KR102", 12, 13}, {"CHILUMBA", 22, 24}, {"KR201", 5, 6},
            {"Nyungwe Zone", 5, 6}, {"KR301", 7, 9}, {"KR302", 4, 3}, {"ZONE 3", 11, 12}};
        try (XSSFWorkbook wb = new XSSFWorkbook(); TemplateImports imports = new TemplateImports(dir)) {
            Sheet s = wb.createSheet("Effectifs");
            write(s.createRow(0), "Zone", "EMIS No", "Name of school", "G1 M", "G1 F");
            long boys = 0;
            long girls = 0;
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(1 + i);
                write(row, "", (String) rows[i][0]);
                row.createCell(3).setCellValue((Integer) rows[i][1]);
                row.createCell(4).setCellValue((Integer) rows[i][2]);
                if (((String) rows[i][0]).startsWith("KR")) {
                    boys += (Integer) rows[i][1];
                    girls += (Integer) rows[i][2];
                }
            }
            Row total = s.createRow(1 + rows.length);
            write(total, "", "TOTAL");
            total.createCell(3).setCellValue(boys);
            total.createCell(4).setCellValue(girls);

            FileResult f = imports.importWith(wb, "zones-c-2024.xlsx", TEMPLATE, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            List<String> mismatches = imports.validate(2024).stream().filter(x -> x.finding().ruleId().equals("IMP-08"))
                    .map(x -> x.finding().message().english()).toList();
            assertEquals(2, mismatches.size(), mismatches.toString());
            for (String m : mismatches) {
                assertTrue(m.contains("without rows 4 (CHILUMBA), 6 (NYUNGWE ZONE), 9 (ZONE 3)"), m);
            }
        }
    }

    /**
     * A zone of ONE school whose subtotal row has no code and no total word (`Zone C` beside its one school's
     * figures): a subtotal, not a row without code; the next zone's `Zone D Total` adds up its own schools only,
     * not every row since the top (review 17, case 2: four false TOTAL_MISMATCH and a BLANK_KEY).
     */
    @Test
    void aCodelessSubtotalOfOneSchoolEndsItsZone() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); TemplateImports imports = new TemplateImports(dir)) {
            Sheet s = wb.createSheet("Effectifs");
            write(s.createRow(0), "Zone", "EMIS No", "Name of school", "G1 M", "G1 F", "G2 M", "G2 F");
            int[] lone = {16, 19, 22, 25};
            int[][] zoneD = {{17, 20, 23, 26}, {18, 21, 24, 27}};
            Row row = s.createRow(1);
            write(row, "Sud", "SD-06", "Ecole Lac");
            put(row, lone);
            write(row = s.createRow(2), "", "", "Zone C");
            put(row, lone);
            long stored = java.util.Arrays.stream(lone).sum();
            int[] sub = new int[4];
            for (int i = 0; i < zoneD.length; i++) {
                write(row = s.createRow(3 + i), "Sud", "SD-0" + (7 + i), "Ecole " + i);
                put(row, zoneD[i]);
                for (int c = 0; c < 4; c++) {
                    sub[c] += zoneD[i][c];
                    stored += zoneD[i][c];
                }
            }
            write(row = s.createRow(5), "", "", "Zone D Total");
            put(row, sub);
            FileResult f = imports.importWith(wb, "sud-2024.xlsx", TEMPLATE, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(3, f.schoolsAdded(), f.warnings().toString());
            assertFalse(f.problems().stream().anyMatch(p -> p.kind().equals("TOTAL_MISMATCH")
                    || p.kind().equals("BLANK_KEY")), "each subtotal adds up its own zone: " + f.problems());
            assertEquals(2, f.skipped().get(org.emisworkbench.model.SkipReason.TOTAL_ROW), f.skipped().toString());
            double enrolment = imports.indicator(2024, AreaSelector.country(), "enrolment_total").value();
            assertEquals(stored, (long) enrolment, "the three schools, each once");
        }
    }

    private static void put(Row row, int[] figures) {
        for (int c = 0; c < figures.length; c++) {
            row.createCell(3 + c).setCellValue(figures[c]);
        }
    }

    private static void write(Row row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            if (!texts[c].isEmpty()) {
                row.createCell(c).setCellValue(texts[c]);
            }
        }
    }
}
