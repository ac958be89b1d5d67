package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.SchoolDetails;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation and Schools view-models over two imported districts, without JavaFX. */
class ValidationViewModelTest {
    @TempDir
    static Path tmp;
    static Notifier.Recording notes = new Notifier.Recording();
    static Session session;
    static ValidationViewModel vm;
    static SchoolsViewModel schools;

    @BeforeAll
    static void importAndValidate() {
        session = TestSessions.direct(tmp, notes);
        session.setWorkbench(Workbench.open(tmp.resolve("ws")));
        Path s = TestSessions.samples();
        new ImportViewModel(session, new ServiceImporter()).importNow(List.of(s.resolve("master-list.xlsx"),
                s.resolve("population.xlsx"), s.resolve("2024/wide"), s.resolve("2024/forms/D03")));
        vm = new ValidationViewModel(session);
        schools = new SchoolsViewModel(session);
        vm.loadYears();
        assertEquals(2024, vm.yearProperty().get());
        vm.run();
    }

    @AfterAll
    static void close() {
        session.closeWorkspace();
    }

    @Test
    void findingsAppearGroupedByRuleWithCounts() {
        assertFalse(vm.groups().isEmpty(), notes.errors.toString());
        assertTrue(vm.groups().stream().allMatch(g -> g.count() == g.findings().size()));
        assertTrue(vm.summaryProperty().get().contains("finding(s) in " + vm.groups().size() + " rule(s)"));
        assertTrue(notes.infos.stream().anyMatch(i -> i.startsWith("Checks done")), notes.infos.toString());
    }

    @Test
    void confirmingNeedsACommentAndThenSticks() {
        StoredFinding f = vm.shownFindings().get(0);
        vm.mark(f, FindingStatus.CONFIRMED, " ");
        assertEquals(session.t("validation.needComment"), vm.commentProblemProperty().get());
        assertFalse(notes.infos.contains(session.t("validation.needComment")), "said beside the box, not in a notice");
        vm.mark(f, FindingStatus.CONFIRMED, "Checked with the head teacher by phone");
        assertEquals("", vm.commentProblemProperty().get());
        StoredFinding after = vm.shownFindings().stream().filter(x -> x.id() == f.id()).findFirst().orElseThrow();
        assertEquals(FindingStatus.CONFIRMED, after.status());
        assertTrue(vm.detail(after).contains("Checked with the head teacher"), vm.detail(after));
        vm.statusProperty().set(FindingStatus.CONFIRMED);
        assertEquals(1, vm.shownFindings().size());
        vm.statusProperty().set(null);
    }

    @Test
    void filtersNarrowTheFindings() {
        int all = vm.shownFindings().size();
        vm.severityProperty().set(Severity.ERROR);
        assertFalse(vm.shownFindings().isEmpty(), "error findings");
        assertTrue(vm.shownFindings().size() < all, "the sample country has warnings too");
        assertTrue(vm.shownFindings().stream().allMatch(f -> f.finding().severity() == Severity.ERROR));
        vm.severityProperty().set(null);
        String school = vm.shownFindings().stream().map(f -> f.finding().schoolCode()).filter(c -> c != null)
                .findFirst().orElseThrow();
        vm.schoolProperty().set(school);
        vm.refresh();
        assertTrue(vm.shownFindings().size() < all);
        assertFalse(vm.shownFindings().isEmpty(), "findings of " + school);
        assertTrue(vm.shownFindings().stream().allMatch(f -> school.equals(f.finding().schoolCode())));
        vm.schoolProperty().set("");
        vm.districtProperty().set("D03");
        vm.refresh();
        assertFalse(vm.shownFindings().isEmpty(), "findings of D03");
        assertTrue(vm.shownFindings().size() < all, "findings of other districts");
        assertTrue(vm.shownFindings().stream().allMatch(f -> "D03".equals(f.finding().district())));
        vm.districtProperty().set("");
        vm.refresh();
        assertEquals(all, vm.shownFindings().size());
    }

    @Test
    void aFindingSaysItsMessageValuesAndCell() {
        StoredFinding f = vm.shownFindings().stream().filter(x -> x.finding().source() != null).findFirst()
                .orElseThrow();
        String d = vm.detail(f);
        assertTrue(d.contains(f.finding().ruleId()));
        assertTrue(d.contains("sheet " + f.finding().source().sheet()), d);
        assertTrue(d.contains("cell " + f.finding().source().cell()), d);
    }

    @Test
    void schoolsListFiguresFindingsAndSources() {
        schools.refresh();
        assertTrue(schools.schools().size() > 200, "schools: " + schools.schools().size());
        assertEquals(List.of(2024), schools.years());
        SchoolListing s = schools.schools().stream().filter(x -> "D03".equals(x.district())).findFirst()
                .orElseThrow();
        schools.selectedProperty().set(s);
        assertFalse(schools.figures().isEmpty());
        SchoolDetails.FigureRow g1 = schools.figures().stream().filter(r -> r.label().equals("G1")).findFirst()
                .orElseThrow();
        assertNotNull(g1.total());
        schools.showSource(g1, org.emisworkbench.model.Sex.F);
        String src = schools.sourceProperty().get();
        assertTrue(src.contains(s.code() + ".xlsx") && src.contains("sheet Form"), src);
    }

    @Test
    void aFindingMarkedOnValidationShowsItsNewStatusOnSchoolsAtOnce() {
        schools.refresh();
        StoredFinding f = vm.shownFindings().stream().filter(x -> x.finding().schoolCode() != null
                && x.status() == FindingStatus.OPEN).findFirst().orElseThrow();
        SchoolListing s = schools.schools().stream().filter(x -> x.code().equals(f.finding().schoolCode()))
                .findFirst().orElseThrow();
        schools.selectedProperty().set(s);
        assertEquals(FindingStatus.OPEN, schools.findings().stream().filter(x -> x.id() == f.id()).findFirst()
                .orElseThrow().status());
        List<SchoolListing> listed = List.copyOf(schools.schools());
        vm.mark(f, FindingStatus.QUERIED, "Asked the school by email");
        // No refresh asked for: the Schools screen follows the workspace.
        assertEquals(FindingStatus.QUERIED, schools.findings().stream().filter(x -> x.id() == f.id()).findFirst()
                .orElseThrow().status());
        assertEquals(s, schools.selectedProperty().get(), "the chosen school stays chosen");
        assertEquals(listed, schools.schools());
        vm.mark(f, FindingStatus.OPEN, "");
        assertEquals(FindingStatus.OPEN, schools.findings().stream().filter(x -> x.id() == f.id()).findFirst()
                .orElseThrow().status());
    }
}
