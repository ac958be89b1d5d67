package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 34, issue #11. (1) A {@code sumOf} part names one side of a bilingual header ({@code Fonctionnaires Femmes /
 * Fonctionnaires Vavy}, Madagascar; {@code ዲፕሎማ ወንድ / Diploma Male}, Ethiopia) as a {@code headers} column does;
 * a sum none of whose parts is found says so (COLUMN_NOT_FOUND), naming its parts and its figure. (2) The Dapodik
 * title {@code Tahun Pelajaran 2024/2025 Semester Ganjil} gives the census year, the words after it said; the
 * per-school {@code L+P} subtotal rows are checked as totals. (3) A classrooms total is a check column
 * ({@code "total": "classrooms.total"}) of the rooms by condition, and the draft proposes it. Workbooks written here
 * with POI; expected figures computed here from the cells written.
 */
class SumPartsAndTotalsReview34Test {
    @TempDir
    Path dir;

    private static final String[] CODES = {"101001001", "101001002", "101001003", "101001004"};

    /** The teachers' sheet of a CISCO return: civil servants and FRAM teachers by sex, French / Malagasy headers. */
    private static int[][] cisco(XSSFWorkbook wb, Random rnd) {
        Sheet s = wb.createSheet("Enseignants");
        Sheets.row(s, 0, "DREN Vakinankaratra - CISCO Antsirabe II");
        Sheets.row(s, 2, "Code EPP", "Fonctionnaires Femmes / Fonctionnaires Vavy",
                "Fonctionnaires Hommes / Fonctionnaires Lahy", "Enseignants FRAM Femmes / Enseignants FRAM Vavy",
                "Enseignants FRAM Hommes / Enseignants FRAM Lahy", "Total enseignants Femmes / Total enseignants Vavy",
                "Total enseignants Hommes / Total enseignants Lahy");
        int[][] f = new int[CODES.length][4];
        for (int i = 0; i < CODES.length; i++) {
            for (int k = 0; k < 4; k++) {
                f[i][k] = rnd.nextInt(6);
            }
            Sheets.row(s, 3 + i, CODES[i], f[i][0], f[i][1], f[i][2], f[i][3], f[i][0] + f[i][2], f[i][1] + f[i][3]);
        }
        return f;
    }

    private static String ciscoTemplate(String id, String partsF, String partsM) {
        return """
                {"id": "%s", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Enseignants"], "key": ["Code EPP"], "columns": [
                   %s
                   {"patterns": ["Total enseignants {sex}"], "total": "teachers.total"}]}]}
                """.formatted(id, partsF == null ? partsM
                : "{\"field\": \"teachers.total\", \"sex\": \"F\", \"sumOf\": [" + partsF + "]},\n"
                + "{\"field\": \"teachers.total\", \"sex\": \"M\", \"sumOf\": [" + partsM + "]},");
    }

    @Test
    void sumPartsNameEitherSideOfABilingualHeader() throws Exception {
        // The French side, the Malagasy side, and a {sex} part: each reads the same figures.
        List<String> templates = List.of(
                ciscoTemplate("mg-fr", "\"Fonctionnaires Femmes\", \"Enseignants FRAM Femmes\"",
                        "\"Fonctionnaires Hommes\", \"Enseignants FRAM Hommes\""),
                ciscoTemplate("mg-mg", "\"Fonctionnaires Vavy\", \"Enseignants FRAM Vavy\"",
                        "\"Fonctionnaires Lahy\", \"Enseignants FRAM Lahy\""),
                ciscoTemplate("mg-sex", null, "{\"field\": \"teachers.total\", \"sumOf\": [\"Fonctionnaires {sex}\","
                        + " \"Enseignants FRAM {sex}\"]},"));
        int n = 0;
        for (String template : templates) {
            Path sub = Files.createDirectories(dir.resolve("t" + n++));
            XSSFWorkbook wb = new XSSFWorkbook();
            int[][] f = cisco(wb, new Random(34 + n));
            DraftedImports io = new DraftedImports(sub, 2024, new TemplateWorkshop(TemplateCatalog.load(null)));
            FileResult result = io.importWith(wb, "cisco-antsirabe2-2024.xlsx", template);
            assertEquals(FileOutcome.IMPORTED, result.outcome(), result.message());
            assertEquals(0, result.problemCount(), template + result.problems());
            try (Workbench w = io.open()) {
                for (int i = 0; i < CODES.length; i++) {
                    // Slot 0: teachers.total, women then men.
                    io.assertFigure(w, CODES[i], Topic.TEACHERS, 0, f[i][0] + f[i][2], f[i][1] + f[i][3]);
                }
            }
        }
    }

    @Test
    void aSumOfPartsNoneFoundIsSaidNamingItsPartsAndItsFigure() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        cisco(wb, new Random(7));
        Path file = dir.resolve("cisco-antsirabe2-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        Path template = dir.resolve("mg-typo.json");
        // A slip in the women's parts (Fonctionaires, FRAM Femme): none is on the sheet; the men's parts are.
        Files.writeString(template, ciscoTemplate("mg-typo", "\"Fonctionaires Femmes\", \"Enseignants FRAM Femme\"",
                "\"Fonctionnaires Hommes\", \"Enseignants FRAM Hommes\""));
        var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, TemplateLoader.load(template), 2024,
                Cancellation.none());
        List<String> notFound = check.problems().stream().filter(p -> p.kind() == ProblemKind.COLUMN_NOT_FOUND)
                .map(p -> p.detail().english()).toList();
        assertEquals(1, notFound.size(), check.problems().toString());
        String said = notFound.get(0);
        assertTrue(said.contains("\"Fonctionaires Femmes\", \"Enseignants FRAM Femme\"") && said.contains("sumOf")
                && said.contains("teachers.total F"), said);
        // The nearest header, by one side of the bilingual header as headers are matched.
        assertTrue(said.contains("nearest header here is \"Fonctionnaires Femmes / Fonctionnaires Vavy\""), said);
    }

    /** A Dapodik long export: NPSN, grade, sex, count; a per-school subtotal row {@code Jumlah | L+P}. */
    @Test
    void dapodikYearBeforeSemesterWordsAndLPlusPSubtotalsChecked() throws Exception {
        Random rnd = new Random(3411);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Peserta Didik");
        Sheets.row(s, 0, "Data Peserta Didik per Sekolah - Kabupaten Bogor");
        Sheets.row(s, 1, "Tahun Pelajaran 2024/2025 Semester Ganjil");
        Sheets.row(s, 3, "NPSN", "Tingkat Pendidikan", "Jenis Kelamin", "Jumlah");
        String[] schools = {"20203928", "20203931", "20203940"};
        int[][][] fig = new int[schools.length][3][2];
        int r = 4;
        int wrongRow = -1;
        for (int i = 0; i < schools.length; i++) {
            int sum = 0;
            for (int g = 0; g < 3; g++) {
                for (int x = 0; x < 2; x++) {
                    fig[i][g][x] = rnd.nextInt(30) + 5;
                    sum += fig[i][g][x];
                    Sheets.row(s, r++, schools[i], "Kelas " + (g + 1), x == 0 ? "L" : "P", fig[i][g][x]);
                }
            }
            if (i == 1) {
                wrongRow = r; // the clerk's slip: this school's subtotal is 3 too many
                sum += 3;
            }
            Sheets.row(s, r++, schools[i], "Jumlah", "L+P", sum);
        }
        String template = """
                {"id": "id-dapodik", "version": 1, "layout": "wide", "language": "id",
                 "year": {"labels": ["Tahun Pelajaran"]},
                 "sheets": [{"names": ["Peserta Didik"], "key": ["NPSN"], "columns": [
                   {"headers": ["Tingkat Pendidikan"], "field": "row.grade"},
                   {"headers": ["Jenis Kelamin"], "field": "row.sex"},
                   {"headers": ["Jumlah"], "field": "enrolment"}]}]}
                """;
        Path file = dir.resolve("dapodik_pd_bogor.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        Path tpl = dir.resolve("id-dapodik.json");
        Files.writeString(tpl, template);
        // No --year and no year in the file name: the title's school year is the census year.
        var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, TemplateLoader.load(tpl), null,
                Cancellation.none());
        assertNull(check.refused(), String.valueOf(check.refused()));
        assertEquals(2024, check.year());
        String note = check.yearNote().english();
        assertTrue(note.contains("2024/2025") && note.contains("Semester Ganjil") && note.contains("Tahun Pelajaran"),
                note);
        List<String> problems = check.problems().stream().map(p -> p.kind() + " " + p.sheetCell()).toList();
        assertTrue(problems.stream().noneMatch(p -> p.startsWith("UNKNOWN_CODE")), problems.toString());
        assertEquals(List.of("TOTAL_MISMATCH Peserta Didik!D" + (wrongRow + 1)), problems);

        DraftedImports io = new DraftedImports(Files.createDirectories(dir.resolve("imp")), 2024,
                new TemplateWorkshop(TemplateCatalog.load(null)));
        XSSFWorkbook again = new XSSFWorkbook(Files.newInputStream(file));
        FileResult result = io.importWith(again, "dapodik_pd_bogor.xlsx", template);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), result.message());
        assertEquals(schools.length, result.schoolsAdded());
        try (Workbench w = io.open()) {
            for (int i = 0; i < schools.length; i++) {
                for (int g = 0; g < 3; g++) {
                    io.assertEnrolment(w, schools[i], g + 1, fig[i][g][1], fig[i][g][0]);
                }
            }
        }
    }

    /** Senegal's sheet of classrooms: {@code Bon état + Mauvais état = Total}, one school's total wrong. */
    private static int[][] classrooms(XSSFWorkbook wb, int wrongSchool) {
        Sheet s = wb.createSheet("Salles de classe");
        Sheets.row(s, 0, "IEF PIKINE - Salles de classe");
        Sheets.row(s, 2, "Code établissement", "Salles de classe Bon état", "Salles de classe Mauvais état",
                "Salles de classe Total");
        Random rnd = new Random(221);
        int[][] f = new int[CODES.length][2];
        for (int i = 0; i < CODES.length; i++) {
            f[i][0] = rnd.nextInt(20) + 5;
            f[i][1] = rnd.nextInt(8);
            Sheets.row(s, 3 + i, CODES[i], f[i][0], f[i][1], f[i][0] + f[i][1] + (i == wrongSchool ? 2 : 0));
        }
        return f;
    }

    @Test
    void aClassroomsTotalIsACheckOfTheRoomsByCondition() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        int[][] f = classrooms(wb, 2);
        String template = """
                {"id": "sn-salles", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Salles de classe"], "key": ["Code établissement"], "columns": [
                   {"headers": ["Salles de classe Bon état"], "field": "classrooms.good"},
                   {"headers": ["Salles de classe Mauvais état"], "field": "classrooms.poor"},
                   {"headers": ["Salles de classe Total"], "total": "classrooms.total"}]}]}
                """;
        DraftedImports io = new DraftedImports(dir, 2024, new TemplateWorkshop(TemplateCatalog.load(null)));
        FileResult result = io.importWith(wb, "ief-pikine-2024.xlsx", template);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), result.message());
        assertEquals(1, DraftedImports.count(result, "TOTAL_MISMATCH"), result.problems().toString());
        assertEquals("Salles de classe!D6", DraftedImports.first(result, "TOTAL_MISMATCH"));
        assertEquals(1, result.problemCount(), result.problems().toString());
        try (Workbench w = io.open()) {
            for (int i = 0; i < CODES.length; i++) {
                var rows = new SchoolDetails(w).figures(CODES[i], 2024, io.school(w, CODES[i]).district());
                int good = Topic.CLASSROOMS.fixedSlots().indexOf("good");
                int poor = Topic.CLASSROOMS.fixedSlots().indexOf("poor");
                int total = Topic.CLASSROOMS.fixedSlots().indexOf("total");
                assertEquals(f[i][0], value(rows, good), CODES[i] + " good");
                assertEquals(f[i][1], value(rows, poor), CODES[i] + " poor");
                // The total column is a check, never stored: the wrong one stands nowhere.
                assertTrue(rows.stream().noneMatch(x -> x.topic() == Topic.CLASSROOMS && x.slot() == total
                        && x.total() != null), rows.toString());
            }
        }
        // "classrooms" alone is refused, naming the field to write.
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, template.replace("\"total\": \"classrooms.total\"", "\"total\": \"classrooms\""));
        var e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> TemplateLoader.load(bad));
        assertTrue(e.getMessage().contains("unknown canonical field \"classrooms\"")
                && e.getMessage().contains("\"classrooms.total\""), e.getMessage());
    }

    private static Integer value(List<SchoolDetails.FigureRow> rows, int slot) {
        return rows.stream().filter(x -> x.topic() == Topic.CLASSROOMS && x.slot() == slot).findFirst()
                .map(SchoolDetails.FigureRow::total).orElse(null);
    }

    @Test
    void theDraftProposesTheClassroomsTotalAsACheck() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        classrooms(wb, -1);
        DraftedImports io = new DraftedImports(dir, 2024, new TemplateWorkshop(TemplateCatalog.load(null)));
        DraftedImports.Run run = io.draftCheckImport(wb, "ief-pikine-2024.xlsx");
        String json = run.json().replaceAll("\\s+", " ");
        assertTrue(json.contains("\"total\" : \"classrooms.total\""), run.json());
        assertTrue(json.contains("\"field\" : \"classrooms.good\"") && json.contains("\"field\" : \"classrooms.poor\""),
                run.json());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        assertEquals(0, DraftedImports.count(run.result(), "TOTAL_MISMATCH"), run.result().problems().toString());
    }

    /** Review 34 C: the Dapodik long export (NPSN, Tingkat Pendidikan, Jenis Kelamin L/P, Jumlah) is drafted by its shape. */
    @Test
    void theDapodikLongExportIsDraftedByItsShape() throws Exception {
        Random rnd = new Random(3412);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Peserta Didik");
        Sheets.row(s, 0, "Rekap Peserta Didik per Tingkat Pendidikan - Kabupaten Bogor");
        Sheets.row(s, 3, "No", "NPSN", "Nama Sekolah", "Kecamatan", "Status", "Tingkat Pendidikan", "Jenis Kelamin",
                "Jumlah");
        String[] schools = {"20203928", "20205722", "20208600", "20209114"};
        int[][][] fig = new int[schools.length][6][2];
        int r = 4;
        for (int i = 0; i < schools.length; i++) {
            for (int g = 0; g < 6; g++) {
                for (int x = 0; x < 2; x++) {
                    fig[i][g][x] = rnd.nextInt(30) + 5;
                    Sheets.row(s, r, r - 3, schools[i], "SD Negeri " + (i + 1), "Citeureup", i % 2 == 0 ? "Negeri"
                            : "Swasta", "Kelas " + (g + 1), x == 0 ? "L" : "P", fig[i][g][x]);
                    r++;
                }
            }
        }
        DraftedImports io = new DraftedImports(dir, 2024, new TemplateWorkshop(TemplateCatalog.load(null)));
        DraftedImports.Run run = io.draftCheckImport(wb, "dapodik_pd_bogor_2024.xlsx");
        String json = run.json().replaceAll("\\s+", " ");
        assertTrue(json.contains("\"language\" : \"id\""), run.json());
        assertTrue(json.contains("\"Tingkat Pendidikan\" ], \"field\" : \"row.grade\"")
                && json.contains("\"Jenis Kelamin\" ], \"field\" : \"row.sex\"")
                && json.contains("\"Jumlah\" ], \"field\" : \"enrolment\""), run.json());
        DraftedImports.assertClean(run, schools.length);
        try (Workbench w = io.open()) {
            for (int i = 0; i < schools.length; i++) {
                for (int g = 0; g < 6; g++) {
                    io.assertEnrolment(w, schools[i], g + 1, fig[i][g][1], fig[i][g][0]);
                }
            }
        }
    }
}
