package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from a cell printed by a command as CSV on the terminal (issue 12, 10b): a school name holding a
 * line break once printed a line of its own ("OK      forged"). Every control character of a cell, line
 * breaks, carriage returns and tabs included, is shown as a visible escape; the CSV keeps its quoting.
 */
class CellTextOnTerminalCliTest {
    @TempDir
    Path dir;

    @Test
    void aSchoolNameWithLineBreaksAndEscapesStaysOnItsCsvLine() throws Exception {
        // XML 1.0 cannot hold ESC or BEL: Excel writes them as _x001B_ escapes, which POI reads back as the characters.
        String forged = "x_x001B_]0;owned_x0007__x001B_[2J\u202eevil\nOK      forged";
        String tabbed = "Tab\there\rand, \"quoted\"";
        Path file = dir.resolve("D02-2024.xlsx");
        int changed = 0;
        int schools = 0;
        try (InputStream in = Files.newInputStream(Path.of("sample-workbooks/2024/wide/D02-2024.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Schools");
            DataFormatter f = new DataFormatter();
            for (Row row : sheet) {
                String code = f.formatCellValue(row.getCell(0));
                if (code.matches("SCH02\\d{3}")) {
                    schools++;
                    if (code.equals("SCH02006")) {
                        row.getCell(1).setCellValue(forged);
                        changed++;
                    } else if (code.equals("SCH02001")) {
                        row.getCell(1).setCellValue(tabbed);
                        changed++;
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertEquals(2, changed);
        String db = dir.resolve("w").toString();
        CliRun imported = emis("import", "--db", db, file.toString());
        assertEquals(0, imported.code(), imported.err());

        CliRun csv = emis("schools", "--db", db);
        assertEquals(0, csv.code(), csv.err());
        noRawControl(csv.out() + csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals(schools + 1, lines.size(), csv.out());
        assertTrue(lines.get(0).startsWith("code,name,"), lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("SCH02")), csv.out());
        String line6 = lines.stream().filter(l -> l.startsWith("SCH02006,")).findFirst().orElseThrow();
        assertTrue(line6.contains("\\u202Eevil\\nOK      forged") && line6.endsWith(",Bessa,2024,private,rural,primary,D02-2024.xlsx,Schools,9"),
                line6);
        assertTrue(csv.out().contains("SCH02001,\"Tab\\there\\rand, \"\"quoted\"\"\",Bessa,"), csv.out());

        CliRun json = emis("schools", "--db", db, "--format", "json");
        assertEquals(0, json.code(), json.err());
        noRawControl(json.out());
        assertFalse(json.out().lines().anyMatch(l -> l.startsWith("OK ")), json.out());
    }

    @Test
    void aUserTemplatesTitleWithALineBreakStaysOnItsLine() throws Exception {
        Path user = Files.createDirectories(dir.resolve("user"));
        Files.writeString(user.resolve("mine.json"), "{\"id\":\"mine\",\"version\":1,"
                + "\"title\":\"Mine\\nOK      forged\\u001b[2J\",\"layout\":\"wide\",\"sheets\":[{\"names\":[\"*\"],"
                + "\"key\":[\"Code\"],\"columns\":[{\"headers\":[\"Nom\"],\"field\":\"school.name\"}]}]}");
        CliRun r = emis("templates", "--templates-folder", user.toString());
        assertEquals(0, r.code(), r.err());
        noRawControl(r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("mine") && l.contains("Mine\\nOK      forged\\u001B[2J")),
                r.out());
    }

    private static void noRawControl(String all) {
        for (char c : all.toCharArray()) {
            assertFalse(c < 0x20 && c != '\n' && c != '\r' || c == 0x7f || c == 0x202e,
                    () -> "raw control character " + (int) c + " in: " + all);
        }
        assertFalse(all.lines().anyMatch(l -> l.startsWith("OK ")), all);
    }
}
