package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet entry naming two district sheets without {@code "every": true} reads the first only (decision 0042): the
 * second sheet's figures are all left unread. {@code emis template check} said so as a warning and exited 0 (review
 * 24, M6), though it exits 1 for a column of figures left unread. It now exits 1 for a whole sheet too; with
 * {@code "every": true} the check is clean, and a cover sheet without a number matched by {@code "*"} is no sheet of
 * figures left unread.
 */
class TemplateCheckSheetNotReadCliTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "districts", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Wakiso", "Mukono"]%s, "key": ["EMIS Number"], "columns": [
               {"headers": ["Name of School"], "field": "school.name"},
               {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    private Path workbook(boolean cover) throws Exception {
        return workbook(cover, 2);
    }

    /** A cover sheet (words only) when asked, then the first {@code districts} of the two district sheets. */
    private Path workbook(boolean cover, int districts) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        if (cover) {
            Sheet c = wb.createSheet("Cover");
            Sheets.row(c, 0, "Annual school census");
            Sheets.row(c, 1, "Secondary returns by district");
        }
        String[][] schools = {{"U0001234", "Kitende SS"}, {"U0002010", "Bishop's SS"}};
        String[] names = {"Wakiso", "Mukono"};
        for (int s = 0; s < districts; s++) {
            Sheet sh = wb.createSheet(names[s]);
            Sheets.row(sh, 0, "EMIS Number", "Name of School", "Grade 1 Boys", "Grade 1 Girls");
            Sheets.row(sh, 1, schools[s][0], schools[s][1], 30 + s, 28 + s);
        }
        Path file = dir.resolve("census-2024-" + (cover ? "cover" : "plain") + districts + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private Path template(String every, String names) throws Exception {
        Path t = dir.resolve("districts" + every.length() + names.length() + ".json");
        Files.writeString(t, TEMPLATE.formatted(every).replace("[\"Wakiso\", \"Mukono\"]", names));
        return t;
    }

    @Test
    void aWholeSheetOfFiguresLeftUnreadFailsTheCheck() throws Exception {
        Path file = workbook(false);
        CliRun check = CliRun.emis("template", "check", "--template",
                template("", "[\"Wakiso\", \"Mukono\"]").toString(), file.toString());
        assertTrue(check.out().contains("Mukono: NOT READ"), check.out());
        assertEquals(1, check.code(), "a sheet of figures left unread fails the check: " + check.out());

        CliRun every = CliRun.emis("template", "check", "--template",
                template(", \"every\": true", "[\"Wakiso\", \"Mukono\"]").toString(), file.toString());
        assertTrue(!every.out().contains("NOT READ"), every.out());
        assertEquals(0, every.code(), every.out() + every.err());
    }

    @Test
    void aCoverSheetWithoutANumberIsNoSheetOfFiguresLeftUnread() throws Exception {
        Path file = workbook(true);
        // "Wakiso" first, then any sheet: the cover and Mukono are matched by "*" but not read.
        CliRun check = CliRun.emis("template", "check", "--template",
                template("", "[\"Wakiso\", \"*\"]").toString(), file.toString());
        assertTrue(check.out().contains("Mukono: NOT READ"), check.out());
        assertEquals(1, check.code(), "Mukono holds figures: " + check.out());

        // The same entry on a file of Wakiso and its cover: the cover, matched by "*", is not read and holds no number.
        Path one = workbook(true, 1);
        CliRun cover = CliRun.emis("template", "check", "--template",
                template("", "[\"Wakiso\", \"*\"]").toString(), one.toString());
        assertTrue(cover.out().contains("Cover: NOT READ"), cover.out());
        assertEquals(0, cover.code(), "the cover holds no number: " + cover.out() + cover.err());
    }
}
