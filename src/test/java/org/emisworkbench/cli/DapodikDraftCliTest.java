package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 29 F2: an Indonesian Dapodik export ({@code No | NPSN | Nama Sekolah | … | Status | Kelas 1…6} each merged over
 * {@code L | P}, {@code Jumlah} over {@code L | P | Total}, counts as text, totals with thousands dots). The draft took
 * {@code Status} (Negeri/Swasta) for the school code, the serial {@code No} for the grade and {@code NPSN} for the
 * enrolment. Drafted now with NPSN as the key, L/P (or Laki-laki/Perempuan) as the sexes, Kelas as the grade and
 * Jumlah as the total, it imports every figure. The workbook and the figures expected are made here.
 */
class DapodikDraftCliTest {
    @TempDir
    Path dir;

    private static final int SCHOOLS = 6;

    /** Pupils of school s, grade g (1-based), sex k (0 boys, 1 girls): one school large enough for dotted totals. */
    private static int pupils(int s, int g, int k) {
        return s == 2 ? 170 + 5 * g + 3 * k : 8 + 3 * s + 2 * g + k * (g % 3);
    }

    private static String dotted(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }

    @ParameterizedTest
    @CsvSource({"L,P", "Laki-laki,Perempuan"})
    void theDraftReadsEveryFigureOfADapodikExport(String boys, String girls) throws Exception {
        Path file = dir.resolve("rekap_pd_2024.xlsx");
        Map<String, Long> expected = new TreeMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Rekap PD");
            s.createRow(0).createCell(0).setCellValue("REKAPITULASI PESERTA DIDIK - JENJANG SD");
            s.createRow(1).createCell(0).setCellValue("Semester 2024/2025 Ganjil");
            Row top = s.createRow(4);
            Row sub = s.createRow(5);
            String[] plain = {"No", "NPSN", "Nama Sekolah", "Kecamatan", "Status"};
            for (int c = 0; c < plain.length; c++) {
                top.createCell(c).setCellValue(plain[c]);
                s.addMergedRegion(new CellRangeAddress(4, 5, c, c));
            }
            int c = plain.length;
            for (int g = 1; g <= 6; g++, c += 2) {
                top.createCell(c).setCellValue("Kelas " + g);
                s.addMergedRegion(new CellRangeAddress(4, 4, c, c + 1));
                sub.createCell(c).setCellValue(boys);
                sub.createCell(c + 1).setCellValue(girls);
            }
            top.createCell(c).setCellValue("Jumlah");
            s.addMergedRegion(new CellRangeAddress(4, 4, c, c + 2));
            sub.createCell(c).setCellValue(boys);
            sub.createCell(c + 1).setCellValue(girls);
            sub.createCell(c + 2).setCellValue("Total");
            for (int i = 0; i < SCHOOLS; i++) {
                Row r = s.createRow(6 + i);
                String npsn = String.valueOf(20201000 + 37 * (i + 1));
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue(npsn);
                r.createCell(2).setCellValue("SD " + (i % 2 == 0 ? "Negeri " : "Islam ") + (i + 1) + " Sukamaju");
                r.createCell(3).setCellValue("Kec. " + (i < 3 ? "Cibeureum" : "Sukasari"));
                r.createCell(4).setCellValue(i % 2 == 0 ? "Negeri" : "Swasta");
                int[] sum = new int[2];
                for (int g = 1; g <= 6; g++) {
                    for (int k = 0; k < 2; k++) {
                        int n = pupils(i, g, k);
                        r.createCell(plain.length + 2 * (g - 1) + k).setCellValue(String.valueOf(n)); // text, as exported
                        sum[k] += n;
                        expected.put(npsn + " G" + g + " " + (k == 0 ? "M" : "F"), (long) n);
                    }
                }
                r.createCell(c).setCellValue(dotted(sum[0]));
                r.createCell(c + 1).setCellValue(dotted(sum[1]));
                r.createCell(c + 2).setCellValue(dotted(sum[0] + sum[1]));
            }
            // The export's footer, under a blank row, in the serial column (review 29).
            s.createRow(7 + SCHOOLS).createCell(0).setCellValue("Sumber: Dapodik, Kemendikbudristek");
            s.createRow(8 + SCHOOLS).createCell(0).setCellValue("Sumber: Dapodik");
            wb.write(out);
        }
        assertTrue(expected.values().stream().anyMatch(n -> n > 170) && expected.size() == SCHOOLS * 12, "" + expected);

        Path draft = dir.resolve("draft.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", draft.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        String json = Files.readString(draft);
        assertTrue(json.contains("\"key\" : [ \"NPSN\" ]"), d.out() + json);
        assertFalse(json.contains("row.grade"), "the serial No is no grade: " + json);
        assertTrue(d.out().contains("\"Status\"                     → school.ownership"), d.out());

        CliRun check = CliRun.emis("template", "check", "--template", draft.toString(), file.toString());
        assertTrue(check.out().contains(SCHOOLS + " school(s), " + expected.size() + " value(s)"), check.out());
        assertTrue(check.out().contains("Problems: none"), check.out());
        // The serial No is left out as such though the footer stands in its column; the footer is a note, no group.
        assertTrue(check.out().contains("LEFT OUT  A   \"No\""), check.out());
        assertTrue(check.out().contains("skipped 2 row(s): note under the table"), check.out());
        assertFalse(check.out().contains("heading of a group"), check.out());

        Path db = dir.resolve("w.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--year", "2024", "--template",
                draft.toString(), file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        Map<String, Long> got = LongCsv.figures(db, 2024, dir.resolve("long.csv"),
                r -> r.get("school_code") + " " + r.get("item") + " " + r.get("sex"));
        assertEquals(expected, got);

        // A band heading left out on purpose covers all its sub-columns; dotted totals not read are still figures.
        String hand = """
                {"id": "hand", "version": 1, "layout": "wide", "language": "id",
                 "codeLists": {"sex": {"M": ["%s"], "F": ["%s"]}},
                 "sheets": [{"names": ["Rekap PD"], "key": ["NPSN"],
                   "columns": [{"patterns": ["Kelas {grade} {sex}"], "field": "enrolment"}],
                   "ignore": ["No", "Nama Sekolah", "Kecamatan", "Status"%s]}]}
                """;
        Path banded = dir.resolve("banded.json");
        Files.writeString(banded, hand.formatted(boys, girls, ", \"Jumlah\""));
        CliRun band = CliRun.emis("template", "check", "--template", banded.toString(), file.toString());
        assertEquals(3, band.out().lines().filter(l -> l.contains("LEFT OUT") && l.contains("\"Jumlah ")).count(),
                band.out());
        assertFalse(band.out().contains("NOT READ") || band.out().contains("UNREAD"), band.out());
        Path unbanded = dir.resolve("unbanded.json");
        Files.writeString(unbanded, hand.formatted(boys, girls, ""));
        CliRun dots = CliRun.emis("template", "check", "--template", unbanded.toString(), file.toString());
        assertTrue(dots.out().contains("\"Jumlah " + boys + "\" — " + SCHOOLS + " figures below it not imported"),
                dots.out());
    }

}
