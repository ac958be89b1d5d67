package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.Topic;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;


/**
 * The committed sample country, imported and validated as an officer would: every planted error of
 * answer-key.json is found by the rule the kind calls for, no clean school gets an error, figures
 * trace back to their cells, and follow-up survives a corrected return.
 *
 * <p>Run on both engines (decision 0018): here on an H2 workspace file, and by
 * {@link SampleCountryEndToEndPostgresTest} (the same tests, {@link #engine()} overridden) on a shared
 * workspace on PostgreSQL, which must also give the H2 workspace's counts, findings and indicators exactly.
 * The PostgreSQL half is skipped, saying why, when no server is at hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleCountryEndToEndTest {
    static final Path SAMPLES = SampleCountryFixture.SAMPLES;
    static final Map<String, String> RULE_OF_KIND = Map.ofEntries(
            Map.entry("missing_return", "RET-03"), Map.entry("text_in_number", "IMP-01"),
            Map.entry("negative_count", "IMP-02"), Map.entry("fractional_count", "IMP-03"),
            Map.entry("formula_error", "IMP-04"), Map.entry("unknown_code", "IMP-05"),
            Map.entry("blank_key", "IMP-06"), Map.entry("missing_required", "IMP-10"),
            Map.entry("total_mismatch", "IMP-08"), Map.entry("repeaters_exceed_enrolment", "GRD-01"),
            Map.entry("new_entrants_exceed_enrolment", "GRD-03"), Map.entry("age_implausible", "AGE-01"),
            Map.entry("ptr_out_of_bounds", "PTR-01"), Map.entry("pcr_out_of_bounds", "PCR-01"),
            Map.entry("teachers_no_pupils", "TCH-01"), Map.entry("cohort_implausible", "COH-01"),
            Map.entry("enrolment_change", "CHG-01"), Map.entry("girls_share_extreme", "GIRL-01"),
            Map.entry("duplicate_school", "IMP-07"), Map.entry("identical_returns", "RET-02"),
            Map.entry("outlier", "OUT-01"), Map.entry("location", "LOC-01"));

    /** Kinds caught by a warning: the figures could be true (of an identical pair, one return is genuine). */
    static final Set<String> CAUGHT_BY_WARNING = Set.of("identical_returns", "age_implausible", "ptr_out_of_bounds",
            "pcr_out_of_bounds", "teachers_no_pupils", "cohort_implausible", "enrolment_change", "girls_share_extreme",
            "outlier", "location");

    /** A temporary folder of this class's (given to @BeforeAll, which runs before fields are injected). */
    Path dir;
    Workbench workbench;
    ImportReport report;
    final List<JsonNode> answers = new ArrayList<>();

    /** The engine the workspace is on; a subclass runs these tests on another. */
    StoreEngine engine() {
        return StoreEngine.H2;
    }

    @BeforeAll
    void importAndValidate(@TempDir Path folder) throws Exception {
        dir = folder;
        new ObjectMapper().readTree(SAMPLES.resolve("answer-key.json").toFile()).forEach(answers::add);
        StoreEngine engine = engine();
        if (engine == StoreEngine.H2) {
            // Imported and checked for 2024 and 2025 once per test run; this class works on its own copy.
            workbench = SampleCountryFixture.copy(dir.resolve("census"));
            report = SampleCountryFixture.importReport();
        } else if (PostgresCluster.available()) {
            // A shared workspace of its own, imported and checked the same way.
            ImportReport[] r = new ImportReport[1];
            workbench = SampleCountryFixture.importedIntoPostgres(r);
            report = r[0];
        }
    }

    /** Who the workspace records as doing things: in an H2 file, the operating-system user. */
    String expectedActor() {
        return System.getProperty("user.name");
    }

    /** Each test skipped, saying why, when the engine is not at hand (so that the report counts them). */
    @BeforeEach
    void engineAtHand() {
        engine().assumeAvailable();
    }

    @AfterAll
    void close() {
        if (workbench != null) {
            workbench.close();
            workbench = null;
        }
    }

    @Test
    @Order(1)
    void everyFileImportsAndEverySchoolWithAReturnIsStored() {
        assertEquals(0, report.count(FileOutcome.FAILED), () -> report.files().stream()
                .filter(f -> f.outcome() == FileOutcome.FAILED).map(FileResult::message).toList().toString());
        assertEquals(508, report.count(FileOutcome.IMPORTED), "every workbook (not the answer key or README)");
        for (int year : new int[] {2024, 2025}) {
            long missing = answers.stream().filter(a -> a.get("kind").asText().equals("missing_return")
                    && a.get("year").asInt() == year).count();
            assertEquals(420 - missing, workbench.schools(year, null).size(), "schools with a return in " + year);
        }
        assertTrue(report.rowsSkipped() > 0, "banner, blank and total rows are counted as skipped");
        assertEquals(3, report.problemsByKind().get("BLANK_KEY"));
    }

    @Test
    @Order(2)
    void aFigureTracesBackToItsCell() throws Exception {
        // Grade-1 boys in the D01 wide return, for its first school (sources stored in the row) and its
        // last (sources shared with the schools before it, stored once): find the cells ourselves, then
        // ask the workbench.
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("2024/wide/D01-2024.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet pupils = wb.getSheet("Pupils");
            int col = -1;
            for (var cell : pupils.getRow(0)) {
                if (cell.getStringCellValue().replaceAll("\\s+", " ").trim().equalsIgnoreCase("Grade 1 Male")) {
                    col = cell.getColumnIndex();
                }
            }
            Map<String, Row> rows = new java.util.LinkedHashMap<>();
            for (Row r : pupils) {
                String code = r.getCell(0) == null ? "" : new DataFormatter().formatCellValue(r.getCell(0)).trim();
                if (code.toUpperCase(java.util.Locale.ROOT).matches("SCH01\\d{3}") && r.getCell(col) != null
                        && r.getCell(col).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    rows.putIfAbsent(code.toUpperCase(java.util.Locale.ROOT), r);
                }
            }
            String last = new ArrayList<>(rows.keySet()).get(rows.size() - 1);
            for (String school : List.of("SCH01001", last)) {
                Row row = rows.get(school);
                int expected = (int) row.getCell(col).getNumericCellValue();
                var figure = workbench.whereFrom(school, 2024, Topic.ENROLMENT, 1, Sex.M, AgeGroup.ALL).orElseThrow();
                assertEquals(expected, figure.value(), school);
                assertEquals("D01-2024.xlsx", figure.source().file());
                assertEquals("Pupils!" + row.getCell(col).getAddress().formatAsString(), figure.source().sheetCell(),
                        school);
            }
        }
        try (var c = workbench.workspace().connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM source_pattern p JOIN import_batch b ON b.id = p.batch_id"
                     + " WHERE b.file_name = 'D01-2024.xlsx'), (SELECT COUNT(*) FROM fact_row f JOIN import_batch b"
                     + " ON b.id = f.batch_id WHERE b.file_name = 'D01-2024.xlsx' AND f.sources_ref IS NOT NULL),"
                     + " (SELECT COUNT(*) FROM fact_row f JOIN import_batch b ON b.id = f.batch_id"
                     + " WHERE b.file_name = 'D01-2024.xlsx')")) {
            rs.next();
            // In a wide return every school's rows name the same columns: their texts are stored once.
            assertTrue(rs.getInt(1) > 0 && rs.getInt(1) < rs.getInt(2) / 10, "shared sources stored once");
            assertTrue(rs.getInt(2) > rs.getInt(3) / 2, "most rows refer to a shared source text");
        }
    }

    @Test
    @Order(3)
    void everyPlantedErrorIsFoundByItsRule() {
        ValidationService v = new ValidationService(workbench);
        List<StoredFinding> all = v.findings(FindingFilter.all());
        List<String> missed = new ArrayList<>();
        for (JsonNode a : answers) {
            String school = a.get("school").asText();
            int year = a.get("year").asInt();
            String rule = RULE_OF_KIND.get(a.get("kind").asText());
            Severity severity = CAUGHT_BY_WARNING.contains(a.get("kind").asText()) ? Severity.WARNING : Severity.ERROR;
            boolean found = all.stream().anyMatch(f -> f.finding().ruleId().equals(rule) && f.finding().year() == year
                    && f.finding().severity() == severity
                    && (school.isEmpty() ? f.finding().source() != null
                    && (a.get("sheet").asText() + "!" + a.get("cell").asText()).equals(f.finding().source().sheetCell())
                    : school.equals(f.finding().schoolCode())));
            if (!found) {
                missed.add(a.toString());
            }
        }
        assertEquals(List.of(), missed, "planted errors the default pack missed");
        assertEquals(RULE_OF_KIND.keySet(), answers.stream().map(a -> a.get("kind").asText())
                .collect(java.util.stream.Collectors.toSet()), "the answer key covers every kind");
    }

    @Test
    @Order(3)
    void bothSchoolsOfAnIdenticalPairAreAsked() {
        List<StoredFinding> all = new ValidationService(workbench).findings(FindingFilter.all());
        List<JsonNode> pairs = answers.stream().filter(a -> a.get("kind").asText().equals("identical_returns")).toList();
        assertFalse(pairs.isEmpty());
        for (JsonNode a : pairs) {
            var m = java.util.regex.Pattern.compile("(SCH\\d{5})").matcher(a.get("note").asText());
            assertTrue(m.find(), a.toString());
            String copy = a.get("school").asText();
            String original = m.group(1);
            int year = a.get("year").asInt();
            for (String[] pair : new String[][] {{copy, original}, {original, copy}}) {
                assertTrue(all.stream().anyMatch(f -> f.finding().ruleId().equals("RET-02") && f.finding().year() == year
                        && pair[0].equals(f.finding().schoolCode()) && f.finding().message().english().contains(pair[1])),
                        pair[0] + " named with " + pair[1] + " in " + year);
            }
        }
    }

    @Test
    @Order(4)
    void noCleanSchoolGetsAnError() {
        Set<String> planted = new HashSet<>();
        answers.forEach(a -> planted.add(a.get("school").asText()));
        List<String> wrong = new ValidationService(workbench).findings(FindingFilter.all()).stream()
                .filter(f -> f.finding().severity() == Severity.ERROR && f.finding().schoolCode() != null
                        && !planted.contains(f.finding().schoolCode()))
                .map(f -> f.finding().schoolCode() + " " + f.finding().ruleId() + " " + f.finding().message().english()).toList();
        assertEquals(List.of(), wrong);
    }

    @Test
    @Order(4)
    void aCleanReturnRaisesZeroErrors() {
        // A return is clean when the answer key plants nothing in that school's return of that year.
        Set<String> plantedReturns = new HashSet<>();
        answers.forEach(a -> plantedReturns.add(a.get("school").asText() + "|" + a.get("year").asInt()));
        List<StoredFinding> all = new ValidationService(workbench).findings(FindingFilter.all());
        List<StoredFinding> onReturns = all.stream().filter(f -> f.finding().schoolCode() != null).toList();
        assertTrue(onReturns.stream().anyMatch(f -> f.finding().severity() == Severity.ERROR), "planted errors are found");
        List<String> wrong = onReturns.stream()
                .filter(f -> f.finding().severity() == Severity.ERROR
                        && !plantedReturns.contains(f.finding().schoolCode() + "|" + f.finding().year()))
                .map(f -> f.finding().year() + " " + f.finding().schoolCode() + " " + f.finding().ruleId() + " "
                        + f.finding().message().english()).toList();
        assertEquals(List.of(), wrong);
    }

    @Test
    @Order(5)
    void findingsPointAtTheirCells() {
        Map<String, Integer> hits = new HashMap<>();
        List<StoredFinding> all = new ValidationService(workbench).findings(FindingFilter.all());
        for (JsonNode a : answers) {
            String cell = a.get("sheet").asText() + "!" + a.get("cell").asText();
            String file = Path.of(a.get("file").asText()).getFileName().toString();
            boolean hit = all.stream().anyMatch(f -> f.finding().source() != null
                    && names(f.finding().source(), cell) && file.equals(f.finding().source().file()));
            hits.merge(hit ? "hit" : "miss", 1, Integer::sum);
        }
        // Ratio and whole-school errors point at a figure of the rule, not always the cell the generator
        // changed; every cell-level error must hit its cell exactly.
        assertTrue(hits.getOrDefault("hit", 0) >= 40, hits::toString);
        for (String kind : List.of("text_in_number", "negative_count", "fractional_count", "formula_error",
                "blank_key", "duplicate_school", "repeaters_exceed_enrolment", "missing_return")) {
            for (JsonNode a : answers) {
                if (a.get("kind").asText().equals(kind)) {
                    String cell = a.get("sheet").asText() + "!" + a.get("cell").asText();
                    assertTrue(all.stream().anyMatch(f -> f.finding().source() != null
                            && cell.equals(f.finding().source().sheetCell())), kind + " at " + cell);
                }
            }
        }
    }

    /**
     * Whether a finding's cell is {@code sheetCell} or names it among the cells of one figure ({@code Form!C44+C45}:
     * the female and male teachers of a pupil-teacher ratio).
     */
    private static boolean names(org.emisworkbench.model.SourceRef source, String sheetCell) {
        if (sheetCell.equals(source.sheetCell())) {
            return true;
        }
        return source.cell() != null && List.of(source.cell().split("\\+")).stream()
                .anyMatch(part -> sheetCell.equals(source.sheet() + "!" + part));
    }

    @Test
    @Order(6)
    void reimportingTheSameFileChangesNothing() {
        long before = workbench.batches().size();
        ImportReport again = new ImportService(workbench, TemplateCatalog.load(null)).importFiles(
                new ImportRequest(List.of(SAMPLES.resolve("2024/wide/D01-2024.xlsx")), null, null), Progress.NONE,
                Cancellation.none());
        assertEquals(FileOutcome.ALREADY_IMPORTED, again.files().get(0).outcome());
        assertEquals(before, workbench.batches().size());
    }

    @Test
    @Order(7)
    void aCorrectedReturnReplacesValuesResolvesItsFindingAndKeepsMarks() throws Exception {
        JsonNode planted = answers.stream().filter(a -> a.get("kind").asText().equals("repeaters_exceed_enrolment")
                && a.get("file").asText().contains("/forms/")).findFirst().orElseThrow();
        String school = planted.get("school").asText();
        int year = planted.get("year").asInt();
        ValidationService v = new ValidationService(workbench);
        StoredFinding finding = v.findings(new FindingFilter(year, null, school, "GRD-01", null, null)).get(0);
        // Another finding of another school is confirmed correct: the mark must survive it all.
        StoredFinding other = v.findings(new FindingFilter(year, null, null, "PTR-01", null, null)).get(0);
        v.mark(other.id(), FindingStatus.CONFIRMED, "Checked by phone: a one-teacher school");

        Path corrected = dir.resolve("corrected").resolve(school + ".xlsx");
        Files.createDirectories(corrected.getParent());
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(planted.get("file").asText()));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var ref = new org.apache.poi.ss.util.CellReference(planted.get("cell").asText());
            wb.getSheet(planted.get("sheet").asText()).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(0);
            try (OutputStream out = Files.newOutputStream(corrected)) {
                wb.write(out);
            }
        }
        ImportReport r = new ImportService(workbench, TemplateCatalog.load(null)).importFiles(
                new ImportRequest(List.of(corrected), null, null), Progress.NONE, Cancellation.none());
        assertEquals(FileOutcome.IMPORTED, r.files().get(0).outcome(), () -> String.valueOf(r.files().get(0).message()));
        assertEquals(1, r.files().get(0).schoolsReplaced());
        assertEquals(0, r.files().get(0).schoolsAdded());

        var result = v.validate(null, year, null, Progress.NONE, Cancellation.none());
        assertTrue(result.resolved() >= 1);
        StoredFinding after = v.findings(new FindingFilter(year, null, school, "GRD-01", null, null)).get(0);
        assertEquals(finding.id(), after.id());
        assertEquals(FindingStatus.RESOLVED, after.status());
        StoredFinding kept = v.findings(new FindingFilter(year, null, other.finding().schoolCode(), "PTR-01", null,
                null)).get(0);
        assertEquals(FindingStatus.CONFIRMED, kept.status());
        assertEquals("Checked by phone: a one-teacher school", kept.comment());
        // Who did it: the officer who marked, and who imported each file (decision 0018).
        assertEquals(expectedActor(), kept.markedBy());
        assertTrue(!workbench.batches().isEmpty()
                && workbench.batches().stream().allMatch(b -> expectedActor().equals(b.importedBy())),
                () -> workbench.batches().stream().map(b -> b.importedBy()).distinct().toList().toString());
        assertFalse(workbench.batches().isEmpty());
    }

    @Test
    @Order(8)
    void storedSchoolsDigestTheirFigureSets() throws Exception {
        for (int year : new int[] {2024, 2025}) {
            var inputs = org.emisworkbench.service.validation.ValidationInputs.load(workbench.workspace(), year);
            int seen = 0;
            for (String district : inputs.parts(null)) {
                var view = inputs.view(district, null);
                seen += view.schools().size();
                // The identical-returns rule groups schools by digest: it must be the digest of the figure set.
                var topics = java.util.EnumSet.of(Topic.ENROLMENT, Topic.TEACHERS);
                for (var s : view.schools()) {
                    var src = view.school(s.code());
                    assertEquals(org.emisworkbench.rules.expr.FigureDigest.of(src.figures(topics)), src.digest(topics),
                            s.code());
                }
            }
            assertTrue(seen > 0, "schools of " + year);
            assertEquals(inputs.schoolCount(), seen, "every school in one district's view");
        }
    }
}
