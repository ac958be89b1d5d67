package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Schools list's filters, search and sort, worked out by the view-model without JavaFX. */
class SchoolsViewModelTest {
    @TempDir
    Path tmp;
    Notifier.Recording notes = new Notifier.Recording();
    Session session;
    SchoolsViewModel vm;

    @BeforeEach
    void open() {
        session = TestSessions.direct(tmp, notes);
        vm = new SchoolsViewModel(session);
        session.setWorkbench(Workbench.open(tmp.resolve("ws")));
        ImportViewModel imports = new ImportViewModel(session, new ServiceImporter());
        imports.importNow(List.of(TestSessions.samples().resolve("2024/wide/D01-2024.xlsx"),
                TestSessions.samples().resolve("2024/wide/D02-2024.xlsx")));
        vm.refresh();
    }

    @AfterEach
    void close() {
        session.closeWorkspace();
    }

    @Test
    void filtersByDistrictAndSaysHowManyOfAll() {
        int all = vm.totalProperty().get();
        assertTrue(all > 100, "schools: " + all);
        var districts = vm.choicesProperty().get().get(SchoolColumn.DISTRICT);
        assertEquals(2, districts.size(), districts.toString());
        String second = new ArrayList<>(districts.keySet()).get(1);
        vm.filter(SchoolColumn.DISTRICT, Set.of(second));
        assertEquals((int) districts.get(second), vm.schools().size());
        assertTrue(vm.schools().size() < all);
        assertFalse(vm.schools().isEmpty(), "schools of " + second);
        assertTrue(vm.schools().stream().allMatch(s -> s.district().equals(second)));
        assertEquals(all, vm.totalProperty().get());
        vm.filter(SchoolColumn.DISTRICT, null);
        assertEquals(all, vm.schools().size());
    }

    @Test
    void sortsByNameBothWaysAndFindsByCodeOrName() {
        vm.sort(SchoolColumn.NAME, false);
        List<String> names = vm.schools().stream().map(SchoolListing::name).toList();
        List<String> expected = new ArrayList<>(names);
        java.text.Collator c = java.text.Collator.getInstance(Locale.ENGLISH);
        c.setStrength(java.text.Collator.SECONDARY);
        expected.sort(Comparator.comparing((String n) -> n, c).reversed());
        assertEquals(expected, names);

        SchoolListing one = vm.schools().get(3);
        vm.search(one.code().toLowerCase(Locale.ROOT));
        assertTrue(vm.schools().contains(one));
        assertTrue(vm.schools().stream().allMatch(s -> s.code().contains(one.code())));
        vm.clearFilters();
        assertEquals(vm.totalProperty().get(), vm.schools().size());
        assertEquals(SchoolColumn.NAME, vm.queryProperty().get().sortBy(), "clearing filters keeps the sort");
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aFilterSurvivesAReload() {
        String first = vm.schools().get(0).district();
        vm.filter(SchoolColumn.DISTRICT, Set.of(first));
        int kept = vm.schools().size();
        assertTrue(kept > 0, "schools of " + first);
        vm.refresh();
        assertEquals(kept, vm.schools().size());
        assertTrue(vm.schools().stream().allMatch(s -> s.district().equals(first)));
    }
}
