package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.service.ReportFixture;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Validation screen says which thresholds of the pack its findings were raised with, when the workspace changed
 * them; Rule thresholds… changes them in the window, through the same service and check as {@code emis rules --set}.
 */
class ValidationThresholdsViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void theSummaryNamesTheThresholdsChangedInTheWorkspace() throws Exception {
        Notifier.Recording notes = new Notifier.Recording();
        Session session = TestSessions.direct(tmp, notes);
        session.setWorkbench(Workbench.open(ReportFixture.create(tmp)));
        try {
            ValidationViewModel vm = new ValidationViewModel(session);
            vm.loadYears();
            vm.yearProperty().set(2024);
            vm.run();
            assertFalse(vm.summaryProperty().get().contains("thresholds"), vm.summaryProperty().get());

            session.workbench().validation().setParameters(null, Map.of("pupils_per_teacher_usual_max", "30"),
                    Set.of());
            vm.run();
            assertTrue(vm.summaryProperty().get().endsWith(" — thresholds changed in this workspace: "
                    + "pupils_per_teacher_usual_max = 30 (pack: 70)"), vm.summaryProperty().get());
            assertTrue(notes.errors.isEmpty(), notes.errors.toString());
        } finally {
            session.closeWorkspace();
        }
    }

    /** The parameters the default pack's JSON declares, counted from the file as shipped. */
    private static int defaultPackParameters() throws java.io.IOException {
        try (var in = ValidationThresholdsViewModelTest.class.getResourceAsStream("/rules/default-census.json")) {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("parameters").size();
        }
    }

    private static ThresholdsViewModel.Row row(ThresholdsViewModel vm, String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void valuesTypedInTheWindowAreKeptForTheNextValidationAndADecimalCommaIsRead() throws Exception {
        Notifier.Recording notes = new Notifier.Recording();
        Session session = TestSessions.direct(tmp, notes);
        session.setWorkbench(Workbench.open(ReportFixture.create(tmp)));
        try {
            ThresholdsViewModel t = new ValidationViewModel(session).thresholds();
            t.load();
            assertEquals(defaultPackParameters(), t.rows().size(), "every parameter of the default pack: " + t.rows());
            assertTrue(t.rows().size() >= 28, "the default pack's thresholds: " + t.rows());
            assertEquals("Rule pack: the default census pack (version 1.0.0)", t.packProperty().get());
            ThresholdsViewModel.Row ptr = row(t, "pupils_per_teacher_usual_max");
            assertEquals("70", ptr.typed().get());
            assertEquals("70", ptr.packValue());
            assertEquals("1 to 1000", ptr.range());
            assertTrue(ptr.description().contains("PTR-02"), ptr.description());
            assertFalse(t.edited());

            ptr.typed().set("30");
            row(t, "district_ger_min").typed().set("0,4");
            assertTrue(t.edited());
            t.save();
            assertEquals("", t.problemProperty().get());
            assertEquals(Map.of("pupils_per_teacher_usual_max", "30", "district_ger_min", "0.4"),
                    session.workbench().validation().parametersSet(org.emisworkbench.service.ValidationService.DEFAULT_PACK_ID));
            assertFalse(t.edited(), "saved values are the values in force");
            assertEquals("30", row(t, "pupils_per_teacher_usual_max").typed().get());
            assertTrue(notes.infos.stream().anyMatch(i -> i.contains("Thresholds kept") && i.contains(": 2)")),
                    notes.infos.toString());

            ValidationViewModel vm = new ValidationViewModel(session);
            vm.loadYears();
            vm.yearProperty().set(2024);
            vm.run();
            assertTrue(vm.summaryProperty().get().contains("pupils_per_teacher_usual_max = 30 (pack: 70)")
                    && vm.summaryProperty().get().contains("district_ger_min = 0.4 (pack: 0.5)"),
                    vm.summaryProperty().get());
            assertTrue(notes.errors.isEmpty(), notes.errors.toString());
        } finally {
            session.closeWorkspace();
        }
    }

    @Test
    void aValueOutOfRangeIsRefusedWithThePacksWordsAndNothingTypedIsKept() throws Exception {
        Notifier.Recording notes = new Notifier.Recording();
        Session session = TestSessions.direct(tmp, notes);
        session.setWorkbench(Workbench.open(ReportFixture.create(tmp)));
        try {
            ThresholdsViewModel t = new ValidationViewModel(session).thresholds();
            t.load();
            row(t, "pupils_per_teacher_usual_max").typed().set("45");
            row(t, "outlier_min_peers").typed().set("2");
            t.save();
            assertTrue(t.problemProperty().get().contains("outlier_min_peers")
                    && t.problemProperty().get().contains("outside the allowed range 3 to 1000"),
                    t.problemProperty().get());
            assertEquals(Map.of(), session.workbench().validation().parametersSet(org.emisworkbench.service.ValidationService.DEFAULT_PACK_ID),
                    "a refusal keeps nothing, not even the good value typed beside it");
            assertEquals("2", row(t, "outlier_min_peers").typed().get(), "what was typed stays to be corrected");
            assertTrue(t.edited());

            row(t, "outlier_min_peers").typed().set("abc");
            t.save();
            assertFalse(t.problemProperty().get().isBlank(), "text is refused too");
            assertEquals(Map.of(), session.workbench().validation().parametersSet(org.emisworkbench.service.ValidationService.DEFAULT_PACK_ID));

            row(t, "outlier_min_peers").typed().set("6");
            t.save();
            assertEquals("", t.problemProperty().get());
            assertEquals(Map.of("pupils_per_teacher_usual_max", "45", "outlier_min_peers", "6"),
                    session.workbench().validation().parametersSet(org.emisworkbench.service.ValidationService.DEFAULT_PACK_ID));

            t.typePackValues();
            assertTrue(t.edited());
            t.save();
            assertEquals(Map.of(), session.workbench().validation().parametersSet(org.emisworkbench.service.ValidationService.DEFAULT_PACK_ID),
                    "values typed back to the pack's are no longer kept");
        } finally {
            session.closeWorkspace();
        }
    }
}
