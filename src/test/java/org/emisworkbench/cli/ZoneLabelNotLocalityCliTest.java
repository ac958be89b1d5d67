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

    /**
     * Review 30 C2: {@code Academic Year / የትምህርት ዘመን | 2016 E.C.} was not drafted as the year's label, so a form
     * without the year in its file name could not be imported. 2016 E.C. is the school year 2023-24.
     */
    @Test
    void anAcademicYearLabelIsTheYearsLabelAndItsEthiopianYearIsRead() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Form");
        Sheets.row(s, 0, "School code / የትምህርት ቤት መለያ", "1409903");
        Sheets.row(s, 1, "Academic Year / የትምህርት ዘመን", "2016 E.C.");
        Sheets.row(s, 3, "Table 1: Enrolment by grade and sex");
        Sheets.row(s, 4, "Grade", "Male", "Female");
        int girls = 0;
        for (int g = 1; g <= 4; g++) {
            Sheets.row(s, 4 + g, "Grade " + g, 10 + g, 20 + g);
            girls += 20 + g;
        }
        Path f = dir.resolve("census_1409903.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        Path template = dir.resolve("et.json");
        CliRun draft = CliRun.emis("template", "draft", f.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        assertTrue(Files.readString(template).contains("Academic Year / የትምህርት ዘመን"), Files.readString(template));
        Path db = dir.resolve("w.mv.db");
        CliRun in = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), f.toString());
        assertEquals(0, in.code(), in.out() + in.err());
        assertTrue(in.out().contains("2023"), in.out());
        CliRun trace = CliRun.emis("trace", "--db", db.toString(), "--year", "2023", "--school", "1409903",
                "--topic", "enrolment", "--slot", "G4", "--sex", "F");
        assertEquals(0, trace.code(), trace.out() + trace.err());
        assertTrue(trace.out().contains("24") && trace.out().contains("C9"), trace.out());
        assertEquals(20 * 4 + 10, girls);
    }
}
