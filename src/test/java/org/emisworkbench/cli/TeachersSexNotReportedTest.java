package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.template.TemplateException;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Teachers a return gives without their sex (decision 0058): {@code Number of teachers}, {@code Nombre
 * d'enseignants : 9}, qualified and unqualified teachers with no split by sex. The draft reads them as teachers of
 * both sexes together ({@code "sex": "both"}), never as one sex; the import stores them without sex; the pupil-teacher
 * ratio counts them, the share of women leaves them out and says why. Rows of qualified and unqualified teachers under
 * {@code Femmes | Hommes} or {@code Mulheres | Homens} are drafted as the qualification and the teachers of each sex.
 * Workbooks, with a merged title and the header lower down (unlike the sample country), and expected figures are
 * made here.
 */
class TeachersSexNotReportedTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void cell(Row row, int col, Object v) {
        if (v instanceof String t) {
            row.createCell(col).setCellValue(t);
        } else if (v != null) {
            row.createCell(col).setCellValue(((Number) v).doubleValue());
        }
    }

    /** A list of schools under a merged, shaded title, its header on row 3 and the school's name first. */
    private Path list(String file, String[] headers, Object[][] rows) throws Exception {
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet s = wb.createSheet("Staffing");
            CellStyle title = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            title.setFont(bold);
            title.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            title.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row t = s.createRow(0);
            t.createCell(0).setCellValue("Eastern Lakes district: schools and staff, census 2024");
            t.getCell(0).setCellStyle(title);
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
            Row h = s.createRow(2);
            for (int c = 0; c < headers.length; c++) {
                cell(h, c, headers[c]);
                h.getCell(c).setCellStyle(title);
            }
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(3 + i);
                for (int c = 0; c < rows[i].length; c++) {
                    cell(r, c, rows[i][c]);
                }
            }
            wb.write(out);
        }
        return path;
    }

    /** One school's form: label and value side by side, blank rows between blocks. */
    private Path form(String file, Object[][] rows) throws Exception {
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet s = wb.createSheet("Fiche");
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    cell(r, c, rows[i][c]);
                }
            }
            wb.write(out);
        }
        return path;
    }

    private static CliRun ok(String... args) {
        CliRun r = CliRun.emis(args);
        assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    private static JsonNode indicators(Path db) throws Exception {
        return ok("indicators", "--db", db.toString(), "--year", "2024", "--format", "json").json();
    }

    private static int traced(Path db, String school, String slot, String sex) throws Exception {
        CliRun r = sex == null
                ? ok("trace", "--db", db.toString(), "--school", school, "--year", "2024", "--topic", "teachers",
                        "--slot", slot, "--format", "json")
                : ok("trace", "--db", db.toString(), "--school", school, "--year", "2024", "--topic", "teachers",
                        "--slot", slot, "--sex", sex, "--format", "json");
        JsonNode v = r.json().get("value");
        assertTrue(v != null && v.isNumber(), r.out());
        return v.asInt();
    }

    @Test
    void numberOfTeachersAloneIsDraftedAsBothSexesAndThePtrCountsThem() throws Exception {
        Random rnd = new Random(58);
        int n = 6;
        Object[][] rows = new Object[n][];
        long pupils = 0;
        long teachers = 0;
        long qualified = 0;
        int[] teachersOf = new int[n];
        for (int i = 0; i < n; i++) {
            int g1f = 10 + rnd.nextInt(30);
            int g1m = 10 + rnd.nextInt(30);
            int g2f = 10 + rnd.nextInt(30);
            int g2m = 10 + rnd.nextInt(30);
            teachersOf[i] = 2 + rnd.nextInt(9);
            if (i == 0) {
                // 120 pupils to one teacher: the rules' pupil-teacher ratio must see this teacher, given without sex.
                g1f = 30;
                g1m = 30;
                g2f = 30;
                g2m = 30;
                teachersOf[i] = 1;
            }
            int q = rnd.nextInt(teachersOf[i] + 1);
            pupils += g1f + g1m + g2f + g2m;
            teachers += teachersOf[i];
            qualified += q;
            rows[i] = new Object[] {"Lakeside " + (char) ('A' + i), "EL-" + (300 + i), g1f, g1m, g2f, g2m,
                teachersOf[i], q};
        }
        Path wb = list("eastern-lakes-2024.xlsx", new String[] {"School name", "School code", "Grade 1 Girls",
            "Grade 1 Boys", "Grade 2 Girls", "Grade 2 Boys", "Number of teachers", "Qualified teachers"}, rows);
        Path template = dir.resolve("lakes.json");
        CliRun d = ok("template", "draft", wb.toString(), "--out", template.toString());
        assertTrue(d.out().contains("“Number of teachers”: teachers.total for both sexes together"), d.out());
        assertTrue(d.out().contains("\"sex\": \"both\""), d.out());
        assertFalse(d.out().contains("sex by hand"), d.out());
        JsonNode column = null;
        for (JsonNode c : JSON.readTree(template.toFile()).get("sheets").get(0).get("columns")) {
            if (c.path("headers").toString().contains("Number of teachers")) {
                column = c;
            }
        }
        assertNotNull(column, Files.readString(template));
        assertEquals("teachers.total", column.path("field").asText(), column.toString());
        assertEquals("both", column.path("sex").asText(), column.toString());

        Path db = dir.resolve("lakes.mv.db");
        ok("import", "--db", db.toString(), "--template", template.toString(), wb.toString());
        for (int i = 0; i < n; i++) {
            assertEquals(teachersOf[i], traced(db, "EL-" + (300 + i), "total", null), "EL-" + (300 + i));
        }
        // Never stored as one sex.
        CliRun women = CliRun.emis("trace", "--db", db.toString(), "--school", "EL-300", "--year", "2024", "--topic",
                "teachers", "--slot", "total", "--sex", "F", "--format", "json");
        assertTrue(women.code() != 0 || women.json().get("value").isNull(), women.out() + women.err());

        JsonNode findings = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json")
                .json();
        int ptrFindings = 0;
        for (JsonNode f : findings.findParents("rule")) {
            if ("PTR-01".equals(f.path("rule").asText())) {
                assertEquals("EL-300", f.path("school").asText(), f.toString());
                assertTrue(f.path("message").asText().contains("120"), f.toString());
                ptrFindings++;
            }
            assertFalse(f.path("message").asText().contains("no teacher"), f.toString());
        }
        assertEquals(1, ptrFindings, findings.toString());

        JsonNode ind = indicators(db);
        JsonNode ptr = ind.get("pupil_teacher_ratio");
        assertTrue(ptr.get("available").asBoolean(), ptr.toString());
        assertEquals((double) pupils / teachers, ptr.get("value").asDouble(), 1e-9, ptr.toString());
        assertEquals(teachers, ptr.get("denominator").asLong(), ptr.toString());
        JsonNode female = ind.get("female_teachers_pct");
        assertFalse(female.get("available").asBoolean(), female.toString());
        assertTrue(female.get("reason").asText().contains("both sexes together")
                && female.get("reason").asText().contains(n + " school(s)"), female.toString());
        JsonNode q = ind.get("qualified_teachers_pct");
        assertTrue(q.get("available").asBoolean(), q.toString());
        assertEquals(100.0 * qualified / teachers, q.get("value").asDouble(), 1e-9, q.toString());
        assertTrue(q.get("note").asText().contains(teachers + " teacher(s)")
                && q.get("note").asText().contains("their sex not reported"), q.toString());
        assertFalse(q.path("bySex").path("F").path("available").asBoolean(true), q.toString());

        // A second district file giving women and men: the share of women is theirs alone, said to be partial.
        Object[][] bySex = new Object[3][];
        long women2 = 0;
        long all2 = 0;
        long pupils2 = 0;
        for (int i = 0; i < bySex.length; i++) {
            int f = 1 + rnd.nextInt(6);
            int m = 1 + rnd.nextInt(6);
            int g1f = 10 + rnd.nextInt(30);
            int g1m = 10 + rnd.nextInt(30);
            women2 += f;
            all2 += f + m;
            pupils2 += g1f + g1m;
            bySex[i] = new Object[] {"Hill " + i, "HL-" + (700 + i), g1f, g1m, f, m};
        }
        Path hills = list("hills-2024.xlsx", new String[] {"School name", "School code", "Grade 1 Girls",
            "Grade 1 Boys", "Teachers F", "Teachers M"}, bySex);
        Path hillsTemplate = dir.resolve("hills.json");
        ok("template", "draft", hills.toString(), "--out", hillsTemplate.toString());
        ok("import", "--db", db.toString(), "--template", hillsTemplate.toString(), hills.toString());
        ind = indicators(db);
        ptr = ind.get("pupil_teacher_ratio");
        assertEquals((double) (pupils + pupils2) / (teachers + all2), ptr.get("value").asDouble(), 1e-9,
                ptr.toString());
        female = ind.get("female_teachers_pct");
        assertTrue(female.get("available").asBoolean(), female.toString());
        assertEquals(100.0 * women2 / all2, female.get("value").asDouble(), 1e-9, female.toString());
        assertTrue(female.get("note").asText().contains(n + " of the " + (n + 3)), female.toString());
        assertTrue(female.get("note").asText().contains("their sex not reported"), female.toString());

        // Explore shows them under sex "not reported", and adds them into the teachers of both sexes.
        Path csv = dir.resolve("teachers-by-sex.csv");
        ok("explore", "--db", db.toString(), "--measure", "teachers.total", "--rows", "sex", "--columns", "year",
                "--out", csv.toString());
        String table = Files.readString(csv);
        // "?" is the code of "not reported", as for an age.
        String together = "?,2024,teachers.total," + teachers + ",";
        String ofWomen = "F,2024,teachers.total," + women2 + ",";
        assertTrue(table.lines().anyMatch(l -> l.startsWith(together)), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith(ofWomen)), table);
    }

    @Test
    void formsWithTeachersAndTheirQualificationWithoutSex() throws Exception {
        // French: the number of teachers and the qualified ones, no sex anywhere.
        int[][] fr = {{9, 6}, {14, 11}};
        Path[] files = new Path[fr.length];
        for (int i = 0; i < fr.length; i++) {
            files[i] = form("fiche-" + i + "-2024.xlsx", new Object[][] {{"Code école :", "LK-" + (40 + i)},
                {"Nom de l'école :", "École du lac " + i}, {}, {"Nombre d'enseignants :", fr[i][0]},
                {"Enseignants qualifiés :", fr[i][1]}, {}, {"Salles de classe :", 4 + i}});
        }
        Path template = dir.resolve("fiche.json");
        CliRun d = ok("template", "draft", files[0].toString(), "--out", template.toString());
        assertTrue(d.out().contains("→ teachers.total both"), d.out());
        assertTrue(d.out().contains("→ teachers.qualified both"), d.out());
        Path db = dir.resolve("fiche.mv.db");
        ok("import", "--db", db.toString(), "--template", template.toString(), files[0].toString(),
                files[1].toString());
        for (int i = 0; i < fr.length; i++) {
            assertEquals(fr[i][0], traced(db, "LK-" + (40 + i), "total", null));
            assertEquals(fr[i][1], traced(db, "LK-" + (40 + i), "qualified", null));
        }
        // Portuguese: qualified and unqualified teachers, no total: the teachers are their sum.
        int[][] pt = {{5, 2}, {7, 4}};
        Path[] pts = new Path[pt.length];
        for (int i = 0; i < pt.length; i++) {
            pts[i] = form("ficha-" + i + "-2024.xlsx", new Object[][] {{"Código da escola:", "MZ-" + (80 + i)}, {},
                {"Professores qualificados", pt[i][0]}, {"Professores não qualificados", pt[i][1]}});
        }
        Path ptTemplate = dir.resolve("ficha.json");
        d = ok("template", "draft", pts[0].toString(), "--out", ptTemplate.toString());
        assertTrue(d.out().contains("sum teachers.total both = \"Professores qualificados\" + \"Professores não"
                + " qualificados\""), d.out());
        Path ptDb = dir.resolve("ficha.mv.db");
        ok("import", "--db", ptDb.toString(), "--template", ptTemplate.toString(), pts[0].toString(),
                pts[1].toString());
        for (int i = 0; i < pt.length; i++) {
            assertEquals(pt[i][0] + pt[i][1], traced(ptDb, "MZ-" + (80 + i), "total", null));
            assertEquals(pt[i][0], traced(ptDb, "MZ-" + (80 + i), "qualified", null));
        }
    }

    @Test
    void qualifiedBesideUnqualifiedTeachersWithoutSexAddUpToTheTeachers() throws Exception {
        int[][] v = {{40, 38, 5, 2}, {22, 25, 3, 0}, {61, 57, 4, 6}};
        Object[][] rows = new Object[v.length][];
        long pupils = 0;
        long teachers = 0;
        for (int i = 0; i < v.length; i++) {
            rows[i] = new Object[] {"Ridge " + i, "RG-" + (20 + i), v[i][0], v[i][1], v[i][2], v[i][3]};
            pupils += v[i][0] + v[i][1];
            teachers += v[i][2] + v[i][3];
        }
        Path wb = list("ridge-2024.xlsx", new String[] {"School name", "School code", "Grade 1 Girls", "Grade 1 Boys",
            "Qualified teachers", "Unqualified teachers"}, rows);
        Path template = dir.resolve("ridge.json");
        CliRun d = ok("template", "draft", wb.toString(), "--out", template.toString());
        assertTrue(d.out().contains("sum teachers.total both = \"Qualified teachers\" + \"Unqualified teachers\""),
                d.out());
        Path db = dir.resolve("ridge.mv.db");
        CliRun imp = ok("import", "--db", db.toString(), "--template", template.toString(), wb.toString());
        assertFalse(imp.out().contains("UNREAD_FIGURES"), imp.out());
        for (int i = 0; i < v.length; i++) {
            assertEquals(v[i][2] + v[i][3], traced(db, "RG-" + (20 + i), "total", null));
            assertEquals(v[i][2], traced(db, "RG-" + (20 + i), "qualified", null));
        }
        JsonNode ptr = indicators(db).get("pupil_teacher_ratio");
        assertEquals((double) pupils / teachers, ptr.get("value").asDouble(), 1e-9, ptr.toString());
        // Every figure with its cell: the teachers without sex, a line each, with no sex.
        Path csv = dir.resolve("ridge-long.csv");
        ok("export", "--db", db.toString(), "--year", "2024", "--format", "long-csv", "--out", csv.toString());
        java.util.List<String> lines = Files.readAllLines(csv);
        long teacherLines = lines.stream().filter(l -> l.contains("RG-2") && l.contains("teachers")).count();
        assertEquals(2L * v.length, teacherLines, String.join("\n", lines));
    }

    @Test
    void qualificationRowsBySexAreDraftedInFrenchAndPortuguese() throws Exception {
        String[][] words = {{"Code école :", "Femmes", "Hommes", "Enseignants qualifiés", "Enseignants non qualifiés"},
            {"Código da escola:", "Mulheres", "Homens", "Professores qualificados", "Professores não qualificados"}};
        Random rnd = new Random(4);
        for (String[] w : words) {
            int qf = 1 + rnd.nextInt(8);
            int qm = 1 + rnd.nextInt(8);
            int uf = rnd.nextInt(4);
            int um = 1 + rnd.nextInt(4);
            String code = "QS-" + (10 + rnd.nextInt(80));
            Path wb = form(w[1] + "-2024.xlsx", new Object[][] {{w[0], code}, {}, {null, w[1], w[2]},
                {w[3], qf, qm}, {w[4], uf, um}});
            Path template = dir.resolve(w[1] + ".json");
            CliRun d = ok("template", "draft", wb.toString(), "--out", template.toString());
            assertTrue(d.out().contains("→ teachers.qualified F"), d.out());
            assertTrue(d.out().contains("sum teachers.total F = \"" + w[3] + "\" + \"" + w[4] + "\""), d.out());
            Path db = dir.resolve(w[1] + ".mv.db");
            CliRun imp = ok("import", "--db", db.toString(), "--template", template.toString(), wb.toString());
            assertFalse(imp.out().contains("UNREAD_FIGURES"), imp.out());
            assertEquals(qf, traced(db, code, "qualified", "F"));
            assertEquals(qm, traced(db, code, "qualified", "M"));
            assertEquals(qf + uf, traced(db, code, "total", "F"));
            assertEquals(qm + um, traced(db, code, "total", "M"));
        }
    }

    @Test
    void bothIsForTeachersReadAsTheyStand() {
        String enrolment = """
            {"id": "x", "version": 1, "layout": "wide", "sheets": [{"names": ["S"], "key": ["Code"],
              "columns": [{"headers": ["Pupils"], "field": "enrolment", "grade": "G1", "sex": "both"}]}]}""";
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.parse(enrolment, "x", null));
        assertTrue(e.getMessage().contains("teachers' counts only"), e.getMessage());
        String total = """
            {"id": "x", "version": 1, "layout": "wide", "sheets": [{"names": ["S"], "key": ["Code"],
              "columns": [{"patterns": ["Teachers {sex}"], "field": "teachers.total"},
                          {"headers": ["Teachers"], "total": "teachers.total", "sex": "both"}]}]}""";
        e = assertThrows(TemplateException.class, () -> TemplateLoader.parse(total, "x", null));
        assertTrue(e.getMessage().contains("read as it stands"), e.getMessage());
        String fine = """
            {"id": "x", "version": 1, "layout": "wide", "sheets": [{"names": ["S"], "key": ["Code"],
              "columns": [{"headers": ["Teachers"], "field": "teachers.total", "sex": "both"},
                          {"field": "teachers.qualified", "sex": "both", "sumOf": ["Certified", "Licensed"]}]}]}""";
        try {
            assertNotNull(TemplateLoader.parse(fine, "x", null));
        } catch (TemplateException ex) {
            throw new AssertionError(ex.getMessage(), ex);
        }
    }
}
