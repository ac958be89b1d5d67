package org.emisworkbench.imports;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.RecordingSink;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 26 F5: a roster template that reads only the labels of its labelled sheet reports the sheet's table of
 * figures as not read (UNREAD_FIGURES), as a grid template does, never "Problems: none".
 */
class RosterFormUnreadTest {
    private static final String TEMPLATE = """
            {"id": "ph-labels-roster", "version": 1, "layout": "roster",
             "sheets": [
               {"names": ["Enrollment"], "required": ["school.code"],
                "labels": [{"labels": ["School ID"], "field": "school.code"}]},
               {"names": ["Teachers"], "kind": "staff", "columns": [
                 {"headers": ["Sex"], "field": "staff.sex"}]}]}
            """;

    @Test
    void aLabelledSheetsTableIsReportedAsNotRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ph.xlsx");
        int grades = 4;
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet e = wb.createSheet("Enrollment");
            row(e, 0, "School ID", "104777");
            Object[] head = new Object[1 + 2 * grades];
            Object[] sexes = new Object[1 + 2 * grades];
            Object[] enrol = new Object[1 + 2 * grades];
            head[0] = "";
            sexes[0] = "";
            enrol[0] = "Enrollment";
            for (int g = 0; g < grades; g++) {
                head[1 + 2 * g] = "Grade " + (g + 1);
                sexes[1 + 2 * g] = "Male";
                sexes[2 + 2 * g] = "Female";
                enrol[1 + 2 * g] = 20 + g;
                enrol[2 + 2 * g] = 30 + g;
            }
            row(e, 3, head);
            row(e, 4, sexes);
            row(e, 5, enrol);
            Sheet t = wb.createSheet("Teachers");
            row(t, 0, "Sex");
            row(t, 1, "Female");
            wb.write(out);
        }
        RecordingSink sink = new RecordingSink();
        try (WorkbookReader w = Workbooks.open(file)) {
            new RosterInterpreter().interpret(w, TemplateLoader.parse(TEMPLATE, "t", null),
                    Fixtures.context("ph.xlsx", 2024), sink);
        }
        List<ImportProblem> unread = sink.problems(ProblemKind.UNREAD_FIGURES);
        assertTrue(!unread.isEmpty(), sink.problems::toString);
        assertTrue(unread.stream().allMatch(p -> "Enrollment".equals(p.sheet()) && "104777".equals(p.schoolCode())),
                unread::toString);
        // Every figure of the table is named by one block or another, none left out.
        int cells = 0;
        for (ImportProblem p : unread) {
            String[] ends = p.cell().split(":");
            int[] a = at(ends[0]);
            int[] b = ends.length > 1 ? at(ends[1]) : a;
            cells += (b[0] - a[0] + 1) * (b[1] - a[1] + 1);
        }
        assertEquals(2 * grades, cells, unread::toString);
    }

    /** Row and column of a cell such as {@code E9}. */
    private static int[] at(String cell) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Z]+)(\\d+)").matcher(cell);
        assertTrue(m.matches(), cell);
        return new int[] {Integer.parseInt(m.group(2)), org.emisworkbench.model.CellRef.columnIndex(m.group(1))};
    }
}
