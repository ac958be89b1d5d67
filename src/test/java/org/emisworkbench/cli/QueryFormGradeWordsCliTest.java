package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.report.QueryWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query workbook says a grade in the words of the school's form: the heading merged over the figure's column
 * ({@code ECE}, {@code Year 2} over {@code Boys | Girls}), or the run of a one-row header that names the grade
 * ({@code Repeaters Year 2 Girls}), in English, French and Portuguese; the grade's code only when the form cannot be
 * read any more (the file changed since it was imported).
 */
class QueryFormGradeWordsCliTest {
    /** The form's grade headings and the codes the built-in list reads them as. */
    private static final String[] LABELS = {"ECE", "Year 1", "Year 2"};
    private static final String[] CODES = {"PP", "G1", "G2"};
    private static final String[] SCHOOLS = {"YW-01", "YW-02"};
    /** The planted repeaters above enrolment: school index → {grade index, sex 0 boys / 1 girls}. */
    private static final Map<Integer, int[]> PLANTED = Map.of(0, new int[] {2, 1}, 1, new int[] {0, 0});

    private static final String TEMPLATE = """
            {"id": "year-words", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [
              {"names": ["Pupils"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["{grade} {sex}"], "field": "enrolment"}]},
              {"names": ["Repeaters"], "key": ["School code"],
               "columns": [{"patterns": ["Repeaters {grade} {sex}"], "field": "repeaters"}]}]}
            """;

    @TempDir
    Path dir;

    private static int enrolment(int school, int grade, int sex) {
        return 20 + 3 * grade + sex + school;
    }

    private static int repeaters(int school, int grade, int sex) {
        int[] p = PLANTED.get(school);
        return p != null && p[0] == grade && p[1] == sex ? enrolment(school, grade, sex) + 4 : 1 + grade;
    }

    private Path write(Path file, String title) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet pupils = wb.createSheet("Pupils");
            pupils.createRow(0).createCell(0).setCellValue(title);
            Row heads = pupils.createRow(2);
            Row sexes = pupils.createRow(3);
            heads.createCell(0).setCellValue("School code");
            heads.createCell(1).setCellValue("School name");
            pupils.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            pupils.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            Sheet rep = wb.createSheet("Repeaters");
            Row repHead = rep.createRow(0);
            repHead.createCell(0).setCellValue("School code");
            for (int g = 0; g < LABELS.length; g++) {
                int c = 2 + 2 * g;
                heads.createCell(c).setCellValue(LABELS[g]);
                pupils.addMergedRegion(new CellRangeAddress(2, 2, c, c + 1));
                sexes.createCell(c).setCellValue("Boys");
                sexes.createCell(c + 1).setCellValue("Girls");
                repHead.createCell(1 + 2 * g).setCellValue("Repeaters " + LABELS[g] + " Boys");
                repHead.createCell(2 + 2 * g).setCellValue("Repeaters " + LABELS[g] + " Girls");
            }
            for (int i = 0; i < SCHOOLS.length; i++) {
                Row r = pupils.createRow(4 + i);
                Row q = rep.createRow(1 + i);
                r.createCell(0).setCellValue(SCHOOLS[i]);
                r.createCell(1).setCellValue("School " + i);
                q.createCell(0).setCellValue(SCHOOLS[i]);
                for (int g = 0; g < LABELS.length; g++) {
                    for (int sex = 0; sex < 2; sex++) {
                        r.createCell(2 + 2 * g + sex).setCellValue(enrolment(i, g, sex));
                        q.createCell(1 + 2 * g + sex).setCellValue(repeaters(i, g, sex));
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    /** The "What we found" texts of a query workbook. */
    private static List<String> found(Path workbook) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            for (int r = QueryWorkbook.TABLE_ROW + 1; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r) != null && s.getRow(r).getCell(2) != null) {
                    out.add(s.getRow(r).getCell(2).getStringCellValue());
                }
            }
        }
        return out;
    }

    private List<String> queries(String db, String school, String lang, String out) throws Exception {
        CliRun q = emis("queries", "--db", db, "--year", "2024", "--school", school, "--lang", lang, "--out",
                dir.resolve(out).toString());
        assertEquals(0, q.code(), q.err() + q.out());
        try (var files = Files.list(dir.resolve(out))) {
            return found(files.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow());
        }
    }

    @Test
    void theGradeIsSaidInTheFormsWordsInEveryLanguage() throws Exception {
        Path template = Files.writeString(dir.resolve("year-words.json"), TEMPLATE);
        Path file = write(dir.resolve("west-2024.xlsx"), "WEST DISTRICT 2024");
        String db = dir.resolve("w.mv.db").toString();
        CliRun imported = emis("import", "--db", db, "--template", template.toString(), file.toString());
        assertEquals(0, imported.code(), imported.err() + imported.out());
        emis("validate", "--db", db, "--year", "2024");

        Map<String, String[]> sexWords = Map.of("en", new String[] {"boys", "girls"},
                "fr", new String[] {"garçons", "filles"}, "pt", new String[] {"rapazes", "raparigas"});
        for (Map.Entry<Integer, int[]> plant : PLANTED.entrySet()) {
            String school = SCHOOLS[plant.getKey()];
            int g = plant.getValue()[0];
            int sex = plant.getValue()[1];
            for (String lang : List.of("en", "fr", "pt")) {
                List<String> texts = queries(db, school, lang, "q-" + school + "-" + lang);
                String expected = ", " + LABELS[g] + ", " + sexWords.get(lang)[sex];
                String rep = String.valueOf(repeaters(plant.getKey(), g, sex));
                List<String> about = texts.stream().filter(t -> t.contains(rep)).toList();
                assertFalse(about.isEmpty(), lang + ": " + texts);
                assertTrue(about.stream().allMatch(t -> t.contains(expected)), lang + " " + expected + ": " + texts);
                assertTrue(texts.stream().noneMatch(t -> t.contains(" " + CODES[g] + ",")), lang + ": " + texts);
            }
        }

        // The same file changed since its import: its headings can no longer be trusted, the code is said.
        write(file, "WEST DISTRICT 2024 (corrected title)");
        List<String> texts = queries(db, SCHOOLS[0], "en", "q-changed");
        int[] p = PLANTED.get(0);
        String rep = String.valueOf(repeaters(0, p[0], p[1]));
        List<String> about = texts.stream().filter(t -> t.contains(rep)).toList();
        assertFalse(about.isEmpty(), texts.toString());
        assertTrue(about.stream().allMatch(t -> t.contains(", grade " + CODES[p[0]] + ", girls")), texts.toString());
    }
}
