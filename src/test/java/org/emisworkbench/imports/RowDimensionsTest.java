package org.emisworkbench.imports;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateDrafter;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.PoiWorkbook;
import org.emisworkbench.testing.RecordingSink;
import org.junit.jupiter.api.Test;

/**
 * Sheets with several rows per school, where a column of the row says the grade, sex or age of the
 * figures in it (row.grade, row.sex, row.age). Workbooks and expected figures are made here.
 */
class RowDimensionsTest {
    /** Layout (a): one row per school and grade. */
    static final String PER_GRADE = """
            {"id": "per-grade", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Enrolment"], "key": ["School code"], "columns": [
               {"headers": ["School name"], "field": "school.name"},
               {"headers": ["Class"], "field": "row.grade"},
               {"headers": ["Boys"], "field": "enrolment", "sex": "M"},
               {"headers": ["Girls"], "field": "enrolment", "sex": "F"},
               {"headers": ["Repeaters boys"], "field": "repeaters", "sex": "M"},
               {"headers": ["Repeaters girls"], "field": "repeaters", "sex": "F"}]}]}
            """;

    /** Grade labels in the spellings returns use, by grade 1..6. */
    private static final Object[] CLASS_LABELS = {"Class 1", "P2", 3, "Grade 4", "std 5", "6th grade"};

    static Template template(String json) throws Exception {
        return TemplateLoader.parse(json, "test.json", null);
    }

    static RecordingSink read(XSSFWorkbook wb, String json) throws Exception {
        return read(wb, template(json));
    }

    static RecordingSink read(XSSFWorkbook wb, Template template) throws Exception {
        RecordingSink sink = new RecordingSink();
        new WideInterpreter().interpret(new PoiWorkbook(wb, "rows-2024.xlsx"), template,
                Fixtures.context("rows-2024.xlsx", 2024), sink);
        return sink;
    }

    /** The template {@code emis template draft} writes for the workbook. */
    static TemplateDrafter.Draft draft(XSSFWorkbook wb) throws Exception {
        TemplateDrafter.Guesses g = TemplateDrafter.guess(new PoiWorkbook(wb, "rows-2024.xlsx"));
        return TemplateDrafter.build("drafted", 1, "Drafted", g.sheets(), g.samples());
    }

    /** The figure of a school as the store reads it: every row of the school merged slot by slot. */
    static int figure(RecordingSink sink, String school, Topic topic, Sex sex, AgeGroup age, int slot) {
        int found = FactRecord.MISSING;
        for (FactRecord f : sink.facts) {
            if (f.schoolCode().equals(school) && f.topic() == topic && f.sex() == sex && f.age().equals(age)
                    && slot < f.values().length && f.values()[slot] != FactRecord.MISSING) {
                assertEquals(FactRecord.MISSING, found, school + " " + topic + " slot " + slot + " given twice");
                found = f.values()[slot];
            }
        }
        return found;
    }

    /** The stored row holding a figure, for its provenance. */
    static FactRecord holder(RecordingSink sink, String school, Topic topic, Sex sex, AgeGroup age, int slot) {
        return sink.facts.stream().filter(f -> f.schoolCode().equals(school) && f.topic() == topic && f.sex() == sex
                && f.age().equals(age) && f.values()[slot] != FactRecord.MISSING).findFirst().orElseThrow();
    }

    static ImportProblem at(RecordingSink sink, ProblemKind kind, String cell) {
        return sink.problems(kind).stream().filter(p -> p.cell().equals(cell)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " at " + cell + " in " + sink.problems));
    }

    @Test
    void oneRowPerSchoolAndGradeIsMergedIntoTheSchoolsFiguresEachWithItsOwnCell() throws Exception {
        Random rnd = new Random(11);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        row(sh, 0, "Primary returns by class");
        row(sh, 2, "School code", "School name", "Class", "Boys", "Girls", "Repeaters boys", "Repeaters girls");
        Map<String, int[][]> expected = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        int r = 3;
        for (int s = 0; s < 4; s++) {
            String code = "RG" + (200 + s);
            int[][] v = new int[7][];
            // Grades in a different order per school: the row, not its place, says the grade.
            for (int k = 0; k < 6; k++) {
                int g = (k + s) % 6 + 1;
                v[g] = new int[] {rnd.nextInt(60) + 1, rnd.nextInt(60) + 1, rnd.nextInt(5), rnd.nextInt(5)};
                rowOf.put(code + "|" + g, r);
                row(sh, r++, code, "School " + s, CLASS_LABELS[g - 1], v[g][0], v[g][1], v[g][2], v[g][3]);
            }
            expected.put(code, v);
        }
        RecordingSink sink = read(wb, PER_GRADE);

        assertTrue(sink.problems.isEmpty(), "a clean return: " + sink.problems);
        assertEquals(List.copyOf(expected.keySet()), sink.schools.stream().map(x -> x.code()).toList(),
                "each school announced once, on its first row");
        assertEquals("School 0", sink.school("RG200").orElseThrow().attributes().values().iterator().next());
        for (var e : expected.entrySet()) {
            for (int g = 1; g <= 6; g++) {
                int[] v = e.getValue()[g];
                String school = e.getKey();
                assertEquals(v[0], figure(sink, school, Topic.ENROLMENT, Sex.M, AgeGroup.ALL, g), school + " G" + g);
                assertEquals(v[1], figure(sink, school, Topic.ENROLMENT, Sex.F, AgeGroup.ALL, g), school + " G" + g);
                assertEquals(v[2], figure(sink, school, Topic.REPEATERS, Sex.M, AgeGroup.ALL, g), school + " G" + g);
                assertEquals(v[3], figure(sink, school, Topic.REPEATERS, Sex.F, AgeGroup.ALL, g), school + " G" + g);
                FactRecord girls = holder(sink, school, Topic.ENROLMENT, Sex.F, AgeGroup.ALL, g);
                // A school's rows are stored together: each figure names its own cell, the girls column of its row.
                String src = girls.sources()[g];
                String cell = src.matches("[A-Z]{1,3}") ? src + (girls.row() + 1) : src;
                assertEquals("E" + (rowOf.get(school + "|" + g) + 1), cell, "provenance: the girls column of the grade's row");
            }
        }
    }

    @Test
    void aSecondGivingUnknownGradesSchoolTotalsAndBlankCodesAreReported() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        row(sh, 0, "School code", "School name", "Class", "Boys", "Girls", "Repeaters boys", "Repeaters girls");
        row(sh, 1, "A1", "Alpha", "Class 1", 10, 12, 1, 0);
        row(sh, 2, "A1", "Alpha", "Class 2", 20, 22, 2, 1);
        row(sh, 3, "A1", "Alpha", "Class 1", 11, 12, 1, 0);
        row(sh, 4, "A1", "Alpha", "Form X", 5, 5, 0, 0);
        row(sh, 5, "A1", "Alpha", "Total", 30, 99, 3, 1);
        row(sh, 6, null, null, "Class 3", 7, 7, 0, 0);
        row(sh, 7, "B2", "Beta", "Class 1", 4, 4, 0, 0);
        row(sh, 8, "B2", "Betta", "Class 2", 3, 3, 0, 0);
        RecordingSink sink = read(wb, PER_GRADE);

        // Class 1 of A1 given twice: the first figures stay, the second are reported where they stand.
        assertEquals(10, figure(sink, "A1", Topic.ENROLMENT, Sex.M, AgeGroup.ALL, 1));
        ImportProblem clash = at(sink, ProblemKind.VALUE_CLASH, "D4");
        assertEquals("A1", clash.schoolCode());
        assertTrue(clash.detail().contains("D2"), clash.detail());
        at(sink, ProblemKind.VALUE_CLASH, "E4");
        // An unknown class: reported at its cell, its figures not stored.
        ImportProblem unknown = at(sink, ProblemKind.UNKNOWN_CODE, "C5");
        assertEquals("Form X", unknown.rawText());
        assertEquals("row.grade", unknown.field());
        // The school total row: boys agree (10 + 20), girls do not (12 + 22 = 34); never stored.
        at(sink, ProblemKind.TOTAL_MISMATCH, "E6");
        assertEquals(1, sink.problems(ProblemKind.TOTAL_MISMATCH).size(), "boys add up: " + sink.problems);
        assertFalse(sink.facts.isEmpty(), "the class rows are stored");
        assertTrue(sink.facts.stream().noneMatch(f -> f.row() == 5), "a total row is not stored");
        // Without keyContinues a blank code is not the school above.
        at(sink, ProblemKind.BLANK_KEY, "A7");
        assertEquals(FactRecord.MISSING, figure(sink, "A1", Topic.ENROLMENT, Sex.M, AgeGroup.ALL, 3));
        // Attributes come from the school's first row; a different one later is said.
        ImportProblem name = at(sink, ProblemKind.DUPLICATE_SCHOOL, "B9");
        assertEquals("Betta", name.rawText());
        assertEquals(3, figure(sink, "B2", Topic.ENROLMENT, Sex.F, AgeGroup.ALL, 2));
        assertEquals(2, sink.schools.size());
    }

    @Test
    void aWholeFigureRepeatedOnEachRowOfTheSchoolIsStoredOnceAndAnotherValueIsAClash() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        row(sh, 0, "School code", "Class", "Boys", "Girls", "Classrooms");
        row(sh, 1, "A1", "Class 1", 10, 12, 7);
        row(sh, 2, "A1", "Class 2", 20, 22, 7);
        row(sh, 3, "A1", "Class 3", 30, 32, 8);
        RecordingSink sink = read(wb, """
                {"id": "rooms", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Enrolment"], "key": ["School code"], "columns": [
                   {"headers": ["Class"], "field": "row.grade"},
                   {"headers": ["Boys"], "field": "enrolment", "sex": "M"},
                   {"headers": ["Girls"], "field": "enrolment", "sex": "F"},
                   {"headers": ["Classrooms"], "field": "classrooms.total"}]}]}
                """);
        int slot = Topic.CLASSROOMS.fixedSlots().indexOf("total");
        assertEquals(7, figure(sink, "A1", Topic.CLASSROOMS, null, AgeGroup.ALL, slot));
        assertEquals(1, sink.problems.size(), "the same 7 again is no problem: " + sink.problems);
        ImportProblem clash = at(sink, ProblemKind.VALUE_CLASH, "E4");
        assertTrue(clash.detail().contains("E2"), clash.detail());
        assertEquals(32, figure(sink, "A1", Topic.ENROLMENT, Sex.F, AgeGroup.ALL, 3));
    }

    /** Layout (b): fully long, one row per school x grade x sex x age. */
    static final String LONG = """
            {"id": "long", "version": 1, "layout": "wide",
             "sheets": [{"names": ["*"], "key": ["EMIS code"], "columns": [
               {"headers": ["Grade"], "field": "row.grade"},
               {"headers": ["Sex"], "field": "row.sex"},
               {"headers": ["Age"], "field": "row.age"},
               {"headers": ["Pupils"], "field": "enrolment"}]}]}
            """;

    @Test
    void fullyLongRowsGiveGradeSexAndAgeOfTheirOneFigure() throws Exception {
        Random rnd = new Random(12);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("export");
        row(sh, 0, "EMIS code", "Grade", "Sex", "Age", "Pupils");
        Object[] sexes = {"Female", "M", "girls", "Male"};
        Object[] grades = {"G1", "Grade 2", 3};
        // expected[school][grade][sex F=0 M=1][age 5..9], and the row each figure stands on
        Map<String, int[][][]> expected = new LinkedHashMap<>();
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int s = 0; s < 3; s++) {
            String code = "L" + (300 + s);
            int[][][] v = new int[4][2][10];
            for (int g = 1; g <= 3; g++) {
                for (int x = 0; x < 2; x++) {
                    for (int age = 5; age <= 9; age++) {
                        v[g][x][age] = rnd.nextInt(30) + 1;
                        Object sexText = sexes[(x == 0 ? 0 : 1) + 2 * rnd.nextInt(2)];
                        Object ageCell = age % 2 == 0 ? age : age + " years";
                        rows.add(new Object[] {code, grades[g - 1], sexText, ageCell, v[g][x][age]});
                    }
                }
            }
            expected.put(code, v);
        }
        java.util.Collections.shuffle(rows, rnd);
        for (int i = 0; i < rows.size(); i++) {
            row(sh, i + 1, rows.get(i));
        }
        RecordingSink sink = read(wb, LONG);

        assertTrue(sink.problems.isEmpty(), "a clean export: " + sink.problems);
        assertEquals(3, sink.schools.size());
        long figures = 0;
        for (var e : expected.entrySet()) {
            for (int g = 1; g <= 3; g++) {
                for (int x = 0; x < 2; x++) {
                    Sex sex = x == 0 ? Sex.F : Sex.M;
                    for (int age = 5; age <= 9; age++) {
                        assertEquals(e.getValue()[g][x][age], figure(sink, e.getKey(), Topic.ENROLMENT, sex,
                                AgeGroup.of(age), g), e.getKey() + " G" + g + " " + sex + " age " + age);
                        figures++;
                    }
                }
            }
        }
        assertEquals(figures, sink.facts.stream().mapToLong(f -> java.util.Arrays.stream(f.values())
                .filter(v -> v != FactRecord.MISSING).count()).sum(), "no other figure stored");
    }

    @Test
    void longRowsWithUnknownCodesTotalsAndRepeatsAreReportedAtTheirCells() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("export");
        row(sh, 0, "EMIS code", "Grade", "Sex", "Age", "Pupils");
        row(sh, 1, "L1", "G1", "F", 6, 10);
        row(sh, 2, "L1", "G1", "F", 7, 4);
        row(sh, 3, "L1", "G1", "M", 6, 9);
        row(sh, 4, "L1", "G1", "X", 6, 3);
        row(sh, 5, "L1", "G1", "M", "six", 3);
        row(sh, 6, "L1", "G1", "F", 6, 11);
        row(sh, 7, "L1", "G1", null, 7, 2);
        row(sh, 8, "L1", "Total", "F", null, 14);
        row(sh, 9, "L1", "Total", "M", "Total", 10);
        RecordingSink sink = read(wb, LONG);

        assertEquals("X", at(sink, ProblemKind.UNKNOWN_CODE, "C5").rawText());
        assertEquals("six", at(sink, ProblemKind.UNKNOWN_CODE, "D6").rawText());
        at(sink, ProblemKind.VALUE_CLASH, "E7");
        at(sink, ProblemKind.MISSING_REQUIRED_VALUE, "C8");
        // Girls' total agrees with 10 + 4; boys' says 10 where the rows give 9.
        assertEquals("10", at(sink, ProblemKind.TOTAL_MISMATCH, "E10").rawText());
        assertEquals(1, sink.problems(ProblemKind.TOTAL_MISMATCH).size(), sink.problems.toString());
        assertEquals(5, sink.problems.size(), sink.problems.toString());
        assertEquals(10, figure(sink, "L1", Topic.ENROLMENT, Sex.F, AgeGroup.of(6), 1));
        assertEquals(9, figure(sink, "L1", Topic.ENROLMENT, Sex.M, AgeGroup.of(6), 1));
    }

    /** Layout (c): the school's code and name on the first row of its block only. */
    static final String BLOCKS = """
            {"id": "blocks", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Returns"], "key": ["School"], "keyContinues": true, "columns": [
               {"headers": ["Name"], "field": "school.name"},
               {"headers": ["Level/Class"], "field": "row.grade"},
               {"headers": ["Male"], "field": "enrolment", "sex": "M"},
               {"headers": ["Female"], "field": "enrolment", "sex": "F"}]}]}
            """;

    private static XSSFWorkbook blocks(Random rnd, Map<String, int[][]> expected) {
        return blocks(rnd, expected, "School");
    }

    private static XSSFWorkbook blocks(Random rnd, Map<String, int[][]> expected, String keyHeader) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Returns");
        row(sh, 0, keyHeader, "Name", "Level/Class", "Male", "Female");
        Object[][] spellings = {{"Primary 1", "CP1", "1st grade"}, {"Primary 2", "CP2", "2nd grade"},
            {"Primary 3", "CE1", "3rd grade"}};
        int r = 1;
        long boys = 0;
        long girls = 0;
        for (int s = 0; s < 3; s++) {
            String code = "BK" + (10 + s);
            int[][] v = new int[4][2];
            for (int g = 1; g <= 3; g++) {
                v[g][0] = rnd.nextInt(40) + 1;
                v[g][1] = rnd.nextInt(40) + 1;
                boys += v[g][0];
                girls += v[g][1];
                row(sh, r++, g == 1 ? code : null, g == 1 ? "School " + code : null, spellings[g - 1][s], v[g][0],
                        v[g][1]);
            }
            expected.put(code, v);
        }
        row(sh, r, "Total", null, null, boys, girls + 1);
        return wb;
    }

    @Test
    void aCodeOnTheFirstRowOfEachBlockContinuesWhenTheTemplateSaysSo() throws Exception {
        Map<String, int[][]> expected = new LinkedHashMap<>();
        RecordingSink sink = read(blocks(new Random(13), expected), BLOCKS);

        assertEquals(List.copyOf(expected.keySet()), sink.schools.stream().map(x -> x.code()).toList());
        assertEquals("School BK11", sink.school("BK11").orElseThrow().attributes().values().iterator().next());
        for (var e : expected.entrySet()) {
            for (int g = 1; g <= 3; g++) {
                assertEquals(e.getValue()[g][0], figure(sink, e.getKey(), Topic.ENROLMENT, Sex.M, AgeGroup.ALL, g));
                assertEquals(e.getValue()[g][1], figure(sink, e.getKey(), Topic.ENROLMENT, Sex.F, AgeGroup.ALL, g));
            }
        }
        // The sheet's total row: boys agree, girls were typed one too many.
        assertEquals(1, sink.problems.size(), sink.problems.toString());
        at(sink, ProblemKind.TOTAL_MISMATCH, "E11");
    }

    @Test
    void withoutKeyContinuesABlankCodeStaysARowWithoutSchool() throws Exception {
        Map<String, int[][]> expected = new LinkedHashMap<>();
        RecordingSink sink = read(blocks(new Random(13), expected), BLOCKS.replace("\"keyContinues\": true, ", ""));

        assertEquals(6, sink.problems(ProblemKind.BLANK_KEY).size(), sink.problems.toString());
        at(sink, ProblemKind.BLANK_KEY, "A3");
        for (var e : expected.entrySet()) {
            assertEquals(e.getValue()[1][1], figure(sink, e.getKey(), Topic.ENROLMENT, Sex.F, AgeGroup.ALL, 1));
            assertEquals(FactRecord.MISSING, figure(sink, e.getKey(), Topic.ENROLMENT, Sex.F, AgeGroup.ALL, 2));
        }
    }

    @Test
    void aBlankCodeAboveEverySchoolContinuesNothing() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Returns");
        row(sh, 0, "School", "Name", "Level/Class", "Male", "Female");
        row(sh, 1, null, null, "Primary 1", 4, 5);
        row(sh, 2, "BK1", "One", "Primary 1", 6, 7);
        row(sh, 3, null, null, "Primary 2", 8, 9);
        RecordingSink sink = read(wb, BLOCKS);
        at(sink, ProblemKind.BLANK_KEY, "A2");
        assertEquals(1, sink.problems.size(), sink.problems.toString());
        assertEquals(9, figure(sink, "BK1", Topic.ENROLMENT, Sex.F, AgeGroup.ALL, 2));
        assertEquals(7, figure(sink, "BK1", Topic.ENROLMENT, Sex.F, AgeGroup.ALL, 1));
    }

    @Test
    void theDrafterRecognisesAClassColumnAndItsCountsAndReadsTheReturnAsWritten() throws Exception {
        Random rnd = new Random(21);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        row(sh, 0, "School code", "School name", "Class", "Boys", "Girls", "Repeaters boys", "Repeaters girls");
        Map<String, int[][]> expected = new LinkedHashMap<>();
        int r = 1;
        for (int s = 0; s < 3; s++) {
            String code = "DR" + (500 + s);
            int[][] v = new int[7][];
            for (int g = 1; g <= 6; g++) {
                v[g] = new int[] {rnd.nextInt(60) + 1, rnd.nextInt(60) + 1, rnd.nextInt(5), rnd.nextInt(5)};
                row(sh, r++, code, "School " + s, CLASS_LABELS[g - 1], v[g][0], v[g][1], v[g][2], v[g][3]);
            }
            expected.put(code, v);
        }
        TemplateDrafter.Draft d = draft(wb);
        assertTrue(d.json().contains("\"row.grade\""), d.json());
        assertFalse(d.json().contains("keyContinues"), "every row has its code: " + d.json());
        RecordingSink sink = read(wb, d.template());
        assertTrue(sink.problems.isEmpty(), d.json() + sink.problems);
        for (var e : expected.entrySet()) {
            for (int g = 1; g <= 6; g++) {
                int[] v = e.getValue()[g];
                assertEquals(v[0], figure(sink, e.getKey(), Topic.ENROLMENT, Sex.M, AgeGroup.ALL, g));
                assertEquals(v[1], figure(sink, e.getKey(), Topic.ENROLMENT, Sex.F, AgeGroup.ALL, g));
                assertEquals(v[2], figure(sink, e.getKey(), Topic.REPEATERS, Sex.M, AgeGroup.ALL, g));
                assertEquals(v[3], figure(sink, e.getKey(), Topic.REPEATERS, Sex.F, AgeGroup.ALL, g));
            }
        }
    }

    @Test
    void theDrafterRecognisesLongRowsAndBlocksWithTheCodeOnTheirFirstRow() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("export");
        row(sh, 0, "EMIS code", "Grade", "Sex", "Age", "Pupils");
        row(sh, 1, "L1", "G1", "F", 6, 10);
        row(sh, 2, "L1", "G1", "M", 6, 9);
        row(sh, 3, "L1", "G2", "Female", 7, 4);
        row(sh, 4, "L2", "Grade 1", "Male", 7, 3);
        TemplateDrafter.Draft d = draft(wb);
        for (String f : List.of("row.grade", "row.sex", "row.age")) {
            assertTrue(d.json().contains("\"" + f + "\""), f + " in " + d.json());
        }
        RecordingSink sink = read(wb, d.template());
        assertTrue(sink.problems.isEmpty(), d.json() + sink.problems);
        assertEquals(4, figure(sink, "L1", Topic.ENROLMENT, Sex.F, AgeGroup.of(7), 2));
        assertEquals(3, figure(sink, "L2", Topic.ENROLMENT, Sex.M, AgeGroup.of(7), 1));

        Map<String, int[][]> expected = new LinkedHashMap<>();
        XSSFWorkbook blocks = blocks(new Random(22), expected, "School code");
        TemplateDrafter.Draft b = draft(blocks);
        assertTrue(b.json().contains("\"keyContinues\" : true"), b.json());
        RecordingSink read = read(blocks, b.template());
        for (var e : expected.entrySet()) {
            for (int g = 1; g <= 3; g++) {
                assertEquals(e.getValue()[g][0], figure(read, e.getKey(), Topic.ENROLMENT, Sex.M, AgeGroup.ALL, g));
            }
        }
    }

    @Test
    void aClassColumnOfNamesIsNotARowDimension() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        row(sh, 0, "School code", "Class", "Grade 1 Boys", "Grade 1 Girls");
        row(sh, 1, "A1", "Mrs Banda", 10, 12);
        row(sh, 2, "A2", "Mr Phiri", 11, 13);
        TemplateDrafter.Draft d = draft(wb);
        assertFalse(d.json().contains("row."), d.json());

        // A list of pupils of several schools: Class and Sex hold grades and sexes, but no figure relies on them.
        XSSFWorkbook pupils = new XSSFWorkbook();
        Sheet list = pupils.createSheet("Pupils");
        row(list, 0, "School code", "School name", "Class", "Sex", "Learner");
        row(list, 1, "A1", "Alpha", "Std 1", "F", "Ama");
        row(list, 2, "A1", "Alpha", "Std 2", "M", "Kofi");
        row(list, 3, "A2", "Beta", "Std 1", "M", "Yaw");
        TemplateDrafter.Guesses g = TemplateDrafter.guess(new PoiWorkbook(pupils, "pupils-2024.xlsx"));
        assertEquals(1, g.sheets().size(), "the list is drafted, with its name column");
        var columns = g.sheets().stream().flatMap(m -> m.columns().stream()).toList();
        assertFalse(columns.isEmpty(), g.sheets().toString());
        assertTrue(columns.stream().noneMatch(c -> c.field() != null && c.field().startsWith("row.")),
                g.sheets().toString());
    }

    @Test
    void aFigureGivenByARowAndByAnotherSheetIsAClash() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet classes = wb.createSheet("Classes");
        row(classes, 0, "School code", "Class", "Boys", "Girls");
        row(classes, 1, "A1", "Class 1", 10, 12);
        Sheet wide = wb.createSheet("Wide");
        row(wide, 0, "School code", "Grade 1 Boys", "Grade 2 Boys");
        row(wide, 1, "A1", 11, 20);
        RecordingSink sink = read(wb, """
                {"id": "two", "version": 1, "layout": "wide", "sheets": [
                  {"names": ["Classes"], "key": ["School code"], "columns": [
                    {"headers": ["Class"], "field": "row.grade"},
                    {"headers": ["Boys"], "field": "enrolment", "sex": "M"},
                    {"headers": ["Girls"], "field": "enrolment", "sex": "F"}]},
                  {"names": ["Wide"], "key": ["School code"], "columns": [
                    {"patterns": ["Grade {grade} Boys"], "field": "enrolment", "sex": "M"}]}]}
                """);
        ImportProblem clash = sink.problems(ProblemKind.VALUE_CLASH).stream().findFirst()
                .orElseThrow(() -> new AssertionError(sink.problems.toString()));
        assertEquals("Wide", clash.sheet());
        assertEquals("B2", clash.cell());
        assertTrue(clash.detail().contains("Classes!C2"), clash.detail());
        assertEquals(10, figure(sink, "A1", Topic.ENROLMENT, Sex.M, AgeGroup.ALL, 1));
        assertEquals(20, figure(sink, "A1", Topic.ENROLMENT, Sex.M, AgeGroup.ALL, 2));
        assertEquals(1, sink.problems.size(), sink.problems.toString());
    }

    @Test
    void aGradeColumnIsRequiredAndTheTemplateMustPlaceEveryFigure() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        row(sh, 0, "School code", "School name", "Boys", "Girls", "Repeaters boys", "Repeaters girls");
        row(sh, 1, "A1", "Alpha", 10, 12, 1, 0);
        ImportRejectedException e = org.junit.jupiter.api.Assertions.assertThrows(ImportRejectedException.class,
                () -> read(wb, PER_GRADE));
        assertTrue(e.message().english().contains("Class"), e.message().english());
        // A count with no grade on a sheet whose rows give none is refused when the template loads.
        var refused = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> template(PER_GRADE.replace("{\"headers\": [\"Class\"], \"field\": \"row.grade\"},", "")));
        assertFalse(refused.problems().isEmpty());
        var continues = org.junit.jupiter.api.Assertions.assertThrows(
                org.emisworkbench.template.TemplateException.class, () -> template("""
                        {"id": "x", "version": 1, "layout": "wide", "sheets": [{"names": ["S"], "key": ["Code"],
                         "keyContinues": true, "columns": [{"headers": ["Boys G1"], "field": "enrolment",
                         "sex": "M", "grade": "G1"}]}]}
                        """));
        assertTrue(continues.problems().toString().contains("keyContinues"), continues.problems().toString());
        // A default or a sum would give a figure whose grade the row says: refused, not ignored.
        var defaulted = org.junit.jupiter.api.Assertions.assertThrows(
                org.emisworkbench.template.TemplateException.class, () -> template(PER_GRADE.replace(
                        "\"field\": \"enrolment\", \"sex\": \"M\"}", "\"field\": \"enrolment\", \"sex\": \"M\", \"default\": 0}")));
        assertTrue(defaulted.problems().toString().contains("default"), defaulted.problems().toString());
    }
}
