package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.rules.pack.Messages;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 26 F7 and F10. A table with no title line (the school block, then {@code Category | Kinder | Grade 1 | …}
 * over {@code Male | Female | Total}) is read with its corner cell as the title or with no title at all, and the
 * check says where; two such tables are never guessed between. A column heading of a small table read with
 * {@code column} is no label left unread; a population file is checked in districts and population figures with the
 * year as the import takes it; a count of one pupil is said in the singular. Workbooks written here.
 */
class UntitledTableAndCheckWordsCliTest {
    @TempDir
    Path dir;

    private static final String[] GRADES = {"Kinder", "Grade 1", "Grade 2"};

    private static String template(String titles) {
        return """
                {"id": "untitled", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Enrollment"], "required": ["school.code"],
                   "labels": [{"labels": ["School ID"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", %1$s"rows": "none"},
                             {"field": "repeaters", %1$s"rows": "none"}]}]}
                """.formatted(titles);
    }

    /** Writes the form; with {@code twice} a second table with its own header row of grades under the first. */
    private Path form(String name, boolean twice) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrollment");
            s.createRow(0).createCell(0).setCellValue("SCHOOL ENROLLMENT REPORT, SY 2024-2025");
            Row code = s.createRow(1);
            code.createCell(0).setCellValue("School ID:");
            code.createCell(2).setCellValue("104523");
            writeTable(s, 6, 0);
            if (twice) {
                writeTable(s, 12, 100);
            }
            wb.write(out);
        }
        return file;
    }

    private static void writeTable(Sheet s, int top, int base) {
        Row head = s.createRow(top);
        Row sexes = s.createRow(top + 1);
        head.createCell(0).setCellValue("Category");
        s.addMergedRegion(new CellRangeAddress(top, top + 1, 0, 0));
        String[] words = {"Male", "Female", "Total"};
        for (int g = 0; g < GRADES.length; g++) {
            head.createCell(1 + 3 * g).setCellValue(GRADES[g]);
            s.addMergedRegion(new CellRangeAddress(top, top, 1 + 3 * g, 3 + 3 * g));
            for (int k = 0; k < 3; k++) {
                sexes.createCell(1 + 3 * g + k).setCellValue(words[k]);
            }
        }
        String[] topics = {"Enrollment", "Repeaters"};
        for (int t = 0; t < topics.length; t++) {
            Row r = s.createRow(top + 2 + t);
            r.createCell(0).setCellValue(topics[t]);
            for (int g = 0; g < GRADES.length; g++) {
                int m = base + 10 * (t + 1) + g;
                int f = base + 20 * (t + 1) + g;
                r.createCell(1 + 3 * g).setCellValue(m);
                r.createCell(2 + 3 * g).setCellValue(f);
                r.createCell(3 + 3 * g).setCellValue(m + f);
            }
        }
    }

    @Test
    void aTableWithoutATitleIsFoundAtItsOneHeaderRowOrByItsCornerCell() throws Exception {
        Path file = form("ph-2024.xlsx", false);
        // Every grade of both topics, each sex: Kinder is pre-primary.
        long figures = 2L * GRADES.length * 2;
        Path untitled = dir.resolve("untitled.json");
        Files.writeString(untitled, template(""));
        CliRun u = CliRun.emis("template", "check", "--template", untitled.toString(), file.toString());
        assertTrue(u.out().contains("\n  grid      A7 Category → enrolment (no title: the header row of grades at row 7,"
                + " the sheet's only one)\n  grid      A7 Category → repeaters (no title: the header row of grades at"
                + " row 7, the sheet's only one)\n"), u.out());
        assertTrue(u.out().contains("The import would store 1 school(s), " + figures + " value(s)\n"
                + "  by topic: enrolment " + figures / 2 + ", repeaters " + figures / 2 + "\n"), u.out());
        assertFalse(u.out().contains("NOT READ"), u.out());
        assertTrue(u.out().endsWith("Problems: none\n"), u.out());

        Path corner = dir.resolve("corner.json");
        Files.writeString(corner, template("\"titles\": [\"Category\"], "));
        CliRun c = CliRun.emis("template", "check", "--template", corner.toString(), file.toString());
        assertTrue(c.out().contains("\n  grid      A7 Category → enrolment\n  grid      A7 Category → repeaters\n"),
                c.out());
        assertTrue(c.out().contains("The import would store 1 school(s), " + figures + " value(s)\n"), c.out());
        assertTrue(c.out().endsWith("Problems: none\n"), c.out());

        // The figures stored are those written, by grade (PP for Kinder) and sex.
        Path db = dir.resolve("w.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", untitled.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        CliRun exp = CliRun.emis("export", "--db", db.toString(), "--year", "2024", "--format", "long-csv",
                "--include-unchecked", "--out", dir.resolve("out.csv").toString());
        assertEquals(0, exp.code(), exp.out() + exp.err());
        String csv = Files.readString(dir.resolve("out.csv"));
        Map<String, Integer> expected = Map.of("enrolment,PP,M", 10, "enrolment,PP,F", 20, "enrolment,G2,F", 22,
                "repeaters,G1,M", 21, "repeaters,G2,F", 42);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            String[] k = e.getKey().split(",");
            assertTrue(csv.lines().anyMatch(l -> List.of(l.split(",")).containsAll(List.of(k[0], k[1], k[2],
                    Integer.toString(e.getValue())))), e + "\n" + csv);
        }
    }

    @Test
    void twoHeaderRowsOfGradesAreNeverGuessedBetween() throws Exception {
        Path file = form("two-2024.xlsx", true);
        Path untitled = dir.resolve("untitled.json");
        Files.writeString(untitled, template(""));
        CliRun u = CliRun.emis("template", "check", "--template", untitled.toString(), file.toString());
        assertTrue(u.out().contains("\n  grid not found: (no title) (enrolment): rows 7, 13 each hold a header row of"
                + " grades (more than one table); give the grid its titles\n"), u.out());
        // Nothing read, no table guessed: the import refuses a file of one new school without a figure.
        assertTrue(u.out().contains("\nThe import would REFUSE the file: the template reads not one figure cell"), u.out());
        assertTrue(u.out().contains("  Enrollment!A7 GRID_NOT_FOUND: table of the template not found on the sheet: its"
                + " grid read nothing \"enrolment\" — the grid has no title, and rows 7, 13 each hold a header row of"
                + " grades: more than one table, so nothing read as enrolment, never one guessed. Give the grid its"
                + " titles: the title above its table, or its header’s corner cell (Category, Age)\n"), u.out());

        // A grid of one sex has no header row of its own to be found by: its titles are required.
        Path sexed = dir.resolve("sexed.json");
        Files.writeString(sexed, template("\"sex\": \"M\", "));
        CliRun s = CliRun.emis("template", "check", "--template", sexed.toString(), file.toString());
        assertTrue(s.err().contains("$.sheets[0].grids[0].titles: give the title text above the grid (only a grid"
                + " with its grades across, of both sexes, may leave its titles out"), s.err() + s.out());
    }

    @Test
    void aColumnHeadingOfASmallTableReadByColumnIsNoUnreadLabel() throws Exception {
        Path file = dir.resolve("kw-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("School return");
            Row code = s.createRow(2);
            code.createCell(0).setCellValue("School code");
            code.createCell(2).setCellValue("KW-0101");
            Row heads = s.createRow(1);
            heads.createCell(5).setCellValue("Male");
            heads.createCell(6).setCellValue("Female");
            code.createCell(4).setCellValue("Teachers");
            code.createCell(5).setCellValue(4);
            code.createCell(6).setCellValue(9);
            Row q = s.createRow(3);
            q.createCell(4).setCellValue("Qualified teachers");
            q.createCell(5).setCellValue(3);
            q.createCell(6).setCellValue(7);
            wb.write(out);
        }
        Path t = dir.resolve("kw.json");
        Files.writeString(t, """
                {"id": "kw", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["School return"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"},
                     {"labels": ["Teachers"], "column": ["Male"], "field": "teachers.total", "sex": "M"},
                     {"labels": ["Teachers"], "column": ["Female"], "field": "teachers.total", "sex": "F"},
                     {"labels": ["Qualified teachers"], "column": ["Male"], "field": "teachers.qualified", "sex": "M"},
                     {"labels": ["Qualified teachers"], "column": ["Female"], "field": "teachers.qualified", "sex": "F"}]}]}
                """);
        CliRun c = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertTrue(c.out().contains("  label     E3 Teachers → teachers.total M = 4 (F3)\n"
                + "  label     E3 Teachers → teachers.total F = 9 (G3)\n"), c.out());
        assertFalse(c.out().contains("NOT READ"), c.out());
        assertTrue(c.out().contains("The import would store 1 school(s), 4 value(s)\n"), c.out());
    }

    /**
     * Review 26 F8: the draft proposes the untitled table itself, titled by its corner cell, one grid per topic its
     * rows name (Learners with Disabilities too), and the import of that draft stores every figure written.
     */
    @Test
    void theDraftProposesTheUntitledTableOneGridPerTopicRow() throws Exception {
        Path file = dir.resolve("ph-return-2024.xlsx");
        String[] grades = {"Kinder", "Grade 1", "Grade 2", "Grade 3"};
        String[] codes = {"PP", "G1", "G2", "G3"};
        String[] topics = {"Enrollment", "Repeaters", "Learners with Disabilities"};
        String[] fields = {"enrolment", "repeaters", "disabled"};
        Map<String, Integer> expected = new java.util.HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrollment");
            s.createRow(0).createCell(0).setCellValue("SCHOOL ENROLLMENT REPORT, SY 2024-2025");
            String[][] labels = {{"School ID:", "104777"}, {"School Name:", "Mabini Elementary School"}};
            for (int i = 0; i < labels.length; i++) {
                Row r = s.createRow(1 + i);
                r.createCell(0).setCellValue(labels[i][0]);
                r.createCell(2).setCellValue(labels[i][1]);
            }
            Row head = s.createRow(5);
            Row sexes = s.createRow(6);
            head.createCell(0).setCellValue("Category");
            s.addMergedRegion(new CellRangeAddress(5, 6, 0, 0));
            for (int g = 0; g < grades.length; g++) {
                head.createCell(1 + 3 * g).setCellValue(grades[g]);
                s.addMergedRegion(new CellRangeAddress(5, 5, 1 + 3 * g, 3 + 3 * g));
                String[] words = {"Male", "Female", "Total"};
                for (int k = 0; k < 3; k++) {
                    sexes.createCell(1 + 3 * g + k).setCellValue(words[k]);
                }
            }
            java.util.Random random = new java.util.Random(26);
            for (int t = 0; t < topics.length; t++) {
                Row r = s.createRow(7 + t);
                r.createCell(0).setCellValue(topics[t]);
                for (int g = 0; g < grades.length; g++) {
                    int m = 1 + random.nextInt(60);
                    int f = 1 + random.nextInt(60);
                    r.createCell(1 + 3 * g).setCellValue(m);
                    r.createCell(2 + 3 * g).setCellValue(f);
                    r.createCell(3 + 3 * g).setCellValue(m + f);
                    expected.put(fields[t] + "," + codes[g] + ",M", m);
                    expected.put(fields[t] + "," + codes[g] + ",F", f);
                }
            }
            wb.write(out);
        }
        Path t = dir.resolve("drafted.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", t.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        for (String field : fields) {
            assertTrue(draft.out().contains("A6             \"Category\"                   → table of " + field),
                    draft.out());
        }
        String json = Files.readString(t).replaceAll("\\s", "");
        assertTrue(json.contains("\"titles\":[\"Category\"],\"rows\":\"none\""), json);
        assertFalse(draft.out().contains("not guessed"), draft.out());

        Path db = dir.resolve("drafted.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains((expected.size()) + " values"), imp.out());
        CliRun exp = CliRun.emis("export", "--db", db.toString(), "--year", "2024", "--format", "long-csv",
                "--include-unchecked", "--out", dir.resolve("drafted.csv").toString());
        assertEquals(0, exp.code(), exp.out() + exp.err());
        String csv = Files.readString(dir.resolve("drafted.csv"));
        assertEquals(fields.length * grades.length * 2, expected.size());
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            String[] k = e.getKey().split(",");
            assertTrue(csv.lines().anyMatch(l -> List.of(l.split(",")).containsAll(List.of(k[0], k[1], k[2],
                    Integer.toString(e.getValue())))), e + "\n" + csv);
        }
    }

    @Test
    void aPopulationFileIsCheckedInDistrictsWithTheYearAsTheImportTakesIt() throws Exception {
        Path file = dir.resolve("population.xlsx");
        String[] districts = {"D05", "D06"};
        int ages = 3;
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Population");
            s.createRow(0).createCell(0).setCellValue("Projected population by single age");
            Row h = s.createRow(2);
            String[] head = {"District code", "Age", "Male", "Female"};
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            int r = 3;
            for (String d : districts) {
                for (int a = 0; a < ages; a++) {
                    Row row = s.createRow(r++);
                    row.createCell(0).setCellValue(d);
                    row.createCell(1).setCellValue(5 + a);
                    row.createCell(2).setCellValue(1000 + a);
                    row.createCell(3).setCellValue(1100 + a);
                }
            }
            wb.write(out);
        }
        Path t = dir.resolve("pop.json");
        Files.writeString(t, """
                {"id": "pop", "version": 1, "layout": "wide", "role": "population",
                 "sheets": [{"names": ["Population"], "key": ["District code"], "headerRow": 3,
                   "columns": [{"headers": ["Age"], "field": "population.age"},
                     {"headers": ["Male"], "field": "population", "sex": "M"},
                     {"headers": ["Female"], "field": "population", "sex": "F"}]}]}
                """);
        CliRun none = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertTrue(none.out().startsWith("Template pop v1 on " + file + ", population of the year not given: give it"
                + " with --year (nothing stored)\n  ! no year: the template says nowhere where the population's year is"
                + " written (no \"year\" entry, no column of years), so the import refuses the file unless it is given"
                + " (emis import --year 2024 …); without it no row can be kept (MISSING_REQUIRED_VALUE)\n"),
                none.out());
        assertTrue(none.out().contains("→ district code (key)"), none.out());
        assertFalse(none.out().contains("school"), none.out());
        assertTrue(none.out().contains("The import would store the population of 0 district(s), 0 figure(s) by age"
                + " and sex\n"), none.out());
        assertTrue(none.out().contains("  MISSING_REQUIRED_VALUE   " + String.format("%5d", districts.length * ages)),
                none.out());

        CliRun given = CliRun.emis("template", "check", "--template", t.toString(), "--year", "2024",
                file.toString());
        assertTrue(given.out().startsWith("Template pop v1 on " + file + ", population of the year 2024 (nothing"
                + " stored)\n\n"), given.out());
        assertTrue(given.out().contains("The import would store the population of " + districts.length
                + " district(s), " + districts.length * ages * 2 + " figure(s) by age and sex\n"), given.out());
        assertTrue(given.out().endsWith("Problems: none\n"), given.out());

        // The import without a year refuses the file, naming it and its sheet, and stores nothing (review 26):
        // it used to end "OK" with every row reported and no figure kept.
        Path db = dir.resolve("pop.mv.db");
        CliRun refused = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertEquals(1, refused.code(), refused.out() + refused.err());
        String said = refused.out() + refused.err();
        assertTrue(said.contains("population.xlsx, sheet Population: a population file without its year"), said);
        assertTrue(said.contains("Give it with --year."), said);
        assertTrue(said.contains("1 failed"), said);
        assertFalse(said.contains("OK "), said);
        CliRun stored = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), "--year", "2024",
                file.toString());
        assertEquals(0, stored.code(), stored.out() + stored.err());
        assertTrue(stored.out().contains("1 imported"), stored.out());
        assertFalse(stored.out().contains("already imported:"), "the refused file left nothing behind: "
                + stored.out());
    }

    @Test
    void aFindingAboutOnePupilSaysPupil() throws Exception {
        Path file = dir.resolve("age-2024.xlsx");
        int one = 1;
        int three = 3;
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Form");
            Row code = s.createRow(0);
            code.createCell(0).setCellValue("School code");
            code.createCell(1).setCellValue("AG-01");
            s.createRow(2).createCell(0).setCellValue("ENROLMENT BY AGE");
            Row grades = s.createRow(3);
            grades.createCell(1).setCellValue("Grade 1");
            grades.createCell(3).setCellValue("Grade 2");
            Row sexes = s.createRow(4);
            String[] mf = {"M", "F", "M", "F"};
            for (int i = 0; i < mf.length; i++) {
                sexes.createCell(1 + i).setCellValue(mf[i]);
            }
            int[][] rows = {{6, 20, 22, 3, 4}, {7, 5, 6, 25, 21}, {14, one, three, 0, 0}};
            for (int k = 0; k < rows.length; k++) {
                Row r = s.createRow(5 + k);
                for (int i = 0; i < rows[k].length; i++) {
                    r.createCell(i).setCellValue(rows[k][i]);
                }
            }
            wb.write(out);
        }
        Path t = dir.resolve("age.json");
        Files.writeString(t, """
                {"id": "age", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Form"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["ENROLMENT BY AGE"], "rows": "age"}]}]}
                """);
        Path db = dir.resolve("a.mv.db");
        assertEquals(0, CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString()).code());
        CliRun v = CliRun.emis("validate", "--db", db.toString(), "--year", "2024");
        // Grade 1's official age is 6: 14 is past both the plausible (AGE-01) and the usual (AGE-02) ages.
        assertTrue(v.out().contains("School AG-01, G1 M: " + one + " pupil aged 14, far from the official age 6"
                + " (plausible 4 to 11)"), v.out());
        assertTrue(v.out().contains("School AG-01, G1 F: " + three + " pupils aged 14, far from the official age 6"),
                v.out());
        assertTrue(v.out().contains("School AG-01, G1 M: " + one + " pupil aged 14, outside 5 to 9 for official age 6"),
                v.out());
        assertFalse(v.out().contains(" 1 pupils"), v.out());
    }

    @Test
    void aCountOfOnePupilIsSaidInTheSingular() {
        String en = "School {school}, {grade} {sex}: {value} {value|pupil|pupils} aged {age}";
        assertEquals("School S1, G1 M: 1 pupil aged 5 or under",
                Messages.render(en, Map.of("school", "S1", "grade", "G1", "sex", "M", "value", "1", "age", "5 or under")));
        assertEquals("School S1, G1 M: 3 pupils aged 14",
                Messages.render(en, Map.of("school", "S1", "grade", "G1", "sex", "M", "value", "3", "age", "14")));
        assertEquals(java.util.Set.of("age", "grade", "school", "sex", "value"), Messages.placeholders(en));
    }
}
