package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 33, style 1 and 4b. A Philippine DepEd division sheet: {@code Kindergarten}, {@code Grade 1…3}, then
 * {@code Non-Graded (SNEd)} and {@code TOTAL}, each merged over {@code Male | Female | Total}. The SNEd pupils have no
 * grade: the draft leaves the band out and says why, never takes its {@code Total} for the school's, and leaves the
 * school's TOTAL band (which counts the SNEd pupils too) out with it, so the check is clean. A band the draft does not
 * know ({@code Balik-Aral}) over its own {@code Male | Female | Total}: its {@code Total} is not the school's either,
 * and the school's {@code TOTAL Total} is written whole, a header naming one column. A Lao sheet: the grand total
 * {@code ລວມທັງໝົດ} over {@code ລວມ | ຍິງ} is drafted as the total of both sexes (boys by difference) and checked.
 * Workbooks written here with POI; the figures expected are worked out here.
 */
class UngradedAndBandTotalsDraftCliTest {
    private static final String[] GRADES = {"Kindergarten", "Grade 1", "Grade 2", "Grade 3"};
    private static final int SCHOOLS = 6;

    @TempDir
    Path dir;

    /** [school][band][sex 0 = M, 1 = F]: the grades, then the extra band. */
    private static int[][][] figures(long seed) {
        Random rnd = new Random(seed);
        int[][][] v = new int[SCHOOLS][GRADES.length + 1][2];
        for (int[][] school : v) {
            for (int[] band : school) {
                band[0] = 5 + rnd.nextInt(60);
                band[1] = 5 + rnd.nextInt(60);
            }
        }
        return v;
    }

    /**
     * The sheet: the grades and {@code extra} each over Male | Female | Total, then TOTAL over the same; TOTAL adds
     * the extra band's pupils when {@code totalCountsExtra}.
     */
    private Path workbook(String file, String extra, boolean totalCountsExtra, int[][][] v) throws Exception {
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet s = wb.createSheet("Enrolment");
            s.createRow(0).createCell(0).setCellValue("Enrollment by Grade Level and Sex, SY 2024-2025");
            Row top = s.createRow(3);
            Row low = s.createRow(4);
            top.createCell(0).setCellValue("School ID");
            top.createCell(1).setCellValue("Name of School");
            s.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            s.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
            List<String> bands = new ArrayList<>(List.of(GRADES));
            bands.add(extra);
            bands.add("TOTAL");
            for (int b = 0; b < bands.size(); b++) {
                int c = 2 + 3 * b;
                top.createCell(c).setCellValue(bands.get(b));
                s.addMergedRegion(new CellRangeAddress(3, 3, c, c + 2));
                low.createCell(c).setCellValue("Male");
                low.createCell(c + 1).setCellValue("Female");
                low.createCell(c + 2).setCellValue("Total");
            }
            for (int i = 0; i < SCHOOLS; i++) {
                Row r = s.createRow(5 + i);
                r.createCell(0).setCellValue(127300 + i);
                r.createCell(1).setCellValue("School " + (char) ('A' + i));
                int[] total = new int[2];
                for (int b = 0; b <= GRADES.length; b++) {
                    int c = 2 + 3 * b;
                    r.createCell(c).setCellValue(v[i][b][0]);
                    r.createCell(c + 1).setCellValue(v[i][b][1]);
                    r.createCell(c + 2).setCellValue(v[i][b][0] + v[i][b][1]);
                    if (b < GRADES.length || totalCountsExtra) {
                        total[0] += v[i][b][0];
                        total[1] += v[i][b][1];
                    }
                }
                int c = 2 + 3 * (GRADES.length + 1);
                r.createCell(c).setCellValue(total[0]);
                r.createCell(c + 1).setCellValue(total[1]);
                r.createCell(c + 2).setCellValue(total[0] + total[1]);
            }
            wb.write(out);
        }
        return path;
    }

    private static String letters(int band, int sub) {
        return CellRef.columnLetters(2 + 3 * band + sub);
    }

    /** The draft's line for a column: its letters, then its header quoted. */
    private static String listed(String out, String letters, String header) {
        return out.lines().filter(l -> l.strip().startsWith(letters + " ") && l.contains("\"" + header + "\""))
                .findFirst().orElse("");
    }

    private static JsonNode sheet(Path template) throws Exception {
        return new ObjectMapper().readTree(template.toFile()).get("sheets").get(0);
    }

    /** Every header a column entry of the sheet writes. */
    private static List<String> headers(JsonNode sheet) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : sheet.get("columns")) {
            if (c.has("headers")) {
                c.get("headers").forEach(h -> out.add(h.asText()));
            }
        }
        return out;
    }

    @Test
    void nonGradedPupilsAreLeftOutAndSaidAndTheirTotalIsNotTheSchools() throws Exception {
        int[][][] v = figures(33);
        Path file = workbook("malaybalay-2024.xlsx", "Non-Graded (SNEd)", true, v);
        Path template = dir.resolve("ph.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        int sned = GRADES.length;
        int total = GRADES.length + 1;
        // Each column of the SNEd band and of the school's TOTAL band named in a note, and why.
        String note = d.out().lines().filter(l -> l.contains("pupils without a grade")).findFirst().orElse("");
        for (int k = 0; k < 3; k++) {
            assertTrue(note.contains(letters(sned, k) + " “Non-Graded (SNEd) " + new String[] {"Male", "Female",
                    "Total"}[k] + "”"), note);
        }
        assertTrue(note.contains("LEFT OUT") && note.contains("kept by grade"), note);
        String totals = d.out().lines().filter(l -> l.contains("count the pupils without a grade too")).findFirst()
                .orElse("");
        for (int k = 0; k < 3; k++) {
            assertTrue(totals.contains(letters(total, k) + " “TOTAL "), totals);
        }
        assertFalse(d.out().contains("→ total of enrolment (95%)"), d.out());
        assertTrue(listed(d.out(), letters(sned, 2), "Non-Graded (SNEd) Total").contains("see the note"), d.out());
        assertFalse(d.out().lines().anyMatch(l -> l.contains("SNEd") && l.contains("no census figure")), d.out());

        JsonNode sheet = sheet(template);
        assertFalse(headers(sheet).contains("Total"), sheet.toString());
        List<String> ignored = new ArrayList<>();
        sheet.get("ignore").forEach(h -> ignored.add(h.asText()));
        assertTrue(ignored.containsAll(List.of("Non-Graded (SNEd) Male", "Non-Graded (SNEd) Female",
                "Non-Graded (SNEd) Total", "TOTAL Male", "TOTAL Female", "TOTAL Total")), ignored.toString());

        // The template as drafted: no total compared with what it does not add up, every graded figure read.
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertFalse(check.out().contains("TOTAL_MISMATCH"), check.out());
        assertTrue(check.out().contains("store " + SCHOOLS + " school(s), " + SCHOOLS * GRADES.length * 2
                + " value(s)"), check.out());
    }

    @Test
    void aTotalUnderABandNotUnderstoodIsThatBandsAndTheSchoolTotalIsWrittenWhole() throws Exception {
        int[][][] v = figures(34);
        Path file = workbook("returnees-2024.xlsx", "Balik-Aral", false, v);
        Path template = dir.resolve("br.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        int band = GRADES.length;
        int total = GRADES.length + 1;
        assertTrue(listed(d.out(), letters(band, 2), "Balik-Aral Total").contains("not guessed"), d.out());
        assertTrue(listed(d.out(), letters(total, 2), "TOTAL Total").contains("→ total of enrolment ("), d.out());
        List<String> headers = headers(sheet(template));
        assertFalse(headers.contains("Total"), headers.toString());
        assertTrue(headers.contains("TOTAL Total"), headers.toString());

        // The school's TOTAL adds the grades only here: checked and equal on every row, the band's Total not taken.
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertFalse(check.out().contains("TOTAL_MISMATCH"), check.out());
        assertTrue(check.out().contains("store " + SCHOOLS + " school(s), " + SCHOOLS * GRADES.length * 2
                + " value(s)"), check.out());
    }

    /** Lao: ຊັ້ນ ປ.n over ລວມ | ຍິງ, then ລວມທັງໝົດ over the same; [school][grade][0 = both, 1 = girls]. */
    private Path lao(String file, int[][][] v, int wrongSchool, int wrongBy) throws Exception {
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet s = wb.createSheet("ປະຖົມ");
            Row top = s.createRow(2);
            Row low = s.createRow(3);
            top.createCell(0).setCellValue("ລະຫັດໂຮງຮຽນ");
            top.createCell(1).setCellValue("ຊື່ໂຮງຮຽນ");
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            s.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            for (int g = 0; g <= v[0].length; g++) {
                int c = 2 + 2 * g;
                top.createCell(c).setCellValue(g < v[0].length ? "ຊັ້ນ ປ." + (g + 1) : "ລວມທັງໝົດ");
                s.addMergedRegion(new CellRangeAddress(2, 2, c, c + 1));
                low.createCell(c).setCellValue("ລວມ");
                low.createCell(c + 1).setCellValue("ຍິງ");
            }
            for (int i = 0; i < v.length; i++) {
                Row r = s.createRow(4 + i);
                r.createCell(0).setCellValue("SLV" + (110 + i));
                r.createCell(1).setCellValue("ໂຮງຮຽນ " + (i + 1));
                int both = 0;
                int girls = 0;
                for (int g = 0; g < v[i].length; g++) {
                    r.createCell(2 + 2 * g).setCellValue(v[i][g][0]);
                    r.createCell(3 + 2 * g).setCellValue(v[i][g][1]);
                    both += v[i][g][0];
                    girls += v[i][g][1];
                }
                r.createCell(2 + 2 * v[i].length).setCellValue(both + (i == wrongSchool ? wrongBy : 0));
                r.createCell(3 + 2 * v[i].length).setCellValue(girls);
            }
            wb.write(out);
        }
        return path;
    }

    @Test
    void laoGrandTotalOfBothSexesIsDraftedAndChecked() throws Exception {
        Random rnd = new Random(35);
        int[][][] v = new int[5][3][2];
        for (int[][] school : v) {
            for (int[] g : school) {
                g[1] = 10 + rnd.nextInt(40);
                g[0] = g[1] + 10 + rnd.nextInt(40);
            }
        }
        Path file = lao("salavan-2024.xlsx", v, -1, 0);
        Path template = dir.resolve("lao.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        String grand = CellRef.columnLetters(2 + 2 * v[0].length);
        assertTrue(d.out().lines().anyMatch(l -> l.contains(grand + " ") && l.contains("ລວມທັງໝົດ ລວມ")
                && l.contains("→ total of enrolment (")), d.out());
        boolean written = false;
        for (JsonNode c : sheet(template).get("columns")) {
            if (c.has("headers") && c.get("headers").get(0).asText().equals("ລວມທັງໝົດ ລວມ")) {
                written = "enrolment".equals(c.path("total").asText()) && !c.has("sex");
            }
        }
        assertTrue(written, Files.readString(template));
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertFalse(check.out().contains("TOTAL_MISMATCH"), check.out());

        // One school's grand total off by 7: compared with girls read and boys by difference, it is pointed at.
        int wrong = 2;
        int both = 0;
        for (int[] g : v[wrong]) {
            both += g[0];
        }
        Path bad = lao("salavan-bad-2024.xlsx", v, wrong, 7);
        CliRun badCheck = CliRun.emis("template", "check", "--template", template.toString(), bad.toString());
        List<String> mismatches = badCheck.out().lines().filter(l -> l.contains("TOTAL_MISMATCH:")).toList();
        assertEquals(1, mismatches.size(), badCheck.out());
        assertTrue(mismatches.get(0).contains(grand + (5 + wrong)) && mismatches.get(0).contains("says " + (both + 7))
                && mismatches.get(0).contains("add up to " + both), mismatches.get(0));
    }
}
