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
    void consequencesAreListedUnderTheirCauseAndShownOnDemand() {
        // Off by default: only findings that count are listed, and the counts are theirs.
        assertTrue(vm.shownFindings().stream().noneMatch(StoredFinding::folded));
        StoredFinding cause = first("TCH-01");
        String detail = vm.detail(cause);
        assertTrue(detail.contains("Consequences of this finding, not counted"), detail);
        vm.showConsequencesProperty().set(true);
        try {
            List<StoredFinding> folded = vm.shownFindings().stream().filter(StoredFinding::folded).toList();
            assertFalse(folded.isEmpty());
            assertTrue(folded.stream().allMatch(f -> f.causedBy() != null));
            assertTrue(vm.groups().stream().allMatch(g -> g.count() == g.findings().size() - g.folded()));
            assertTrue(vm.detail(folded.get(0)).contains("Follows from"), vm.detail(folded.get(0)));
        } finally {
            vm.showConsequencesProperty().set(false);
        }
    }

    private static StoredFinding first(String rule) {
        return vm.groups().stream().filter(g -> g.ruleId().equals(rule)).findFirst().orElseThrow(
                () -> new AssertionError(rule + " not among " + vm.groups())).findings().get(0);
    }

    @Test
    void theDetailNamesEveryCellBehindAFindingAndTheFiguresLeftOut() {
        // New entrants more than enrolment: the two figures compared, each with its own cell.
        StoredFinding grd = first("GRD-03");
        vm.selectedProperty().set(grd);
        String detail = vm.detailProperty().get();
        var r = grd.finding();
        assertTrue(detail.contains("Cells behind this finding (2):"), detail);
        assertTrue(detail.contains("new_entrants " + r.grade() + " girls: ") || detail.contains("new_entrants "
                + r.grade() + " boys: "), detail);
        assertTrue(detail.lines().anyMatch(l -> l.startsWith("enrolment " + r.grade() + " ") && l.contains(
                "· sheet Pupils · cells ")), detail);
        assertTrue(detail.contains("cells " + r.source().cell()), "the cell kept with the finding is among them: "
                + detail);

        // A finding about the pupils of one age names that age's cell, not the grade's others.
        StoredFinding age = first("AGE-01");
        vm.selectedProperty().set(age);
        assertTrue(vm.detailProperty().get().contains("Cells behind this finding (1):"), vm.detailProperty().get());

        // A school's girls' share rests on every grade's girls and boys: all of them, rows of cells as ranges.
        StoredFinding girls = first("GIRL-01");
        vm.selectedProperty().set(girls);
        long lines = vm.detailProperty().get().lines().filter(l -> l.startsWith("enrolment G")).count();
        assertTrue(lines >= 12, vm.detailProperty().get());

        // A problem met in one cell at import is that cell: nothing more to list.
        StoredFinding imp = first("IMP-02");
        vm.selectedProperty().set(imp);
        assertFalse(vm.detailProperty().get().contains("Cells behind"), vm.detailProperty().get());

        // A figure the finding names that no cell holds is said to be left out, not silently dropped.
        var withDisabled = new org.emisworkbench.model.Finding(r.key(), r.ruleTitle(), r.severity(),
                r.schoolCode(), r.district(), r.field() + ", disabled", r.left(), r.right(), r.message(), r.source(), null, null, null, null, null);
        StoredFinding copy = new StoredFinding(grd.id(), withDisabled, grd.status(), null, null, null, null,
                grd.packId(), null, null);
        String full = vm.detail(copy, session.workbench().findingCells().of(withDisabled));
        assertTrue(full.contains("disabled " + r.grade() + " " + (r.sex() == null ? "" : r.sex() == org.emisworkbench
                .model.Sex.F ? "girls" : "boys") + ": no cell, left out of the return (or of its template)"), full);
    }

    @Test
    void runsOfCellsDownAColumnReadAsRanges() {
        assertEquals("Q14:Q16, R2, Q18", FindingDetailText.runs(List.of("Q14", "Q15", "Q16", "R2", "Q18")));
        assertEquals("AA39", FindingDetailText.runs(List.of("AA39")));
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
        // Marked again from the finding as the list now shows it (a mark from the list as it was is refused:
        // someone marked it since, MarkedMeanwhileTest).
        StoredFinding now = vm.shownFindings().stream().filter(x -> x.id() == f.id()).findFirst().orElseThrow();
        assertEquals(FindingStatus.QUERIED, now.status());
        vm.mark(now, FindingStatus.OPEN, "");
        assertEquals(FindingStatus.OPEN, schools.findings().stream().filter(x -> x.id() == f.id()).findFirst()
                .orElseThrow().status());
    }
}
