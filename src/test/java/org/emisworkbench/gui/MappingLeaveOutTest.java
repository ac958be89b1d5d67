package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Leave this column out" on the mapping screen writes the column into the template's {@code ignore}:
 * the preview lists it as left out on purpose, no longer as numbers not read, and the template saved
 * carries it.
 */
class MappingLeaveOutTest {
    @TempDir
    Path tmp;
    Session session;
    MappingViewModel vm;
    final List<String> imported = new ArrayList<>();

    @BeforeEach
    void open() {
        session = TestSessions.direct(tmp, new Notifier.Recording());
        session.setWorkbench(Workbench.open(tmp.resolve("office").resolve("census.mv.db")));
        vm = new MappingViewModel(session, new TemplateWorkshop(TemplateCatalog.load(null)),
                (file, id) -> imported.add(id));
    }

    @AfterEach
    void close() {
        session.closeWorkspace();
    }

    @Test
    void aColumnLeftOutIsWrittenAsIgnoredAndNoLongerWarnedAbout() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Écoles");
        Sheets.row(s, 0, "Code école", "Classe 1 F", "Classe 1 M", "Tables-bancs");
        Sheets.row(s, 1, "E1", 10, 12, 30);
        Sheets.row(s, 2, "E2", 7, 9, 31);
        Path f = tmp.resolve("ecoles-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        vm.open(f);
        assertFalse(vm.columns().get(3).reads());
        assertTrue(vm.preview().summary().get().contains("1 column(s) with numbers not read"), vm.preview().summary().get());
        assertTrue(vm.preview().unread().stream().anyMatch(u -> u.contains("Tables-bancs") && u.contains("numbers below")),
                vm.preview().unread().toString());

        vm.leaveOut(3);
        assertTrue(vm.columns().get(3).leftOut());
        assertEquals("(left out on purpose)", vm.words().describe(vm.columns().get(3)));
        assertTrue(vm.preview().unread().stream().anyMatch(u -> u.contains("Tables-bancs") && u.contains("left out on purpose")),
                vm.preview().unread().toString());
        assertTrue(vm.preview().summary().get().contains("0 column(s) with numbers not read"), vm.preview().summary().get());

        vm.templateIdProperty().set("ecoles");
        vm.save();
        var saved = TemplateLoader.load(tmp.resolve("office").resolve("templates").resolve("ecoles.json"));
        assertEquals(List.of("Tables-bancs"), saved.sheets().get(0).ignore());
        assertEquals(List.of("ecoles"), imported);
    }
}
