package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Review 25 F7: an export that leaves out its rows of 0 (DHIS2 keeps no zero) gives repeaters for some grades and
 * sexes of a school and none for others; the share of repeaters pairs each with its own enrolment, so the pupils of
 * the cells without a figure drop out of the denominator. The value is right for the pupils it counts, and now says
 * how many it leaves out. The export is written here as rows of {@code orgunit | dataelement | categoryoptioncombo |
 * value} with the repeaters' zero rows left out, and the expected share is worked out below.
 */
class RepeatersLeftOutNoteCliTest {
    @TempDir
    Path dir;

    @Test
    void theShareOfRepeatersSaysHowManyPupilsItLeavesOut() throws Exception {
        String[] schools = {"Rp2", "cDw", "Gv7"};
        String[] sexes = {"Female", "Male"};
        long repeaters = 0;
        long paired = 0;
        long leftOut = 0;
        java.util.Set<String> leftOutSchools = new java.util.TreeSet<>();
        Path file = dir.resolve("dhis2-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("data");
            Row h = s.createRow(0);
            String[] head = {"orgunit", "period", "dataelement", "categoryoptioncombo", "value"};
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            int r = 1;
            for (int k = 0; k < schools.length; k++) {
                for (int g = 1; g <= 6; g++) {
                    for (int x = 0; x < 2; x++) {
                        int enrolled = 20 + 7 * k + 3 * g + x;
                        int rep = (k + g + x) % 3; // 0 for some: those rows are not in the export
                        r = row(s, r, schools[k], "Enrolment", "Grade " + g + ", " + sexes[x], enrolled);
                        if (rep > 0) {
                            r = row(s, r, schools[k], "Repeaters", "Grade " + g + ", " + sexes[x], rep);
                            repeaters += rep;
                            paired += enrolled;
                        } else {
                            leftOut += enrolled;
                            leftOutSchools.add(schools[k]);
                        }
                    }
                }
            }
            wb.write(out);
        }
        Path template = dir.resolve("dhis2.json");
        Files.writeString(template, """
                {"id": "dhis2-rows", "version": 1, "layout": "wide", "year": {"columns": ["period"]},
                 "sheets": [{"names": ["data"], "key": ["orgunit"],
                   "columns": [{"headers": ["dataelement"], "field": "row.topic"},
                               {"headers": ["categoryoptioncombo"], "field": "row.grade+row.sex"},
                               {"headers": ["value"], "field": "row.value"}]}]}
                """);
        Path db = dir.resolve("w.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        JsonNode share = CliRun.emis("indicators", "--db", db.toString(), "--year", "2024", "--format", "json").json()
                .findValue("repeaters_pct");
        assertTrue(leftOut > 0 && leftOutSchools.size() == 3, "the export leaves rows out");
        assertEquals(100.0 * repeaters / paired, share.get("value").asDouble(), 1e-6, share.toString());
        assertTrue(share.get("note").asText().startsWith("partial: " + leftOut + " pupil(s) of grades or sexes with no "
                + "repeaters figure, at " + leftOutSchools.size() + " school(s)"), share.toString());
    }

    private static int row(Sheet s, int r, String school, String element, String combo, int value) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(school);
        row.createCell(1).setCellValue("2024");
        row.createCell(2).setCellValue(element);
        row.createCell(3).setCellValue(combo);
        row.createCell(4).setCellValue(value);
        return r + 1;
    }
}
