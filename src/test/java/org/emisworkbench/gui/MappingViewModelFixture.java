package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.service.TemplateCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping screen's view-model over a new workspace, jobs run on the test thread: what every view-model test of
 * the mapping screen starts from. {@link #imported} lists each file the screen asked to import and the template id.
 */
abstract class MappingViewModelFixture {
    @TempDir
    Path tmp;
    final Notifier.Recording notes = new Notifier.Recording();
    Session session;
    MappingViewModel vm;
    final List<String> imported = new ArrayList<>();

    @BeforeEach
    void openMappingScreen() {
        session = TestSessions.direct(tmp, notes);
        session.setWorkbench(Workbench.open(tmp.resolve("office").resolve("census.mv.db")));
        vm = new MappingViewModel(session, new TemplateWorkshop(TemplateCatalog.load(null)),
                (file, id) -> imported.add(file.getFileName() + " " + id));
    }

    @AfterEach
    void closeWorkspace() {
        session.closeWorkspace();
    }
}
