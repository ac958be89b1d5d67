package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Teachers given without their sex (decision 0058) in the figures that leave the district: the UIS tables count them
 * in the total in a column of their own, never in women or men, and say that women and men are then partial; a
 * DHIS2 value by sex they belong to carries a partial comment, a value by sex no school gives is not sent and is said.
 * Two districts' returns are written here, one template giving teachers by sex, the other without; the expected
 * figures are the cells'.
 */
class TeachersSexNotReportedExportTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Schools by sex: code, district, girls G1, boys G1, women, men. */
    private static final Object[][] BY_SEX = {
        {"KV-101", "D1", 30, 28, 3, 2},
        {"KV-102", "D1", 25, 27, 4, 1}};
    /** Schools giving teachers without their sex: code, district, girls G1, boys G1, teachers. */
    private static final Object[][] WITHOUT_SEX = {
        {"KV-201", "D1", 40, 38, 9},
        {"KV-301", "D2", 22, 20, 6}};

    private Path workbook(String name, String[] head, Object[][] rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Staff");
            Sheets.row(s, 0, "Kivu lakes: school staff return");
            Sheets.row(s, 2, (Object[]) head);
            for (int i = 0; i < rows.length; i++) {
                Sheets.row(s, 3 + i, rows[i]);
            }
            wb.write(out);
        }
        return file;
    }

    private Path template(String id, String teacherColumns) throws Exception {
        Path t = dir.resolve(id + ".json");
        Files.writeString(t, """
                {"id": "%s", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Staff"], "key": ["Code"],
                   "columns": [{"headers": ["District"], "field": "school.district"},
                               {"headers": ["Girls P1"], "field": "enrolment", "grade": "G1", "sex": "F"},
                               {"headers": ["Boys P1"], "field": "enrolment", "grade": "G1", "sex": "M"},
                               %s]}]}
                """.formatted(id, teacherColumns));
        return t;
    }

    private static CliRun ok(String... args) {
        CliRun r = CliRun.emis(args);
        assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    @Test
    void teachersWithoutSexAreInTheTotalsNeverInWomenOrMenAndTheValuesBySexSaySo() throws Exception {
        Path db = dir.resolve("kivu.mv.db");
        ok("import", "--db", db.toString(), "--template", template("kivu-sex", """
                {"headers": ["Women teachers"], "field": "teachers.total", "sex": "F"},
                {"headers": ["Men teachers"], "field": "teachers.total", "sex": "M"}""").toString(),
                workbook("kivu-sex-2024.xlsx", new String[] {"Code", "District", "Girls P1", "Boys P1",
                    "Women teachers", "Men teachers"}, BY_SEX).toString());
        ok("import", "--db", db.toString(), "--template", template("kivu-nosex", """
                {"headers": ["Teachers"], "field": "teachers.total", "sex": "both"}""").toString(),
                workbook("kivu-nosex-2024.xlsx", new String[] {"Code", "District", "Girls P1", "Boys P1", "Teachers"},
                        WITHOUT_SEX).toString());
        long women = 0;
        long men = 0;
        long together = 0;
        long womenD1 = 0;
        long togetherD1 = 0;
        for (Object[] r : BY_SEX) {
            women += (Integer) r[4];
            men += (Integer) r[5];
            womenD1 += "D1".equals(r[1]) ? (Integer) r[4] : 0;
        }
        for (Object[] r : WITHOUT_SEX) {
            together += (Integer) r[4];
            togetherD1 += "D1".equals(r[1]) ? (Integer) r[4] : 0;
        }

        // The UIS tables: a column of their own, in the total, and a line saying women and men are partial.
        Path uis = dir.resolve("kivu-uis.xlsx");
        ok("export", "--db", db.toString(), "--year", "2024", "--format", "uis", "--out", uis.toString());
        try (InputStream in = Files.newInputStream(uis); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet teachers = wb.getSheet("Teachers");
            Row header = null;
            Row total = null;
            String note = null;
            DataFormatter text = new DataFormatter();
            for (Row row : teachers) {
                String first = text.formatCellValue(row.getCell(0));
                if (first.isEmpty() && row.getCell(1) != null && "Women".equals(text.formatCellValue(row.getCell(1)))) {
                    header = row;
                } else if ("Teachers".equals(first)) {
                    total = row;
                } else if (first.contains("without their sex")) {
                    note = first;
                }
            }
            assertNotNull(header, "the table's header");
            assertEquals("Sex not reported", text.formatCellValue(header.getCell(3)));
            assertEquals("Total", text.formatCellValue(header.getCell(4)));
            assertNotNull(total, "the teachers' row");
            assertEquals(women, (long) total.getCell(1).getNumericCellValue(), "women: only those given as women");
            assertEquals(men, (long) total.getCell(2).getNumericCellValue(), "men: only those given as men");
            assertEquals(together, (long) total.getCell(3).getNumericCellValue());
            assertEquals(women + men + together, (long) total.getCell(4).getNumericCellValue(), "every teacher");
            assertEquals(BY_SEX.length + WITHOUT_SEX.length, (long) total.getCell(5).getNumericCellValue());
            assertNotNull(note, "women and men said to be partial");
            assertTrue(note.contains(together + " teacher(s) of " + WITHOUT_SEX.length + " school(s)"), note);
        }

        // DHIS2: district D1's values by sex miss one school's teachers and say so; D2 has none by sex to send.
        Path mapping = dir.resolve("kivu-dhis2.json");
        Files.writeString(mapping, """
                {"id": "kivu-dhis2", "version": "1", "dataSet": "KIVU", "period": "{year}",
                 "orgUnits": {"level": "district", "codes": {"D1": "OU_D1", "D2": "OU_D2"}},
                 "categories": {"sex": {"code": "SEX", "options": {"F": "FEMALE", "M": "MALE"}}},
                 "dataElements": [
                   {"figure": "teachers.total", "dataElement": "TEACHERS", "by": ["sex"], "categoryOptionCombo": "{sex}"},
                   {"figure": "enrolment", "dataElement": "PUPILS", "by": ["sex"], "categoryOptionCombo": "{sex}"}]}
                """);
        Path out = dir.resolve("kivu-2024.json");
        CliRun e = ok("export", "--db", db.toString(), "--year", "2024", "--format", "dhis2-json", "--mapping",
                mapping.toString(), "--out", out.toString());
        List<JsonNode> teacherValues = new ArrayList<>();
        for (JsonNode v : JSON.readTree(out.toFile()).get("dataValues")) {
            if ("TEACHERS".equals(v.path("dataElement").asText())) {
                teacherValues.add(v);
            }
        }
        assertEquals(2, teacherValues.size(), "D1 women and men; nothing by sex for D2: " + teacherValues);
        for (JsonNode v : teacherValues) {
            assertEquals("OU_D1", v.path("orgUnit").asText(), v.toString());
            String comment = v.path("comment").asText();
            assertTrue(comment.startsWith("Partial") && comment.contains("1 school(s)")
                    && comment.contains(togetherD1 + " women and men together"), v.toString());
            if ("FEMALE".equals(v.path("categoryOptionCombo").asText())) {
                assertEquals(String.valueOf(womenD1), v.path("value").asText(), v.toString());
            }
        }
        assertTrue(e.out().contains("Partial by sex: 2 schools give teachers without their sex (KV-201, KV-301)"),
                e.out());
        assertTrue(e.out().contains("2 values by sex had no school giving the sex and were not sent"), e.out());
        // Pupils, given by sex everywhere, carry no such word.
        for (JsonNode v : JSON.readTree(out.toFile()).get("dataValues")) {
            if ("PUPILS".equals(v.path("dataElement").asText())) {
                assertFalse(v.path("comment").asText().contains("without the sex"), v.toString());
            }
        }
    }
}
