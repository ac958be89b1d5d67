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
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 22, items 2 and 12: a lone code typo, with no twin school in the file ({@code PS04O1026} among
 * {@code PS0401023}…), is said at its cell with the code it most likely is (IMP-35, the shape the other codes share);
 * the code is shown as typed in its cell ({@code l}, not {@code L}), its key upper-cased as before so that
 * {@code nk4410203} next year is the same school; random generated identifiers (DHIS2 uids) are never said. The
 * workbooks are written here (a banner above the header, the codes in the second column); the typos and the codes
 * expected are made from the test's own list.
 */
class LoneCodeTypoCliTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "zones", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Zone A"], "key": ["EMIS No"],
               "columns": [{"headers": ["School"], "field": "school.name"},
                           {"headers": ["Classrooms"], "field": "classrooms.total"}]}]}
            """;

    /** Writes the sheet: a banner, the header on row 3, a school per row from row 4 (code in column B). */
    private Path workbook(String name, List<String> codes) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Zone A");
            s.createRow(0).createCell(0).setCellValue("Nkhata Zone returns");
            Row h = s.createRow(2);
            h.createCell(0).setCellValue("School");
            h.createCell(1).setCellValue("EMIS No");
            h.createCell(2).setCellValue("Classrooms");
            for (int i = 0; i < codes.size(); i++) {
                Row r = s.createRow(3 + i);
                r.createCell(0).setCellValue("School " + (char) ('A' + i));
                r.createCell(1).setCellValue(codes.get(i));
                r.createCell(2).setCellValue(4 + i);
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void aLoneTypoCodeIsSaidWithTheCodeItMostLikelyIsAndShownAsTyped() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            codes.add(String.format(Locale.ROOT, "NK%07d", 4410203 + 31 * i));
        }
        // Two typos, no twin in the file: a letter O for a zero, a lower-case l for a one.
        String meantO = codes.get(4);
        int o = meantO.indexOf('0', 2);
        assertTrue(o > 0, meantO);
        String typoO = meantO.substring(0, o) + 'O' + meantO.substring(o + 1);
        String meantL = codes.get(6);
        int l = meantL.indexOf('1', 2);
        assertTrue(l > 0, meantL);
        String typoL = meantL.substring(0, l) + 'l' + meantL.substring(l + 1);
        List<String> written = new ArrayList<>(codes);
        written.set(4, typoO);
        written.set(6, typoL);
        Path file = workbook("zones-2024.xlsx", written);
        Path template = dir.resolve("zones.json");
        Files.writeString(template, TEMPLATE);
        int alike = codes.size() - 2;
        String example = written.stream().filter(c -> !c.equals(typoO) && !c.equals(typoL)).sorted().findFirst()
                .orElseThrow();

        CliRun c = CliRun.emis("template", "check", "--template", template.toString(), file.toString(), "--format",
                "json");
        List<JsonNode> typos = of(c.json().get("problems"), "CODE_LIKELY_TYPO");
        assertEquals(2, typos.size(), c.out());
        JsonNode first = typos.get(0);
        assertEquals("Zone A!B" + (4 + 4), first.get("cell").asText());
        assertEquals(typoO, first.get("raw").asText());
        assertTrue(first.get("detail").asText().startsWith("has the letter O where most codes of its length"
                + " have a digit: most likely " + meantO + "?"), first.toString());
        assertTrue(first.get("detail").asText().contains(alike + " of the " + (codes.size() - 1) + " other codes"
                + " of its length in the file and the workspace are written alike (such as " + example + ")"),
                first.toString());
        JsonNode second = typos.get(1);
        assertEquals("Zone A!B" + (4 + 6), second.get("cell").asText());
        // As typed in the cell (lower-case l), where the officer will look for it; the school's key is upper-cased.
        assertEquals(typoL, second.get("raw").asText());
        assertEquals(typoL.toUpperCase(Locale.ROOT), second.get("school").asText());
        assertTrue(second.get("detail").asText().startsWith("has the letter l where most codes of its"
                + " length have a digit: most likely " + meantL + "?"), second.toString());

        // The import says the same, and keeps matching codes without their case.
        Path db = dir.resolve("zones.mv.db");
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Zone A!B" + (4 + 6) + ": school code " + typoL + " has the letter l"),
                r.out());
        assertTrue(r.out().contains("correct this cell to " + meantO + " and import the file again"), r.out());
        assertTrue(r.out().contains(written.size() + " schools added"), r.out());
        // Stored under its key, upper-cased as every code typed by people (decision 0050).
        CliRun listed = CliRun.emis("schools", "--db", db.toString(), "--format", "csv");
        assertTrue(listed.out().contains(typoL.toUpperCase(Locale.ROOT) + ","), listed.out());
        List<String> lower = codes.stream().filter(x -> !x.equals(meantO) && !x.equals(meantL))
                .map(x -> x.toLowerCase(Locale.ROOT)).toList();
        CliRun next = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                workbook("zones-2025.xlsx", lower).toString());
        assertEquals(0, next.code(), next.out() + next.err());
        // The lower-case codes of 2025 are the schools of 2024: no school more in the workspace.
        CliRun after = CliRun.emis("schools", "--db", db.toString(), "--format", "csv");
        List<String> rows = after.out().lines().skip(1).filter(x -> !x.isBlank()).toList();
        assertEquals(written.size(), rows.stream().map(x -> x.substring(0, x.indexOf(','))).distinct().count(),
                after.out());
        assertEquals(written.size() + lower.size(), rows.size(), after.out());
        assertFalse(next.out().contains("CODE_LIKELY_TYPO"), next.out());
    }

    @Test
    void randomGeneratedIdentifiersAreNeverSaid() throws Exception {
        // Identifiers as an aggregate reporting system makes them: a letter, then ten letters or digits, mixed case.
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        String all = letters + "0123456789";
        Random random = new Random(22);
        List<String> uids = new ArrayList<>();
        while (uids.size() < 60) {
            StringBuilder b = new StringBuilder().append(letters.charAt(random.nextInt(letters.length())));
            for (int i = 0; i < 10; i++) {
                b.append(all.charAt(random.nextInt(all.length())));
            }
            String u = b.toString();
            if (!u.equals(u.toUpperCase(Locale.ROOT)) && !u.equals(u.toLowerCase(Locale.ROOT))) {
                uids.add(u);
            }
        }
        // The check has look-alike characters to judge: many of the identifiers hold a letter O, l, S… or a digit.
        long withLookAlikes = uids.stream().filter(u -> u.chars().anyMatch(ch -> "OoIlSsBbZz01258".indexOf(ch) >= 0))
                .count();
        assertTrue(withLookAlikes > uids.size() / 2, uids.toString());
        Path file = workbook("uids-2024.xlsx", uids);
        Path template = dir.resolve("zones.json");
        Files.writeString(template, TEMPLATE);
        CliRun c = CliRun.emis("template", "check", "--template", template.toString(), file.toString(), "--format",
                "json");
        assertEquals(uids.size(), c.json().get("schools").asInt(), c.out());
        assertTrue(of(c.json().get("problems"), "CODE_LIKELY_TYPO").isEmpty(), c.out());
    }

    private static List<JsonNode> of(JsonNode problems, String kind) {
        List<JsonNode> out = new ArrayList<>();
        problems.forEach(p -> {
            if (kind.equals(p.get("kind").asText())) {
                out.add(p);
            }
        });
        return out;
    }
}
