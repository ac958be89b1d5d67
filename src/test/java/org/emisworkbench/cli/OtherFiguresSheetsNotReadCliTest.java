package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11: a national workbook of enrolment sheets (one row per school, a sheet per department) also held an exam
 * results sheet, a scholarships sheet ({@code Becas}) and a school finance sheet. The check and the import passed
 * the exam sheet and Becas over in silence and called the finance sheet "census figures". Each visible sheet of
 * figures the template does not read is now named NOT READ with what it holds (counts, scores or percentages, money
 * amounts) and its cells, in the text and the JSON of both; none of its figures is stored; a sheet of census-like
 * counts still fails the check.
 */
class OtherFiguresSheetsNotReadCliTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "national", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Centre", "Nord"], "every": true, "key": ["EMIS Number"], "columns": [
               {"headers": ["Name of School"], "field": "school.name"},
               {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    /** Per department, per school: code, name, Grade 1 Boys, Grade 1 Girls, Grade 2 Boys, Grade 2 Girls. */
    private static final Object[][][] DEPARTMENTS = {
        {{"D01-001", "Escuela Central", 30, 28, 25, 27}, {"D01-002", "Escuela del Río", 19, 22, 18, 20}},
        {{"D02-001", "Escuela Norte", 41, 39, 35, 36}}};

    /**
     * The workbook: the two department sheets, then the exam sheet, Becas headed {@code girls} and {@code boys}
     * (Niñas | Niños, or Girls | Boys), with the amount granted beside them when {@code amounts}, and the finance
     * sheet.
     */
    private Path workbook(String name, String girls, String boys, boolean amounts) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        String[] names = {"Centre", "Nord"};
        for (int d = 0; d < DEPARTMENTS.length; d++) {
            Sheet sh = wb.createSheet(names[d]);
            Sheets.row(sh, 0, "EMIS Number", "Name of School", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys",
                    "Grade 2 Girls");
            for (int s = 0; s < DEPARTMENTS[d].length; s++) {
                Sheets.row(sh, s + 1, DEPARTMENTS[d][s]);
            }
        }
        // Exam results: subject rows, candidates, a mean score with decimals and a pass rate shown as a percentage.
        Sheet exam = wb.createSheet("Exam results");
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        Sheets.row(exam, 0, "National examination results");
        Sheets.row(exam, 2, "Subject", "Candidates", "Mean score", "Pass rate");
        Object[][] subjects = {{"Mathematics", 1520, 54.37, 0.625}, {"Language", 1518, 61.2, 0.714},
            {"Science", 1490, 48.95, 0.553}};
        for (int i = 0; i < subjects.length; i++) {
            Sheets.row(exam, 3 + i, subjects[i]);
            exam.getRow(3 + i).getCell(3).setCellStyle(percent);
        }
        // Becas: pupils holding a grant, by school and sex.
        Sheet becas = wb.createSheet("Becas");
        Sheets.row(becas, 0, "EMIS Number", girls, boys, amounts ? "Amount granted" : null);
        Sheets.row(becas, 1, "D01-001", 12, 9, amounts ? 10_500.75 : null);
        Sheets.row(becas, 2, "D01-002", 7, 5, amounts ? 6_000 : null);
        Sheets.row(becas, 3, "D02-001", 4, 6, amounts ? 4_250.5 : null);
        // Finance: money amounts with cents, one header naming teachers.
        Sheet finance = wb.createSheet("Finance");
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        Sheets.row(finance, 0, "EMIS Number", "Budget", "Spent", "Teachers' salaries");
        Sheets.row(finance, 1, "D01-001", 1_250_000.50, 1_175_400.25, 800_000);
        Sheets.row(finance, 2, "D01-002", 980_000, 990_250.75, 610_500.10);
        Sheets.row(finance, 3, "D02-001", 450_000, 400_000, 300_000);
        for (int r = 1; r <= 3; r++) {
            for (int c = 1; c <= 3; c++) {
                finance.getRow(r).getCell(c).setCellStyle(money);
            }
        }
        // A cover and a list of codes: no figures, not mentioned.
        Sheet codes = wb.createSheet("Codes");
        Sheets.row(codes, 0, "Code", "Ownership");
        Sheets.row(codes, 1, 1, "Public");
        Sheets.row(codes, 2, 2, "Private");
        return Sheets.save(wb, dir.resolve(name));
    }

    private Path template() throws Exception {
        return Files.writeString(dir.resolve("national.json"), TEMPLATE);
    }

    /** The enrolment figures of the department sheets, counted from the data written. */
    private static int enrolmentFigures() {
        int n = 0;
        for (Object[][] department : DEPARTMENTS) {
            for (Object[] school : department) {
                n += school.length - 2;
            }
        }
        return n;
    }

    private static String line(String file, String sheet, String holds) {
        return file + ", sheet \"" + sheet + "\": NOT READ: it holds " + holds
                + ", and no sheet entry of the template names it; none of them were imported.";
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static long starting(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start)).count();
    }

    @Test
    void examBecasAndFinanceSheetsAreEachNamedForWhatTheyHoldAndNothingOfThemIsStored() throws Exception {
        String name = "Censo-2024.xlsx";
        Path file = workbook(name, "Niñas", "Niños", false);
        Path t = template();
        // The exam's candidates (B4:B6) are counts, its mean scores and pass rates (C4:D6) scores or percentages;
        // Becas' girls and boys (B2:C4) counts under words the census vocabulary does not know; the finance sheet's
        // amounts (B2:D4) money, though one header names teachers.
        List<String> expected = List.of(
                line(name, "Exam results", "counts (B4:B6), scores or percentages (C4:D6)"),
                line(name, "Becas", "counts (B2:C4)"),
                line(name, "Finance", "money amounts (B2:D4)"));

        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        List<String> warnings = check.out().lines().filter(l -> l.startsWith("WARNING: "))
                .map(l -> l.substring("WARNING: ".length())).toList();
        for (String e : expected) {
            assertEquals(1, starting(warnings, e), e + "\n" + check.out());
        }
        assertFalse(check.out().contains("holds census figures"), check.out());
        assertFalse(check.out().contains("\"Codes\""), check.out());
        // None of them census figures: the check passes, as it does on any warning that is no figure left unread.
        assertEquals(0, check.code(), check.out() + check.err());

        CliRun json = CliRun.emis("template", "check", "--template", t.toString(), "--format", "json",
                file.toString());
        List<String> jsonLines = texts(json.json().get("sheetsNotRead"));
        assertEquals(expected.size(), jsonLines.size(), jsonLines.toString());
        for (String e : expected) {
            assertEquals(1, starting(jsonLines, e), e + "\n" + jsonLines);
        }

        CliRun run = CliRun.emis("import", "--db", dir.resolve("a.mv.db").toString(), "--template", t.toString(),
                "--format", "json", file.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        JsonNode f = run.json().get("files").get(0);
        List<String> importWarnings = texts(f.get("warnings"));
        for (String e : expected) {
            assertEquals(1, starting(importWarnings, e), e + "\n" + importWarnings);
        }
        // Only the enrolment of the department sheets is stored: nothing of the exam, Becas or finance sheets.
        assertEquals(enrolmentFigures(), f.get("valuesStored").asLong(), f.toString());
    }

    @Test
    void becasHeadedGirlsAndBoysIsCensusCountsAndStillFailsTheCheckWithItsAmountsNamedBeside() throws Exception {
        String name = "Census-2024.xlsx";
        Path file = workbook(name, "Girls", "Boys", true);
        CliRun check = CliRun.emis("template", "check", "--template", template().toString(), file.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        List<String> warnings = check.out().lines().filter(l -> l.startsWith("WARNING: "))
                .map(l -> l.substring("WARNING: ".length())).toList();
        // Girls and boys are census counts; the amounts granted beside them are said as money, not census figures.
        assertEquals(1, starting(warnings, name + ", sheet \"Becas\": NOT READ: it holds census figures in B2:C4 "
                + "(and, besides them, money amounts (D2:D4)), and no sheet entry of the template names it"),
                check.out());
        assertEquals(1, starting(warnings, line(name, "Finance", "money amounts (B2:D4)")), check.out());
        assertEquals(1, starting(warnings, line(name, "Exam results",
                "counts (B4:B6), scores or percentages (C4:D6)")), check.out());
        assertTrue(warnings.stream().filter(w -> w.contains("holds census figures")).allMatch(w -> w.contains("\"Becas\"")),
                check.out());
    }
}
