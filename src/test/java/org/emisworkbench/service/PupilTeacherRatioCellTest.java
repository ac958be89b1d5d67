package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.StoredFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pupil-teacher ratio out of bounds sends the officer to the teachers' cells (the figure a school is asked
 * about), not to its first pupils' cell: PTR-01 and PTR-02 cite the teachers, the women's and the men's cells
 * together (either alone is half the figure), and show what the two cells hold added up. The workbook is written here: a staff and
 * pupils sheet of one row a school, teachers by sex after the pupils.
 */
class PupilTeacherRatioCellTest {
    private static final String TEMPLATE = """
            {"id": "staff-pupils", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Staff"], "key": ["School code"],
               "columns": [
                 {"headers": ["School"], "field": "school.name"},
                 {"headers": ["District"], "field": "school.district"},
                 {"headers": ["Level"], "field": "school.level"},
                 {"headers": ["Ownership"], "field": "school.ownership"},
                 {"headers": ["Locality"], "field": "school.locality"},
                 {"headers": ["Pupils G1 F"], "field": "enrolment", "grade": "G1", "sex": "F"},
                 {"headers": ["Pupils G1 M"], "field": "enrolment", "grade": "G1", "sex": "M"},
                 {"headers": ["Women teachers"], "field": "teachers.total", "sex": "F"},
                 {"headers": ["Men teachers"], "field": "teachers.total", "sex": "M"}]}]}
            """;

    @Test
    void aRatioOutOfBoundsCitesTheTeachersCellWithTheTeachersItHolds(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Staff");
        row(s, 0, "School code", "School", "District", "Level", "Ownership", "Locality", "Pupils G1 F", "Pupils G1 M",
                "Women teachers", "Men teachers");
        row(s, 1, "T-1", "One", "D02", "primary", "public", "rural", 20, 20, 1, 1);
        row(s, 2, "T-2", "Two", "D02", "primary", "public", "rural", 150, 160, 2, 1);
        row(s, 3, "T-3", "Three", "D02", "primary", "public", "urban", 5, 4, 1, 1);
        // Worked out by hand: T-1 40 / 2 = 20 (within 10 to 70); T-2 310 / 3 = 103.33 (above 100 and 70);
        // T-3 9 / 2 = 4.5 (below 10).
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult r = t.importWith(wb, "staff-2024.xlsx", TEMPLATE, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            List<StoredFinding> all = t.validate(2024);
            Map<String, String> cited = new TreeMap<>();
            for (StoredFinding f : all) {
                String rule = f.finding().ruleId();
                if (rule.startsWith("PTR-")) {
                    var src = f.finding().source();
                    cited.put(rule + " " + f.finding().schoolCode(), src.file() + " " + src.sheetCell() + " = "
                            + f.finding().cellValue());
                }
            }
            assertEquals(Map.of("PTR-01 T-2", "staff-2024.xlsx Staff!I3+J3 = 3",
                    "PTR-02 T-2", "staff-2024.xlsx Staff!I3+J3 = 3",
                    "PTR-02 T-3", "staff-2024.xlsx Staff!I4+J4 = 2"), cited);
            // The ratio stays in the message, the value shown is the cell's.
            StoredFinding ptr = TemplateImports.of(all, "PTR-01", "T-2").get(0);
            assertTrue(ptr.finding().message().in(java.util.Locale.ENGLISH).contains("103.33 pupils per teacher"),
                    ptr.finding().message().in(java.util.Locale.ENGLISH));
        }
    }
}
