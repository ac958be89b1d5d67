package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SchoolsPer;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many schools a form workbook holds, on the mapping screen's view-model (jobs on the test thread): preset from
 * the draft, changed, and with one school per sheet the officer's changes on any sheet saved for every sheet.
 */
class SchoolsPerViewModelTest {
    private static final int SCHOOLS = 4;
    @TempDir
    Path tmp;
    Notifier.Recording notes = new Notifier.Recording();
    Session session;
    MappingViewModel vm;
    final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));
    final List<String> imported = new ArrayList<>();

    @BeforeEach
    void open() {
        session = TestSessions.direct(tmp, notes);
        session.setWorkbench(Workbench.open(tmp.resolve("office").resolve("census.mv.db")));
        vm = new MappingViewModel(session, workshop, (file, id) -> imported.add(file.getFileName() + " " + id));
    }

    @AfterEach
    void close() {
        session.closeWorkspace();
    }

    private int label(String text) {
        for (int i = 0; i < vm.form().labels().size(); i++) {
            if (vm.form().labels().get(i).label().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in " + vm.form().labels());
    }

    private String summary() {
        return vm.preview().summary().get();
    }

    @Test
    void changesOnAnySheetAreSavedForEverySchoolsSheet() throws Exception {
        SchoolSheets figures = SchoolSheets.draw(31, SCHOOLS);
        Path file = figures.write(tmp.resolve("mecufi-2024.xlsx"));
        vm.open(file);
        assertEquals(Layout.GRID, vm.layoutProperty().get());
        assertEquals(SchoolsPer.SHEET, vm.schools().schools().get(), "the same code label on every school's sheet");
        int tableValues = SchoolSheets.AGES.length * SchoolSheets.CLASSES.length * 2;
        assertTrue(summary().contains(SCHOOLS + " school(s) and " + SCHOOLS * tableValues + " value(s)"), summary());

        // One school for the workbook: the schools' tables give one figure twice, on two sheets: the import would
        // refuse the file (decision 0090), and the preview says so, naming both sheets. Then the teachers are mapped
        // on the third school's sheet.
        vm.schools().schools().set(SchoolsPer.WORKBOOK);
        assertTrue(summary().contains("would refuse the file") && summary().contains(SchoolSheets.sheet(0))
                && summary().contains(SchoolSheets.sheet(1)), summary());
        vm.sheetProperty().set(SchoolSheets.sheet(2));
        assertFalse(vm.form().labels().get(label("Educadoras")).reads(), "no word of it is known");
        vm.setLabel(label("Educadoras"), "teachers.total", "F");
        vm.setLabel(label("Educadores"), "teachers.total", "M");
        vm.sheetProperty().set(SchoolSheets.sheet(0));
        assertFalse(vm.form().labels().get(label("Educadoras")).reads(), "one school per workbook: sheets apart");

        // One school per sheet: the change made on the third sheet is every sheet's, shown and read.
        vm.schools().schools().set(SchoolsPer.SHEET);
        LabelMapping women = vm.form().labels().get(label("Educadoras"));
        assertEquals("teachers.total", women.field());
        assertEquals("F", women.sex());
        assertTrue(summary().contains(SCHOOLS + " school(s) and " + SCHOOLS * (tableValues + 2) + " value(s)"),
                summary());
        // Undone on the first sheet, undone on every sheet.
        vm.setLabel(label("Educadores"), MappingViewModel.IGNORE, null);
        vm.sheetProperty().set(SchoolSheets.sheet(3));
        assertFalse(vm.form().labels().get(label("Educadores")).reads());
        assertTrue(summary().contains(SCHOOLS * (tableValues + 1) + " value(s)"), summary());
        vm.setLabel(label("Educadores"), "teachers.total", "M");
        // Constants set on one sheet hold for every school.
        assertTrue(vm.extras().apply("school.level = primary", ""));

        vm.templateIdProperty().set("mecufi");
        vm.save();
        assertEquals(List.of("mecufi-2024.xlsx mecufi"), imported);
        Path saved = tmp.resolve("office").resolve("templates").resolve("mecufi.json");
        String json = Files.readString(saved);
        assertTrue(json.contains("\"schools\" : \"sheet\"") && json.contains("Educadoras")
                && json.contains("Educadores") && json.contains("primary"), json);
        Template t = TemplateLoader.load(saved);
        TemplateWorkshop.CheckReport check = workshop.check(file, t, 2024, Cancellation.none());
        assertNull(check.refused());
        assertEquals(SCHOOLS, check.schools(), check.problems().toString());
        assertEquals((long) SCHOOLS * (tableValues + 2), check.values(), "each school's table and both teacher counts");
        assertEquals(List.of("Capa!A1"), check.problems().stream().map(p -> p.sheetCell()).toList(),
                "only the cover, which holds no school");
    }

    @Test
    void oneSchoolPerBlockIsWrittenWhenChosen() throws Exception {
        SchoolSheets figures = SchoolSheets.draw(32, 2);
        Path file = figures.write(tmp.resolve("blocos-2024.xlsx"));
        vm.open(file);
        vm.schools().schools().set(SchoolsPer.BLOCK);
        assertTrue(summary().contains("2 school(s)"), summary());
        vm.templateIdProperty().set("blocos");
        vm.save();
        String json = Files.readString(tmp.resolve("office").resolve("templates").resolve("blocos.json"));
        assertTrue(json.contains("\"schools\" : \"block\""), json);
    }
}
