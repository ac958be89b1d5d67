package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.SheetFit;
import org.emisworkbench.template.SheetMapping;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafting a template from workbooks the sample generator never writes (French headers, a header on
 * row 5 under a banner, a two-row header with the grade above the sex), then importing each with its
 * draft: the figures stored are the ones this test wrote. And the dry-run check on a workbook with a
 * column the template does not read.
 */
class TemplateDraftTest {
    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** What the test wrote, school by school: enrolment [school][grade 0..][sex 0=F,1=M]. */
    record Written(List<String> codes, int[][][] enrolment, int[][] teachers, int[] electricity) {
    }

    private static int slot(String grade) {
        return GradeSystem.standard().byCode(grade).orElseThrow().slot();
    }

    private static Written numbers(int schools, int grades, long seed) {
        Random rnd = new Random(seed);
        List<String> codes = new ArrayList<>();
        int[][][] e = new int[schools][grades][2];
        int[][] t = new int[schools][2];
        int[] el = new int[schools];
        for (int s = 0; s < schools; s++) {
            codes.add(String.format("SC%04d", 100 + s * 7));
            for (int g = 0; g < grades; g++) {
                e[s][g][0] = 5 + rnd.nextInt(60);
                e[s][g][1] = 5 + rnd.nextInt(60);
            }
            t[s][0] = 1 + rnd.nextInt(8);
            t[s][1] = 1 + rnd.nextInt(8);
            el[s] = rnd.nextInt(2);
        }
        return new Written(codes, e, t, el);
    }

    private Path save(XSSFWorkbook wb, String name) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    /** English headers on row 5 under a banner, with a column no field fits (a phone number). */
    private Path english(Written w) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Census 2024");
        Sheets.row(s, 0, "MINISTRY OF BASIC EDUCATION — ANNUAL SCHOOL CENSUS");
        Sheets.row(s, 1, "District compilation, filled by the district office");
        Sheets.row(s, 3, "Part A");
        Sheets.row(s, 4, "School code", "Name of school", "Grade 1 Girls", "Grade 1 Boys", "Grade 2 Girls",
                "Grade 2 Boys", "Grade 3 Girls", "Grade 3 Boys", "Teachers F", "Teachers M", "Electricity",
                "Head teacher phone", "Total Girls", "Total Boys");
        for (int i = 0; i < w.codes().size(); i++) {
            int[][] e = w.enrolment()[i];
            Sheets.row(s, 5 + i, w.codes().get(i), "School " + i, e[0][0], e[0][1], e[1][0], e[1][1], e[2][0], e[2][1],
                    w.teachers()[i][0], w.teachers()[i][1], w.electricity()[i] == 1 ? "Yes" : "No", "0977 555 0" + i,
                    e[0][0] + e[1][0] + e[2][0], e[0][1] + e[1][1] + e[2][1]);
        }
        return save(wb, "district-a-2024.xlsx");
    }

    /** French headers, two sheets: enrolment by CP1 … CE1 and teachers, classrooms and electricity. */
    private Path french(Written w) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Effectifs");
        Sheets.row(s, 0, "Code école", "Nom de l’école", "CP1 Filles", "CP1 Garçons", "CP2 Filles", "CP2 Garçons",
                "CE1 Filles", "CE1 Garçons");
        Sheet t = wb.createSheet("Enseignants");
        Sheets.row(t, 0, "Code école", "Enseignants qualifiés F", "Enseignants qualifiés M", "Électricité");
        for (int i = 0; i < w.codes().size(); i++) {
            int[][] e = w.enrolment()[i];
            Sheets.row(s, 1 + i, w.codes().get(i), "École " + i, e[0][0], e[0][1], e[1][0], e[1][1], e[2][0], e[2][1]);
            Sheets.row(t, 1 + i, w.codes().get(i), w.teachers()[i][0], w.teachers()[i][1],
                    w.electricity()[i] == 1 ? "Oui" : "Non");
        }
        return save(wb, "circonscription-2024.xlsx");
    }

    /** Two header rows: a merged "Class n" above F / M sub-headers. */
    private Path twoRows(Written w) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        // "Number of classrooms" stands on the upper row only, with nothing below it on the lower one.
        Sheets.row(s, 0, "EMIS code", "Class 1", null, "Class 2", null, "Class 3", null, "Number of classrooms");
        Sheets.row(s, 1, null, "F", "M", "F", "M", "F", "M");
        for (int c = 1; c <= 5; c += 2) {
            s.addMergedRegion(new CellRangeAddress(0, 0, c, c + 1));
        }
        for (int i = 0; i < w.codes().size(); i++) {
            int[][] e = w.enrolment()[i];
            Sheets.row(s, 2 + i, w.codes().get(i), e[0][0], e[0][1], e[1][0], e[1][1], e[2][0], e[2][1], classrooms(i));
        }
        return save(wb, "two-rows-2024.xlsx");
    }

    private static int classrooms(int school) {
        return 3 + 2 * school;
    }

    private Template draftAndLoad(Path workbook, String id) throws Exception {
        TemplateWorkshop.DraftResult d = workshop.draft(workbook, id);
        Path out = dir.resolve(id + ".json");
        TemplateWorkshop.write(d.draft().json(), out, false);
        return TemplateLoader.load(out); // zero errors, or this throws with every one of them
    }

    private void assertImported(Path workbook, Template template, Written w, boolean teachers) {
        assertImported(workbook, template, w, teachers, false);
    }

    private void assertImported(Path workbook, Template template, Written w, boolean teachers, boolean classrooms) {
        Path db = dir.resolve(template.id() + ".mv.db");
        try (Workbench wb = Workbench.open(db)) {
            ImportReport r = new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(
                    List.of(workbook), dir.resolve(template.id() + ".json").toString(), null), Progress.NONE,
                    Cancellation.none());
            FileResult f = r.files().get(0);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), String.valueOf(f.message()));
            assertEquals(w.codes().size(), f.schoolsAdded());
            long expectedValues = 0;
            for (int i = 0; i < w.codes().size(); i++) {
                for (int g = 0; g < 3; g++) {
                    for (int sx = 0; sx < 2; sx++) {
                        int stored = wb.whereFrom(w.codes().get(i), 2024, Topic.ENROLMENT, slot("G" + (g + 1)),
                                sx == 0 ? Sex.F : Sex.M, AgeGroup.ALL).orElseThrow().value();
                        assertEquals(w.enrolment()[i][g][sx], stored, w.codes().get(i) + " G" + (g + 1) + " " + sx);
                        expectedValues++;
                    }
                }
                if (teachers) {
                    int slot = Topic.TEACHERS.fixedSlots().indexOf(template.id().startsWith("fr") ? "qualified" : "total");
                    assertEquals(w.teachers()[i][0], wb.whereFrom(w.codes().get(i), 2024, Topic.TEACHERS, slot, Sex.F,
                            AgeGroup.ALL).orElseThrow().value());
                    assertEquals(w.teachers()[i][1], wb.whereFrom(w.codes().get(i), 2024, Topic.TEACHERS, slot, Sex.M,
                            AgeGroup.ALL).orElseThrow().value());
                    int el = Topic.FACILITIES.fixedSlots().indexOf("electricity");
                    assertEquals(w.electricity()[i], wb.whereFrom(w.codes().get(i), 2024, Topic.FACILITIES, el, null,
                            AgeGroup.ALL).orElseThrow().value());
                    expectedValues += 3;
                }
                if (classrooms) {
                    int total = Topic.CLASSROOMS.fixedSlots().indexOf("total");
                    assertEquals(classrooms(i), wb.whereFrom(w.codes().get(i), 2024, Topic.CLASSROOMS, total, null,
                            AgeGroup.ALL).orElseThrow().value());
                    expectedValues++;
                }
            }
            assertEquals(expectedValues, f.valuesStored());
            assertTrue(f.problems().stream().noneMatch(p -> p.kind().equals("TOTAL_MISMATCH")
                    || p.kind().equals("UNMATCHED_COLUMN") && !template.id().equals("district-a")), f.problems().toString());
        }
    }

    @Test
    void englishHeaderOnRowFiveDraftsATemplateThatImportsTheWrittenFigures() throws Exception {
        Written w = numbers(7, 3, 11);
        Path file = english(w);
        TemplateWorkshop.DraftResult d = workshop.draft(file, "district-a");
        SheetMapping sheet = d.sheets().get(0);
        assertEquals(4, sheet.firstRow(), "the header is on row 5");
        ColumnMapping phone = sheet.columns().stream().filter(c -> c.header().equals("Head teacher phone"))
                .findFirst().orElseThrow();
        assertFalse(phone.reads(), "a column no field fits is left out");
        assertTrue(sheet.columns().get(0).key());
        assertTrue(d.draft().json().contains("\"Grade {grade} {sex}\""), d.draft().json());
        assertTrue(d.draft().json().contains("\"yesno\""), "Yes/No answers go through the yesno list");
        ColumnMapping totalGirls = sheet.columns().stream().filter(c -> c.header().equals("Total Girls"))
                .findFirst().orElseThrow();
        assertTrue(totalGirls.total(), "a total column is compared, never stored");
        assertEquals("enrolment", totalGirls.field());
        assertEquals("F", totalGirls.sex());
        assertTrue(d.draft().json().contains("\"total\" : \"enrolment\""), d.draft().json());

        Template t = draftAndLoad(file, "district-a");
        assertEquals(1, t.version());
        assertNotNull(t.title());
        assertImported(file, t, w, true);
    }

    @Test
    void frenchHeadersOnTwoSheetsDraftATemplateThatImportsTheWrittenFigures() throws Exception {
        Written w = numbers(5, 3, 23);
        Path file = french(w);
        TemplateWorkshop.DraftResult d = workshop.draft(file, "fr-circonscription");
        assertEquals(2, d.sheets().size());
        SheetMapping teachers = d.sheets().get(1);
        assertEquals("teachers.qualified", teachers.columns().get(1).field());
        assertEquals("F", teachers.columns().get(1).sex());
        assertEquals("facilities.electricity", teachers.columns().get(3).field());
        assertTrue(d.draft().json().contains("\"{grade} {sex}\""), d.draft().json());

        Template t = draftAndLoad(file, "fr-circonscription");
        assertImported(file, t, w, true);
    }

    @Test
    void twoHeaderRowsGradeAboveSexDraftATemplateThatImportsTheWrittenFigures() throws Exception {
        Written w = numbers(6, 3, 37);
        Path file = twoRows(w);
        TemplateWorkshop.DraftResult d = workshop.draft(file, "two-rows");
        SheetMapping s = d.sheets().get(0);
        assertEquals(0, s.firstRow());
        assertEquals(1, s.lastRow());
        ColumnMapping g2m = s.columns().stream().filter(c -> c.col() == 4).findFirst().orElseThrow();
        assertEquals("enrolment", g2m.field());
        assertEquals("G2", g2m.grade());
        assertEquals("M", g2m.sex());
        ColumnMapping rooms = s.columns().stream().filter(c -> c.col() == 7).findFirst().orElseThrow();
        assertEquals("classrooms.total", rooms.field());
        Template t = draftAndLoad(file, "two-rows");
        assertImported(file, t, w, false, true);
    }

    @Test
    void checkListsAColumnWithNumbersThatTheTemplateDoesNotReadAndStoresNothing() throws Exception {
        Written w = numbers(4, 3, 5);
        Path file = twoRows(w);
        Template t = draftAndLoad(file, "two-rows");
        // The same layout with one more column of numbers: pupils with disabilities, which the template does not know.
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        Sheets.row(s, 0, "EMIS code", "Class 1", null, "Class 2", null, "Class 3", null, "Seats");
        Sheets.row(s, 1, null, "F", "M", "F", "M", "F", "M", null);
        for (int c = 1; c <= 5; c += 2) {
            s.addMergedRegion(new CellRangeAddress(0, 0, c, c + 1));
        }
        int seats = 0;
        for (int i = 0; i < w.codes().size(); i++) {
            int[][] e = w.enrolment()[i];
            Sheets.row(s, 2 + i, w.codes().get(i), e[0][0], e[0][1], e[1][0], e[1][1], e[2][0], e[2][1], 40 + i);
            seats += 40 + i;
        }
        Sheets.row(s, 3, w.codes().get(1), "twelve"); // B4: text where a number should be
        assertTrue(seats > 0);
        Path extra = save(wb, "extra-2024.xlsx");
        TemplateWorkshop.CheckReport r = workshop.check(extra, dir.resolve("two-rows.json").toString(), null,
                Cancellation.none());
        assertNull(r.refused());
        assertEquals(2024, r.year());
        SheetFit sheet = r.sheets().get(0);
        assertEquals(1, sheet.notRead().size(), sheet.notRead().toString());
        assertEquals("H", sheet.notRead().get(0).letters());
        assertEquals("Seats", sheet.notRead().get(0).header());
        assertTrue(sheet.notRead().get(0).numbersBelow());
        assertEquals(List.of("40", "41", "42"), sheet.notRead().get(0).examples());
        assertEquals(1, r.unreadNumberColumns());
        assertFalse(r.clean());
        assertEquals(7, sheet.read().size());
        assertEquals(w.codes().size(), r.schools());
        assertEquals(w.codes().size() * 6L - 1, r.values(), "every value but the one that is not a number");
        // The import's own problems: same codes, same cells, same words. "Seats" stands on the upper header
        // row only; the import names the cell holding it.
        // Besides: the template's "Number of classrooms" is not on this sheet ("Seats" stands there), said as a
        // column not found (IMP-32) rather than nothing read in silence.
        assertEquals(3, r.problems().size(), r.problems().toString());
        TemplateWorkshop.ProblemLine absent = r.problems().stream()
                .filter(x -> x.kind().name().equals("COLUMN_NOT_FOUND")).findFirst().orElseThrow();
        assertEquals("Number of classrooms", absent.raw());
        assertEquals("classrooms.total", absent.field());
        TemplateWorkshop.ProblemLine unread = r.problems().stream().filter(x -> x.kind().name().equals("UNREAD_FIGURES"))
                .findFirst().orElseThrow();
        assertEquals("Enrolment!H1", unread.sheetCell());
        assertEquals("Seats", unread.raw());
        TemplateWorkshop.ProblemLine p = r.problems().stream().filter(x -> x.kind().name().equals("NOT_A_NUMBER"))
                .findFirst().orElseThrow();
        assertEquals("NOT_A_NUMBER", p.kind().name());
        assertEquals("Enrolment!B4", p.sheetCell());
        assertEquals("twelve", p.raw());
        assertEquals("text where a number should be", p.what().english());
        assertEquals(t.id(), r.templateId());
        assertFalse(Files.list(dir).anyMatch(f -> f.getFileName().toString().endsWith(".mv.db")), "nothing stored");
    }

    @Test
    void aFormWithLabelledCellsDraftsAGridTemplateOfItsLabels() throws Exception {
        // One school per workbook: labels with colons, values to the right (past a blank) or below, in French.
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Fiche");
        Sheets.row(s, 0, "FICHE D’ENQUÊTE SCOLAIRE");
        Sheets.row(s, 2, "Code école :", null, "EC-0417");
        Sheets.row(s, 3, "Nom de l'école :", null, "École de la Colline");
        Sheets.row(s, 4, "Année scolaire :", null, "2024-2025");
        Sheets.row(s, 6, "Enseignants F :", 7);
        Sheets.row(s, 7, "Enseignants M :", 5);
        Sheets.row(s, 8, "Électricité");
        Sheets.row(s, 9, "Oui");
        Sheets.row(s, 11, "Effectifs par classe et par sexe");
        Path file = save(wb, "fiche-ec0417.xlsx");
        TemplateWorkshop.DraftResult d = workshop.draft(file, "fiche");
        assertEquals(org.emisworkbench.template.Layout.GRID, d.draft().template().layout());
        assertTrue(d.labels().stream().anyMatch(l -> l.field().equals("school.code") && l.value().equals("EC-0417")),
                d.labels().toString());
        assertTrue(d.notes().stream().anyMatch(n -> n.key().equals("draft.noGrids")));
        Path out = dir.resolve("fiche.json");
        TemplateWorkshop.write(d.draft().json(), out, false);
        Template t = TemplateLoader.load(out);
        assertEquals(List.of("Année scolaire"), t.year().labels());

        Path db = dir.resolve("fiche.mv.db");
        try (Workbench w = Workbench.open(db)) {
            FileResult f = new ImportService(w, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(file),
                    out.toString(), null), Progress.NONE, Cancellation.none()).files().get(0);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), String.valueOf(f.message()));
            assertEquals(2024, f.year());
            int total = Topic.TEACHERS.fixedSlots().indexOf("total");
            assertEquals(7, w.whereFrom("EC-0417", 2024, Topic.TEACHERS, total, Sex.F, AgeGroup.ALL).orElseThrow().value());
            assertEquals(5, w.whereFrom("EC-0417", 2024, Topic.TEACHERS, total, Sex.M, AgeGroup.ALL).orElseThrow().value());
            int el = Topic.FACILITIES.fixedSlots().indexOf("electricity");
            assertEquals(1, w.whereFrom("EC-0417", 2024, Topic.FACILITIES, el, null, AgeGroup.ALL).orElseThrow().value());
            assertEquals("École de la Colline", w.schools(2024, null).get(0).name());
        }
    }

    @Test
    void labelsSideBySideAreDraftedWithTheirValuesBelow() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Form");
        Sheets.row(s, 0, "School code:", "SC-9");
        Sheets.row(s, 2, "Qualified F", "Qualified M", "Total");
        Sheets.row(s, 3, 4, 3, 7);
        TemplateWorkshop.DraftResult d = workshop.draft(save(wb, "form-2024.xlsx"), "block");
        var labels = d.draft().template().sheets().get(0).labels();
        var qualifiedF = labels.stream().filter(l -> l.labels().equals(List.of("Qualified F"))).findFirst().orElseThrow();
        assertEquals("teachers.qualified", qualifiedF.field());
        assertEquals("F", qualifiedF.sex());
        assertEquals("below", qualifiedF.position(), "the cell on its right is the next label, not its value");
        assertEquals("4", d.labels().stream().filter(l -> l.label().equals("Qualified F")).findFirst().orElseThrow()
                .value());
        var code = labels.stream().filter(l -> l.field().equals("school.code")).findFirst().orElseThrow();
        assertNull(code.position(), "a value on the right is where the reader looks first");
    }

    /**
     * Teachers given only by training (English) or qualification (French), never as a total: the draft
     * adds them into teachers.total, so pupil-teacher ratios are available, and the check lists no column
     * with numbers left unread.
     */
    @Test
    void teachersSplitByTrainingAreDraftedAsATotalThatIsTheirSum() throws Exception {
        String[][] styles = {
            {"Code", "Trained F", "Trained M", "Untrained F", "Untrained M"},
            {"Code école", "Enseignants qualifiés F", "Enseignants qualifiés H", "Enseignants non qualifiés F",
                "Enseignants non qualifiés H"}};
        java.util.Random rnd = new java.util.Random(7);
        for (int k = 0; k < styles.length; k++) {
            org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
            org.apache.poi.ss.usermodel.Sheet sh = wb.createSheet("Staff");
            Sheets.row(sh, 0, (Object[]) styles[k]);
            int[][] v = new int[4][4];
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    v[i][j] = rnd.nextInt(9);
                }
                Sheets.row(sh, i + 1, "T" + k + i, v[i][0], v[i][1], v[i][2], v[i][3]);
            }
            Path file = dir.resolve("staff" + k + "-2024.xlsx");
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.close();
            String id = "staff" + k;
            TemplateWorkshop.DraftResult d = workshop.draft(file, id);
            assertEquals(2, d.sheets().get(0).sums().size(), d.draft().json());
            Template t = draftAndLoad(file, id);
            TemplateWorkshop.CheckReport check = workshop.check(file, t, null, Cancellation.none());
            assertEquals(0, check.unreadNumberColumns(), check.toString());
            try (Workbench w = Workbench.open(dir.resolve(id + ".mv.db"))) {
                FileResult f = new ImportService(w, TemplateCatalog.load(null)).importFiles(new ImportRequest(
                        List.of(file), dir.resolve(id + ".json").toString(), null), Progress.NONE,
                        Cancellation.none()).files().get(0);
                assertEquals(FileOutcome.IMPORTED, f.outcome(), String.valueOf(f.message()));
                int total = Topic.TEACHERS.fixedSlots().indexOf("total");
                for (int i = 0; i < 4; i++) {
                    String code = "T" + k + i;
                    assertEquals(v[i][0] + v[i][2], w.whereFrom(code, 2024, Topic.TEACHERS, total, Sex.F,
                            AgeGroup.ALL).orElseThrow().value(), code + " F");
                    assertEquals(v[i][1] + v[i][3], w.whereFrom(code, 2024, Topic.TEACHERS, total, Sex.M,
                            AgeGroup.ALL).orElseThrow().value(), code + " M");
                }
            }
        }
    }

    @Test
    void draftRefusesToOverwriteAFileWithoutForce() throws Exception {
        Path out = dir.resolve("mine.json");
        Files.writeString(out, "{}");
        ServiceException e = assertThrows(ServiceException.class, () -> TemplateWorkshop.write("{\"a\":1}", out, false));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals("{}", Files.readString(out));
        TemplateWorkshop.write("{\"a\":1}", out, true);
        assertEquals("{\"a\":1}", Files.readString(out));
    }

    @Test
    void theEducationDistrictUnderItsNationalNameIsDraftedAsTheDistrict() throws Exception {
        for (String district : List.of("CEB", "IEF", "SDEJT", "Inspection de l'enseignement primaire")) {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Écoles");
            Sheets.row(s, 0, "Code école", "Nom de l'école", "Commune", district, "CP1 G", "CP1 F");
            Sheets.row(s, 1, "E-1", "École A", "Kaya", "Kaya 1", 30, 28);
            Sheets.row(s, 2, "E-2", "École B", "Kaya", "Kaya 2", 25, 27);
            TemplateWorkshop.DraftResult d = workshop.draft(save(wb, "ecoles-2024.xlsx"), "ecoles");
            List<ColumnMapping> columns = d.sheets().get(0).columns();
            assertEquals("school.district", columns.get(3).field(), district + ": " + d.draft().json());
            assertNull(columns.get(2).field(), "Commune is no district: " + d.draft().json());
        }
    }
}
