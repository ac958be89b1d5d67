package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.InsideLabels;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teachers by sex written with their label in ONE cell ({@code Teachers: Male 4 Female 3}, review 22): a
 * template without a label for it dropped the cell without a word (only "label not found" in the check); now the
 * import reports its figures not read ({@code UNREAD_FIGURES} at the cell), and the draft reads it, a label per sex
 * inside the cell, beside sheets giving their teachers on a line of cells.
 */
class TeachersBySexInOneCellNotReadTest {
    private static final int YEAR = 2024;
    private static final String[] CODES = {"PW-11", "PW-12", "PW-13"};

    @TempDir
    Path dir;

    /** Three schools' sheets; teachers [school][F, M]; the first on a line of cells, the others in one cell. */
    private static int[][] write(XSSFWorkbook wb) {
        Random rnd = new Random(2207);
        int[][] teachers = new int[CODES.length][2];
        for (int s = 0; s < CODES.length; s++) {
            Sheet sh = wb.createSheet("Sch" + s);
            Sheets.row(sh, 0, "ANNUAL SCHOOL RETURN 2024");
            Sheets.row(sh, 2, "School: Skul " + s, "", "", "Reg. No: " + CODES[s]);
            Sheets.row(sh, 4, "Class", "Boys", "Girls");
            for (int g = 1; g <= 6; g++) {
                Sheets.row(sh, 4 + g, "Std " + g, 10 + s + g, 20 + s + g);
            }
            teachers[s][0] = rnd.nextInt(30) + 1;
            teachers[s][1] = rnd.nextInt(30) + 1;
            if (s == 0) {
                Sheets.row(sh, 12, "Teachers:", "Female", teachers[s][0], "Male", teachers[s][1]);
            } else if (s == 1) {
                Sheets.row(sh, 12, "Teachers: Male " + teachers[s][1] + " Female " + teachers[s][0]);
            } else {
                Sheets.row(sh, 12, "Teachers : F: " + teachers[s][0] + ", M: " + teachers[s][1]);
            }
        }
        return teachers;
    }

    @Test
    void theCellIsReadAsALabelPerSex() {
        assertEquals(String.join(",", "Teachers", "M", "4", "F", "3"),
                String.join(",", InsideLabels.labelAndCountsBySex("Teachers: Male 4 Female 3")));
        assertEquals("3", InsideLabels.countOfSex("Teachers : F: 3, M: 4", "F"));
        assertNull(InsideLabels.labelAndCountsBySex("Teachers: Male 4"), "one count: the label-and-count cell");
        assertNull(InsideLabels.labelAndCountsBySex("Teachers: Male 4 Male 3"), "a sex twice");
        assertNull(InsideLabels.labelAndCountsBySex("Rooms: Good 4 Bad 3"), "words naming no sex");
        assertNull(InsideLabels.labelAndCountsBySex("School: Mwenge Primary"));
    }

    @Test
    void theDraftReadsEachSheetsTeachers() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        int[][] teachers = write(wb);
        DraftedImports imports = new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        DraftedImports.Run run = imports.draftCheckImport(wb, "pw-2024.xlsx");
        assertTrue(run.json().contains("\"inside\""), run.json());
        FileResult r = run.result();
        assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
        assertEquals(0, r.problemCount(), r.problems().toString());
        assertEquals(CODES.length * (6 * 2 + 2L), r.valuesStored(), run.json());
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        try (Workbench w = imports.open()) {
            for (int s = 0; s < CODES.length; s++) {
                assertEquals(teachers[s][0], w.whereFrom(CODES[s], YEAR, Topic.TEACHERS, total, Sex.F, AgeGroup.ALL)
                        .orElseThrow().value(), CODES[s] + " women");
                assertEquals(teachers[s][1], w.whereFrom(CODES[s], YEAR, Topic.TEACHERS, total, Sex.M, AgeGroup.ALL)
                        .orElseThrow().value(), CODES[s] + " men");
            }
        }
    }

    /** A template reading the teachers on a line of cells only: the one-cell sheets' teachers are reported. */
    @Test
    void aTemplateWithoutItReportsTheCellNotRead() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        write(wb);
        DraftedImports imports = new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        FileResult r = imports.importWith(wb, "pw-2024.xlsx", """
                {"id": "pw-line", "version": 1, "layout": "grid", "schools": "sheet", "year": {"fromFileName": true},
                 "sheets": [{"names": ["*"], "required": ["school.code"],
                   "labels": [{"labels": ["Reg. No"], "field": "school.code", "position": "inside"},
                              {"labels": ["Teachers"], "column": ["Male"], "field": "teachers.total", "sex": "M"},
                              {"labels": ["Teachers"], "column": ["Female"], "field": "teachers.total", "sex": "F"}],
                   "grids": [{"field": "enrolment", "titles": ["Class"], "rows": "grade"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
        FileResult.ProblemSummary unread = r.problems().stream().filter(p -> p.kind().equals("UNREAD_FIGURES"))
                .findFirst().orElse(null);
        assertNotNull(unread, "the one-cell teachers are not dropped in silence: " + r.problems());
        assertEquals(2, unread.count(), r.problems().toString());
        assertTrue(unread.firstCell().contains("Sch1") && unread.firstCell().endsWith("A13"), unread.firstCell());
        assertTrue(unread.lastCell().contains("Sch2") && unread.lastCell().endsWith("A13"), unread.lastCell());
    }
}
