package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 25, F10.3, F10.5 and F10.6, on workbooks written here. A draft from one combined school's workbook with a
 * sheet per level made every level sheet required, so a primary-only school was refused: level sheets are now drafted
 * optional, and such a school imports every figure it gives. A district label holding a name is still drafted as the
 * district (docs/templates.md section 11 says why), and the draft's note says so; Portuguese forms' Município and
 * Concelho are the district.
 */
class LevelSheetsDraftCliTest {
    @TempDir
    Path dir;

    private static final String[] LEVELS = {"Primary", "Lower Secondary"};
    private static final int[][] GRADES = {{1, 2, 3, 4, 5, 6}, {7, 8, 9}};

    /** A figure of school {@code s}, topic {@code t} (0 enrolment, 1 repeaters), grade and sex (0 boys, 1 girls). */
    private static int figure(int s, int t, int grade, int sex) {
        return t == 0 ? 18 + 3 * grade + 5 * sex + 7 * s : (grade + sex + s) % 5 + 1;
    }

    private Path workbook(String code, int s, int levels) throws Exception {
        Path file = dir.resolve("Return2024_" + code + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet id = wb.createSheet("Identification");
            Sheets.row(id, 0, "SCHOOL CENSUS 2024 — IDENTIFICATION");
            Sheets.row(id, 2, "School code", code);
            Sheets.row(id, 3, "School name", "Combined School " + s);
            Sheets.row(id, 4, "District", "Kasama");
            for (int l = 0; l < levels; l++) {
                Sheet sh = wb.createSheet(LEVELS[l]);
                Sheets.row(sh, 0, LEVELS[l].toUpperCase() + " — LEARNERS BY GRADE AND SEX");
                int r = 2;
                for (int t = 0; t < 2; t++) {
                    Sheets.row(sh, r++, t == 0 ? "Enrolment" : "Repeaters");
                    Sheets.row(sh, r++, "Grade", "Boys", "Girls");
                    for (int g : GRADES[l]) {
                        Sheets.row(sh, r++, "Grade " + g, figure(s, t, g, 0), figure(s, t, g, 1));
                    }
                    r++;
                }
            }
            Sheet staff = wb.createSheet("Staff");
            Sheets.row(staff, 0, "TEACHING STAFF");
            Sheets.row(staff, 2, "Category", "Male", "Female");
            Sheets.row(staff, 3, "Total teachers", 9 + s, 11 + s);
            wb.write(out);
        }
        return file;
    }

    private static Map<String, String> exported(Path csv) throws Exception {
        Map<String, String> m = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        List<String> head = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        int school = head.indexOf("school_code");
        int topic = head.indexOf("topic");
        int item = head.indexOf("item");
        int sex = head.indexOf("sex");
        int value = head.indexOf("value");
        assertTrue(school >= 0 && topic >= 0 && item >= 0 && sex >= 0 && value >= 0, lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            m.put(f[school] + "|" + f[topic] + "|" + f[item] + "|" + f[sex], f[value]);
        }
        return m;
    }

    @Test
    void levelSheetsAreDraftedOptionalAndASchoolOfOneLevelImportsEveryFigure() throws Exception {
        Path t = dir.resolve("combined.json");
        CliRun d = CliRun.emis("template", "draft", workbook("ZM-KS-01", 0, 2).toString(), "--out", t.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        JsonNode sheets = new ObjectMapper().readTree(t.toFile()).path("sheets");
        Map<String, Boolean> optional = new HashMap<>();
        sheets.forEach(s -> optional.put(s.path("names").get(0).asText(), s.path("optional").asBoolean(false)));
        assertEquals(Map.of("Identification", false, "Primary", true, "Lower Secondary", true, "Staff", false),
                optional, t + ": " + sheets);
        String said = d.out() + d.err();
        assertTrue(said.contains("Sheets Primary, Lower Secondary are each one school level's: drafted \"optional\": true"),
                said);
        // The district written by its name: the district all the same, and the note says why.
        assertTrue(said.contains("“District” gives the district by its name (Kasama): drafted as school.district"),
                said);

        Path db = dir.resolve("combined.mv.db");
        // A primary-only school (no Lower Secondary sheet) and the combined school the draft came from.
        Path primaryOnly = workbook("ZM-KS-02", 1, 1);
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), primaryOnly.toString(),
                dir.resolve("Return2024_ZM-KS-01.xlsx").toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        // The title's words after its year (SCHOOL CENSUS 2024 — IDENTIFICATION) are said as not read (decision 0121):
        // a note on the year, not a sheet or a figure left out.
        String imported = imp.out().replaceAll("the words after the year \\(«[^»]*»\\) were not read", "");
        assertFalse(imported.contains("refused") || imported.contains("no sheet") || imported.contains("not read"), imp.out());
        assertTrue(imp.out().contains("2 imported, 0 already imported, 0 failed"), imp.out());

        Path csv = dir.resolve("long.csv");
        CliRun ex = CliRun.emis("export", "--db", db.toString(), "--year", "2024", "--format", "long-csv", "--out",
                csv.toString());
        assertEquals(0, ex.code(), ex.err());
        Map<String, String> got = exported(csv);
        String[] topics = {"enrolment", "repeaters"};
        int expected = 0;
        for (int s = 0; s < 2; s++) {
            String code = s == 0 ? "ZM-KS-01" : "ZM-KS-02";
            int levels = s == 0 ? 2 : 1;
            for (int l = 0; l < levels; l++) {
                for (int tp = 0; tp < 2; tp++) {
                    for (int g : GRADES[l]) {
                        for (int sex = 0; sex < 2; sex++) {
                            String key = code + "|" + topics[tp] + "|G" + g + "|" + (sex == 0 ? "M" : "F");
                            assertNotNull(got.get(key), key + " in " + got.keySet());
                            assertEquals(String.valueOf(figure(s, tp, g, sex)), got.get(key), key);
                            expected++;
                        }
                    }
                }
            }
            assertEquals(String.valueOf(9 + s), got.get(code + "|teachers|total|M"), got.keySet().toString());
            assertEquals(String.valueOf(11 + s), got.get(code + "|teachers|total|F"));
            expected += 2;
        }
        assertFalse(got.keySet().stream().anyMatch(k -> k.startsWith("ZM-KS-02|") && k.matches(".*\\|G[789]\\|.*")),
                got.keySet().toString());
        assertEquals(expected, got.keySet().stream().filter(k -> k.contains("|enrolment|") || k.contains("|repeaters|")
                || k.contains("|teachers|")).count(), got.keySet().toString());
    }

    @Test
    void portugueseDistrictLabelsAreDraftedAsTheDistrict() throws Exception {
        List<String> labels = List.of("Município", "Concelho", "Distrito");
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            Path file = dir.resolve("Mapa_AO-" + (i + 1) + "_2024.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Sheet sh = wb.createSheet("Mapa");
                Sheets.row(sh, 0, "MAPA ESTATÍSTICO — ANO LECTIVO 2024");
                Sheets.row(sh, 2, "Código da escola", "AO-" + (i + 1));
                Sheets.row(sh, 3, "Nome da escola", "Escola n.º " + (i + 1));
                Sheets.row(sh, 4, "Província", "Luanda");
                Sheets.row(sh, 5, label, "Cazenga");
                Sheets.row(sh, 7, "Salas de aula", 11);
                wb.write(out);
            }
            Path t = dir.resolve((i + 1) + ".json");
            CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", t.toString());
            assertEquals(0, d.code(), d.out() + d.err());
            JsonNode district = null;
            for (JsonNode l : new ObjectMapper().readTree(t.toFile()).findParents("field")) {
                if (l.path("labels").toString().contains(label)) {
                    district = l;
                }
            }
            assertNotNull(district, label + " not drafted: " + Files.readString(t) + d.out());
            assertEquals("school.district", district.path("field").asText(), label);
            assertTrue((d.out() + d.err()).contains("“" + label + "” gives the district by its name (Cazenga)"),
                    d.out());
        }
    }
}
