package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The second census year of a two-year file gives returns to schools the workspace already holds: the import says
 * how many schools were given a return and how many of them are new to the workspace (none), in its file line and
 * its totals, in English, French and Portuguese, and in JSON; a file whose schools are all new keeps the short
 * {@code +N schools}. A later file mixing known and new schools counts each.
 */
class SecondYearSchoolsNotNewCliTest {
    private static final String TEMPLATE = """
            {"id": "std-years", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Pupils"], "key": ["Code"],
               "columns": [{"headers": ["Name"], "field": "school.name"},
                           {"patterns": ["{year} Std {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @TempDir
    Path dir;

    /** One row per school; columns {@code 2023 Std 1 Male … 2024 Std 3 Female}; every figure from its position. */
    private Path twoYears(String name, List<String> codes) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Pupils");
            List<Object> head = new ArrayList<>(List.of("Code", "Name"));
            for (int year : new int[] {2023, 2024}) {
                for (int g = 1; g <= 3; g++) {
                    head.add(year + " Std " + g + " Male");
                    head.add(year + " Std " + g + " Female");
                }
            }
            row(s, 0, head);
            for (int i = 0; i < codes.size(); i++) {
                List<Object> r = new ArrayList<>(List.of(codes.get(i), "School " + codes.get(i)));
                for (int c = 0; c < 12; c++) {
                    r.add(5 + i * 3 + c);
                }
                row(s, 1 + i, r);
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void theSecondYearSaysItsSchoolsAreNotNew() throws Exception {
        Path template = Files.writeString(dir.resolve("std.json"), TEMPLATE);
        List<String> schools = List.of("SY-01", "SY-02", "SY-03");
        Path file = twoYears("south-2023-2024.xlsx", schools);
        String db = dir.resolve("w.mv.db").toString();

        CliRun first = emis("import", "--db", db, "--template", template.toString(), "--year", "2023", file.toString());
        assertEquals(0, first.code(), first.err() + first.out());
        assertTrue(first.out().contains("+" + schools.size() + " schools, 0 replaced, " + schools.size() * 6 + " values"),
                first.out());
        assertFalse(first.out().contains("new to the workspace"), first.out());

        CliRun second = emis("import", "--db", db, "--template", template.toString(), "--year", "2024", file.toString());
        assertEquals(0, second.code(), second.err() + second.out());
        assertTrue(second.out().contains(schools.size() + " schools (0 new to the workspace), 0 replaced, "
                + schools.size() * 6 + " values"), second.out());
        assertFalse(second.out().contains("+" + schools.size() + " schools"), second.out());
        assertTrue(second.out().contains(schools.size() + " schools given a return (0 new to the workspace)"),
                second.out());

        // Another two-year file: two schools the workspace holds, one it does not. French, then Portuguese, then JSON.
        List<String> mixed = List.of("SY-02", "SY-03", "SY-04");
        Path later = twoYears("south-more-2023-2024.xlsx", mixed);
        String db2 = dir.resolve("w2.mv.db").toString();
        assertEquals(0, emis("import", "--db", db2, "--template", template.toString(), "--year", "2023",
                file.toString()).code());
        CliRun fr = emis("import", "--db", db2, "--template", template.toString(), "--year", "2024", "--lang", "fr",
                later.toString());
        assertEquals(0, fr.code(), fr.err() + fr.out());
        long known = mixed.stream().filter(schools::contains).count();
        long fresh = mixed.size() - known;
        assertTrue(fr.out().contains(mixed.size() + " écoles (" + fresh + " nouvelles dans l’espace de travail)"),
                fr.out());

        String db3 = dir.resolve("w3.mv.db").toString();
        assertEquals(0, emis("import", "--db", db3, "--template", template.toString(), "--year", "2023",
                file.toString()).code());
        CliRun pt = emis("import", "--db", db3, "--template", template.toString(), "--year", "2024", "--lang", "pt",
                later.toString());
        assertTrue(pt.out().contains(mixed.size() + " escolas (" + fresh + " novas no espaço de trabalho)"), pt.out());

        String db4 = dir.resolve("w4.mv.db").toString();
        assertEquals(0, emis("import", "--db", db4, "--template", template.toString(), "--year", "2023",
                file.toString()).code());
        CliRun json = emis("import", "--db", db4, "--template", template.toString(), "--year", "2024", "--format",
                "json", later.toString());
        assertTrue(json.out().replace(" ", "").contains("\"schoolsNew\":" + fresh), json.out());
        assertTrue(json.out().replace(" ", "").contains("\"schoolsAdded\":" + mixed.size()), json.out());
    }

    private static void row(Sheet s, int r, List<Object> cells) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) instanceof Integer n) {
                row.createCell(c).setCellValue(n);
            } else {
                row.createCell(c).setCellValue((String) cells.get(c));
            }
        }
    }
}
