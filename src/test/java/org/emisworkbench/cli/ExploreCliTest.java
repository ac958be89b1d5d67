package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emis explore} end to end: the test writes two census years of a district file, sums the cells
 * itself, imports them and compares every printed, written and drilled figure with its own sums.
 */
class ExploreCliTest {
    private static final int SCHOOLS = 40;
    private static final String[] DISTRICTS = {"D01", "D02", "D03", "D04"};

    @TempDir
    static Path dir;
    static Path db;
    /** year → district → sex → G1+G2 pupils; district → teachers (schools reporting them); year → district → pupils of schools with teachers. */
    static final Map<Integer, Map<String, long[]>> pupils = new HashMap<>();
    static final Map<Integer, Map<String, long[]>> ptrParts = new HashMap<>();
    /** Schools of 2025 that leave their teachers blank, by district. */
    static final Map<String, Integer> noTeachers = new HashMap<>();
    static final List<String> d02Schools2025 = new ArrayList<>();

    /** The command line as a test runs it (one helper for every CLI test). */
    static CliRun emis(String... args) {
        return CliRun.emis(args);
    }

    @BeforeAll
    static void writeAndImport() throws Exception {
        db = dir.resolve("explore.mv.db");
        Path user = Files.createDirectories(dir.resolve("user-templates"));
        for (int year : new int[] {2024, 2025}) {
            Path file = dir.resolve("district-census-" + year + ".xlsx");
            write(file, year, new Random(year));
            if (year == 2024) {
                // As an officer would: no built-in template fits, so one is drafted beside the workspace.
                CliRun draft = emis("template", "draft", file.toString(), "--out",
                        dir.resolve("templates").resolve("district.json").toString());
                assertEquals(0, draft.code(), draft.out() + draft.err());
            }
            CliRun r = emis("import", "--db", db.toString(), "--templates-folder", user.toString(), file.toString());
            assertEquals(0, r.code(), r.out() + r.err());
        }
    }

    private static void write(Path file, int year, Random rnd) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Census");
            String[] head = {"School code", "School name", "District", "Ownership", "Locality", "G1 M", "G1 F", "G2 M",
                "G2 F", "Teachers M", "Teachers F"};
            Row h = sh.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int s = 0; s < SCHOOLS; s++) {
                String district = DISTRICTS[s % DISTRICTS.length];
                Row row = sh.createRow(s + 1);
                row.createCell(0).setCellValue(String.format("S%04d", s + 1));
                row.createCell(1).setCellValue("School " + (s + 1));
                row.createCell(2).setCellValue(district);
                row.createCell(3).setCellValue(s % 3 == 0 ? "private" : "public");
                row.createCell(4).setCellValue(s % 2 == 0 ? "rural" : "urban");
                long[] bySex = pupils.computeIfAbsent(year, k -> new HashMap<>()).computeIfAbsent(district, k -> new long[2]);
                long pupilsHere = 0;
                for (int c = 5; c <= 8; c++) {
                    int v = 5 + rnd.nextInt(60);
                    row.createCell(c).setCellValue(v);
                    bySex[c % 2 == 0 ? 0 : 1] += v; // columns 6 and 8 are girls (index 0)
                    pupilsHere += v;
                }
                boolean blank = year == 2025 && s % 7 == 3;
                if (blank) {
                    noTeachers.merge(district, 1, Integer::sum);
                } else {
                    int tm = 1 + rnd.nextInt(3);
                    int tf = 1 + rnd.nextInt(3);
                    row.createCell(9).setCellValue(tm);
                    row.createCell(10).setCellValue(tf);
                    long[] parts = ptrParts.computeIfAbsent(year, k -> new HashMap<>()).computeIfAbsent(district, k -> new long[2]);
                    parts[0] += pupilsHere;
                    parts[1] += tm + tf;
                }
                if (year == 2025 && district.equals("D02")) {
                    d02Schools2025.add(String.format("S%04d", s + 1));
                }
            }
            wb.write(out);
        }
    }

    @Test
    void enrolmentByDistrictAndYearIsTheSumOfTheCellsAndWritesACsvAScriptCanRead() throws Exception {
        Path csv = dir.resolve("by-year.csv");
        CliRun r = emis("explore", "--db", db.toString(), "--measure", "enrolment", "--rows", "district", "--columns",
                "year", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("district,year,measure,value,numerator,denominator,schools,schools_not_reporting,partial,"
                + "schools_with_unreadable_cells", lines.get(0));
        assertEquals(1 + DISTRICTS.length * 2, lines.size(), String.join("\n", lines));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            long[] s = pupils.get(Integer.parseInt(f[1])).get(f[0]);
            assertEquals(Long.toString(s[0] + s[1]), f[3], line);
            assertEquals("10", f[6], "ten schools per district: " + line);
            assertEquals("false", f[8]);
        }
    }

    @Test
    void printedTableShowsGirlsAndBoysWithTotalsInTheReadersLanguage() {
        CliRun r = emis("explore", "--db", db.toString(), "--measure", "enrolment", "--rows", "district", "--columns", "sex",
                "--filter", "year=2025", "--lang", "fr");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Féminin") && r.out().contains("Masculin") && r.out().contains("Total"), r.out());
        long total = 0;
        for (String d : DISTRICTS) {
            long[] s = pupils.get(2025).get(d);
            total += s[0] + s[1];
            String line = r.out().lines().filter(l -> l.startsWith(d)).findFirst().orElseThrow();
            List<String> numbers = List.of(line.substring(3).trim().split("\\s{2,}")).stream().map(ExploreCliTest::digits).toList();
            assertEquals(List.of(s[0] + "", s[1] + "", s[0] + s[1] + ""), numbers, line);
        }
        long t = total;
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Total") && digits(l).endsWith(Long.toString(t))), r.out());
        assertTrue(r.out().contains("\u202f") || r.out().contains("\u00a0"), "French groups thousands with a no-break space");
    }

    /** The digits of a number as French prints it, its (no-break) group spaces removed. */
    private static String digits(String s) {
        return s.replaceAll("[\\h]", "");
    }

    @Test
    void pupilsPerTeacherLeavesOutSchoolsWithoutTeachersAndMarksTheValue() throws Exception {
        Path xlsx = dir.resolve("ptr.xlsx");
        CliRun r = emis("explore", "--db", db.toString(), "--measure", "pupils_per_teacher", "--rows", "district",
                "--filter", "year=2025", "--out", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(java.util.Locale.ENGLISH);
            int found = 0;
            for (Row row : sh) {
                String label = fmt.formatCellValue(row.getCell(0));
                if (ptrParts.get(2025).containsKey(label)) {
                    long[] parts = ptrParts.get(2025).get(label);
                    assertEquals(parts[0] / (double) parts[1], row.getCell(1).getNumericCellValue(), 1e-9, label);
                    boolean partial = noTeachers.containsKey(label);
                    // The mark is in the number format ("38.3 *" in Excel), the cell stays a number formulas add.
                    assertEquals(partial, row.getCell(1).getCellStyle().getDataFormatString().endsWith("\" *\""), label);
                    found++;
                }
            }
            assertEquals(DISTRICTS.length, found);
            assertFalse(noTeachers.isEmpty(), "the test blanks some schools' teachers");
            assertEquals("Definition", wb.getSheetAt(1).getSheetName());
            assertTrue(fmt.formatCellValue(wb.getSheetAt(1).getRow(0).getCell(1)).contains("pupils_per_teacher"));
        }
    }

    @Test
    void subtotalsAddUpEachYearsDistrictsAreSavedAndDrillIntoEveryDistrict() throws Exception {
        CliRun r = emis("explore", "--db", db.toString(), "--measure", "enrolment", "--rows", "year,district",
                "--subtotals", "--save", "yearly with subtotals");
        assertEquals(0, r.code(), r.err());
        List<String> subtotalLines = r.out().lines().filter(l -> l.contains("All (subtotal)")).toList();
        assertEquals(2, subtotalLines.size(), r.out());
        long both = 0;
        for (int year : new int[] {2024, 2025}) {
            long sum = pupils.get(year).values().stream().mapToLong(s -> s[0] + s[1]).sum();
            both += sum;
            String line = subtotalLines.stream().filter(l -> l.startsWith(Integer.toString(year))).findFirst()
                    .orElseThrow(() -> new AssertionError(r.out()));
            assertEquals(Long.toString(sum), line.substring(line.indexOf(')') + 1).replaceAll("[^0-9]", ""), line);
        }
        long grand = both;
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Total") && l.replaceAll("[^0-9]", "").equals(
                Long.toString(grand))), "the total adds the districts once: " + r.out());

        // Row 5 is 2024's subtotal (after its four districts): its schools are every school of 2024.
        CliRun drill = emis("explore", "--db", db.toString(), "--view", "yearly with subtotals", "--drill", "5,1");
        assertEquals(0, drill.code(), drill.err());
        assertEquals(SCHOOLS, drill.out().lines().filter(l -> l.contains(" S0")).count(), drill.out());

        Path json = dir.resolve("yearly.json");
        assertEquals(0, emis("explore", "--db", db.toString(), "--view", "yearly with subtotals", "--out",
                json.toString()).code());
        assertTrue(Files.readString(json).contains("\"subtotals\" : true"), Files.readString(json));
        CliRun none = emis("explore", "--db", db.toString(), "--view", "yearly with subtotals", "--no-subtotals");
        assertFalse(none.out().contains("All (subtotal)"), none.out());
    }

    @Test
    void drillingIntoACellListsItsSchools() {
        CliRun r = emis("explore", "--db", db.toString(), "--measure", "enrolment", "--rows", "district",
                "--filter", "year=2025", "--drill", "2,1");
        assertEquals(0, r.code(), r.err());
        List<String> listed = r.out().lines().filter(l -> l.startsWith("S0")).map(l -> l.substring(0, 5)).toList();
        assertEquals(d02Schools2025, listed, r.out());
    }

    @Test
    void aSavedExplorationReopensAndAFileFromAColleagueIsCheckedAsData() throws Exception {
        CliRun saved = emis("explore", "--db", db.toString(), "--measure", "girls_share", "--rows", "district",
                "--columns", "grade", "--save", "girls by grade");
        assertEquals(0, saved.code(), saved.err());
        CliRun again = emis("explore", "--db", db.toString(), "--view", "girls by grade");
        assertEquals(0, again.code(), again.err());
        assertEquals(saved.out().substring(saved.out().indexOf('\n') + 1), again.out());
        CliRun list = emis("explore", "--db", db.toString(), "--list");
        assertTrue(list.out().contains("girls by grade") && list.out().contains("pupils-per-teacher-by-district-and-ownership"
                + " — Pupils per teacher by district and ownership"), list.out());
        Path shared = dir.resolve("shared.json");
        CliRun written = emis("explore", "--db", db.toString(), "--view", "girls by grade", "--out", shared.toString());
        assertEquals(0, written.code(), written.err());
        CliRun fromFile = emis("explore", "--db", db.toString(), "--definition", shared.toString());
        assertEquals(again.out(), fromFile.out());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"measure\": \"girls_share\", \"rows\": [\"sex\"], \"sql\": \"DROP TABLE school\"}");
        CliRun refused = emis("explore", "--db", db.toString(), "--definition", bad.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("bad.json") && refused.err().contains("$.sql")
                && refused.err().contains("cannot be split or filtered by sex"), refused.err());
    }

    @Test
    void everyBuiltInExplorationRunsOnAnyWorkspace() {
        CliRun list = emis("explore", "--db", db.toString(), "--list");
        String names = list.out().lines().filter(l -> l.startsWith("Explorations:")).findFirst().orElseThrow();
        List<String> builtIn = List.of("girls-share-by-district-and-grade", "pupils-by-age-and-locality",
                "pupils-per-teacher-by-district-and-ownership", "enrolment-by-year-and-district", "repeaters-by-grade-and-sex");
        for (String v : builtIn) {
            assertTrue(names.contains(v), names);
            CliRun r = emis("explore", "--db", db.toString(), "--view", v);
            assertEquals(0, r.code(), v + ": " + r.err());
            assertTrue(r.out().lines().count() > 2, v + ": " + r.out());
        }
    }

    @Test
    void mistakesGetOnePlainLine() {
        CliRun noMeasure = emis("explore", "--db", db.toString(), "--rows", "district");
        assertEquals(2, noMeasure.code());
        assertTrue(noMeasure.err().contains("Give --measure"), noMeasure.err());
        CliRun twice = emis("explore", "--db", db.toString(), "--measure", "enrolment", "--rows", "district", "--columns", "district");
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("used twice"), twice.err());
        CliRun noYear = emis("explore", "--db", db.toString(), "--measure", "enrolment", "--filter", "year=1999");
        assertEquals(2, noYear.code());
        assertTrue(noYear.err().contains("no returns for 1999"), noYear.err());
        assertFalse(noYear.err().contains("Exception"), noYear.err());
    }
}
