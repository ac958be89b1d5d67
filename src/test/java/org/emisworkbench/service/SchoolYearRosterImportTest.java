package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district register of school year 2024-25, census on 31 March, named {@code Register_SY2024-25.xlsx}:
 * imported without a year given, it is census year 2025 and every age is counted on 31 March 2025.
 */
class SchoolYearRosterImportTest {
    static final String TEMPLATE = """
            {"id": "district-register", "version": 1, "layout": "roster",
             "year": {"fromFileName": true, "schoolYear": "end"},
             "referenceDate": "--03-31", "referenceDateYear": "end",
             "sheets": [
               {"names": ["Register"], "kind": "pupils", "key": ["EMIS No"],
                "columns": [
                  {"headers": ["School name"], "field": "school.name"},
                  {"headers": ["Sex"], "field": "pupil.sex"},
                  {"headers": ["Born"], "field": "pupil.birth_date"},
                  {"headers": ["Grade"], "field": "pupil.grade"}]}]}
            """;
    /** School, sex, date of birth, grade, as written. */
    static final Object[][] PUPILS = {
        {"E-1001", "F", LocalDate.of(2018, 3, 15), 1}, {"E-1001", "F", LocalDate.of(2018, 4, 10), 1},
        {"E-1001", "M", LocalDate.of(2019, 3, 31), 1}, {"E-1002", "M", LocalDate.of(2018, 3, 31), 1},
        {"E-1002", "M", LocalDate.of(2018, 4, 1), 1}, {"E-1002", "F", LocalDate.of(2016, 12, 31), 2},
        {"E-1001", "M", LocalDate.of(2017, 3, 30), 2}, {"E-1002", "F", LocalDate.of(2018, 3, 1), 1},
    };

    @Test
    void theLabelOfTheFileNameGivesTheYearAndTheReferenceDateFallsInItsSecondYear(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("district-register.json");
        Files.writeString(template, TEMPLATE);
        Path file = dir.resolve("Register_SY2024-25.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Register");
            row(s, 0, "EMIS No", "School name", "Pupil", "Sex", "Born", "Grade");
            for (int i = 0; i < PUPILS.length; i++) {
                Object[] p = PUPILS[i];
                row(s, i + 1, p[0], "School " + p[0], "P" + i, p[1], p[2].toString(), p[3]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        // Completed years on 31 March 2025, by hand: one less when the birthday comes after 31 March.
        Map<String, Integer> expected = new HashMap<>();
        for (Object[] p : PUPILS) {
            LocalDate b = (LocalDate) p[2];
            int age = 2025 - b.getYear() - (b.getMonthValue() > 3 ? 1 : 0);
            expected.merge(p[0].toString().toUpperCase() + "|" + p[1] + "|" + age + "|" + p[3], 1, Integer::sum);
        }
        try (Workbench wb = Workbench.open(dir.resolve("w"))) {
            ImportReport r = new ImportService(wb, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(file), template.toString(), null), Progress.NONE, Cancellation.none());
            FileResult f = r.files().get(0);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(2025, f.year(), "SY2024-25 with schoolYear end is census year 2025, without --year");
            assertEquals(2, f.schoolsAdded());
            assertEquals(List.of("School E-1001", "School E-1002"),
                    wb.schools(2025, null).stream().map(s -> s.name()).sorted().toList());
            assertTrue(f.problems().stream().anyMatch(p -> p.kind().equals("UNMATCHED_COLUMN")
                    && p.firstCell().equals("Register!C1")), f.problems()::toString);
            int counted = 0;
            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                String[] k = e.getKey().split("\\|");
                int value = wb.whereFrom(k[0], 2025, Topic.ENROLMENT, Integer.parseInt(k[3]), Sex.valueOf(k[1]),
                        AgeGroup.of(Integer.parseInt(k[2]))).orElseThrow(() -> new AssertionError(e.getKey()))
                        .value();
                assertEquals(e.getValue(), value, e.getKey());
                counted += value;
            }
            assertEquals(PUPILS.length, counted);
            // Born 15 March 2018: 7 on 31 March 2025 (it would be 6 on 1 March 2025, 5 on 1 March 2024).
            assertEquals(1, wb.whereFrom("E-1001", 2025, Topic.ENROLMENT, 1, Sex.F, AgeGroup.of(7)).orElseThrow()
                    .value());
        }
    }
}
