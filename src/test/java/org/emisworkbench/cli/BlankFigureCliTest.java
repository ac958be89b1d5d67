package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blank cell among a school's figures of a grade (IMP-36, {@code BLANK_FIGURE}): said at its cell by the import,
 * listed by {@code template check}, a finding of the check of the year written into the school's query workbook, and
 * named by {@code emis trace}. A grade (or a sex's row) wholly blank for a school is not reported. The workbooks are
 * written here in three layouts (a wide sheet with a row per school and sex, a long export with a row per school,
 * grade and sex, and forms with a table of classes); the cells expected are worked out from what is written.
 */
class BlankFigureCliTest {
    @TempDir
    Path dir;

    /** A row per school and sex, Class 1…Class 8 and Total across (a Fiji-style district sheet). */
    @Test
    void aBlankCellInASexRowIsSaidAtItsCellAndTracedAndAWholeGradeOrRowBlankIsNot() throws Exception {
        String[] codes = {"FJ2101", "FJ2102", "FJ2103", "FJ2104"};
        // [school][sex 0 = M, 1 = F][class]; null a blank cell.
        Integer[][][] v = new Integer[codes.length][2][8];
        for (int s = 0; s < codes.length; s++) {
            for (int x = 0; x < 2; x++) {
                for (int g = 0; g < 8; g++) {
                    v[s][x][g] = 10 + 3 * s + 2 * g + x;
                }
            }
        }
        // FJ2102 has no Class 7 and 8 (both sexes blank); FJ2103 is a boys' school (its girls' row blank);
        // FJ2104 left its Class 5 girls blank.
        for (int x = 0; x < 2; x++) {
            v[1][x][6] = null;
            v[1][x][7] = null;
        }
        for (int g = 0; g < 8; g++) {
            v[2][1][g] = null;
        }
        v[3][1][4] = null;
        Path file = dir.resolve("Ba district 2024.xlsx");
        int firstRow = 3; // a title, a blank row, the header (0-based row 2), then the schools
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrolment");
            Sheets.row(s, 0, "Ba District - Primary enrolment by class");
            Sheets.row(s, 2, "School code", "School name", "Sex", "Class 1", "Class 2", "Class 3", "Class 4",
                    "Class 5", "Class 6", "Class 7", "Class 8", "Total");
            int r = firstRow;
            for (int sc = 0; sc < codes.length; sc++) {
                for (int x = 0; x < 2; x++) {
                    Object[] row = new Object[12];
                    row[0] = codes[sc];
                    row[1] = "School " + codes[sc].substring(2);
                    row[2] = x == 0 ? "M" : "F";
                    int total = 0;
                    boolean any = false;
                    for (int g = 0; g < 8; g++) {
                        row[3 + g] = v[sc][x][g];
                        if (v[sc][x][g] != null) {
                            total += v[sc][x][g];
                            any = true;
                        }
                    }
                    row[11] = any ? total : null;
                    Sheets.row(s, r++, row);
                }
            }
            wb.write(out);
        }
        // Expected: a blank cell whose school gave the other sex of that class and its own sex in another class.
        List<String> expected = new ArrayList<>();
        for (int sc = 0; sc < codes.length; sc++) {
            for (int x = 0; x < 2; x++) {
                for (int g = 0; g < 8; g++) {
                    if (v[sc][x][g] == null && v[sc][1 - x][g] != null && givesAny(v[sc][x])) {
                        expected.add("Enrolment!" + CellReference.convertNumToColString(3 + g)
                                + (firstRow + 2 * sc + x + 1));
                    }
                }
            }
        }
        assertEquals(1, expected.size(), expected.toString());
        Path template = Files.writeString(dir.resolve("fiji.json"), """
                {"id": "fiji-sex-rows", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Enrolment"], "key": ["School code"],
                   "columns": [{"headers": ["School name"], "field": "school.name"},
                               {"headers": ["Sex"], "field": "row.sex"},
                               {"patterns": ["{grade}"], "field": "enrolment"},
                               {"headers": ["Total"], "total": "enrolment"}]}]}
                """);
        Path db = dir.resolve("fiji.mv.db");
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), "--format", "json",
                file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(List.of("BLANK_FIGURE 1 " + expected.get(0)), problemsOf(r.json().get("files").get(0), "BLANK_FIGURE"),
                r.out());
        CliRun c = CliRun.emis("template", "check", "--template", template.toString(), file.toString(), "--format",
                "json");
        List<JsonNode> listed = of(c.json().get("problems"), "BLANK_FIGURE");
        assertEquals(expected, listed.stream().map(p -> p.get("cell").asText()).toList(), c.out());
        String detail = listed.get(0).get("detail").asText();
        assertTrue(detail.contains("school FJ2104's G5 F enrolment") && detail.contains("for G5 the school gave enrolment M"), detail);
        // The import's problems, kind by kind, are the check's.
        assertEquals(problemsOf(r.json().get("files").get(0), null), problemsOf(c.json(), null));

        // The check of the year: a warning finding at the cell, and the school's query says what to send.
        CliRun val = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
        List<JsonNode> found = new ArrayList<>();
        findings(val.json(), found);
        List<JsonNode> imp36 = found.stream().filter(f -> "IMP-36".equals(f.path("rule").asText())).toList();
        assertEquals(1, imp36.size(), val.out());
        assertEquals("FJ2104", imp36.get(0).path("school").asText());
        assertEquals(expected.get(0).substring("Enrolment!".length()), imp36.get(0).path("source").path("cell").asText());
        assertEquals("warning", imp36.get(0).path("severity").asText().toLowerCase(java.util.Locale.ROOT), imp36.toString());
        Path queries = dir.resolve("queries");
        CliRun q = CliRun.emis("queries", "--db", db.toString(), "--year", "2024", "--school", "FJ2104", "--out",
                queries.toString());
        assertEquals(0, q.code(), q.out() + q.err());
        String book = workbookText(queries);
        assertTrue(book.contains(expected.get(0).substring("Enrolment!".length())), book);
        assertTrue(book.contains("left blank where a figure was expected"), book);

        // The figure stays missing (never 0), and trace names the blank cell.
        CliRun t = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "FJ2104", "--slot",
                "Class 5", "--sex", "F");
        assertTrue((t.out() + t.err()).contains(expected.get(0) + " of " + file.getFileName() + " was blank"),
                t.out() + t.err());
        // The boys' school and the school without Class 7: no figure and no blank cell named.
        CliRun boys = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "FJ2103", "--slot",
                "G2", "--sex", "F");
        assertFalse((boys.out() + boys.err()).contains("was blank"), boys.out() + boys.err());
        CliRun given = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "FJ2104", "--slot",
                "G4", "--sex", "F", "--format", "json");
        assertEquals(v[3][1][3].intValue(), given.json().get("value").asInt(), given.out());
    }

    /** A row per school, grade and sex, enrolment and repeaters across (a Zambia-style export). */
    @Test
    void aBlankEnrolmentBesideItsRepeatersIsSaidAndARowOfAGradeTheSchoolLacksIsNot() throws Exception {
        String[] head = {"EMIS_CODE", "SCHOOL_NAME", "GRADE", "SEX", "ENROLMENT", "REPEATERS"};
        List<Object[]> rows = new ArrayList<>();
        String[] codes = {"104011", "104012", "104013"};
        for (int s = 0; s < codes.length; s++) {
            for (int g = 1; g <= 3; g++) {
                for (String sex : new String[] {"Male", "Female"}) {
                    // 104013 has no Grade 3: its rows are there, both figures blank.
                    boolean none = s == 2 && g == 3;
                    rows.add(new Object[] {codes[s], "School " + codes[s], "Grade " + g, sex,
                            none ? null : 30 + 5 * s + g, none ? null : g});
                }
            }
        }
        // 104012, Grade 2, Female: enrolment left blank, repeaters given.
        Object[] blank = rows.stream().filter(x -> x[0].equals("104012") && x[2].equals("Grade 2")
                && x[3].equals("Female")).findFirst().orElseThrow();
        blank[4] = null;
        // 104011, Grade 3, Female: the whole row blank, while the boys' row of Grade 3 is given.
        Object[] girls = rows.stream().filter(x -> x[0].equals("104011") && x[2].equals("Grade 3")
                && x[3].equals("Female")).findFirst().orElseThrow();
        girls[4] = null;
        girls[5] = null;
        Path file = dir.resolve("export_2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("export");
            Sheets.row(s, 0, (Object[]) head);
            for (int i = 0; i < rows.size(); i++) {
                Sheets.row(s, i + 1, rows.get(i));
            }
            wb.write(out);
        }
        // Expected: a blank figure whose school gave the same figure and sex in another grade, and in its grade the
        // other sex of the figure or the other figure of the row.
        java.util.Map<String, Object> given = new java.util.HashMap<>();
        for (Object[] x : rows) {
            for (int c = 4; c <= 5; c++) {
                if (x[c] != null) {
                    given.put(x[0] + "|" + x[2] + "|" + x[3] + "|" + c, x[c]);
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] x = rows.get(i);
            for (int c = 4; c <= 5; c++) {
                int measure = c;
                String other = x[3].equals("Male") ? "Female" : "Male";
                boolean elsewhere = given.keySet().stream().anyMatch(k -> k.startsWith(x[0] + "|")
                        && k.endsWith("|" + x[3] + "|" + measure) && !k.startsWith(x[0] + "|" + x[2] + "|"));
                boolean aside = given.containsKey(x[0] + "|" + x[2] + "|" + other + "|" + c)
                        || given.containsKey(x[0] + "|" + x[2] + "|" + x[3] + "|" + (9 - c));
                if (x[c] == null && elsewhere && aside) {
                    expected.add("export!" + CellReference.convertNumToColString(c) + (i + 2));
                }
            }
        }
        assertEquals(3, expected.size(), expected.toString());
        String cell = "export!E" + (rows.indexOf(blank) + 2);
        assertTrue(expected.contains(cell), expected.toString());
        Path template = Files.writeString(dir.resolve("long.json"), """
                {"id": "long-export", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["export"], "key": ["EMIS_CODE"],
                   "columns": [{"headers": ["SCHOOL_NAME"], "field": "school.name"},
                               {"headers": ["GRADE"], "field": "row.grade"},
                               {"headers": ["SEX"], "field": "row.sex"},
                               {"headers": ["ENROLMENT"], "field": "enrolment"},
                               {"headers": ["REPEATERS"], "field": "repeaters"}]}]}
                """);
        Path db = dir.resolve("long.mv.db");
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), "--format", "json",
                file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(List.of("BLANK_FIGURE 3 " + expected.get(0)), problemsOf(r.json().get("files").get(0),
                "BLANK_FIGURE"), r.out());
        CliRun c = CliRun.emis("template", "check", "--template", template.toString(), file.toString(), "--format",
                "json");
        List<JsonNode> listed = of(c.json().get("problems"), "BLANK_FIGURE");
        assertEquals(expected, listed.stream().map(p -> p.get("cell").asText()).toList(), c.out());
        JsonNode z = listed.stream().filter(p -> p.get("cell").asText().equals(cell)).findFirst().orElseThrow();
        assertEquals("104012", z.get("school").asText());
        assertTrue(z.get("detail").asText().contains("for G2 the school gave enrolment M, repeaters F"), z.toString());
        CliRun t = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "104012", "--slot",
                "Grade 2", "--sex", "F");
        assertTrue((t.out() + t.err()).contains(cell + " of " + file.getFileName() + " was blank"), t.out() + t.err());
        // 104013 has no Grade 3: nothing said, no blank cell traced.
        CliRun none = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "104013", "--slot",
                "G3", "--sex", "F");
        assertFalse((none.out() + none.err()).contains("was blank"), none.out() + none.err());
        // The repeaters of the row were stored.
        CliRun rep = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "104012", "--slot",
                "G2", "--sex", "F", "--topic", "repeaters", "--format", "json");
        assertEquals(blank[5], rep.json().get("value").asInt(), rep.out());
    }

    /** Forms, a school per file, classes across and Boys/Girls under them: a class the school lacks is no blank. */
    @Test
    void aFormsWholeClassBlankIsNotSaidAndAOneSexBlankIs() throws Exception {
        Path template = Files.writeString(dir.resolve("asc.json"), """
                {"id": "asc-form", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["ASC Form"], "required": ["school.code", "enrolment"],
                   "labels": [{"labels": ["School code"], "field": "school.code"},
                              {"labels": ["Name of School"], "field": "school.name"}],
                   "grids": [{"field": "enrolment", "titles": ["Enrolment by class"], "rows": "none"}]}]}
                """);
        // [P1 boys, P1 girls, P2 boys, P2 girls, P3 boys, P3 girls]; null a blank cell.
        Integer[] noP3 = {31, 29, 27, 26, null, null};
        Integer[] girlsP2Blank = {41, 40, 38, null, 35, 33};
        Path a = form("U31001_2024.xlsx", "U31001", noP3);
        Path b = form("U31002_2024.xlsx", "U31002", girlsP2Blank);
        Path db = dir.resolve("forms.mv.db");
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), "--format", "json",
                a.toString(), b.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        // Row 8 (0-based 7) holds the pupils; P2 girls is the fifth column (E).
        assertEquals(List.of(), problemsOf(r.json().get("files").get(0), "BLANK_FIGURE"), r.out());
        assertEquals(List.of("BLANK_FIGURE 1 ASC Form!" + CellReference.convertNumToColString(1 + 3) + "8"),
                problemsOf(r.json().get("files").get(1), "BLANK_FIGURE"), r.out());
        CliRun ca = CliRun.emis("template", "check", "--template", template.toString(), a.toString(), "--format",
                "json");
        assertEquals(List.of(), of(ca.json().get("problems"), "BLANK_FIGURE"), ca.out());
        CliRun cb = CliRun.emis("template", "check", "--template", template.toString(), b.toString(), "--format",
                "json");
        assertEquals(1, of(cb.json().get("problems"), "BLANK_FIGURE").size(), cb.out());
        CliRun t = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "U31001", "--slot", "G3",
                "--sex", "F");
        assertFalse((t.out() + t.err()).contains("was blank"), t.out() + t.err());
    }

    /**
     * A row per school with a column per grade and sex ({@code Std 1 Boys}…), and forms whose table has a row per
     * grade (Boys and Girls across): the same rule on both.
     */
    @Test
    void aWideSheetAndAFormWithARowPerGradeSayTheSameBlanks() throws Exception {
        // [school][grade][0 = boys, 1 = girls]; null a blank cell. Z-02 has no Std 4; Z-03 left Std 2 girls blank.
        Integer[][][] v = {
                {{20, 21}, {22, 23}, {24, 25}, {26, 27}},
                {{30, 31}, {32, 33}, {34, 35}, {null, null}},
                {{40, 41}, {42, null}, {44, 45}, {46, 47}}};
        Path wide = dir.resolve("zone-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(wide)) {
            Sheet s = wb.createSheet("Pupils");
            Object[] head = new Object[9];
            head[0] = "Code";
            for (int g = 0; g < 4; g++) {
                head[1 + 2 * g] = "Std " + (g + 1) + " Boys";
                head[2 + 2 * g] = "Std " + (g + 1) + " Girls";
            }
            Sheets.row(s, 0, head);
            for (int sc = 0; sc < v.length; sc++) {
                Object[] row = new Object[9];
                row[0] = "Z-0" + (sc + 1);
                for (int g = 0; g < 4; g++) {
                    row[1 + 2 * g] = v[sc][g][0];
                    row[2 + 2 * g] = v[sc][g][1];
                }
                Sheets.row(s, sc + 1, row);
            }
            wb.write(out);
        }
        // Expected: the blank whose grade's other sex is given (each school gives both sexes in other grades).
        List<String> expected = new ArrayList<>();
        for (int sc = 0; sc < v.length; sc++) {
            for (int g = 0; g < 4; g++) {
                for (int x = 0; x < 2; x++) {
                    if (v[sc][g][x] == null && v[sc][g][1 - x] != null) {
                        expected.add("Pupils!" + CellReference.convertNumToColString(1 + 2 * g + x) + (sc + 2));
                    }
                }
            }
        }
        assertEquals(List.of("Pupils!E4"), expected);
        Path wideTemplate = Files.writeString(dir.resolve("zone.json"), """
                {"id": "zone-wide", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Pupils"], "key": ["Code"],
                   "columns": [{"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """);
        CliRun c = CliRun.emis("template", "check", "--template", wideTemplate.toString(), wide.toString(), "--format",
                "json");
        assertEquals(expected, of(c.json().get("problems"), "BLANK_FIGURE").stream().map(p -> p.get("cell").asText())
                .toList(), c.out());

        Path formTemplate = Files.writeString(dir.resolve("rows.json"), """
                {"id": "grade-rows", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Return"], "required": ["school.code", "enrolment"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["Enrolment by grade"], "rows": "grade"}]}]}
                """);
        Path db = dir.resolve("rows.mv.db");
        List<String> files = new ArrayList<>();
        List<String> formExpected = new ArrayList<>();
        for (int sc = 0; sc < v.length; sc++) {
            Path f = dir.resolve("return-Z0" + (sc + 1) + "-2024.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
                Sheet s = wb.createSheet("Return");
                Sheets.row(s, 0, "School code", "Z-0" + (sc + 1));
                Sheets.row(s, 2, "Enrolment by grade");
                Sheets.row(s, 3, "Grade", "Boys", "Girls");
                for (int g = 0; g < 4; g++) {
                    Sheets.row(s, 4 + g, "Std " + (g + 1), v[sc][g][0], v[sc][g][1]);
                    for (int x = 0; x < 2; x++) {
                        if (v[sc][g][x] == null && v[sc][g][1 - x] != null) {
                            formExpected.add("Return!" + CellReference.convertNumToColString(1 + x) + (5 + g));
                        }
                    }
                }
                wb.write(out);
            }
            files.add(f.toString());
        }
        assertEquals(List.of("Return!C6"), formExpected);
        List<String> args = new ArrayList<>(List.of("import", "--db", db.toString(), "--template",
                formTemplate.toString(), "--format", "json"));
        args.addAll(files);
        CliRun r = CliRun.emis(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.out() + r.err());
        List<String> said = new ArrayList<>();
        r.json().get("files").forEach(f -> said.addAll(problemsOf(f, "BLANK_FIGURE")));
        assertEquals(List.of("BLANK_FIGURE 1 " + formExpected.get(0)), said, r.out());
    }

    private Path form(String name, String code, Integer[] pupils) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("ASC Form");
            Sheets.row(s, 0, "ANNUAL SCHOOL CENSUS");
            Sheets.row(s, 1, "School code", code);
            Sheets.row(s, 2, "Name of School", "School " + code);
            Sheets.row(s, 4, "Enrolment by class");
            Sheets.row(s, 5, "", "P1", "P1", "P2", "P2", "P3", "P3");
            Sheets.row(s, 6, "", "Boys", "Girls", "Boys", "Girls", "Boys", "Girls");
            Object[] row = new Object[7];
            row[0] = "Pupils";
            System.arraycopy(pupils, 0, row, 1, pupils.length);
            Sheets.row(s, 7, row);
            wb.write(out);
        }
        return file;
    }

    private static boolean givesAny(Integer[] figures) {
        return Stream.of(figures).anyMatch(java.util.Objects::nonNull);
    }

    /** "KIND count firstCell" of a file's (or a check's) problem summary, of one kind or (null) every kind. */
    private static List<String> problemsOf(JsonNode doc, String kind) {
        JsonNode summary = doc.has("problems") && doc.get("problems").isArray() && doc.has("problemCounts")
                ? doc.get("problemCounts") : doc.get("problems");
        List<String> out = new ArrayList<>();
        summary.forEach(p -> {
            if (kind == null || kind.equals(p.get("kind").asText())) {
                out.add(p.get("kind").asText() + " " + p.get("count").asInt() + " " + p.get("firstCell").asText());
            }
        });
        return out.stream().sorted().toList();
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

    private static void findings(JsonNode doc, List<JsonNode> out) {
        if (doc.isObject() && doc.has("rule")) {
            out.add(doc);
        }
        doc.forEach(child -> findings(child, out));
    }

    /** Every cell's text of the query workbooks written in {@code folder}. */
    private static String workbookText(Path folder) throws Exception {
        StringBuilder b = new StringBuilder();
        DataFormatter f = new DataFormatter();
        List<Path> books;
        try (Stream<Path> files = Files.walk(folder)) {
            books = files.filter(p -> p.toString().endsWith(".xlsx")).toList();
        }
        assertFalse(books.isEmpty(), "no query workbook in " + folder);
        for (Path p : books) {
            try (InputStream in = Files.newInputStream(p); Workbook wb = WorkbookFactory.create(in)) {
                for (Sheet s : wb) {
                    for (Row row : s) {
                        for (Cell cell : row) {
                            b.append(f.formatCellValue(cell)).append('\n');
                        }
                    }
                }
            }
        }
        return b.toString();
    }
}
