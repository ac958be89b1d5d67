package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.FormCells;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.template.InsideLabels;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 27: (F5) a district file of schools stacked on one sheet, each block titled in one merged cell {@code École:
 * EPP Kaédi Centre — Code: 12345}: the label {@code Code} read inside the cell after the separator gives the code,
 * and {@code École} the name up to that separator (the file was refused, BLANK_KEY on every block); with the code
 * label {@code École} the BLANK_KEY says which label holds the code. (F9) a bilingual Arabic/French form: the total
 * column {@code المجموع / Total} is checked as {@code Total} is (its figures were unread, a wrong total unseen), and
 * the labels {@code Année scolaire}, {@code Code de l'école} match their French side.
 */
class LabelledPartsAndBilingualLabelsTest {
    private static final int YEAR = 2024;
    private static final String[] GRADES = {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"};
    private static final String[] NAMES = {"EPP Kaédi - Centre", "EPP Sélibaby 2", "École Boghé Escale",
        "EPP M'Bout"};
    private static final String[] CODES = {"12345", "12346", "12347", "12348"};
    /** The title of each block: the code after a separator and its own label, as districts write it. */
    private static final String[] TITLES = {"École: %s — Code: %s", "École : %s – Code : %s", "École: %s - N° : %s",
        "École: %s, Code école %s"};

    @TempDir
    Path dir;

    /** The district's sheet of stacked blocks; returns code → [grade][girls, boys]. */
    private static Map<String, int[][]> blocks(XSSFWorkbook wb) {
        Random rnd = new Random(2705);
        Sheet sh = wb.createSheet("District");
        Sheets.row(sh, 0, "DREN du Gorgol — Compilation des fiches écoles");
        Sheets.row(sh, 1, "Année scolaire : 2024-2025");
        Map<String, int[][]> expected = new LinkedHashMap<>();
        int r = 3;
        for (int s = 0; s < CODES.length; s++) {
            Sheets.row(sh, r, String.format(TITLES[s], NAMES[s], CODES[s]));
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
            Sheets.row(sh, r + 1, "Classe", "Garçons", "Filles", "Total");
            int[][] v = new int[GRADES.length][2];
            int girls = 0;
            int boys = 0;
            for (int g = 0; g < GRADES.length; g++) {
                v[g][0] = 15 + rnd.nextInt(40);
                v[g][1] = 15 + rnd.nextInt(40);
                girls += v[g][0];
                boys += v[g][1];
                Sheets.row(sh, r + 2 + g, GRADES[g], v[g][1], v[g][0], v[g][0] + v[g][1]);
            }
            Sheets.row(sh, r + 2 + GRADES.length, "Total", boys, girls, boys + girls);
            expected.put(CODES[s], v);
            r += GRADES.length + 4;
        }
        return expected;
    }

    private static final String BLOCKS_TEMPLATE = """
            {"id": "gorgol-blocs", "version": 1, "layout": "grid", "schools": "block", "language": "fr",
             "year": {"labels": ["Année scolaire"], "fromFileName": true},
             "sheets": [{"names": ["District"], "required": ["school.code", "enrolment"],
               "labels": [{"labels": [%s], "field": "school.code", "position": "inside"},
                          {"labels": ["École"], "field": "school.name", "position": "inside"}],
               "grids": [{"field": "enrolment", "titles": ["Classe"], "rows": "grade"}]}]}
            """;

    @Test
    void aCodeLabelledLaterInTheBlocksTitleIsTheSchoolsCode() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Map<String, int[][]> expected = blocks(wb);
        DraftedImports imports = new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        FileResult f = imports.importWith(wb, "gorgol-2024.xlsx",
                BLOCKS_TEMPLATE.formatted("\"Code\", \"N°\", \"Code école\""));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(CODES.length, f.schoolsAdded(), f.problems().toString());
        assertEquals(0, f.problemCount(), "every total agrees, every figure read: " + f.problems());
        assertEquals(CODES.length * GRADES.length * 2L, f.valuesStored());
        try (Workbench w = imports.open()) {
            for (int s = 0; s < CODES.length; s++) {
                assertEquals(NAMES[s], imports.school(w, CODES[s]).name(), "the name up to the separator");
                for (int g = 0; g < GRADES.length; g++) {
                    int[] v = expected.get(CODES[s])[g];
                    imports.assertEnrolment(w, CODES[s], g + 1, v[0], v[1]);
                }
            }
            assertEquals("District!C" + (3 + 2 * (GRADES.length + 4) + 3), w.whereFrom("12347", YEAR,
                    Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL).orElseThrow().source().sheetCell(),
                    "the third block's CP1 girls: its own cell");
        }
    }

    @Test
    void theCodeLabelOfTheNameSaysWhichLabelHoldsTheCode() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        blocks(wb);
        Path file = dir.resolve("gorgol-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        var t = TemplateLoader.parse(BLOCKS_TEMPLATE.formatted("\"École\""), "gorgol-a.json", null);
        TemplateWorkshop.CheckReport r = new TemplateWorkshop(TemplateCatalog.load(null))
                .check(file, t, null, org.emisworkbench.model.Cancellation.none());
        List<TemplateWorkshop.ProblemLine> blank = r.problems().stream()
                .filter(p -> p.kind() == ProblemKind.BLANK_KEY).toList();
        assertEquals(CODES.length, blank.size(), r.problems().toString());
        assertEquals("District!A4", blank.get(0).sheetCell());
        String text = blank.get(0).detail().english();
        assertTrue(text.contains("the code 12345 stands there after another label, \"Code\"")
                && text.contains("\"position\": \"inside\""), text);
        assertTrue(blank.get(2).detail().english().contains("after another label, \"N°\""),
                blank.get(2).detail().english());
    }

    @Test
    void aLabelStandsLaterInACellOnlyAfterASeparator() {
        List<String> parts = List.of("École", "Code");
        assertEquals("EPP Kaédi Centre", InsideLabels.value("École: EPP Kaédi Centre — Code: 12345", List.of("École"),
                parts));
        assertEquals("12345", InsideLabels.value("École: EPP Kaédi Centre — Code: 12345", List.of("Code"), parts));
        assertEquals("EPP Codes Unis", InsideLabels.value("École: EPP Codes Unis", List.of("École"), parts));
        assertNull(InsideLabels.value("École: EPP Kaédi Centre Code 12345", List.of("Code"), parts),
                "no separator before it: part of the name");
        assertNull(InsideLabels.value("Fiche: noms, Code et effectifs", List.of("Code"), parts),
                "without its colon a label takes one word carrying a digit");
        assertEquals("Groupe scolaire, École 2", InsideLabels.value("École: Groupe scolaire, École 2",
                List.of("École"), parts), "the first part's own label goes on in its value");
        assertEquals("EPP Kaédi Centre — Code: 12345", InsideLabels.value("École: EPP Kaédi Centre — Code: 12345",
                List.of("École"), List.of("École")), "a part of a label the template does not name is no part");
    }

    @Test
    void aLabelOrATotalMatchesEitherSideOfABilingualCell() {
        assertTrue(FormCells.isLabel("السنة الدراسية / Année scolaire", List.of("Année scolaire")));
        assertTrue(FormCells.isLabel("السنة الدراسية / Année scolaire:", List.of("السنة الدراسية")));
        assertTrue(FormCells.isLabel("Boys / Garçons", List.of("Boys")), "one sex in two languages");
        assertFalse(FormCells.isLabel("Boys / Girls", List.of("Boys")), "two sexes, not one label");
        assertFalse(FormCells.isLabel("Année scolaire 2024", List.of("Année scolaire")), "never a part of a side");
        assertFalse(FormCells.isLabel("Année scolaire/Année", List.of("Année scolaire")), "no spaces: no pair");
        assertTrue(HeaderText.isTotalWord("المجموع / Total"));
        assertTrue(HeaderText.isTotalWord("Total"));
        assertFalse(HeaderText.isTotalWord("Boys / Total"), "a sex and a total: two things");
        // "المجموعة" (the group) is no total word, whatever its other side: neither side is one.
        assertFalse(HeaderText.isTotalWord("المجموعة / Totalement"));
    }

    /** The bilingual form: code, year, then pupils by grade and sex with a total column, one total wrong. */
    private static int[][] bilingualForm(XSSFWorkbook wb, int wrongRow) {
        Random rnd = new Random(2709);
        Sheet sh = wb.createSheet("الاستمارة - Fiche");
        sh.setRightToLeft(true);
        Sheets.row(sh, 0, "الإحصاء المدرسي السنوي / Recensement scolaire annuel");
        Sheets.row(sh, 2, "رمز المدرسة / Code de l'école", "", "MR-10101");
        Sheets.row(sh, 3, "السنة الدراسية / Année scolaire", "", "2024-2025");
        Sheets.row(sh, 5, "التلاميذ حسب السنة والجنس / Élèves par année et sexe");
        Sheets.row(sh, 6, "السنة / Classe", "ذكور / Garçons", "إناث / Filles", "المجموع / Total");
        int[][] v = new int[6][2];
        for (int g = 0; g < 6; g++) {
            v[g][0] = 20 + rnd.nextInt(40);
            v[g][1] = 20 + rnd.nextInt(40);
            Sheets.row(sh, 7 + g, (g + 1) + "AF", v[g][1], v[g][0], v[g][0] + v[g][1] + (7 + g == wrongRow ? 3 : 0));
        }
        return v;
    }

    @Test
    void aBilingualTotalColumnIsCheckedAndTheYearLabelMatchesItsFrenchSide() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        int wrongRow = 9;
        int[][] v = bilingualForm(wb, wrongRow);
        DraftedImports imports = new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        // No year in the file's name: the year is the French side's label's, or none.
        FileResult f = imports.importWith(wb, "fiche-nour.xlsx", """
                {"id": "mr-fiche-fr", "version": 1, "layout": "grid", "language": "fr",
                 "year": {"labels": ["Année scolaire"]},
                 "codeLists": {"grade": {"G1": ["1AF"], "G2": ["2AF"], "G3": ["3AF"], "G4": ["4AF"], "G5": ["5AF"],
                                         "G6": ["6AF"]}},
                 "sheets": [{"names": ["*"], "required": ["school.code", "enrolment"],
                   "labels": [{"labels": ["Code de l'école"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["Élèves par année et sexe"], "rows": "grade"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(1, f.schoolsAdded(), f.problems().toString());
        assertEquals(0, DraftedImports.count(f, "UNREAD_FIGURES"), "the total column is read: " + f.problems());
        assertEquals(1, DraftedImports.count(f, "TOTAL_MISMATCH"), f.problems().toString());
        assertEquals(1, f.problemCount(), "the planted total only: " + f.problems());
        assertEquals("الاستمارة - Fiche!D" + (wrongRow + 1), DraftedImports.first(f, "TOTAL_MISMATCH")
                .replace("'", ""));
        try (Workbench w = imports.open()) {
            for (int g = 0; g < 6; g++) {
                imports.assertEnrolment(w, "MR-10101", g + 1, v[g][0], v[g][1]);
            }
        }
    }
}
