package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 30 B1: a Pacific form names its grades {@code Year 1 / Yia 1} and has a column {@code Last year / Las yia}
 * right of the table's Total. The numbers beside a label naming a year were taken for no census figures (a year of
 * opening), so the six counts of the extra column were neither read nor reported ({@code Problems: none}). Counts
 * beside such labels are census figures left unread; a year beside {@code Year opened} still is not. Workbook written
 * here with POI; the expected block and count computed here.
 */
class YearWordsBesideCountsReview30Test {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "vu-form", "version": 1, "layout": "grid",
             "sheets": [{"names": ["Skul Census"], "required": ["school.code"], "labels": [
               {"labels": ["School No / Namba blong Skul"], "field": "school.code"},
               {"labels": ["School Name / Nem blong Skul"], "field": "school.name"}],
              "grids": [{"field": "enrolment", "titles": ["ENROLMENT BY YEAR AND SEX"], "rows": "grade",
                         "sexLayout": "columns"}],
              "ignore": ["Year opened / Yia we skul i open"]}]}
            """;

    @Test
    void countsBesideYearLabelsAreReportedNotReadAndAYearOfOpeningIsNot() throws Exception {
        Random rnd = new Random(3001);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Skul Census");
        Sheets.row(s, 0, "ANNUAL SCHOOL CENSUS / SKUL SENSAS");
        Sheets.row(s, 2, "School Name / Nem blong Skul", "Luganville Primary");
        Sheets.row(s, 3, "School No / Namba blong Skul", "SAN-1021");
        Sheets.row(s, 4, "Year opened / Yia we skul i open", 1985);
        Sheets.row(s, 6, "ENROLMENT BY YEAR AND SEX");
        Sheets.row(s, 7, "Year / Yia", "Boys / Boe", "Girls / Gel", "Total / Totol", "Last year / Las yia");
        int boys = 0;
        int girls = 0;
        for (int g = 1; g <= 6; g++) {
            int b = rnd.nextInt(30) + 5;
            int f = rnd.nextInt(30) + 5;
            boys += b;
            girls += f;
            Sheets.row(s, 7 + g, "Year " + g + " / Yia " + g, b, f, b + f, rnd.nextInt(50) + 10);
        }
        Sheets.row(s, 14, "Total / Totol", boys, girls, boys + girls);
        Path file = dir.resolve("census_SAN-1021_2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        Path template = dir.resolve("vu-form.json");
        Files.writeString(template, TEMPLATE);
        TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));
        var check = workshop.check(file, TemplateLoader.load(template), 2024, Cancellation.none());
        List<String> unread = check.problems().stream().filter(p -> p.kind() == ProblemKind.UNREAD_FIGURES)
                .map(p -> p.sheetCell() + " " + p.detail().english()).toList();
        // Column E, rows 9 to 14: the six counts of last year, right of the Total column.
        assertEquals(1, unread.size(), unread.toString());
        assertTrue(unread.get(0).contains("E9:E14") && unread.get(0).contains("6 figures"), unread.toString());
        assertTrue(unread.stream().noneMatch(u -> u.contains("B5")), unread.toString());
    }
}
