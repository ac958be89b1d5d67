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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.PoiWorkbook;
import org.emisworkbench.testing.RecordingSink;
import org.junit.jupiter.api.Test;

/**
 * Blocks of rows pasted into a sheet with their header: the header found again among the rows is
 * reported ({@code REPEATED_HEADER}, with its row) and skipped, never a school called "School code" nor
 * a pupil whose sex is "Sex". The workbooks are written here; the figures expected are the numbers
 * written.
 */
class RepeatedHeaderTest {
    private static final String WIDE = """
            {"id": "blocks", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Enrolment"], "key": ["School code", "EMIS code"], "columns": [
               {"headers": ["School name"], "field": "school.name"},
               {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @Test
    void aHeaderPastedWithEachBlockOfAWideSheetIsSkippedAndReportedWithItsRow() throws Exception {
        Random rnd = new Random(11);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Object[] header = {"School code", "School name", "Grade 1 F", "Grade 1 M", "Grade 2 F", "Grade 2 M"};
        row(sh, 0, header);
        Map<String, int[]> expected = new LinkedHashMap<>();
        int r = 1;
        for (int block = 0; block < 3; block++) {
            if (block == 1) {
                row(sh, r++, header);
            } else if (block == 2) {
                // Pasted from another copy of the form: other case, a line break, the grade 1 columns swapped.
                row(sh, r++, " SCHOOL CODE", "School\nname", "Grade 1 M", "Grade 1 F", "Grade 2 F", "Grade 2 M");
            }
            for (int s = 0; s < 3; s++) {
                String code = "B" + block + "S" + s;
                int[] v = {rnd.nextInt(60), rnd.nextInt(60), rnd.nextInt(60), rnd.nextInt(60)};
                expected.put(code, v);
                row(sh, r++, code, "School " + code, v[0], v[1], v[2], v[3]);
            }
        }
        RecordingSink sink = readWide(wb, WIDE);

        assertEquals(expected.keySet().stream().toList(), sink.schools.stream().map(s -> s.code()).toList(),
                "nine schools, no school called SCHOOL CODE");
        for (var e : expected.entrySet()) {
            int[] v = e.getValue();
            FactRecord girls = sink.fact(e.getKey(), Topic.ENROLMENT, Sex.F, AgeGroup.ALL).orElseThrow();
            FactRecord boys = sink.fact(e.getKey(), Topic.ENROLMENT, Sex.M, AgeGroup.ALL).orElseThrow();
            assertEquals(List.of(v[0], v[2], v[1], v[3]), List.of(girls.values()[1], girls.values()[2],
                    boys.values()[1], boys.values()[2]), e.getKey());
        }
        List<ImportProblem> repeated = sink.problems(ProblemKind.REPEATED_HEADER);
        assertEquals(List.of("A5", "A9"), repeated.stream().map(ImportProblem::cell).toList(), repeated::toString);
        assertTrue(repeated.get(0).rawText().startsWith("A5=School code; B5=School name"), repeated.get(0).rawText());
        assertTrue(repeated.get(0).detail().contains("header of row 1 is repeated"), repeated.get(0).detail());
        assertFalse(repeated.get(0).detail().contains("differs"), repeated.get(0).detail());
        assertTrue(repeated.get(1).detail().contains("C9 \"Grade 1 M\" where the header has \"grade 1 f\""),
                repeated.get(1).detail());
        assertEquals(List.of("Enrolment!5:REPEATED_HEADER", "Enrolment!9:REPEATED_HEADER"),
                sink.skipped.stream().filter(s -> s.endsWith("REPEATED_HEADER")).toList());
        assertEquals(List.of(), sink.problems.stream().filter(p -> p.kind() != ProblemKind.REPEATED_HEADER).toList(),
                "no text-in-a-number cell, no blank key: nothing else to report");
    }

    @Test
    void bothRowsOfATwoRowHeaderRepeatedAreSkipped() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        int[][] figures = {{5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}};
        int r = 0;
        for (int block = 0; block < 3; block++) {
            if (block != 1) {
                row(sh, r, "EMIS code", "School name", "Grade 1", null, "Grade 2", null);
                row(sh, r + 1, null, null, "F", "M", "F", "M");
                sh.addMergedRegion(new CellRangeAddress(r, r, 2, 3));
                sh.addMergedRegion(new CellRangeAddress(r, r, 4, 5));
                r += 2;
            }
            int[] v = figures[block];
            row(sh, r++, "E" + block, "School " + block, v[0], v[1], v[2], v[3]);
        }
        RecordingSink sink = readWide(wb, WIDE);

        assertEquals(List.of("E0", "E1", "E2"), sink.schools.stream().map(s -> s.code()).toList());
        for (int s = 0; s < 3; s++) {
            FactRecord girls = sink.fact("E" + s, Topic.ENROLMENT, Sex.F, AgeGroup.ALL).orElseThrow();
            FactRecord boys = sink.fact("E" + s, Topic.ENROLMENT, Sex.M, AgeGroup.ALL).orElseThrow();
            assertEquals(figures[s][0], girls.values()[1]);
            assertEquals(figures[s][3], boys.values()[2]);
        }
        List<ImportProblem> repeated = sink.problems(ProblemKind.REPEATED_HEADER);
        assertEquals(List.of("A5", "A6"), repeated.stream().map(ImportProblem::cell).toList(), repeated::toString);
        assertTrue(repeated.get(1).detail().contains("header of row 2"), repeated.get(1).detail());
        assertEquals(List.of(), sink.problems(ProblemKind.BLANK_KEY));
        assertEquals(List.of(), sink.problems(ProblemKind.NOT_A_NUMBER));
    }

    @Test
    void aHeaderRepeatedInARosterOfOneSchoolIsNoPupil() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        row(wb.createSheet("School"), 0, "School code:", "SCH77");
        Sheet p = wb.createSheet("Pupils");
        row(p, 0, "No.", "Sex", "Date of birth", "Grade");
        String[] sexes = {"F", "M", "F", "F", "M", "F", "M"};
        int[] grades = {1, 1, 2, 1, 2, 2, 1};
        int r = 1;
        for (int i = 0; i < sexes.length; i++) {
            if (i == 4) {
                row(p, r++, "No.", "Sex", "Date of birth", "Grade");
            }
            row(p, r++, i + 1, sexes[i], "2016-0" + (1 + i) + "-10", "Grade " + grades[i]);
        }
        RecordingSink sink = new RecordingSink();
        new RosterInterpreter().interpret(new PoiWorkbook(wb, "sch77-2024.xlsx"), TemplateLoader.parse("""
                {"id": "register", "version": 1, "layout": "roster",
                 "sheets": [
                   {"names": ["School"], "required": ["school.code"],
                    "labels": [{"labels": ["School code"], "field": "school.code"}]},
                   {"names": ["Pupils"], "kind": "pupils", "required": ["pupil.sex", "pupil.grade"],
                    "columns": [
                      {"headers": ["Sex"], "field": "pupil.sex"},
                      {"headers": ["Date of birth"], "field": "pupil.birth_date"},
                      {"headers": ["Grade"], "field": "pupil.grade"}]}]}
                """, "register", null), Fixtures.context("sch77-2024.xlsx", 2024), sink);

        int[][] expected = new int[2][3];
        for (int i = 0; i < sexes.length; i++) {
            expected[sexes[i].equals("F") ? 0 : 1][grades[i]]++;
        }
        for (Sex sex : List.of(Sex.F, Sex.M)) {
            int[] counted = new int[3];
            sink.facts.stream().filter(f -> f.topic() == Topic.ENROLMENT && f.sex() == sex).forEach(f -> {
                for (int g = 1; g <= 2; g++) {
                    counted[g] += Math.max(0, f.values()[g]);
                }
            });
            int[] want = expected[sex == Sex.F ? 0 : 1];
            assertEquals(List.of(want[1], want[2]), List.of(counted[1], counted[2]), sex.name());
        }
        List<ImportProblem> repeated = sink.problems(ProblemKind.REPEATED_HEADER);
        assertEquals(List.of("A6"), repeated.stream().map(ImportProblem::cell).toList(), repeated::toString);
        assertEquals(List.of(), sink.problems(ProblemKind.UNKNOWN_CODE), "\"Sex\" and \"Grade\" were never read as codes");
        assertEquals(List.of(), sink.problems(ProblemKind.BAD_DATE));
    }

    private static RecordingSink readWide(XSSFWorkbook wb, String template) throws Exception {
        RecordingSink sink = new RecordingSink();
        new WideInterpreter().interpret(new PoiWorkbook(wb, "blocks-2024.xlsx"), TemplateLoader.parse(template,
                "blocks", null), Fixtures.context("blocks-2024.xlsx", 2024), sink);
        return sink;
    }
}
