package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 22, item 9: {@code template check} listed a grid as found (its title is on the sheet) and then reported
 * {@code GRID_NOT_FOUND} for the same grid, whose band the header does not have. A grid is now listed as found only
 * where the reading read it; one whose table is not as it says is listed as not found, naming its title's cell, and
 * the figures it would have read are in no "would store" count. Forms one per sheet, written here.
 */
class GridFoundAsReadCliTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "band-probe", "version": 1, "layout": "grid", "schools": "sheet", "year": {"fromFileName": true},
             "sheets": [{"names": ["*"], "required": ["school.code", "enrolment"],
               "labels": [{"labels": ["EMIS code"], "field": "school.code"}],
               "grids": [{"field": "enrolment", "titles": ["Grade"], "rows": "grade"},
                         {"field": "repeaters", "titles": ["Grade"], "rows": "grade", "sex": "M",
                          "band": ["Repeaters Male"]}]}]}
            """;

    @Test
    void aGridWhoseTableIsNotAsItSaysIsNotListedAsFound() throws Exception {
        String[] codes = {"GW-0301", "GW-0302"};
        int grades = 4;
        Path file = dir.resolve("band-probe-2024.xlsx");
        int enrolment = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (String code : codes) {
                Sheet s = wb.createSheet(code);
                Row c = s.createRow(1);
                c.createCell(0).setCellValue("EMIS code");
                c.createCell(1).setCellValue(code);
                Row h = s.createRow(3);
                String[] head = {"Grade", "Boys", "Girls", "Repeaters Boys", "Repeaters Girls"};
                for (int i = 0; i < head.length; i++) {
                    h.createCell(i).setCellValue(head[i]);
                }
                for (int g = 1; g <= grades; g++) {
                    Row r = s.createRow(3 + g);
                    r.createCell(0).setCellValue("Grade " + g);
                    for (int i = 1; i < head.length; i++) {
                        r.createCell(i).setCellValue(10 * g + i);
                    }
                    enrolment += 2;
                }
            }
            wb.write(out);
        }
        Path template = dir.resolve("band-probe.json");
        Files.writeString(template, TEMPLATE);

        CliRun j = CliRun.emis("template", "check", "--template", template.toString(), file.toString(), "--format",
                "json");
        JsonNode sheets = j.json().get("sheets");
        assertEquals(codes.length, sheets.size(), j.out());
        for (JsonNode s : sheets) {
            List<String> found = texts(s.get("gridsFound"));
            List<String> missing = texts(s.get("gridsMissing"));
            assertEquals(List.of("A4 Grade → enrolment"), found, s.toString());
            assertEquals(1, missing.size(), s.toString());
            assertTrue(missing.get(0).startsWith("Grade (repeaters M): the title is at A4"), missing.toString());
        }
        // The problems say the same grid not found, at its title's cell, on each sheet; nothing read as repeaters.
        List<String> notFound = new ArrayList<>();
        j.json().get("problems").forEach(p -> {
            if (p.get("kind").asText().equals("GRID_NOT_FOUND")) {
                notFound.add(p.get("cell").asText() + " " + p.get("field").asText());
            }
        });
        assertEquals(List.of(codes[0] + "!A4 repeaters", codes[1] + "!A4 repeaters"), notFound, j.out());
        assertEquals(enrolment, j.json().get("values").asInt(), j.out());

        CliRun t = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertFalse(t.out().contains("→ repeaters"), t.out());
        assertTrue(t.out().contains("grid not found: Grade (repeaters M): the title is at A4"), t.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
