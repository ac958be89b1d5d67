package org.emisworkbench.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.RecordingSink;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form's table of two bands side by side (`Enrolment | Repeaters` over the sexes, a row per class) read by a
 * template that reads one band only: the other band's figures are reported as not read, whether it is the first
 * band or the second, and whether the sexes are words or letters (found by a new user: the first band, or `M | F`
 * under the second, went unsaid).
 */
class LeftOutBandTest {
    private static String template(String band) {
        return """
                {"id": "one-band", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Return"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [{"field": "%s", "titles": ["ENROLMENT AND REPEATERS BY CLASS AND SEX"], "rows": "grade",
                              "sexLayout": "columns", "band": ["%s"]}]}]}
                """.formatted(band.equals("Enrolment") ? "enrolment" : "repeaters", band);
    }

    private static Path write(Path dir, String boys, String girls) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Return");
            row(s, 1, "School code:", "SCH09005");
            row(s, 4, "ENROLMENT AND REPEATERS BY CLASS AND SEX");
            row(s, 5, "Class", "Enrolment", null, "Repeaters", null);
            s.addMergedRegion(new CellRangeAddress(5, 5, 1, 2));
            s.addMergedRegion(new CellRangeAddress(5, 5, 3, 4));
            row(s, 6, null, boys, girls, boys, girls);
            row(s, 7, "Grade 1", 30, 28, 3, 2);
            row(s, 8, "Grade 2", 25, 27, 2, 1);
            row(s, 9, "Grade 3", 22, 20, 1, 1);
            Path file = dir.resolve("return-" + boys + ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    private static void row(Sheet s, int r, Object... values) {
        Row row = s.createRow(r);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String t) {
                row.createCell(i).setCellValue(t);
            } else if (values[i] instanceof Integer n) {
                row.createCell(i).setCellValue(n);
            }
        }
    }

    private static List<String> unread(Path file, String band) throws Exception {
        return problems(file, template(band)).stream().map(p -> p.cell()).toList();
    }

    private static List<org.emisworkbench.model.ImportProblem> problems(Path file, String template) throws Exception {
        RecordingSink sink = new RecordingSink();
        try (WorkbookReader w = Workbooks.open(file)) {
            new GridInterpreter().interpret(w, TemplateLoader.parse(template, "t", null),
                    Fixtures.context(file.getFileName().toString(), 2024), sink);
        }
        return sink.problems.stream().filter(p -> p.kind() == ProblemKind.UNREAD_FIGURES).toList();
    }

    @Test
    void theBandLeftOutIsNamedInTheProblemAndItsIgnoreQuietensIt(@TempDir Path dir) throws Exception {
        Path words = write(dir, "Boys", "Girls");
        List<org.emisworkbench.model.ImportProblem> second = problems(words, template("Enrolment"));
        assertEquals(1, second.size(), second.toString());
        String named = second.get(0).rawText();
        assertTrue(named.contains("Repeaters") && !named.contains("Enrolment |"), named);
        assertTrue(named.startsWith("ENROLMENT AND REPEATERS BY CLASS AND SEX | Repeaters"), named);
        List<org.emisworkbench.model.ImportProblem> first = problems(words, template("Repeaters"));
        assertEquals(1, first.size(), first.toString());
        assertTrue(first.get(0).rawText().contains("| Enrolment |"), first.get(0).rawText());
        // The band left out on purpose, as the mapping screen writes it: no warning.
        String ignored = template("Enrolment").replace("\"required\"", "\"ignore\": [\"Repeaters\"], \"required\"");
        assertTrue(ignored.contains("\"ignore\""), ignored);
        assertEquals(List.of(), problems(words, ignored));
    }

    @Test
    void theBandLeftOutIsReportedFirstOrSecondWithSexesInWordsOrLetters(@TempDir Path dir) throws Exception {
        Path words = write(dir, "Boys", "Girls");
        Path letters = write(dir, "M", "F");
        assertEquals(List.of("B8:C10"), unread(words, "Repeaters"), "the first band left out");
        assertEquals(List.of("D8:E10"), unread(words, "Enrolment"), "the second band left out");
        assertEquals(List.of("B8:C10"), unread(letters, "Repeaters"), "M | F under grades: counts by grade and sex");
        assertEquals(List.of("D8:E10"), unread(letters, "Enrolment"));
    }
}
