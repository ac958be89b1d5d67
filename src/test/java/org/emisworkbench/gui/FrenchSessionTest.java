package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.FileResult;
import org.emisworkbench.service.IndicatorService;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the window in French, what the core says reaches the officer in French too. */
class FrenchSessionTest {
    @TempDir
    Path tmp;
    Notifier.Recording notes = new Notifier.Recording();
    Session session;
    ImportViewModel imports;

    @BeforeEach
    void open() {
        session = TestSessions.direct(tmp, notes);
        session.setLanguage("fr");
        session.setWorkbench(Workbench.open(tmp.resolve("ws")));
        imports = new ImportViewModel(session, new ServiceImporter());
    }

    @AfterEach
    void close() {
        session.closeWorkspace();
    }

    @Test
    void importResultsRefusalsSkippedRowsAndProblemsReadInFrench() throws Exception {
        Path bad = Files.writeString(tmp.resolve("notes.xlsx"), "pas un classeur");
        imports.importNow(List.of(TestSessions.samples().resolve("2024/wide/D01-2024.xlsx"), bad));
        FileResult wide = imports.results().get(0);
        assertEquals(FileOutcome.IMPORTED, wide.outcome());
        String detail = imports.detail(wide);
        assertTrue(detail.contains("meilleure correspondance"), detail);
        assertTrue(detail.contains("ligne vide"), detail);
        // D01-2024 has a row without its school code (A88), planted by the sample country.
        assertTrue(detail.contains("ligne sans code d’école"), detail);
        assertFalse(detail.contains("blank row") || detail.contains("best fit"), detail);

        FileResult refused = imports.results().get(1);
        String why = imports.detail(refused);
        assertTrue(why.contains("notes.xlsx n’est pas un classeur Excel : on dirait un fichier texte"), why);
        assertTrue(refused.message().contains("is not an Excel workbook"), "the English stays for the command line");
        assertTrue(imports.fitText(imports.files().get(0)).contains("n’est pas un classeur Excel"),
                "the refused file, left in the list, says why in French");
    }

    @Test
    void ruleFindingsAndServiceErrorsReadInFrench() {
        imports.importNow(List.of(TestSessions.samples().resolve("2024/wide/D01-2024.xlsx")));
        ValidationViewModel vm = new ValidationViewModel(session);
        vm.loadYears();
        vm.run();
        StoredFinding f = vm.shownFindings().stream().filter(x -> x.finding().message().in("fr") != null
                && !x.finding().message().in("fr").equals(x.finding().message().english())).findFirst().orElseThrow();
        String detail = vm.detail(f);
        assertTrue(detail.contains(f.finding().message().in("fr")), detail);
        assertFalse(detail.contains(f.finding().message().english()), detail);
        // Rule titles from the default pack's French titles, not the English stored with the findings.
        var group = vm.groups().stream().filter(g -> g.ruleId().equals(f.finding().ruleId())).findFirst().orElseThrow();
        assertFalse(group.title().equals(f.finding().ruleTitle()), group.title());
        assertTrue(vm.groups().stream().anyMatch(g -> g.title().equals("Texte dans une cellule numérique")
                || g.title().equals("Chaque école attendue a répondu") || g.title().startsWith("Effectifs")
                || g.title().startsWith("Élèves") || g.title().startsWith("Part ")), vm.groups().toString());

        vm.yearProperty().set(1999);
        vm.run();
        assertTrue(notes.errors.stream().anyMatch(e -> e.endsWith("Aucun questionnaire pour 1999 dans cet espace de"
                + " travail.")), notes.errors.toString());
    }

    @Test
    void indicatorReasonsAndCoverageReadInFrench() {
        imports.importNow(List.of(TestSessions.samples().resolve("2024/wide/D01-2024.xlsx")));
        List<IndicatorService.Row> rows = session.workbench().indicators().rows(2024, null, null,
                session.messages().locale());
        IndicatorService.Row ger = rows.stream().filter(r -> r.id().equals("ger")).findFirst().orElseThrow();
        assertFalse(ger.available());
        assertEquals("aucun chiffre de population pour 2024", ger.reason());
        IndicatorService.Row enrolment = rows.stream().filter(r -> r.id().equals("enrolment_total")).findFirst()
                .orElseThrow();
        assertTrue(enrolment.coverage().matches("\\d+ écoles sur \\d+ ayant envoyé un questionnaire"),
                enrolment.coverage());
    }
}
