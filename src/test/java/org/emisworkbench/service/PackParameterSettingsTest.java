package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ParameterChange;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.Topic;
import org.emisworkbench.store.BatchHeader;
import org.emisworkbench.store.BatchWriter;
import org.emisworkbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace sets a parameter of the pack (a threshold) without editing its JSON: the value is checked against
 * the pack, the next validation uses it, and the findings, the run's result and the district summary say so.
 */
class PackParameterSettingsTest {
    private static final int M = FactRecord.MISSING;

    @TempDir
    Path dir;

    private static int[] slots(int... values) {
        int[] v = new int[13];
        Arrays.fill(v, M);
        System.arraycopy(values, 0, v, 0, values.length);
        return v;
    }

    private static FactRecord fact(String school, Topic topic, Sex sex, int[] values) {
        return new FactRecord(school, topic, sex, AgeGroup.ALL, values, new String[values.length], "Pupils", 5);
    }

    /** Twelve primary schools of D05, G1 to G6 of n girls and n boys each (n = 7 to 18), four teachers. */
    private Path workspace() throws Exception {
        Path db = dir.resolve("census");
        try (Workspace ws = Workspace.open(db); Connection c = ws.connect()) {
            c.setAutoCommit(false);
            try (BatchWriter w = BatchWriter.start(c, new BatchHeader("census2024.xlsx", null, "f".repeat(64), 1, "test",
                    1, "WIDE", "CENSUS", 2024))) {
                for (int i = 1; i <= 12; i++) {
                    String code = "P%02d".formatted(i);
                    int n = 6 + i;
                    w.school(new SchoolRecord(code, Map.of(SchoolAttribute.NAME, "School " + code,
                            SchoolAttribute.DISTRICT, "D05", SchoolAttribute.OWNERSHIP, "public",
                            SchoolAttribute.LOCALITY, "urban", SchoolAttribute.LEVEL, "primary"), "Schools", 1 + i, "A" + (1 + i)));
                    w.facts(fact(code, Topic.ENROLMENT, Sex.F, slots(M, n, n, n, n, n, n)));
                    w.facts(fact(code, Topic.ENROLMENT, Sex.M, slots(M, n, n, n, n, n, n)));
                    w.facts(fact(code, Topic.TEACHERS, Sex.F, new int[] {3}));
                    w.facts(fact(code, Topic.TEACHERS, Sex.M, new int[] {1}));
                    w.facts(fact(code, Topic.CLASSROOMS, null, new int[] {4, 2, 0}));
                }
                w.finish(0);
                c.commit();
            }
        }
        return db;
    }

    private static List<String> schools(List<StoredFinding> found, String rule) {
        return found.stream().filter(f -> f.finding().ruleId().equals(rule) && f.status() != org.emisworkbench.model.FindingStatus.RESOLVED)
                .map(f -> f.finding().schoolCode()).sorted().toList();
    }

    @Test
    void aThresholdSetInTheWorkspaceIsCheckedUsedAndSaid() throws Exception {
        // Expected from the data: 12 n pupils for 4 teachers, so the ratio is 3 n; above 30 when n > 10.
        List<String> above30 = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            if (3.0 * (6 + i) > 30) {
                above30.add("P%02d".formatted(i));
            }
        }
        try (Workbench wb = Workbench.open(workspace())) {
            ValidationService v = wb.validation();
            var byDefault = v.validate(null, 2024, null, Progress.NONE, Cancellation.none());
            assertEquals(List.of(), schools(byDefault.findings(), "PTR-02"), "3 n is at most 54, within 10 to 70");
            assertTrue(byDefault.parametersChanged().isEmpty());

            var listing = v.setParameters(null, Map.of("pupils_per_teacher_usual_max", "30"), Set.of());
            assertEquals(List.of("pupils_per_teacher_usual_max"),
                    listing.changed().stream().map(ValidationService.ParameterLine::name).toList());
            assertEquals(Map.of("pupils_per_teacher_usual_max", "30"), v.parametersSet("default-census"));
            assertEquals("Pupils per teacher 10 to 30", v.describe(null).rules().stream()
                    .filter(r -> r.id().equals("PTR-02")).findFirst().orElseThrow().title());

            var changed = v.validate(null, 2024, null, Progress.NONE, Cancellation.none());
            assertEquals(above30, schools(changed.findings(), "PTR-02"));
            assertEquals("pupils_per_teacher_usual_max = 30 (70)",
                    ValidationService.ParameterLine.describe(changed.parametersChanged()));
            assertEquals(List.of(new ParameterChange("pupils_per_teacher_usual_max", 30, 70)), v.parametersUsed(2024));

            // The district summary says which thresholds its findings were raised with.
            Path pdf = wb.reports().district(2024, "D05", null, ReportOptions.defaults(), dir.resolve("d05.pdf"));
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains("thresholds of the rule pack changed in this workspace: "
                        + "pupils_per_teacher_usual_max = 30 (pack: 70)"), text);
            }

            // A value out of range, or for a parameter the pack does not have, is refused and nothing is kept.
            ServiceException out = assertThrows(ServiceException.class, () -> v.setParameters(null,
                    Map.of("pupils_per_teacher_usual_max", "5000"), Set.of()));
            assertTrue(out.getMessage().contains("parameters.pupils_per_teacher_usual_max: the value set, 5000, is "
                    + "outside the allowed range 1 to 1000"), out.getMessage());
            ServiceException unknown = assertThrows(ServiceException.class, () -> v.setParameters(null,
                    Map.of("ptr_max", "50"), Set.of()));
            assertTrue(unknown.getMessage().contains("parameters.ptr_max: a value is set for it (50), but it is not a "
                    + "parameter of the pack"), unknown.getMessage());
            assertEquals(Map.of("pupils_per_teacher_usual_max", "30"), v.parametersSet("default-census"));

            // Back to the pack's value: nothing set, the pack's findings, nothing to say.
            v.setParameters(null, Map.of(), Set.of("pupils_per_teacher_usual_max"));
            assertEquals(Map.of(), v.parametersSet("default-census"));
            var again = v.validate(null, 2024, null, Progress.NONE, Cancellation.none());
            assertEquals(List.of(), schools(again.findings(), "PTR-02"));
            assertEquals(List.of(), v.parametersUsed(2024));
        }
    }
}
