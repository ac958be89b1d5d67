package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.DraftedImports.Run;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spanish matrícula inicial (review 28, F6): the form's title, then label lines ({@code Año lectivo | 2024},
 * {@code Código modular: | 0456789}), then {@code Grado | Hombres | Mujeres | Total} with a row per grade, a
 * {@code Repitentes} table and a small {@code Docentes} table of {@code Titulados} and {@code No titulados}. The draft
 * reads it whole; a hand template titles the enrolment table by its corner cell ({@code Grado}, a word the program
 * does not know as a heading) or by the form's title above the label lines; a title over label lines never reads
 * another title's table. Figures are worked out here from the values written.
 */
class SpanishFormDraftTest {
    private static final int YEAR = 2024;
    private static final String CODE = "0456789";
    /** The grades as Spanish forms write them, each spelling read by its shape. */
    private static final String[] GRADES = {"1º grado", "2° grado", "3er grado", "4to grado", "grado 5", "6º grado"};

    @TempDir
    Path dir;

    /** The figures written: [grade 1..6][F, M] for enrolment and repeaters; teachers [titulados, no][F, M]. */
    private final int[][] enrol = new int[7][2];
    private final int[][] rep = new int[7][2];
    private final int[][] teachers = new int[2][2];

    private DraftedImports imports() {
        return new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
    }

    /**
     * The form, its figures drawn from {@code seed}; {@code between} one more label line under the title
     * (Secciones | 4), and {@code enrolment} false leaves the enrolment table out.
     */
    private XSSFWorkbook form(long seed, boolean between, boolean enrolment) {
        Random rnd = new Random(seed);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Matrícula");
        int r = 0;
        Sheets.row(sh, r++, "MATRÍCULA INICIAL - CENSO ESCOLAR");
        Sheets.row(sh, r++, "Año lectivo", String.valueOf(YEAR));
        Sheets.row(sh, r++, "Código modular:", CODE);
        Sheets.row(sh, r++, "Nombre de la institución:", "Escuela N° 12 José Martí");
        if (between) {
            Sheets.row(sh, r++, "Secciones", 4);
        }
        r++;
        if (enrolment) {
            Sheets.row(sh, r++, "Grado", "Hombres", "Mujeres", "Total");
            for (int g = 1; g <= 6; g++) {
                enrol[g][0] = 10 + rnd.nextInt(30);
                enrol[g][1] = 10 + rnd.nextInt(30);
                Sheets.row(sh, r++, GRADES[g - 1], enrol[g][1], enrol[g][0], enrol[g][0] + enrol[g][1]);
            }
            r++;
        }
        Sheets.row(sh, r++, "Repitentes");
        Sheets.row(sh, r++, "Grado", "Hombres", "Mujeres", "Total");
        for (int g = 1; g <= 6; g++) {
            rep[g][0] = rnd.nextInt(6);
            rep[g][1] = rnd.nextInt(6);
            Sheets.row(sh, r++, GRADES[g - 1], rep[g][1], rep[g][0], rep[g][0] + rep[g][1]);
        }
        r++;
        Sheets.row(sh, r++, "Docentes");
        Sheets.row(sh, r++, "", "Hombres", "Mujeres", "Total");
        for (int k = 0; k < 2; k++) {
            teachers[k][0] = 1 + rnd.nextInt(5);
            teachers[k][1] = rnd.nextInt(4);
            Sheets.row(sh, r++, k == 0 ? "Titulados" : "No titulados", teachers[k][1], teachers[k][0],
                    teachers[k][0] + teachers[k][1]);
        }
        return wb;
    }

    @Test
    void theDraftReadsTheSpanishFormWhole() throws Exception {
        DraftedImports imports = imports();
        Run run = imports.draftCheckImport(form(2801, false, true), "matricula_" + CODE + "_2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        DraftedImports.assertClean(run, 1);
        // The code read from its label (not the file's name), the year from Año lectivo, the table titled by its
        // corner cell (no title line stands over it within four rows, only label lines), the repeaters by theirs.
        assertTrue(run.json().contains("\"labels\" : [ \"Código modular\" ]"), run.json());
        assertFalse(run.json().contains("\"fileName\""), run.json());
        assertTrue(run.json().contains("\"labels\" : [ \"Año lectivo\" ]"), run.json());
        assertTrue(run.json().contains("\"titles\" : [ \"Grado\" ]"), run.json());
        assertTrue(run.json().contains("\"field\" : \"repeaters\""), run.json());
        // Titled by its corner Grado, which names no topic, on the sheet Matrícula, which names enrolment: the
        // draft is as sure of it as of Repitentes, never shown as a coin toss (50%) (review 29).
        var grids = new TemplateWorkshop(TemplateCatalog.load(null))
                .draft(dir.resolve("matricula_" + CODE + "_2024.xlsx"), "es").grids();
        assertEquals(java.util.List.of("enrolment 0.8", "repeaters 0.8"), grids.stream().map(g -> g.field() + " "
                + g.confidence()).toList());
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        int qualified = Topic.TEACHERS.fixedSlots().indexOf("qualified");
        try (Workbench w = imports.open()) {
            assertEquals("Escuela N° 12 José Martí", imports.school(w, CODE).name());
            for (int g = 1; g <= 6; g++) {
                imports.assertEnrolment(w, CODE, g, enrol[g][0], enrol[g][1]);
                imports.assertFigure(w, CODE, Topic.REPEATERS, g, rep[g][0], rep[g][1]);
            }
            imports.assertFigure(w, CODE, Topic.TEACHERS, qualified, teachers[0][0], teachers[0][1]);
            imports.assertFigure(w, CODE, Topic.TEACHERS, total, teachers[0][0] + teachers[1][0],
                    teachers[0][1] + teachers[1][1]);
            assertEquals("Matrícula!C7", w.whereFrom(CODE, YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "girls of 1º grado");
        }
    }

    private static String template(String enrolmentTitle) {
        return """
                {"id": "es-hand", "version": 1, "layout": "grid", "language": "es",
                 "year": {"labels": ["Año lectivo"]},
                 "sheets": [{"names": ["Matrícula"], "required": ["school.code"],
                   "labels": [{"labels": ["Código modular"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["%s"], "rows": "grade"},
                             {"field": "repeaters", "titles": ["Repitentes"], "rows": "grade"}]}]}
                """.formatted(enrolmentTitle);
    }

    @Test
    void aCornerWordTheTemplateNamesTitlesItsTable() throws Exception {
        DraftedImports imports = imports();
        FileResult f = imports.importWith(form(2802, false, true), "matricula_" + CODE + "_2024.xlsx",
                template("Grado"));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, count(f, "GRID_NOT_FOUND"), f.problems().toString());
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 6; g++) {
                imports.assertEnrolment(w, CODE, g, enrol[g][0], enrol[g][1]);
                imports.assertFigure(w, CODE, Topic.REPEATERS, g, rep[g][0], rep[g][1]);
            }
        }
    }

    @Test
    void aTitleAboveLabelLinesFindsItsTable() throws Exception {
        DraftedImports imports = imports();
        FileResult f = imports.importWith(form(2803, true, true), "matricula_" + CODE + "_2024.xlsx",
                template("MATRÍCULA INICIAL"));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, count(f, "GRID_NOT_FOUND"), f.problems().toString());
        // The one block left unread is the teachers' table the template does not read.
        assertEquals(1, count(f, "UNREAD_FIGURES"), f.problems().toString());
        assertEquals("Matrícula!B26:C27", DraftedImports.first(f, "UNREAD_FIGURES"), f.problems().toString());
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 6; g++) {
                imports.assertEnrolment(w, CODE, g, enrol[g][0], enrol[g][1]);
            }
        }
    }

    @Test
    void aTitleOverLabelLinesNeverReadsAnotherTitlesTable() throws Exception {
        DraftedImports imports = imports();
        // No enrolment table: Repitentes and its table stand right under the label lines.
        String json = template("MATRÍCULA INICIAL").replace("\"required\": [\"school.code\"]",
                "\"required\": [\"school.code\", \"repeaters\"]");
        FileResult f = imports.importWith(form(2804, false, false), "matricula_" + CODE + "_2024.xlsx", json);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(1, count(f, "GRID_NOT_FOUND"), f.problems().toString());
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 6; g++) {
                imports.assertFigure(w, CODE, Topic.REPEATERS, g, rep[g][0], rep[g][1]);
                assertTrue(w.whereFrom(CODE, YEAR, Topic.ENROLMENT, g, Sex.F, AgeGroup.ALL).isEmpty(),
                        "no enrolment read from the repeaters' table");
            }
        }
    }
}
