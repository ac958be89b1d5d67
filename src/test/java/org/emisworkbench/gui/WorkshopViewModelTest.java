package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.Progress;
import org.emisworkbench.service.ReportFixture;
import org.emisworkbench.service.SampleService;
import org.emisworkbench.service.ServiceException;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workshop ▸ Reset, without JavaFX: a small generated country stands in for the sample country. */
class WorkshopViewModelTest {
    @TempDir
    Path tmp;
    Notifier.Recording notes = new Notifier.Recording();
    List<Screen> shown = new ArrayList<>();
    Session session;
    Path small;

    @BeforeEach
    void smallCountry() {
        small = tmp.resolve("small");
        SampleService.generate(small, 5, 10, Progress.NONE);
        session = TestSessions.direct(tmp.resolve("home"), notes);
    }

    @AfterEach
    void close() {
        session.closeWorkspace();
    }

    @Test
    void theOpenWorkspaceIsReplacedAndReopened() throws Exception {
        Path db = ReportFixture.create(tmp); // another country's schools S1…S4
        session.setWorkbench(Workbench.open(db));
        WorkshopViewModel vm = new WorkshopViewModel(session, shown::add, (home, p, c) -> small);
        assertEquals(tmp.resolve("census.mv.db"), vm.target());
        assertEquals(tmp.resolve("census.before-reset.mv.db"), vm.setAsideFile());

        vm.reset();

        assertTrue(notes.errors.isEmpty(), notes.errors.toString());
        assertEquals(tmp.resolve("census.mv.db"), session.workbench().databaseFile());
        var schools = session.workbench().schools(2024, null);
        assertFalse(schools.isEmpty());
        assertTrue(schools.stream().allMatch(s -> s.code().startsWith("SCH")), "only the sample country's schools");
        assertTrue(Files.isRegularFile(tmp.resolve("census.before-reset.mv.db")));
        assertEquals(List.of(Screen.SCHOOLS), shown);
        String notice = notes.infos.get(notes.infos.size() - 1);
        assertTrue(notice.contains("census.before-reset.mv.db") && notice.contains("2024: " + schools.size()), notice);
    }

    @Test
    void withNoWorkspaceOpenTheSampleWorkspaceIsMade() {
        WorkshopViewModel vm = new WorkshopViewModel(session, shown::add, (home, p, c) -> small);
        Path expected = tmp.resolve("home/sample-country.mv.db");
        assertEquals(expected, vm.target());
        vm.reset();
        assertEquals(expected, session.workbench().databaseFile());
        assertTrue(notes.infos.get(notes.infos.size() - 1).contains("no workspace there before"), notes.infos.toString());
    }

    @Test
    void aFailedResetSaysSoAndReopensTheWorkspace() throws Exception {
        Path db = ReportFixture.create(tmp);
        session.setWorkbench(Workbench.open(db));
        WorkshopViewModel vm = new WorkshopViewModel(session, shown::add, (home, p, c) -> {
            throw new ServiceException(org.emisworkbench.model.Message.verbatim(
                    "The sample workbooks cannot be written: the disk is full."));
        });
        vm.reset();
        assertEquals(1, notes.errors.size());
        assertTrue(notes.errors.get(0).contains("disk is full"), notes.errors.toString());
        assertEquals(tmp.resolve("census.mv.db"), session.workbench().databaseFile());
        assertTrue(session.workbench().schools(2024, null).stream().anyMatch(s -> s.code().equals("S1")),
                "the workspace is untouched");
        assertFalse(Files.exists(tmp.resolve("census.before-reset.mv.db")));
    }
}
