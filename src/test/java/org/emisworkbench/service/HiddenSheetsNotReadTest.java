package org.emisworkbench.service;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A return with a hidden sheet of last year's figures, a very hidden sheet of older ones and a hidden drop-down
 * list: the template reads only the visible sheet, and the import and {@code emis template check} both name each
 * hidden sheet holding numbers as NOT READ (file, sheet, how hidden, how many numbers, where), in .xlsx and .xls
 * alike; the list of words is not mentioned. A hidden sheet the template does read gets one line, no warning.
 */
class HiddenSheetsNotReadTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "kept-hidden", "version": 1, "title": "Return with hidden sheets", "layout": "wide",
             "year": {"fromFileName": true},
             "sheets": [{"names": ["Return"], "key": ["Code"],
               "columns": [{"headers": ["Name"], "field": "school.name"},
                           {"patterns": ["Std {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    /** A register in a hidden sheet the template names, figures on the visible one. */
    private static final String READS_HIDDEN = """
            {"id": "register-hidden", "version": 1, "title": "Register kept hidden", "layout": "wide",
             "year": {"fromFileName": true},
             "sheets": [{"names": ["Register"], "key": ["Code"], "columns": [{"headers": ["Name"], "field": "school.name"}]},
                        {"names": ["Return"], "key": ["Code"],
                         "columns": [{"patterns": ["Std {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    /**
     * The visible "Return" (3 schools × Std 1 F, Std 1 M), "Last year" hidden with {@code oldRows} schools of
     * figures, "Archive" very hidden with one number at D7, "Lists" hidden with words only; the values read are
     * returned in {@code stored}.
     */
    private static Workbook workbook(Workbook wb, int oldRows, long[] stored) {
        Sheet ret = wb.createSheet("Return");
        Sheets.row(ret, 0, "Code", "Name", "Std 1 F", "Std 1 M");
        for (int i = 0; i < 3; i++) {
            int f = 20 + 3 * i;
            int m = 17 + 5 * i;
            Sheets.row(ret, 1 + i, "MW" + (300 + i), "School " + i, f, m);
            stored[0] += f + m;
        }
        Sheet last = wb.createSheet("Last year");
        Sheets.row(last, 1, "Code", "Std 1 F", "Std 1 M");
        for (int i = 0; i < oldRows; i++) {
            Sheets.row(last, 2 + i, "MW" + (300 + i), 90 + i, 80 + i);
        }
        Sheet archive = wb.createSheet("Archive");
        Sheets.row(archive, 6, "2019 total", null, null, 1234);
        Sheet lists = wb.createSheet("Lists");
        Sheets.row(lists, 0, "Public", "Private", "Community");
        wb.setSheetVisibility(wb.getSheetIndex(last), SheetVisibility.HIDDEN);
        wb.setSheetVisibility(wb.getSheetIndex(archive), SheetVisibility.VERY_HIDDEN);
        wb.setSheetVisibility(wb.getSheetIndex(lists), SheetVisibility.HIDDEN);
        return wb;
    }

    private Path save(Workbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private Path template(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void hiddenSheetsWithNumbersAreNamedAsNotReadInTheImportAndTheCheckOfXlsxAndXls() throws Exception {
        Path t = template("t.json", TEMPLATE);
        for (String ext : List.of("xlsx", "xls")) {
            long[] stored = new long[1];
            int oldRows = ext.equals("xls") ? 4 : 2;
            String name = "zomba-2024." + ext;
            Path file = save(workbook(ext.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook(), oldRows, stored),
                    name);
            String hiddenLine = name + ", sheet \"Last year\" (hidden): NOT READ: it holds " + (2 * oldRows)
                    + " number(s) in B3:C" + (2 + oldRows);
            String veryHiddenLine = name + ", sheet \"Archive\" (very hidden";

            CliRun run = emis("import", "--db", dir.resolve(ext + ".mv.db").toString(), "--template", t.toString(),
                    "--format", "json", file.toString());
            assertEquals(0, run.code(), run.out() + run.err());
            JsonNode f = run.json().get("files").get(0);
            assertEquals("IMPORTED", f.get("outcome").asText());
            assertEquals(6, f.get("valuesStored").asLong());
            List<String> warnings = texts(f.get("warnings"));
            assertEquals(2, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith(hiddenLine), ext + ": " + warnings.get(0));
            assertTrue(warnings.get(0).contains("left it on purpose"), warnings.get(0));
            assertTrue(warnings.get(1).startsWith(veryHiddenLine) && warnings.get(1).contains(
                    "NOT READ: it holds 1 number(s) in D7,"), ext + ": " + warnings.get(1));
            assertFalse(String.join(" ", warnings).contains("Lists"), "a list of words is no figure: " + warnings);
            assertTrue(texts(f.get("hiddenSheetsRead")).isEmpty());
            // The figures stored are the visible sheet's, none of the hidden ones'.
            try (Workbench w = Workbench.open(dir.resolve(ext + ".mv.db"))) {
                assertEquals(stored[0], new IndicatorService(w).compute(2024,
                        org.emisworkbench.model.AreaSelector.country(), null).stream()
                        .filter(i -> i.id().equals("enrolment_total")).findFirst().orElseThrow().value().longValue());
            }

            CliRun check = emis("template", "check", "--template", t.toString(), file.toString());
            assertTrue(check.out().contains("WARNING: " + hiddenLine), check.out());
            assertTrue(check.out().contains("WARNING: " + veryHiddenLine), check.out());
            assertFalse(check.out().contains("\"Lists\""), check.out());
        }
    }

    @Test
    void aHiddenSheetTheTemplateReadsIsSaidOnceAndIsNoWarning() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet register = wb.createSheet("Register");
        Sheet ret = wb.createSheet("Return");
        Sheets.row(register, 0, "Code", "Name");
        Sheets.row(ret, 0, "Code", "Std 1 F", "Std 1 M");
        for (int i = 0; i < 2; i++) {
            Sheets.row(register, 1 + i, "MW" + (400 + i), "Register school " + i);
            Sheets.row(ret, 1 + i, "MW" + (400 + i), 11 + i, 13 + i);
        }
        wb.setSheetVisibility(0, SheetVisibility.HIDDEN);
        Path file = save(wb, "balaka-2024.xlsx");
        Path t = template("r.json", READS_HIDDEN);

        CliRun run = emis("import", "--db", dir.resolve("r.mv.db").toString(), "--template", t.toString(),
                file.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertFalse(run.out().contains("OK with warnings"), run.out());
        String line = "note: balaka-2024.xlsx, sheet \"Register\": read although hidden, because a sheet entry of the"
                + " template names it";
        assertEquals(1, run.out().lines().filter(l -> l.strip().equals(line)).count(), run.out());

        CliRun check = emis("template", "check", "--template", t.toString(), "--format", "json", file.toString());
        JsonNode json = check.json();
        assertTrue(texts(json.get("sheetsNotRead")).isEmpty(), check.out());
        List<String> read = texts(json.get("hiddenSheetsRead"));
        assertEquals(1, read.size(), check.out());
        assertTrue(read.get(0).startsWith("balaka-2024.xlsx, sheet \"Register\": read although hidden"), read.get(0));
    }
}
