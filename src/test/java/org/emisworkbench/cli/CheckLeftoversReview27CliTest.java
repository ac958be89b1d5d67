package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 27, what was left: a check finding text where a figure is expected exits 1 as it does for figures left
 * unread; a block left unread is named by its cells, its count and a few of its labels, not every row label strung
 * together; the totals of such a block (a {@code T / ድምር} beside {@code M} and {@code F}) are counted apart from its
 * figures, never dropped unsaid; a CSV opened by an English Excel (every line whole in column A) is refused with how
 * to split it, naming file, sheet and cell. Workbooks written here with POI; expected counts worked out in the test.
 */
class CheckLeftoversReview27CliTest {
    @TempDir
    Path dir;

    private static final String FORM = """
            {"id": "form-nan", "version": 1, "layout": "grid",
             "constants": {"school.level": "primary"},
             "sheets": [{"names": ["*"], "required": ["school.code", "enrolment"],
               "labels": [{"labels": ["School code"], "field": "school.code"}],
               "grids": [{"field": "enrolment", "titles": ["PUPILS BY GRADE AND SEX"], "rows": "grade"}]}]}
            """;

    private Path write(XSSFWorkbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private Path template(String json) throws Exception {
        Path t = dir.resolve("t-" + Math.abs(json.hashCode()) + ".json");
        Files.writeString(t, json, StandardCharsets.UTF_8);
        return t;
    }

    /** A form with grades 1 to 3 by sex; {@code text} cells (row, col) hold words where figures are expected. */
    private Path form(String name, String[][] words) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Form");
        Row code = s.createRow(0);
        code.createCell(0).setCellValue("School code");
        code.createCell(1).setCellValue("SCH-01");
        s.createRow(2).createCell(0).setCellValue("PUPILS BY GRADE AND SEX");
        Row h = s.createRow(3);
        h.createCell(0).setCellValue("Grade");
        h.createCell(1).setCellValue("Boys");
        h.createCell(2).setCellValue("Girls");
        for (int g = 1; g <= 3; g++) {
            Row r = s.createRow(3 + g);
            r.createCell(0).setCellValue("Grade " + g);
            r.createCell(1).setCellValue(10 * g + 1);
            r.createCell(2).setCellValue(10 * g + 2);
        }
        for (String[] w : words) {
            int row = Integer.parseInt(w[0].substring(1)) - 1;
            s.getRow(row).createCell(CellRef.columnIndex(w[0].substring(0, 1))).setCellValue(w[1]);
        }
        return write(wb, name);
    }

    @Test
    void aCheckFindingTextWhereAFigureIsExpectedExitsOne() throws Exception {
        Path clean = form("clean-2024.xlsx", new String[0][]);
        CliRun ok = CliRun.emis("template", "check", "--template", template(FORM).toString(), clean.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertFalse(ok.out().contains("WARNING"), ok.out());

        String[][] words = {{"B5", "douze"}, {"C6", "n.d. 22"}};
        Path file = form("words-2024.xlsx", words);
        CliRun bad = CliRun.emis("template", "check", "--template", template(FORM).toString(), file.toString());
        assertEquals(1, bad.code(), bad.out() + bad.err());
        assertTrue(bad.out().contains("NOT_A_NUMBER"), bad.out());
        assertTrue(bad.out().contains("WARNING: " + words.length + " cell(s) where a figure is expected hold none"),
                bad.out());
        CliRun json = CliRun.emis("template", "check", "--template", template(FORM).toString(), "--format", "json",
                file.toString());
        assertEquals(1, json.code(), json.out() + json.err());
        assertEquals(words.length, json.json().get("figuresNotRead").asInt(), json.out());
    }

    /**
     * A wide sheet of schools with bilingual headers ({@code Grade 1 / 1ኛ ክፍል} over {@code M / ወንድ | F / ሴት | T /
     * ድምር}) read by a grid that takes its first row only: the other rows are one block, named by its cells, with its
     * figures and its totals counted apart and a few labels, not every school's name.
     */
    @Test
    void aBlockLeftUnreadIsNamedShortlyWithItsTotalsCountedApart() throws Exception {
        int grades = 4;
        int schools = 6;
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Primary");
        s.createRow(0).createCell(0).setCellValue("School code / የትምህርት ቤት ኮድ");
        s.getRow(0).createCell(1).setCellValue("OR-01");
        s.createRow(2).createCell(0).setCellValue("ENROLMENT BY GRADE AND SEX");
        Row upper = s.createRow(3);
        Row lower = s.createRow(4);
        upper.createCell(0).setCellValue("School / ትምህርት ቤት");
        String[] sexes = {"M / ወንድ", "F / ሴት", "T / ድምር"};
        for (int g = 0; g < grades; g++) {
            upper.createCell(1 + 3 * g).setCellValue("Grade " + (g + 1) + " / " + (g + 1) + "ኛ ክፍል");
            s.addMergedRegion(new CellRangeAddress(3, 3, 1 + 3 * g, 3 + 3 * g));
            for (int x = 0; x < 3; x++) {
                lower.createCell(1 + 3 * g + x).setCellValue(sexes[x]);
            }
        }
        List<String> names = new ArrayList<>();
        for (int r = 0; r < schools; r++) {
            Row row = s.createRow(5 + r);
            String name = "School number " + (r + 1) + " / ትምህርት ቤት " + (r + 1);
            names.add(name);
            row.createCell(0).setCellValue(name);
            for (int g = 0; g < grades; g++) {
                int m = 30 + 5 * r + g;
                int f = 28 + 4 * r + 2 * g;
                row.createCell(1 + 3 * g).setCellValue(m);
                row.createCell(2 + 3 * g).setCellValue(f);
                row.createCell(3 + 3 * g).setCellValue(m + f);
            }
        }
        Path file = write(wb, "oromia-2024.xlsx");
        Path t = template("""
                {"id": "one-row", "version": 1, "layout": "grid",
                 "constants": {"school.level": "primary"},
                 "sheets": [{"names": ["Primary"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["ENROLMENT BY GRADE AND SEX"], "rows": "none",
                              "sexLayout": "columns"}]}]}
                """);
        CliRun r = CliRun.emis("template", "check", "--template", t.toString(), "--format", "json", file.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals(2024, r.json().get("year").asInt(), r.out());
        JsonNode blocks = r.json().get("unreadBlocks");
        assertEquals(1, blocks.size(), r.out());
        int unreadRows = schools - 1; // the grid reads the first row
        String last = CellRef.columnLetters(3 * grades - 1) + (5 + schools); // the last grade's girls
        // Named by its figures' cells: the second school's first boys down to the last school's last girls.
        assertEquals("Primary!B7:" + last, blocks.get(0).get("cells").asText(), r.out());
        String detail = blocks.get(0).get("detail").asText();
        // The totals on the rows left unread are counted apart (the first row's belong to a row the grid reads).
        int figures = unreadRows * grades * 2;
        int totals = unreadRows * grades;
        assertTrue(detail.startsWith(figures + " figure(s) (with " + totals + " total(s) beside them) the template"
                + " does not read"),
                detail);
        String headers = blocks.get(0).get("headers").asText();
        // A few labels: the first and last of each long kind, with "…" for the rest, which the detail counts.
        assertTrue(headers.contains("Grade 1 / 1ኛ ክፍል | … | Grade " + grades + " / " + grades + "ኛ ክፍል"), headers);
        assertTrue(headers.contains(names.get(1) + " | … | " + names.get(schools - 1)), headers);
        for (int i = 2; i < schools - 1; i++) {
            assertFalse(headers.contains(names.get(i)), headers);
        }
        int elided = (grades - 2) + (unreadRows - 2);
        assertTrue(detail.endsWith("stands for " + elided + " more"), detail);
        assertTrue(headers.length() < 200, headers);

        CliRun fr = CliRun.emis("template", "check", "--template", t.toString(), "--lang", "fr", file.toString());
        assertTrue(fr.out().contains(figures + " chiffre(s) (avec " + totals + " total(aux) à côté) que le modèle ne lit pas"),
                fr.out());
    }

    /** A CSV opened by an English Excel: every line in column A, values separated by ";". */
    @Test
    void aCsvLeftWholeInColumnAIsRefusedWithHowToSplitIt() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("base-nationale");
        String[] lines = {"code;nom;district;classe;garcons;filles", "10101;Ecole 1;Nord;1AF;20;18",
            "10101;Ecole 1;Nord;2AF;22;19", "10102;Ecole 2;Sud;1AF;31;30"};
        for (int i = 0; i < lines.length; i++) {
            s.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        Path file = write(wb, "base-en-excel-2024.xlsx");
        Path t = template("""
                {"id": "base", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["*"], "key": ["code"], "columns": [
                   {"headers": ["garcons"], "field": "enrolment", "sex": "M", "grade": "G1"}]}]}
                """);
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        String hint = "base-en-excel-2024.xlsx, sheet base-nationale: each row holds all its values in one cell of column A,"
                + " separated by “;” (A1: “" + lines[0] + "”)";
        assertTrue(check.out().contains(hint), check.out());
        assertTrue(check.out().contains("Data ▸ Text to Columns"), check.out());

        Path db = dir.resolve("w.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertTrue((imp.out() + imp.err()).contains(hint), imp.out() + imp.err());

        CliRun matched = CliRun.emis("import", "--db", dir.resolve("m.mv.db").toString(), file.toString());
        assertTrue((matched.out() + matched.err()).contains(hint), matched.out() + matched.err());

        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", dir.resolve("d.json").toString());
        assertTrue((draft.out() + draft.err()).contains(hint), draft.out() + draft.err());

        // The same sheet split into columns is no such file: no hint.
        XSSFWorkbook split = new XSSFWorkbook();
        Sheet p = split.createSheet("base-nationale");
        for (int i = 0; i < lines.length; i++) {
            String[] v = lines[i].split(";");
            Row row = p.createRow(i);
            for (int c = 0; c < v.length; c++) {
                if (i > 0 && c >= 4) {
                    row.createCell(c).setCellValue(Integer.parseInt(v[c]));
                } else {
                    row.createCell(c).setCellValue(v[c]);
                }
            }
        }
        Path good = write(split, "base-split-2024.xlsx");
        CliRun ok = CliRun.emis("template", "check", "--template", t.toString(), good.toString());
        assertFalse(ok.out().contains("column A"), ok.out());
    }
}
