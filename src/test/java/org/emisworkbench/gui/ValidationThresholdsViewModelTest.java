package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.service.ReportFixture;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Validation screen says which thresholds of the pack its findings were raised with, when the workspace changed them. */
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
}
