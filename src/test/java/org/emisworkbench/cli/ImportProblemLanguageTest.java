package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The details of an import's problems, as an officer reads them after importing a messy return (the template
 * check's problem list, the findings of the import rules), are in the officer's language: a French or Portuguese
 * run prints none of the English sentences the import's code once wrote. The workbook is written here: a district
 * list with a footnote mark, a "n/a", a row of figures without a code, a school given twice, a zone subtotal
 * carrying a code and a header pasted again among the rows.
 */
class ImportProblemLanguageTest {
    private static final String TEMPLATE = """
            {"id": "messy", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Enrolment"], "key": ["School code"], "ignore": ["Zone"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;
    /** Phrases of the English details (each was once built in the import's code), none of which may show in fr or pt. */
    private static final List<String> ENGLISH = List.of("its label says", "read as a total row", "not a school",
            "is already on row", "of this sheet", "the first row is kept", "a row with values but no school code",
            "were not imported", "is repeated here", "the row is skipped", "read as ", "set aside",
            "not available", "stored as missing", "is not counted", "matches nothing in the template");

    @TempDir
    Path dir;

    @Test
    void theProblemsOfAMessyReturnAreWordedInFrenchAndPortuguese() throws Exception {
        Path template = Files.writeString(dir.resolve("messy.json"), TEMPLATE);
        Path file = dir.resolve("messy-2024.xlsx");
        writeMessyWorkbook(file);

        String english = problemsPrinted("en", template, file);
        // The English run names what the other languages must say in their own words (so the list can fail).
        for (String phrase : List.of("its label says it is a total", "a row with values but no school code",
                "is already on row", "is repeated here", "set aside", "not available")) {
            assertTrue(english.contains(phrase), phrase + " in\n" + english);
        }
        String french = problemsPrinted("fr", template, file);
        assertTrue(french.contains("son libellé indique un total") && french.contains("figure déjà sur la ligne")
                && french.contains("sans code d’école") && french.contains("mise de côté"), french);
        String portuguese = problemsPrinted("pt", template, file);
        assertTrue(portuguese.contains("o seu rótulo diz que é um total") && portuguese.contains("já está na linha")
                && portuguese.contains("sem código de escola") && portuguese.contains("posta de lado"), portuguese);
        for (String phrase : ENGLISH) {
            assertFalse(french.contains(phrase), "\"" + phrase + "\" in French:\n" + french);
            assertFalse(portuguese.contains(phrase), "\"" + phrase + "\" in Portuguese:\n" + portuguese);
        }
    }

    @Test
    void theImportTextsHaveTheSameKeysInEveryLanguageAndAreTranslated() throws Exception {
        Properties en = load("");
        Properties fr = load("_fr");
        Properties pt = load("_pt");
        Set<String> keys = importKeys(en);
        assertTrue(keys.size() > 100, "the import's texts: " + keys.size());
        assertEquals(keys, importKeys(fr));
        assertEquals(keys, importKeys(pt));
        for (String k : keys) {
            String text = en.getProperty(k);
            // A text with words (not a bare placeholder pattern such as "{0}; {1}") is not an English copy.
            if (text.replaceAll("\\{\\d+}", "").replaceAll("[^\\p{L}]", "").length() > 3) {
                assertFalse(text.equals(fr.getProperty(k)), k + " is English in French");
                assertFalse(text.equals(pt.getProperty(k)), k + " is English in Portuguese");
            }
        }
    }

    /** The problem list of the template check and the findings of the import rules, in {@code lang}. */
    private String problemsPrinted(String lang, Path template, Path file) {
        CliRun check = emis("template", "check", "--template", template.toString(), "--lang", lang, file.toString());
        assertEquals(0, check.code(), check.err() + check.out());
        String db = dir.resolve("w-" + lang).toString();
        CliRun imported = emis("import", "--db", db, "--template", template.toString(), "--lang", lang,
                file.toString());
        assertEquals(0, imported.code(), imported.err() + imported.out());
        emis("validate", "--db", db, "--year", "2024", "--lang", lang);
        CliRun findings = emis("findings", "--db", db, "--year", "2024", "--lang", lang);
        assertTrue(findings.out().contains("IMP-"), findings.out());
        return check.out() + "\n" + imported.out() + "\n" + findings.out();
    }

    private static void writeMessyWorkbook(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Enrolment");
            String[] header = {"Zone", "School code", "School name", "Grade 1 M", "Grade 1 F", "Grade 2 M", "Grade 2 F"};
            row(s, 0, (Object[]) header);
            row(s, 1, "North", "NT-101", "Bondo", 12, "39*", 10, 11);
            row(s, 2, "North", "NT-102", "Chisi", 8, 9, "n/a", 7);
            row(s, 3, "North", "Z01", "Zone subtotal", 20, 48, 10, 18);
            row(s, 4, "South", "", "", 5, 6, 7, 8);
            row(s, 5, (Object[]) header);
            row(s, 6, "South", "ST-201", "Dedza", 14, 13, 12, 11);
            row(s, 7, "South", "NT-101", "Bondo", 1, 2, 3, 4);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void row(Sheet s, int r, Object... cells) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Integer n) {
                row.createCell(c).setCellValue(n);
            } else if (!((String) cells[c]).isEmpty()) {
                row.createCell(c).setCellValue((String) cells[c]);
            }
        }
    }

    private static Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ImportProblemLanguageTest.class.getResourceAsStream("/i18n/core" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> importKeys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("import.")).forEach(keys::add);
        return keys;
    }
}
