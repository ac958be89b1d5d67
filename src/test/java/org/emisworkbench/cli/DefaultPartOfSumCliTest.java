package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 33, style 5: a DRC grade sheet leaves zero repeaters blank. The enrolment is {@code sumOf} the new pupils
 * and the repeaters, and the repeaters' column says {@code "default": "0"}: a blank there is then 0 as the template
 * says, in the sum too, so the sum is whole (no PARTIAL_SUM), its source names the blank cell as the default's, and
 * the default is said once per cell (DEFAULT_USED). Without the default the same blank still gives the partial sum,
 * said. Workbook written here with POI; the figures expected are worked out here.
 */
class DefaultPartOfSumCliTest {
    private static final int SCHOOLS = 8;

    @TempDir
    Path dir;

    private static String template(boolean withDefault) {
        return """
                {"id": "drc-ep", "version": 1, "layout": "wide", "language": "fr",
                 "sheets": [{"names": ["1ère année"], "key": ["Code école"],
                   "columns": [{"headers": ["Nom de l'école"], "field": "school.name"},
                     {"field": "enrolment", "grade": "G1", "sex": "M", "sumOf": ["Nouveaux G", "Redoublants G"]},
                     {"headers": ["Redoublants G"], "field": "repeaters", "grade": "G1", "sex": "M"%s},
                     {"field": "enrolment", "grade": "G1", "sex": "F", "sumOf": ["Nouveaux F", "Redoublants F"]},
                     {"headers": ["Redoublants F"], "field": "repeaters", "grade": "G1", "sex": "F"%s}]}]}
                """.formatted(withDefault ? ", \"default\": \"0\"" : "", withDefault ? ", \"default\": \"0\"" : "");
    }

    @Test
    void aBlankPartWhoseColumnHasADefaultIsTheDefaultInTheSum() throws Exception {
        Random rnd = new Random(5);
        int[][] figures = new int[SCHOOLS][4]; // new G, new F, rep G, rep F; a repeater figure 0 is left blank
        Path file = dir.resolve("limete-2024.xlsx");
        int blanks = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("1ère année");
            org.emisworkbench.testing.Sheets.row(s, 0, "Code école", "Nom de l'école", "Nouveaux G", "Nouveaux F",
                    "Redoublants G", "Redoublants F");
            for (int i = 0; i < SCHOOLS; i++) {
                Row r = s.createRow(1 + i);
                r.createCell(0).setCellValue("KIN" + (2500 + i));
                r.createCell(1).setCellValue("EP " + i);
                for (int k = 0; k < 4; k++) {
                    figures[i][k] = k < 2 ? 20 + rnd.nextInt(40) : i % 3 == k - 2 ? 0 : 1 + rnd.nextInt(6);
                    if (figures[i][k] != 0) {
                        r.createCell(2 + k).setCellValue(figures[i][k]);
                    } else {
                        blanks++;
                    }
                }
            }
            wb.write(out);
        }
        assertTrue(blanks > 0);
        Path with = dir.resolve("with.json");
        Path without = dir.resolve("without.json");
        Files.writeString(with, template(true));
        Files.writeString(without, template(false));

        CliRun plain = CliRun.emis("template", "check", "--template", without.toString(), file.toString());
        assertTrue(plain.out().contains("PARTIAL_SUM"), plain.out());

        CliRun check = CliRun.emis("template", "check", "--template", with.toString(), file.toString());
        assertFalse(check.out().contains("PARTIAL_SUM"), check.out());
        assertEquals(blanks, check.out().lines().filter(l -> l.contains("DEFAULT_USED:")).count(), check.out());

        Path db = dir.resolve("drc.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", with.toString(), file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertFalse(imported.out().contains("PARTIAL_SUM"), imported.out());
        for (int i = 0; i < SCHOOLS; i++) {
            for (int sex = 0; sex < 2; sex++) {
                String letter = sex == 0 ? "M" : "F";
                CliRun t = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "KIN" + (2500 + i),
                        "--slot", "G1", "--sex", letter);
                int expected = figures[i][sex] + figures[i][2 + sex];
                String repCell = (char) ('E' + sex) + String.valueOf(2 + i);
                List<String> lines = t.out().lines().filter(l -> l.contains("enrolment")).toList();
                assertTrue(lines.stream().anyMatch(l -> l.contains(String.valueOf(expected))), t.out());
                if (figures[i][2 + sex] == 0) {
                    assertTrue(t.out().contains("(default)"), "the blank part is named as the default's: " + t.out());
                    assertTrue(t.out().contains(repCell), t.out());
                }
            }
        }
    }
}
