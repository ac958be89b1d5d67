package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A total for both sexes beside one sex only (decision 0044): Mozambican {@code 1ª classe HM | 1ª classe M},
 * English {@code Total | Girls} and {@code Total | Of which girls}, French {@code Total | dont filles} and
 * {@code T | F}. The workbooks are written here (not by the sample generator); the boys expected are worked out
 * here as total less girls. The draft reads such a file with no hand edit; a blank cell leaves the boys missing;
 * girls above the total are an IMP-24 error naming both cells, and nothing is stored for the boys.
 */
class TotalBesideOneSexCliTest {
    @TempDir
    Path dir;

    private static final int GRADES = 5;

    /** [school][grade][0 = HM, 1 = M]; null: a blank cell. */
    private Integer[][][] figures(long seed, int schools) {
        Random rnd = new Random(seed);
        Integer[][][] v = new Integer[schools][GRADES][2];
        for (int s = 0; s < schools; s++) {
            for (int g = 0; g < GRADES; g++) {
                int girls = rnd.nextInt(50) + 1;
                v[s][g][1] = girls;
                v[s][g][0] = girls + rnd.nextInt(50);
            }
        }
        return v;
    }

    /** One header row: code, name, then per grade the total and the one sex. */
    private Path oneRowHeader(String file, String sheet, String codeHeader, String[] totalAndSex, Integer[][][] v)
            throws Exception {
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet s = wb.createSheet(sheet);
            Row h = s.createRow(0);
            h.createCell(0).setCellValue(codeHeader);
            h.createCell(1).setCellValue("Nome da escola");
            for (int g = 0; g < GRADES; g++) {
                h.createCell(2 + 2 * g).setCellValue(String.format(totalAndSex[0], g + 1));
                h.createCell(3 + 2 * g).setCellValue(String.format(totalAndSex[1], g + 1));
            }
            rows(s, 1, v);
            wb.write(out);
        }
        return path;
    }

    /** A grade merged over two columns on the first row, the total's and the one sex's words below it. */
    private Path twoRowHeader(String file, String[] words, String[] gradeNames, Integer[][][] v) throws Exception {
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet s = wb.createSheet("Enrolment");
            Row top = s.createRow(0);
            Row low = s.createRow(1);
            top.createCell(0).setCellValue(words[2]);
            top.createCell(1).setCellValue(words[3]);
            for (int g = 0; g < GRADES; g++) {
                top.createCell(2 + 2 * g).setCellValue(gradeNames[g]);
                s.addMergedRegion(new CellRangeAddress(0, 0, 2 + 2 * g, 3 + 2 * g));
                low.createCell(2 + 2 * g).setCellValue(words[0]);
                low.createCell(3 + 2 * g).setCellValue(words[1]);
            }
            rows(s, 2, v);
            wb.write(out);
        }
        return path;
    }

    private static void rows(Sheet s, int first, Integer[][][] v) {
        for (int i = 0; i < v.length; i++) {
            Row r = s.createRow(first + i);
            r.createCell(0).setCellValue(code(i));
            r.createCell(1).setCellValue("EP " + (char) ('A' + i));
            for (int g = 0; g < GRADES; g++) {
                for (int k = 0; k < 2; k++) {
                    if (v[i][g][k] != null) {
                        r.createCell(2 + 2 * g + k).setCellValue(v[i][g][k]);
                    }
                }
            }
        }
    }

    private static String code(int i) {
        return "MZ-" + (301 + i);
    }

    private CliRun draft(Path file) throws Exception {
        Path out = dir.resolve(file.getFileName() + ".json");
        CliRun r = CliRun.emis("template", "draft", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        // One pattern-shaped entry for the grades' differences, as for a family of ordinary columns; none per grade.
        JsonNode columns = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile()).get("sheets").get(0)
                .get("columns");
        int differences = 0;
        for (JsonNode c : columns) {
            if (c.has("differenceOf")) {
                differences++;
                assertFalse(c.has("grade"), c.toString());
                assertTrue(c.get("differenceOf").get(0).asText().contains("{grade}")
                        && c.get("differenceOf").get(1).asText().contains("{grade}"), c.toString());
            }
        }
        assertEquals(1, differences, Files.readString(out));
        return r;
    }

    private CliRun importWith(Path db, Path template, Path file) throws Exception {
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        return r;
    }

    private static JsonNode trace(Path db, String school, int grade, String sex) throws Exception {
        return CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", school, "--slot",
                "G" + grade, "--sex", sex, "--format", "json").json();
    }

    private static JsonNode indicator(JsonNode doc, String id) {
        JsonNode found = doc.findValue(id);
        assertTrue(found != null && !found.isMissingNode(), id + " in " + doc);
        return found;
    }

    /** Every figure: girls as written, boys as total less girls, missing where either cell is blank or girls > total. */
    private static void assertFigures(Path db, Integer[][][] v, String sheet, int firstDataRow) throws Exception {
        int checked = 0;
        for (int i = 0; i < v.length; i++) {
            for (int g = 0; g < GRADES; g++) {
                Integer total = v[i][g][0];
                Integer girls = v[i][g][1];
                JsonNode f = trace(db, code(i), g + 1, "F");
                JsonNode m = trace(db, code(i), g + 1, "M");
                if (girls == null) {
                    assertFalse(f.path("value").isNumber(), "blanks are not zeros: " + f);
                } else {
                    assertEquals(girls.intValue(), f.get("value").asInt(), f.toString());
                }
                if (total == null || girls == null || girls > total) {
                    assertFalse(m.path("value").isNumber(), "blanks are not zeros: " + m);
                } else {
                    assertEquals(total - girls, m.get("value").asInt(), m.toString());
                    // Both cells named: the total's, then the girls'.
                    String row = String.valueOf(firstDataRow + i + 1);
                    JsonNode src = m.get("sources").get(0);
                    assertEquals(sheet, src.get("sheet").asText(), m.toString());
                    assertEquals(CellRef.columnLetters(2 + 2 * g) + row + "-" + CellRef.columnLetters(3 + 2 * g) + row,
                            src.get("cell").asText(), m.toString());
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "some boys were worked out");
    }

    /** Enrolment by sex and the GPI, worked out here: parity pairs the grades giving both sexes. */
    private static void assertIndicators(Path db, Integer[][][] v) throws Exception {
        long girls = 0;
        long boys = 0;
        long pairedGirls = 0;
        long pairedBoys = 0;
        for (Integer[][] school : v) {
            for (Integer[] grade : school) {
                Integer total = grade[0];
                Integer f = grade[1];
                girls += f == null ? 0 : f;
                boolean m = total != null && f != null && f <= total;
                boys += m ? total - f : 0;
                if (m) {
                    pairedGirls += f;
                    pairedBoys += total - f;
                }
            }
        }
        JsonNode doc = CliRun.emis("indicators", "--db", db.toString(), "--year", "2024").json();
        assertEquals(girls, indicator(doc, "enrolment_female").get("value").asDouble(), 1e-9);
        assertEquals(boys, indicator(doc, "enrolment_male").get("value").asDouble(), 1e-9);
        JsonNode gpi = indicator(doc, "gpi_enrolment");
        assertTrue(gpi.get("available").asBoolean(), gpi.toString());
        assertEquals(pairedGirls, gpi.get("numerator").asDouble(), 1e-9);
        assertEquals(pairedBoys, gpi.get("denominator").asDouble(), 1e-9);
        double ratio = (double) pairedGirls / pairedBoys;
        assertEquals(ratio <= 1 ? ratio : 2 - 1 / ratio, gpi.get("value").asDouble(), 1e-9);
    }

    @Test
    void portugueseHmBesideMIsDraftedAndImportedWithNoEdit() throws Exception {
        Integer[][][] v = figures(44, 6);
        Path file = oneRowHeader("ribaue-2024.xlsx", "EP1", "Código da escola", new String[] {"%dª classe HM",
                "%dª classe M"}, v);
        CliRun d = draft(file);
        assertFalse(d.out().contains("may be mulheres"), "HM beside M tells that M is mulheres: " + d.out());
        assertTrue(d.out().contains("difference enrolment G1 M = \"1ª classe HM\" − \"1ª classe M\""), d.out());
        Path db = dir.resolve("pt.mv.db");
        CliRun r = importWith(db, dir.resolve("ribaue-2024.xlsx.json"), file);
        assertTrue(r.out().contains("0 problems"), r.out());
        assertTrue(r.out().contains((v.length * GRADES * 2) + " values"), r.out());
        assertFigures(db, v, "EP1", 1);
        assertIndicators(db, v);
        // The check names the total's column for what it gives.
        CliRun check = CliRun.emis("template", "check", "--template", dir.resolve("ribaue-2024.xlsx.json").toString(),
                file.toString());
        assertTrue(check.out().contains("\"1ª classe HM\"               → both sexes, gives enrolment G1 M"),
                check.out());
    }

    @Test
    void portugueseHmBesideHGivesTheGirls() throws Exception {
        // Here the one sex given is H, homens: the boys; the girls are the total less the boys.
        Integer[][][] v = figures(46, 3);
        Path file = oneRowHeader("hm-h-2024.xlsx", "EP1", "Código da escola", new String[] {"%dª classe HM",
                "%dª classe H"}, v);
        CliRun d = draft(file);
        assertTrue(d.out().contains("difference enrolment G1 F = \"1ª classe HM\" − \"1ª classe H\""), d.out());
        Path db = dir.resolve("hm-h.mv.db");
        CliRun r = importWith(db, dir.resolve("hm-h-2024.xlsx.json"), file);
        assertTrue(r.out().contains("0 problems"), r.out());
        for (int i = 0; i < v.length; i++) {
            for (int g = 0; g < GRADES; g++) {
                assertEquals(v[i][g][1].intValue(), trace(db, code(i), g + 1, "M").get("value").asInt());
                assertEquals(v[i][g][0] - v[i][g][1], trace(db, code(i), g + 1, "F").get("value").asInt());
            }
        }
    }

    @Test
    void blanksLeaveTheBoysMissingAndGirlsAboveTheTotalAreAnErrorNamingBothCells() throws Exception {
        Integer[][][] v = figures(45, 4);
        v[0][1][1] = null;      // MZ-301 grade 2: girls blank → boys missing
        v[1][2][0] = null;      // MZ-302 grade 3: total blank → boys missing, girls kept
        v[2][0][0] = 30;        // MZ-303 grade 1: 34 girls of a total of 30
        v[2][0][1] = 34;
        v[3][4][0] = 0;         // MZ-304 grade 5: none at all → 0 boys, a figure
        v[3][4][1] = 0;
        Path file = oneRowHeader("mistakes-2024.xlsx", "EP1", "Código da escola", new String[] {"%dª classe HM",
                "%dª classe M"}, v);
        Path template = dir.resolve("ep.json");
        Files.writeString(template, """
                {"id": "ep-hm", "version": 1, "layout": "wide", "language": "pt", "year": {"fromFileName": true},
                 "sheets": [{"names": ["EP1"], "key": ["Código da escola"],
                   "columns": [{"headers": ["Nome da escola"], "field": "school.name"},
                               {"patterns": ["{grade} M"], "field": "enrolment", "sex": "F"},
                               {"field": "enrolment", "sex": "M", "differenceOf": ["{grade} HM", "{grade} M"]}]}]}
                """);
        Path db = dir.resolve("mistakes.mv.db");
        CliRun r = importWith(db, template, file);
        assertTrue(r.out().contains("SEX_OVER_TOTAL"), r.out());
        assertFigures(db, v, "EP1", 1);
        assertEquals(0, trace(db, code(3), 5, "M").get("value").asInt(), "0 written is 0 worked out");
        // Nothing stored for that pair's boys; the girls' own cell is kept.
        assertFalse(trace(db, code(2), 1, "M").path("value").isNumber());
        assertEquals(34, trace(db, code(2), 1, "F").get("value").asInt());

        CliRun val = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
        JsonNode imp24 = null;
        int count = 0;
        java.util.List<String> blanks = new java.util.ArrayList<>();
        for (JsonNode x : val.json()) {
            if ("IMP-24".equals(x.get("rule").asText())) {
                imp24 = x;
                count++;
            } else if ("IMP-13".equals(x.get("rule").asText())) {
                blanks.add(x.get("source").get("cell").asText() + " " + x.get("message").asText());
            }
        }
        // Each blank beside a filled cell is said at the blank cell, naming the other: F2 (girls of grade 2 of
        // MZ-301, total in E2) and G3 (the total of grade 3 of MZ-302, girls in H3).
        assertEquals(2, blanks.size(), blanks.toString());
        assertTrue(blanks.stream().anyMatch(b -> b.startsWith("F2 ") && b.contains("E2")), blanks.toString());
        assertTrue(blanks.stream().anyMatch(b -> b.startsWith("G3 ") && b.contains("H3")), blanks.toString());
        assertEquals(1, count, val.out());
        assertEquals(code(2), imp24.get("school").asText());
        assertEquals("error", imp24.get("severity").asText());
        String msg = imp24.get("message").asText();
        // Row 4 of the sheet: C4 is the total of grade 1, D4 its girls.
        assertTrue(msg.contains("C4") && msg.contains("D4") && msg.contains("34") && msg.contains("30"), msg);
        assertEquals("C4", imp24.get("source").get("cell").asText(), imp24.toString());
        // No TOTAL_MISMATCH: the total is no check column here.
        assertFalse(r.out().contains("TOTAL_MISMATCH"), r.out());
    }

    @Test
    void englishAndFrenchTotalsBesideGirlsAreDraftedAndImportedWithNoEdit() throws Exception {
        String[][] styles = {
            // words under each grade: the total's, the one sex's; the code and name headers; the grades' names
            {"Total", "Girls", "School code", "School name", "Grade 1,Grade 2,Grade 3,Grade 4,Grade 5"},
            {"Total", "Of which girls", "School code", "School name", "Std 1,Std 2,Std 3,Std 4,Std 5"},
            {"Total", "dont filles", "Code école", "Nom de l'école", "CP1,CP2,CE1,CE2,CM1"},
            {"T", "F", "Code école", "Nom de l'école", "CP1,CP2,CE1,CE2,CM1"}};
        for (int k = 0; k < styles.length; k++) {
            Integer[][][] v = figures(60 + k, 4);
            Path file = twoRowHeader("style" + k + "-2024.xlsx", styles[k], styles[k][4].split(","), v);
            CliRun d = draft(file);
            assertTrue(d.out().contains("difference enrolment G1 M"), styles[k][1] + ": " + d.out());
            Path db = dir.resolve("style" + k + ".mv.db");
            CliRun r = importWith(db, dir.resolve(file.getFileName() + ".json"), file);
            assertTrue(r.out().contains("0 problems"), styles[k][1] + ": " + r.out());
            assertFigures(db, v, "Enrolment", 2);
            assertIndicators(db, v);
        }
    }

    @Test
    void schoolsAcrossReadTheDifferenceTheSameWay() throws Exception {
        // One column per school: codes across row 1, each grade's HM and M down the rows.
        Integer[][][] v = figures(77, 3);
        Path file = dir.resolve("across-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Resumo");
            Row codes = s.createRow(0);
            codes.createCell(0).setCellValue("Código da escola");
            for (int i = 0; i < v.length; i++) {
                codes.createCell(1 + i).setCellValue(code(i));
            }
            for (int g = 0; g < GRADES; g++) {
                Row hm = s.createRow(1 + 2 * g);
                Row m = s.createRow(2 + 2 * g);
                hm.createCell(0).setCellValue((g + 1) + "ª classe HM");
                m.createCell(0).setCellValue((g + 1) + "ª classe M");
                for (int i = 0; i < v.length; i++) {
                    hm.createCell(1 + i).setCellValue(v[i][g][0]);
                    m.createCell(1 + i).setCellValue(v[i][g][1]);
                }
            }
            wb.write(out);
        }
        Path template = dir.resolve("across.json");
        Files.writeString(template, """
                {"id": "across-hm", "version": 1, "layout": "wide", "language": "pt", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Resumo"], "key": ["Código da escola"], "schoolsIn": "columns",
                   "columns": [{"patterns": ["{grade} M"], "field": "enrolment", "sex": "F"},
                               {"field": "enrolment", "sex": "M", "differenceOf": ["{grade} HM", "{grade} M"]}]}]}
                """);
        Path db = dir.resolve("across.mv.db");
        CliRun r = importWith(db, template, file);
        assertTrue(r.out().contains("0 problems"), r.out());
        for (int i = 0; i < v.length; i++) {
            for (int g = 0; g < GRADES; g++) {
                JsonNode m = trace(db, code(i), g + 1, "M");
                assertEquals(v[i][g][0] - v[i][g][1], m.get("value").asInt(), m.toString());
                String col = CellRef.columnLetters(1 + i);
                assertEquals(col + (2 + 2 * g) + "-" + col + (3 + 2 * g), m.get("sources").get(0).get("cell").asText(),
                        m.toString());
            }
        }
    }

    @Test
    void aDifferenceMustNameTheTotalAndOneSexAndTheSexWorkedOut() throws Exception {
        Path file = oneRowHeader("x-2024.xlsx", "EP1", "Código da escola", new String[] {"%dª classe HM",
                "%dª classe M"}, figures(1, 1));
        Path template = dir.resolve("bad.json");
        Files.writeString(template, """
                {"id": "bad", "version": 1, "layout": "wide", "language": "pt",
                 "sheets": [{"names": ["EP1"], "key": ["Código da escola"],
                   "columns": [{"field": "enrolment", "differenceOf": ["{grade} HM", "{grade} M", "{grade} H"]},
                               {"field": "enrolment", "sex": "F", "differenceOf": ["{grade} HM", "{grade} {sex}"]}]}]}
                """);
        CliRun r = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertFalse(r.code() == 0, r.out() + r.err());
        String all = r.out() + r.err();
        assertTrue(all.contains("$.sheets[0].columns[0].differenceOf: give two headers"), all);
        assertTrue(all.contains("$.sheets[0].columns[0].differenceOf: give the sex of the figure worked out"), all);
        assertTrue(all.contains("$.sheets[0].columns[1].differenceOf[1]: no {sex} here"), all);
    }
}
