package org.emisworkbench.imports;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.PoiWorkbook;
import org.emisworkbench.testing.RecordingSink;
import org.junit.jupiter.api.Test;

/**
 * A pupil list's PP1 and PP2 pupils, in a workspace of one pre-primary year, are counted in PP and said so
 * (PRE_PRIMARY_SUMMED, IMP-34), as a wide sheet's PP1 and PP2 columns are, never dropped as unknown grades
 * (review 30, C4). Workbook written here; expected counts made from the rows written.
 */
class RosterPrePrimaryYearsTest {
    @Test
    void pp1AndPp2PupilsAreCountedInTheOnePrePrimaryGrade() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet school = wb.createSheet("School");
        row(school, 0, "School code", "SCH-88");
        Sheet p = wb.createSheet("Pupils");
        row(p, 0, "No.", "Sex", "Date of birth", "Grade");
        Random rnd = new Random(30);
        String[] grades = {"PP1", "PP2", "Grade 1"};
        int[][] expected = new int[2][2]; // sex (F, M) x slot (0 PP, 1 G1)
        int summed = 0;
        for (int i = 0; i < 40; i++) {
            String grade = grades[rnd.nextInt(grades.length)];
            String sex = rnd.nextBoolean() ? "F" : "M";
            row(p, i + 1, i + 1, sex, "2019-0" + (1 + i % 9) + "-10", grade);
            expected[sex.equals("F") ? 0 : 1][grade.startsWith("PP") ? 0 : 1]++;
            summed += grade.startsWith("PP") ? 1 : 0;
        }
        RecordingSink sink = new RecordingSink();
        new RosterInterpreter().interpret(new PoiWorkbook(wb, "sch88-2024.xlsx"), TemplateLoader.parse("""
                {"id": "register", "version": 1, "layout": "roster",
                 "sheets": [
                   {"names": ["School"], "required": ["school.code"],
                    "labels": [{"labels": ["School code"], "field": "school.code"}]},
                   {"names": ["Pupils"], "kind": "pupils", "required": ["pupil.sex", "pupil.grade"],
                    "columns": [
                      {"headers": ["Sex"], "field": "pupil.sex"},
                      {"headers": ["Date of birth"], "field": "pupil.birth_date"},
                      {"headers": ["Grade"], "field": "pupil.grade"}]}]}
                """, "register", null), Fixtures.context("sch88-2024.xlsx", 2024), sink);
        for (Sex sex : List.of(Sex.F, Sex.M)) {
            int[] counted = new int[2];
            sink.facts.stream().filter(f -> f.topic() == Topic.ENROLMENT && f.sex() == sex).forEach(f -> {
                for (int g = 0; g <= 1; g++) {
                    counted[g] += Math.max(0, f.values()[g]);
                }
            });
            int[] want = expected[sex == Sex.F ? 0 : 1];
            assertEquals(List.of(want[0], want[1]), List.of(counted[0], counted[1]), sex.name());
        }
        List<ImportProblem> unknown = sink.problems(ProblemKind.UNKNOWN_CODE);
        assertEquals(List.of(), unknown, unknown::toString);
        assertEquals(summed, sink.problems(ProblemKind.PRE_PRIMARY_SUMMED).size());
    }
}
