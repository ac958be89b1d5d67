package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 30 C2: an Ethiopian form's {@code Zone / ዞን | East Shewa} (an administrative zone) was drafted as the
 * school's locality (urban/rural), and every validation then called the value an unknown code. A label of two
 * meanings is read as the locality only when its value is one; {@code Locality | Rural} still is. Workbook written
 * here with POI.
 */
class ZoneLabelNotLocalityCliTest {
    @TempDir
    Path dir;

    private Path form(String zoneValue) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Form");
        Sheets.row(s, 0, "School code / የትምህርት ቤት መለያ", "1409901");
        Sheets.row(s, 1, "School name / የትምህርት ቤት ስም", "Adama Primary");
        Sheets.row(s, 2, "Zone / ዞን", zoneValue);
        Sheets.row(s, 4, "Table 1: Enrolment by grade and sex");
        Sheets.row(s, 5, "Grade", "Male", "Female");
        for (int g = 1; g <= 4; g++) {
            Sheets.row(s, 5 + g, "Grade " + g, 10 + g, 12 + g);
        }
        Path f = dir.resolve("census_1409901_2024.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    @Test
    void aZoneNamingAnAreaIsNotTheLocalityButAnUrbanOrRuralZoneIs() throws Exception {
        Path template = dir.resolve("t.json");
        CliRun draft = CliRun.emis("template", "draft", form("East Shewa").toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        String json = Files.readString(template);
        assertFalse(json.contains("school.locality"), json);
        assertTrue(json.contains("school.code"), json);

        CliRun rural = CliRun.emis("template", "draft", form("Rural").toString(), "--out", template.toString(), "--force");
        assertEquals(0, rural.code(), rural.out() + rural.err());
        assertTrue(Files.readString(template).contains("school.locality"), Files.readString(template));
    }
}
