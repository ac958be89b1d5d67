package org.emisworkbench.cli;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 32 (decision 0107): a register of several schools, one row per pupil, written two common ways. The school code
 * (and name) on each school's first pupil row only: read with {@code keyContinues}, which the draft writes, and without
 * it the check fails, where it passed with 4 pupils of 215 counted. The register sorted by grade with the grade merged
 * down over each grade's pupils (and the code merged down over each school's): every pupil read with the merged value.
 * Counts by school × grade × sex are worked out here from the pupils written.
 */
class RosterCodeOnceAndMergedGradeCliTest {
    @TempDir
    Path dir;

    private static final String[] CODES = {"ZW-4100", "ZW-4101", "ZW-4102"};

    private static final String TEMPLATE = """
            {"id": "register", "version": 1, "layout": "roster", "year": {"fromFileName": true},
             "sheets": [{"names": ["Learners"], "kind": "pupils", "key": ["School code"],
               "columns": [
                 {"headers": ["School name"], "field": "school.name"},
                 {"headers": ["Sex"], "field": "pupil.sex"},
                 {"headers": ["Date of birth"], "field": "pupil.birth_date"},
                 {"headers": ["Grade"], "field": "pupil.grade"}],
               "ignore": ["Learner name"]%s}]}
            """;

    /** One pupil as written: school index, grade 1-6, girl or boy. */
    private record Pupil(int school, int grade, boolean girl) {
        String sex() {
            return girl ? "F" : "M";
        }

        String born() {
            return (2018 - grade) + "-0" + (1 + grade % 9) + "-1" + grade;
        }
    }

    private static List<Pupil> pupils() {
        List<Pupil> out = new ArrayList<>();
        for (int s = 0; s < CODES.length; s++) {
            for (int i = 0; i < 24 + 9 * s; i++) {
                out.add(new Pupil(s, 1 + (i * 5 + s) % 6, (i * 7 + s) % 5 < 2));
            }
        }
        return out;
    }

    /** Pupils by school, grade and sex, as the long export keys them ({@code ZW-4100 G3 F}). */
    private static Map<String, Long> expected(List<Pupil> pupils) {
        Map<String, Long> out = new TreeMap<>();
        pupils.forEach(p -> out.merge(CODES[p.school()] + " G" + p.grade() + " " + p.sex(), 1L, Long::sum));
        return out;
    }

    private Path template(String name, boolean continues) throws Exception {
        Path t = dir.resolve(name);
        Files.writeString(t, TEMPLATE.formatted(continues ? ", \"keyContinues\": true" : ""));
        return t;
    }

    /** Each school's code and name on its first pupil row only; two pupils without a code above the first school. */
    private Path codeOnce(List<Pupil> uncoded) throws Exception {
        Path file = dir.resolve("register-codeonce-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Learners");
            row(s, 0, "School code", "School name", "Learner name", "Sex", "Date of birth", "Grade");
            int r = 1;
            for (Pupil p : uncoded) {
                row(s, r++, null, null, "Stray " + r, p.sex(), p.born(), "Grade " + p.grade());
            }
            int school = -1;
            for (Pupil p : pupils()) {
                boolean first = p.school() != school;
                school = p.school();
                row(s, r++, first ? CODES[school] : null, first ? "School " + school : null, "Pupil " + r, p.sex(),
                        p.born(), "Grade " + p.grade());
            }
            wb.write(out);
        }
        return file;
    }

    /**
     * Sorted by school and grade; the grade written on the first row of each grade's pupils, merged down over them
     * ({@code merged}) or left blank below, and the code and name merged down over each school's rows.
     */
    private Path byGrade(String name, boolean merged) throws Exception {
        Path file = dir.resolve(name);
        List<Pupil> sorted = new ArrayList<>(pupils());
        sorted.sort(Comparator.comparingInt(Pupil::school).thenComparingInt(Pupil::grade));
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Learners");
            row(s, 0, "Census year 2024");
            row(s, 1, "School code", "School name", "Learner name", "Sex", "Date of birth", "Grade");
            int first = 2;
            int schoolFirst = 2;
            for (int i = 0; i < sorted.size(); i++) {
                Pupil p = sorted.get(i);
                int r = 2 + i;
                boolean newSchool = i == 0 || sorted.get(i - 1).school() != p.school();
                boolean newGrade = newSchool || sorted.get(i - 1).grade() != p.grade();
                row(s, r, newSchool ? CODES[p.school()] : null, newSchool ? "School " + p.school() : null,
                        "Pupil " + r, p.sex(), p.born(), newGrade ? "Grade " + p.grade() : null);
                boolean lastOfGrade = i == sorted.size() - 1 || sorted.get(i + 1).school() != p.school()
                        || sorted.get(i + 1).grade() != p.grade();
                if (newGrade) {
                    first = r;
                }
                if (newSchool) {
                    schoolFirst = r;
                }
                if (lastOfGrade && merged && r > first) {
                    s.addMergedRegion(new CellRangeAddress(first, r, 5, 5));
                }
                boolean lastOfSchool = i == sorted.size() - 1 || sorted.get(i + 1).school() != p.school();
                if (lastOfSchool && r > schoolFirst) {
                    s.addMergedRegion(new CellRangeAddress(schoolFirst, r, 0, 0));
                    s.addMergedRegion(new CellRangeAddress(schoolFirst, r, 1, 1));
                }
            }
            wb.write(out);
        }
        return file;
    }

    /** The enrolment stored, summed over the ages, by school, grade and sex. */
    private Map<String, Long> stored(Path db) throws Exception {
        Map<String, Long> got = new TreeMap<>();
        for (Map<String, String> r : LongCsv.rows(db, 2024, dir.resolve("long.csv"))) {
            if (r.get("topic").equals("enrolment")) {
                got.merge(r.get("school_code") + " " + r.get("item") + " " + r.get("sex"),
                        Math.round(Double.parseDouble(r.get("value"))), Long::sum);
            }
        }
        got.values().removeIf(v -> v == 0);
        return got;
    }

    @Test
    void aCodeWrittenOnTheFirstRowOfEachSchoolContinuesWithKeyContinuesWhichTheDraftWrites() throws Exception {
        List<Pupil> uncoded = List.of(new Pupil(0, 2, true), new Pupil(0, 5, false));
        Path file = codeOnce(uncoded);

        // Without the setting most rows are not counted: the check fails, naming the setting.
        Path plain = template("plain.json", false);
        CliRun failed = CliRun.emis("template", "check", "--template", plain.toString(), file.toString());
        assertEquals(1, failed.code(), failed.out() + failed.err());
        int rows = pupils().size() + uncoded.size();
        int notCounted = rows - CODES.length;
        assertTrue(failed.out().contains("WARNING: sheet Learners: " + notCounted + " of its " + rows
                + " rows are not counted"), failed.out());
        assertTrue(failed.out().contains("\"keyContinues\": true"), failed.out());

        // The draft sees the code written once per school and writes the setting.
        Path drafted = dir.resolve("drafted.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", drafted.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        assertTrue(Files.readString(drafted).contains("\"keyContinues\" : true"), Files.readString(drafted));

        // With it, every pupil below a code is its school's; the two above the first code are still not counted.
        Path continues = template("continues.json", true);
        CliRun check = CliRun.emis("template", "check", "--template", continues.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("BLANK_KEY                    2  first Learners!A2, last Learners!A3"),
                check.out());
        Path db = dir.resolve("w.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", continues.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertEquals(expected(pupils()), stored(db));
        assertEquals(pupils().size(), stored(db).values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aGradeMergedDownOverItsPupilsIsEachPupilsGrade() throws Exception {
        Path file = byGrade("register-merged-2024.xlsx", true);
        Path plain = template("plain.json", false);
        CliRun check = CliRun.emis("template", "check", "--template", plain.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertFalse(check.out().contains("MISSING_REQUIRED_VALUE") || check.out().contains("BLANK_KEY"), check.out());
        Path db = dir.resolve("w.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", plain.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        Map<String, Long> expected = expected(pupils());
        assertTrue(expected.size() > 20, expected::toString);
        assertEquals(expected, stored(db));
    }

    @Test
    void aGradeWrittenOnceAndNotMergedLeavesMostPupilsUncountedAndTheCheckFails() throws Exception {
        Path file = byGrade("register-gradeonce-2024.xlsx", false);
        Path plain = template("plain.json", false);
        CliRun check = CliRun.emis("template", "check", "--template", plain.toString(), file.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        long blocks = pupils().stream().map(p -> p.school() + " " + p.grade()).distinct().count();
        int rows = pupils().size();
        assertTrue(check.out().contains("WARNING: sheet Learners: " + (rows - blocks) + " of its " + rows
                + " rows are not counted"), check.out());
        assertTrue(check.out().contains("MISSING_REQUIRED_VALUE"), check.out());
    }
}
