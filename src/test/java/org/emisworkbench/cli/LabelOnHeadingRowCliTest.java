package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 32 (Cambodia): a school form whose teachers' small table has its heading and its data row both labelled
 * {@code គ្រូបង្រៀន} (A18: {@code គ្រូបង្រៀន | សរុប | ស្រី}; A19: {@code គ្រូបង្រៀន | 9 | 4}). The label is read at the
 * heading, so the teachers were two NOT_A_NUMBER "ស្រី" and nothing said why. The label written twice is now said
 * (LABEL_FOUND_TWICE, IMP-40), naming the row that holds the figures; with a heading in other words the teachers are
 * stored as written.
 */
class LabelOnHeadingRowCliTest {
    private static final String TEMPLATE = """
            {"id": "kh-form", "version": 1, "layout": "grid", "year": {"labels": ["ឆ្នាំសិក្សា"]},
             "codeLists": {"sex": {"F": ["ស្រី"]}, "total": {"total": ["សរុប"]}},
             "sheets": [{"names": ["សាលា"], "required": ["school.code"],
               "labels": [
                 {"labels": ["លេខកូដសាលា"], "field": "school.code"},
                 {"labels": ["គ្រូបង្រៀន"], "field": "teachers.total", "sex": "F", "column": ["ស្រី"]},
                 {"labels": ["គ្រូបង្រៀន"], "field": "teachers.total", "sex": "M", "differenceOf": ["សរុប", "ស្រី"]}],
               "grids": [{"field": "enrolment", "titles": ["ចំនួនសិស្សតាមថ្នាក់ និងភេទ"], "rows": "grade",
                          "sexLayout": "columns"}]}]}
            """;
    private static final int TEACHERS = 9;
    private static final int WOMEN = 4;

    @TempDir
    Path dir;

    /** The form; the teachers' heading at A18 reads {@code heading}. {@code f[g] = {total, girls}}. */
    private Path form(String name, String heading, int[][] f) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("សាលា");
        Sheets.row(s, 0, "ស្ថិតិសាលាបឋមសិក្សា");
        Sheets.row(s, 1, "ឆ្នាំសិក្សា", null, "2024-2025");
        Sheets.row(s, 3, "លេខកូដសាលា", null, "2101001");
        Sheets.row(s, 7, "ចំនួនសិស្សតាមថ្នាក់ និងភេទ");
        Sheets.row(s, 8, "ថ្នាក់", "សរុប", "ស្រី");
        for (int g = 0; g < f.length; g++) {
            Sheets.row(s, 9 + g, "ថ្នាក់ទី" + (g + 1), f[g][0], f[g][1]);
        }
        Sheets.row(s, 17, heading, "សរុប", "ស្រី");
        Sheets.row(s, 18, "គ្រូបង្រៀន", TEACHERS, WOMEN);
        return Sheets.save(wb, dir.resolve(name));
    }

    private static int[][] figures() {
        int[][] f = new int[6][];
        for (int g = 0; g < 6; g++) {
            f[g] = new int[] {50 + 4 * g, 22 + 2 * g};
        }
        return f;
    }

    @Test
    void aLabelReadOnItsTablesHeadingIsSaidNamingTheRowWithTheFigures() throws Exception {
        Path template = Files.writeString(dir.resolve("kh.json"), TEMPLATE);
        Path file = form("kh-2024.xlsx", "គ្រូបង្រៀន", figures());
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(1, check.code(), check.out());
        assertTrue(check.out().contains("សាលា!A18 LABEL_FOUND_TWICE"), check.out());
        assertTrue(check.out().contains("the label \"គ្រូបង្រៀន\" is written at A18, A19: read at A18, whose row holds"
                + " no figure (a table's heading?), while A19 holds figures beside the same words"), check.out());
        assertTrue(check.out().contains("LABEL_FOUND_TWICE            1"), "said once a sheet: " + check.out());
        assertTrue(check.out().contains("NOT_A_NUMBER"), check.out());
    }

    @Test
    void withAHeadingInOtherWordsTheTeachersAreStoredAndNothingIsSaid() throws Exception {
        Path template = Files.writeString(dir.resolve("kh.json"), TEMPLATE);
        int[][] f = figures();
        Path file = form("kh-2024.xlsx", "បុគ្គលិក", f);
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out());
        assertFalse(check.out().contains("LABEL_FOUND_TWICE"), check.out());
        Path db = dir.resolve("w.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        Map<String, Long> expected = new TreeMap<>();
        for (int g = 0; g < f.length; g++) {
            expected.put("enrolment G" + (g + 1) + " F", (long) f[g][1]);
            expected.put("enrolment G" + (g + 1) + " M", (long) f[g][0] - f[g][1]);
        }
        expected.put("teachers total F", (long) WOMEN);
        expected.put("teachers total M", (long) TEACHERS - WOMEN);
        assertEquals(expected, LongCsv.figures(db, 2024, dir.resolve("long.csv"),
                r -> r.get("topic") + " " + r.get("item") + " " + r.get("sex")));
    }
}
