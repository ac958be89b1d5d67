package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.model.explore.Cell;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Measure;
import org.emisworkbench.model.explore.Pivot;
import org.emisworkbench.store.CensusLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 26, F1: one school file read with two templates, one for the pupils and one for the teachers, is a return
 * split in two. Both halves must count in every reader of stored figures (long CSV, explore, trace, indicators,
 * the schools listing, a district package), in either order, each figure naming its own file, sheet and cell; and
 * a topic really replaced by a later file counts nowhere but in that file.
 */
class SplitReturnReadersTest {
    private static final String PUPILS = """
            {"id": "pupils", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Census"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"headers": ["District"], "field": "school.district"},
                           {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;
    private static final String STAFF = """
            {"id": "staff", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Census"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"headers": ["District"], "field": "school.district"},
                           {"patterns": ["Teachers {sex}"], "field": "teachers.total"}]}]}
            """;
    private static final String[][] SCHOOLS = {{"S-101", "Alpha", "D01"}, {"S-102", "Beta", "D01"},
            {"S-201", "Gamma", "D02"}};
    /** Per header, after code, name and district: what it is (topic, item, sex). */
    private static final String[][] FIGURES = {{"Grade 1 M", "enrolment", "G1", "M"}, {"Grade 1 F", "enrolment", "G1", "F"},
            {"Grade 2 M", "enrolment", "G2", "M"}, {"Grade 2 F", "enrolment", "G2", "F"},
            {"Teachers M", "teachers", "total", "M"}, {"Teachers F", "teachers", "total", "F"}};
    private static final int[][] VALUES = {{31, 29, 27, 30, 2, 1}, {18, 22, 20, 19, 1, 2}, {40, 44, 38, 41, 3, 2}};
    private static final String FILE = "census-2024.xlsx";
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    @Test
    void pupilsThenTeachersFromOneFileCountEverywhere() throws Exception {
        try (TemplateImports imports = new TemplateImports(dir.resolve("a"))) {
            importBoth(imports, PUPILS, STAFF);
            assertEveryReaderGives(imports, expected(VALUES, FILE, Set.of("enrolment", "teachers")));
        }
    }

    @Test
    void teachersThenPupilsFromOneFileCountEverywhere() throws Exception {
        try (TemplateImports imports = new TemplateImports(dir.resolve("b"))) {
            importBoth(imports, STAFF, PUPILS);
            assertEveryReaderGives(imports, expected(VALUES, FILE, Set.of("enrolment", "teachers")));
        }
    }

    /** A corrected pupils file replaces the pupils only: the new values count everywhere, the old ones nowhere. */
    @Test
    void aTopicReallyReplacedCountsOnlyItsNewValues() throws Exception {
        int[][] corrected = new int[VALUES.length][];
        for (int i = 0; i < VALUES.length; i++) {
            corrected[i] = VALUES[i].clone();
        }
        corrected[1][1] = 25; // S-102 Grade 1 F, was 22
        corrected[2][2] = 33; // S-201 Grade 2 M, was 38
        corrected[0][4] = 9; // a teachers' cell the pupils template does not read: must not count
        String fixed = "census-2024-corrected.xlsx";
        try (TemplateImports imports = new TemplateImports(dir.resolve("c"))) {
            importBoth(imports, PUPILS, STAFF);
            FileResult r = imports.importWith(workbook(corrected), fixed, PUPILS, YEAR);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            Map<String, Figure> want = new TreeMap<>(expected(corrected, fixed, Set.of("enrolment")));
            want.putAll(expected(VALUES, FILE, Set.of("teachers")));
            assertEveryReaderGives(imports, want);
        }
    }

    private void importBoth(TemplateImports imports, String first, String second) throws Exception {
        for (String template : List.of(first, second)) {
            FileResult r = imports.importWith(workbook(VALUES), FILE, template, YEAR);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
        }
    }

    /** A figure as the test expects it: value and the cell it was written to. */
    private record Figure(int value, String file, String sheet, String cell) {
    }

    /** Key: school, topic, item, sex. Only the topics named. */
    private static Map<String, Figure> expected(int[][] values, String file, Set<String> topics) {
        Map<String, Figure> out = new TreeMap<>();
        for (int s = 0; s < SCHOOLS.length; s++) {
            for (int f = 0; f < FIGURES.length; f++) {
                if (topics.contains(FIGURES[f][1])) {
                    String cell = CellReference.convertNumToColString(3 + f) + (s + 2);
                    out.put(key(SCHOOLS[s][0], FIGURES[f][1], FIGURES[f][2], FIGURES[f][3]),
                            new Figure(values[s][f], file, "Census", cell));
                }
            }
        }
        return out;
    }

    private static String key(String school, String topic, String item, String sex) {
        return school + "|" + topic + "|" + item + "|" + sex;
    }

    private static String districtOf(String school) {
        for (String[] s : SCHOOLS) {
            if (s[0].equals(school)) {
                return s[2];
            }
        }
        throw new AssertionError(school);
    }

    private void assertEveryReaderGives(TemplateImports imports, Map<String, Figure> want) throws Exception {
        Workbench wb = imports.workbench;
        // Long CSV, the whole country and one district.
        assertEquals(want, longCsv(wb, null), "long CSV");
        Map<String, Figure> d01 = new TreeMap<>();
        want.forEach((k, v) -> {
            if (districtOf(k.substring(0, k.indexOf('|'))).equals("D01")) {
                d01.put(k, v);
            }
        });
        assertFalse(d01.isEmpty());
        assertEquals(d01, longCsv(wb, "D01"), "long CSV of D01");

        // Explore: pupils per teacher by school, numerator and denominator.
        Map<String, long[]> bySchool = new TreeMap<>();
        want.forEach((k, v) -> {
            String[] p = k.split("\\|");
            long[] sums = bySchool.computeIfAbsent(p[0], x -> new long[2]);
            sums[p[1].equals("enrolment") ? 0 : 1] += v.value();
        });
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        filters.put(Dimension.YEAR, Set.of(String.valueOf(YEAR)));
        Pivot p = wb.explore().run(new Exploration(null, Measure.byId("pupils_per_teacher").orElseThrow(),
                List.of(Dimension.SCHOOL), List.of(Dimension.YEAR), filters), Progress.NONE, Cancellation.none());
        Map<String, long[]> explored = new TreeMap<>();
        for (int r = 0; r < p.rowKeys().size(); r++) {
            Cell c = p.cell(r, 0);
            explored.put(p.rowKeys().get(r).get(0), new long[] {c.numerator(), c.denominator()});
        }
        assertEquals(bySchool.keySet(), explored.keySet(), "explore's schools");
        bySchool.forEach((school, sums) -> assertEquals(List.of(sums[0], sums[1]),
                List.of(explored.get(school)[0], explored.get(school)[1]), "explore, pupils and teachers of " + school));

        // Trace: every figure's value and source.
        GradeSystem grades = wb.store(ws -> new CensusLoader(ws).grades());
        want.forEach((k, v) -> {
            String[] q = k.split("\\|");
            Topic topic = Topic.fromCode(q[1]);
            int slot = topic.graded() ? grades.byCode(q[2]).orElseThrow().slot() : topic.fixedSlots().indexOf(q[2]);
            Workbench.SourcedFigure f = wb.whereFrom(q[0], YEAR, topic, slot, Sex.valueOf(q[3]), AgeGroup.ALL)
                    .orElseThrow(() -> new AssertionError("trace finds no " + k));
            assertEquals(v.value(), f.value(), "trace " + k);
            assertEquals(List.of(v.file(), v.sheet(), v.cell()),
                    List.of(f.source().file(), f.source().sheet(), f.source().cell()), "trace source " + k);
        });

        // Indicators: the country's enrolment, and the pupils and teachers of the pupil-teacher ratio.
        long pupils = bySchool.values().stream().mapToLong(s -> s[0]).sum();
        long teachers = bySchool.values().stream().mapToLong(s -> s[1]).sum();
        assertTrue(pupils > 0 && teachers > 0);
        assertEquals(pupils, Math.round(imports.indicator(YEAR, AreaSelector.country(), "enrolment_total").value()));
        IndicatorValue ptr = imports.indicator(YEAR, AreaSelector.country(), "pupil_teacher_ratio");
        assertTrue(ptr.available(), String.valueOf(ptr.why()));
        assertEquals(List.of((double) pupils, (double) teachers), List.of(ptr.numerator(), ptr.denominator()),
                "pupil-teacher ratio");

        // The schools listing: each school once.
        assertEquals(List.of("S-101", "S-102", "S-201"),
                wb.schools(YEAR, null).stream().map(s -> s.code()).sorted().toList());

        // A district package carries every figure that counts with its own file, and another workspace reading it
        // counts the same.
        Path zip = dir.resolve("D01-" + System.nanoTime() + ".zip");
        wb.packages().write(YEAR, "D01", zip, false, Progress.NONE, Cancellation.none());
        try (Workbench national = Workbench.open(dir.resolve("national-" + System.nanoTime()))) {
            national.packages().importPackage(zip, Progress.NONE, Cancellation.none());
            assertEquals(d01, longCsv(national, null), "long CSV of the workspace that received D01's package");
            assertEquals(d01.keySet().stream().filter(k -> k.contains("|enrolment|")).mapToLong(k -> d01.get(k).value())
                    .sum(), Math.round(new IndicatorService(national).compute(YEAR, AreaSelector.country(), null).stream()
                    .filter(i -> i.id().equals("enrolment_total")).findFirst().orElseThrow().value()));
        }
    }

    private Map<String, Figure> longCsv(Workbench wb, String district) throws Exception {
        Path out = dir.resolve("long-" + System.nanoTime() + ".csv");
        wb.exchange().exportLong(YEAR, district, out, false, Progress.NONE, Cancellation.none());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(ExchangeService.LONG_COLUMNS, List.of(lines.get(0).replace("\uFEFF", "").split(",")));
        Map<String, Figure> got = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertEquals(districtOf(c[0]), c[1], line);
            assertEquals("all", c[5], line);
            Figure before = got.put(key(c[0], c[3], c[4], c[6]), new Figure(Integer.parseInt(c[7]), c[8], c[9], c[10]));
            assertEquals(null, before, "one row per figure: " + line);
        }
        return new TreeMap<>(got);
    }

    private static XSSFWorkbook workbook(int[][] values) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Census");
        Row h = s.createRow(0);
        h.createCell(0).setCellValue("School code");
        h.createCell(1).setCellValue("School name");
        h.createCell(2).setCellValue("District");
        for (int f = 0; f < FIGURES.length; f++) {
            h.createCell(3 + f).setCellValue(FIGURES[f][0]);
        }
        for (int i = 0; i < SCHOOLS.length; i++) {
            Row r = s.createRow(i + 1);
            for (int a = 0; a < 3; a++) {
                r.createCell(a).setCellValue(SCHOOLS[i][a]);
            }
            for (int f = 0; f < FIGURES.length; f++) {
                r.createCell(3 + f).setCellValue(values[i][f]);
            }
        }
        return wb;
    }
}
