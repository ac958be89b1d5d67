package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 25 F2: a school return titled {@code ANNUAL SCHOOL CENSUS 2024 — SCHOOL IDENTIFICATION} (the sheet's own
 * words after the year), in a file named by the school code {@code ZM-CHO-2001}, went whole to census year 2001. The
 * draft now takes the title's words as the year's label, the import reads 2024 from the title, and the file name's
 * 2001 is said, not used. The workbook is written here: an identification sheet and a primary sheet of grade rows
 * by {@code Boys | Girls}.
 */
class TitleYearThenWordsCliTest {
    @TempDir
    Path dir;

    private Path workbook(String name) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet id = wb.createSheet("Identification");
            id.createRow(0).createCell(0).setCellValue("ANNUAL SCHOOL CENSUS 2024 — SCHOOL IDENTIFICATION");
            Row code = id.createRow(2);
            code.createCell(0).setCellValue("School code");
            code.createCell(1).setCellValue("ZM-CHO-2001");
            Row school = id.createRow(3);
            school.createCell(0).setCellValue("School name");
            school.createCell(1).setCellValue("Chongwe Basic");
            Sheet p = wb.createSheet("Primary");
            p.createRow(0).createCell(0).setCellValue("ENROLMENT BY GRADE AND SEX");
            Row h = p.createRow(2);
            h.createCell(0).setCellValue("Grade");
            h.createCell(1).setCellValue("Boys");
            h.createCell(2).setCellValue("Girls");
            for (int g = 1; g <= 6; g++) {
                Row r = p.createRow(2 + g);
                r.createCell(0).setCellValue("Grade " + g);
                r.createCell(1).setCellValue(30 + g);
                r.createCell(2).setCellValue(29 + 2 * g);
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void theTitlesYearIsTheCensusYearThoughTheFileNameEndsInAnother() throws Exception {
        Path file = workbook("ZM-CHO-2001.xlsx");
        Path draft = dir.resolve("draft.json");
        CliRun drafted = CliRun.emis("template", "draft", file.toString(), "--out", draft.toString());
        assertEquals(0, drafted.code(), drafted.out() + drafted.err());
        JsonNode t = new ObjectMapper().readTree(draft.toFile());
        assertEquals("ANNUAL SCHOOL CENSUS", t.path("year").path("labels").path(0).asText(), t.path("year").toString());

        Path db = dir.resolve("w.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", draft.toString(), file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertTrue(imported.out().contains("2024"), imported.out());
        JsonNode schools = CliRun.emis("schools", "--db", db.toString(), "--year", "2024", "--format", "json").json();
        assertTrue(schools.toString().contains("ZM-CHO-2001"), schools.toString());
        long girls = 0;
        for (int g = 1; g <= 6; g++) {
            girls += 29 + 2 * g;
        }
        JsonNode ind = CliRun.emis("indicators", "--db", db.toString(), "--year", "2024", "--school", "ZM-CHO-2001",
                "--format", "json").json();
        JsonNode enrolment = ind.findValue("enrolment_total");
        long boys = 0;
        for (int g = 1; g <= 6; g++) {
            boys += 30 + g;
        }
        assertEquals(girls + boys, enrolment.get("value").asLong(), enrolment.toString());
        // Nothing went to 2001.
        CliRun none = CliRun.emis("schools", "--db", db.toString(), "--year", "2001", "--format", "json");
        assertTrue(!none.out().contains("ZM-CHO-2001"), none.out() + none.err());
    }
}
