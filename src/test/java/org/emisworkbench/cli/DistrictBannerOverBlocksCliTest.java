package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 31 A1 and D2: a district (and a province) written once above the first of several school blocks stacked
 * down one sheet is every block's, as {@code template check} shows it: the import stores it for each school. A
 * count labelled there is no school's: check and import both say it is not read. Other wordings than the review's
 * (an Angolan {@code Município:} banner over {@code Código:} blocks, an English {@code District:} banner over drafted
 * blocks); workbooks written here, expected figures and districts worked out here.
 */
class DistrictBannerOverBlocksCliTest {
    @TempDir
    Path dir;

    private static final String[] CODES = {"AO-1101", "AO-1102", "AO-1103", "AO-1104"};
    private static final int GRADES = 3;

    private static int boys(int school, int grade) {
        return 11 + 7 * school + 3 * grade;
    }

    private static int girls(int school, int grade) {
        return 9 + 5 * school + 2 * grade % 4;
    }

    /**
     * An Angolan municipality's file: a title, {@code Província: | Huíla}, {@code Município: | Lubango} and {@code
     * Salas de aula do município: | 40}, a blank row, then a block per school ({@code Código: | code}, {@code Escola:
     * | name}, a {@code Matrícula} table {@code Classe | H | M | HM}). With {@code ownDistrict} the third block gives
     * its own {@code Município: | Chibia}.
     */
    private Path angolan(String name, boolean ownDistrict) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Escolas");
            s.createRow(0).createCell(0).setCellValue("MAPA DE MATRÍCULA — ENSINO PRIMÁRIO");
            Row p = s.createRow(1);
            p.createCell(0).setCellValue("Província:");
            p.createCell(1).setCellValue("Huíla");
            p.createCell(3).setCellValue("Município:");
            p.createCell(4).setCellValue("Lubango");
            Row rooms = s.createRow(2);
            rooms.createCell(0).setCellValue("Salas de aula do município:");
            rooms.createCell(1).setCellValue(40);
            int r = 4;
            for (int b = 0; b < CODES.length; b++) {
                Row code = s.createRow(r++);
                code.createCell(0).setCellValue("Código:");
                code.createCell(1).setCellValue(CODES[b]);
                code.createCell(3).setCellValue("Escola:");
                code.createCell(4).setCellValue("Escola Primária n.º " + (b + 1));
                if (ownDistrict && b == 2) {
                    Row own = s.createRow(r++);
                    own.createCell(0).setCellValue("Município:");
                    own.createCell(1).setCellValue("Chibia");
                }
                r++;
                s.createRow(r++).createCell(0).setCellValue("Matrícula");
                Row h = s.createRow(r++);
                String[] heads = {"Classe", "H", "M", "HM"};
                for (int c = 0; c < heads.length; c++) {
                    h.createCell(c).setCellValue(heads[c]);
                }
                for (int g = 1; g <= GRADES; g++) {
                    Row row = s.createRow(r++);
                    row.createCell(0).setCellValue(g + "ª Classe");
                    row.createCell(1).setCellValue(boys(b, g));
                    row.createCell(2).setCellValue(girls(b, g));
                    row.createCell(3).setCellValue(boys(b, g) + girls(b, g));
                }
                r++;
            }
            wb.write(out);
        }
        return file;
    }

    private Path angolanTemplate() throws Exception {
        Path t = dir.resolve("ao.json");
        Files.writeString(t, """
                {"id": "ao-blocks", "version": 1, "layout": "grid", "language": "pt", "schools": "block",
                 "sheets": [{"names": ["Escolas"], "required": ["school.code"],
                   "labels": [{"labels": ["Código"], "field": "school.code"},
                              {"labels": ["Escola"], "field": "school.name"},
                              {"labels": ["Município"], "field": "school.district"},
                              {"labels": ["Província"], "field": "school.region"},
                              {"labels": ["Salas de aula do município"], "field": "classrooms.total"}],
                   "grids": [{"field": "enrolment", "titles": ["Matrícula"], "rows": "grade",
                              "sexLayout": "columns"}]}]}
                """);
        return t;
    }

    /** The schools listed by {@code emis schools}: code to district. */
    private static Map<String, String> districts(Path db) {
        CliRun schools = CliRun.emis("schools", "--db", db.toString(), "--format", "csv");
        assertEquals(0, schools.code(), schools.out() + schools.err());
        List<String> lines = schools.out().lines().filter(l -> !l.isBlank()).toList();
        List<String> head = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        Map<String, String> out = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            out.put(f[head.indexOf("code")], f[head.indexOf("district")]);
        }
        return out;
    }

    /** The long CSV's lines as school|topic|item|sex to value. */
    private Map<String, String> exported(Path db, int year) throws Exception {
        Path csv = dir.resolve("out-" + db.getFileName() + ".csv");
        CliRun exp = CliRun.emis("export", "--db", db.toString(), "--year", Integer.toString(year), "--format",
                "long-csv", "--include-unchecked", "--out", csv.toString());
        assertEquals(0, exp.code(), exp.out() + exp.err());
        List<String> lines = Files.readAllLines(csv);
        List<String> head = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        Map<String, String> out = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            out.put(f[head.indexOf("school_code")] + "|" + f[head.indexOf("topic")] + "|" + f[head.indexOf("item")]
                    + "|" + f[head.indexOf("sex")], f[head.indexOf("value")]);
        }
        return out;
    }

    @Test
    void municipioAboveTheFirstBlockIsEverySchoolsDistrictAndACountThereIsSaidNotRead() throws Exception {
        Path file = angolan("mapa_lubango_2024.xlsx", true);
        Path t = angolanTemplate();
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertTrue(check.out().contains("D2 Município: → school.district = \"Lubango\" (E2)"), check.out());
        // The municipality's classrooms are no school's: not shown as read, said not read.
        assertFalse(check.out().contains("→ classrooms.total = 40"), check.out());
        assertTrue(check.out().contains("A3 Salas de aula do município: → classrooms.total: above the first "
                + "school's block, read for no school"), check.out());

        Path db = dir.resolve("ao.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        Map<String, String> districts = districts(db);
        assertEquals(CODES.length, districts.size(), districts.toString());
        for (int b = 0; b < CODES.length; b++) {
            // The third block names its own municipality: its own label wins over the banner's.
            assertEquals(b == 2 ? "Chibia" : "Lubango", districts.get(CODES[b]), districts.toString());
        }
        Map<String, String> values = exported(db, 2024);
        int enrolment = 0;
        for (int b = 0; b < CODES.length; b++) {
            for (int g = 1; g <= GRADES; g++) {
                assertEquals(Integer.toString(boys(b, g)), values.get(CODES[b] + "|enrolment|G" + g + "|M"));
                assertEquals(Integer.toString(girls(b, g)), values.get(CODES[b] + "|enrolment|G" + g + "|F"));
                enrolment += 2;
            }
            assertFalse(values.containsKey(CODES[b] + "|classrooms|total|all"), values.toString());
        }
        assertEquals(enrolment, values.size(), values.toString());
        // Every school has its district: REQ-02 raises nothing.
        CliRun validate = CliRun.emis("validate", "--db", db.toString(), "--format", "table");
        assertFalse(validate.out().contains("REQ-02"), validate.out());
    }

    @Test
    void aSchoolWithoutDistrictIsToldWhatREQ02ChecksByItsOwnField() throws Exception {
        // Without the banner the schools have no district: REQ-02 names school.district, the field the template
        // reads, not another one (review 31 D2).
        Path file = dir.resolve("sem_municipio_2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Escolas");
            Row code = s.createRow(0);
            code.createCell(0).setCellValue("Código:");
            code.createCell(1).setCellValue(CODES[0]);
            s.createRow(2).createCell(0).setCellValue("Matrícula");
            Row h = s.createRow(3);
            String[] heads = {"Classe", "H", "M", "HM"};
            for (int c = 0; c < heads.length; c++) {
                h.createCell(c).setCellValue(heads[c]);
            }
            Row row = s.createRow(4);
            row.createCell(0).setCellValue("1ª Classe");
            row.createCell(1).setCellValue(4);
            row.createCell(2).setCellValue(5);
            row.createCell(3).setCellValue(9);
            wb.write(out);
        }
        Path db = dir.resolve("none.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", angolanTemplate().toString(),
                file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertEquals("", districts(db).get(CODES[0]));
        CliRun validate = CliRun.emis("validate", "--db", db.toString(), "--format", "table");
        assertTrue(validate.out().contains("REQ-02"), validate.out());
        assertTrue(validate.out().contains("no district is stored for the school (school.district)"),
                validate.out());
    }

    @Test
    void englishDistrictBannerOverDraftedBlocksIsStoredForEachSchool() throws Exception {
        String[] codes = {"NP-2001", "NP-2002", "NP-2003"};
        String[] districtOf = {"Kasama", "Kasama", "Kasama"};
        Path file = dir.resolve("district_return_2025.xlsx");
        int[][] pupils = new int[codes.length][2];
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Schools");
            s.createRow(0).createCell(0).setCellValue("ANNUAL SCHOOL RETURN");
            Row d = s.createRow(1);
            d.createCell(0).setCellValue("District:");
            d.createCell(1).setCellValue(districtOf[0]);
            int r = 3;
            for (int b = 0; b < codes.length; b++) {
                Row code = s.createRow(r++);
                code.createCell(0).setCellValue("School code:");
                code.createCell(1).setCellValue(codes[b]);
                Row name = s.createRow(r++);
                name.createCell(0).setCellValue("School name:");
                name.createCell(1).setCellValue("Kasama School " + (b + 1));
                r++;
                s.createRow(r++).createCell(0).setCellValue("Enrolment");
                Row h = s.createRow(r++);
                String[] heads = {"Grade", "Boys", "Girls"};
                for (int c = 0; c < heads.length; c++) {
                    h.createCell(c).setCellValue(heads[c]);
                }
                for (int g = 1; g <= GRADES; g++) {
                    Row row = s.createRow(r++);
                    row.createCell(0).setCellValue("Grade " + g);
                    row.createCell(1).setCellValue(boys(b, g));
                    row.createCell(2).setCellValue(girls(b, g));
                    pupils[b][0] += boys(b, g);
                    pupils[b][1] += girls(b, g);
                }
                r++;
            }
            wb.write(out);
        }
        Path draft = dir.resolve("draft.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", draft.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertTrue(Files.readString(draft).contains("\"block\""), Files.readString(draft));
        Path db = dir.resolve("en.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", draft.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        Map<String, String> districts = districts(db);
        assertEquals(codes.length, districts.size(), districts.toString());
        for (int b = 0; b < codes.length; b++) {
            assertEquals(districtOf[b], districts.get(codes[b]), districts.toString());
        }
        Map<String, String> values = exported(db, 2025);
        for (int b = 0; b < codes.length; b++) {
            int m = 0;
            int f = 0;
            for (int g = 1; g <= GRADES; g++) {
                m += Integer.parseInt(values.get(codes[b] + "|enrolment|G" + g + "|M"));
                f += Integer.parseInt(values.get(codes[b] + "|enrolment|G" + g + "|F"));
            }
            assertEquals(pupils[b][0], m);
            assertEquals(pupils[b][1], f);
        }
    }
}
