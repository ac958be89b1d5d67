package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emisworkbench.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Exercises 1 to 5 of docs/trainer-guide.md done in the window as a participant does them, in English and in
 * French: the sample country opened from Home, the checks run from the Validation screen, filters, rules,
 * findings, a figure traced on Schools. Each answer the guide gives is read off the screen, numbers as the
 * reader of the language writes them (French: 141 164, 92,1 %).
 */
class WorkshopExercisesGuiTest extends WorkshopWalk {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void exercisesOneToFiveInEnglish(FxRobot robot) throws Exception {
        this.robot = robot;
        walk("en");
    }

    @Test
    void exercisesOneToFiveInFrench(FxRobot robot) throws Exception {
        this.robot = robot;
        walk("fr");
    }

    private void walk(String language) throws Exception {
        speak(language);
        exercise1();
        exercise2();
        exercise3();
        exercise4();
        exercise5();
        assertTrue(notes.errors.isEmpty(), notes.errors.toString());
    }

    /** Import the returns: Home ▸ Open the sample country (Ctrl+Shift+S); the Import screen's totals. */
    private void exercise1() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(20, () -> session.runner().status().isRunning());
        waitUntil(240, () -> !session.runner().status().isRunning() && !text("#importTotals").isEmpty());
        idle(60);
        assertEquals(Screen.IMPORT, window.current());
        TableView<?> results = robot.lookup("#importResults").queryTableView();
        List<String> outcomes = column(results, 1);
        assertEquals(508, outcomes.size(), "files listed");
        // Imported, plain or with warnings (the returns with text in a count cell say so, decision 0043).
        long warned = outcomes.stream().filter(o -> o.equals(session.t("outcome.IMPORTED_WITH_WARNINGS"))).count();
        assertEquals(508, outcomes.stream().filter(o -> o.equals(session.t("outcome.IMPORTED"))).count() + warned,
                () -> "files imported: " + new TreeSet<>(outcomes));
        assertTrue(warned > 0 && warned < 10, () -> "the few returns with warnings: " + new TreeSet<>(outcomes));
        String summary = text("#importSummary");
        shows("import summary", summary, say("508 imported", "508 importé(s)"));
        String totals = text("#importTotals");
        shows("import totals", totals, say("Values stored: 141,164", "Valeurs enregistrées : 141 164"),
                say("schools added 837", "écoles ajoutées 837"), say("Rows skipped: 31", "Lignes ignorées : 31"),
                "7 × " + session.t(ProblemKind.FORMULA_ERROR.message()),
                "3 × " + session.t(ProblemKind.TOTAL_MISMATCH.message()));
        // The skipped rows by reason: 26 harmless, 3 without a school code and 2 schools given twice.
        shows("rows skipped", totals, say("18 row(s) skipped: blank row", "18 ligne(s) ignorée(s) : ligne vide"),
                say("4 row(s) skipped: banner row above the header",
                        "4 ligne(s) ignorée(s) : ligne de titre au-dessus de l’en-tête"),
                say("4 row(s) skipped: total row (checked, not stored)",
                        "4 ligne(s) ignorée(s) : ligne de total (vérifiée, non enregistrée)"),
                say("3 row(s) skipped: row without a school code", "3 ligne(s) ignorée(s) : ligne sans code d’école"),
                say("2 row(s) skipped: school already on an earlier row",
                        "2 ligne(s) ignorée(s) : école déjà sur une ligne précédente"));
        System.out.println("[exercise 1, " + lang + "]\n" + summary + "\n" + totals);

        // How many schools sent a return each year: Schools (Ctrl+3), the year box, the count beside it.
        shortcut(KeyCode.DIGIT3);
        choose("#schoolYear", 2024);
        waitUntil(30, () -> text("#schoolCount").startsWith("418"));
        shows("schools of 2024", text("#schoolCount"), say("418 of 418 schools", "418 écoles sur 418"));
        choose("#schoolYear", 2025);
        waitUntil(30, () -> text("#schoolCount").startsWith("419"));
        shows("schools of 2025", text("#schoolCount"), say("419 of 419 schools", "419 écoles sur 419"));
    }

    /** Run the checks for 2024 and 2025 on Validation (Ctrl+4, F5); missing returns under RET-03. */
    private void exercise2() throws Exception {
        shortcut(KeyCode.DIGIT4);
        assertEquals(Screen.VALIDATION, window.current());
        choose("#validationYear", 2024);
        robot.clickOn("#runValidation");
        idle(120);
        shows("2024 checks", text("#validationSummary"), say("48 finding(s)", "48 constat(s)"));
        select("#groupTable", 1, "RET-03");
        assertEquals(List.of("SCH02042 Schools!A127", "SCH05004 Schools!A341"), findings());
        // 12 findings more, listed under the finding they follow from, not counted.
        shows("2024 checks", text("#validationSummary"), say("12 more follow from", "12 autre(s) découle(nt)"));

        choose("#validationYear", 2025);
        robot.type(KeyCode.F5);
        idle(120);
        shows("2025 checks", text("#validationSummary"), say("158 finding(s)", "158 constat(s)"));
        select("#groupTable", 1, "RET-03");
        assertEquals(List.of("SCH04016 Schools!A269"), findings());
        shows("2025 checks", text("#validationSummary"), say("8 more follow from", "8 autre(s) découle(nt)"));
        select("#groupTable", 1, "LOC-01");
        assertEquals(3, findings().size(), "LOC-01 of 2025: " + findings());
    }

    /** The findings table of the chosen rule: school and cell, in the order shown, the file left out. */
    private List<String> findings() throws Exception {
        TableView<?> t = robot.lookup("#findingTable").queryTableView();
        List<String> schools = column(t, 0);
        List<String> cells = column(t, 4);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            String c = cells.get(i);
            out.add(schools.get(i) + " " + c.substring(c.lastIndexOf(' ') + 1));
        }
        return out;
    }

    /** The errors of Coral Bay in 2024: district D03, severity error, Apply filters; then warnings. */
    private void exercise3() throws Exception {
        choose("#validationYear", 2024);
        typeInto("#districtFilter", "D03");
        choose("#severityFilter", org.emisworkbench.model.Severity.ERROR);
        press("validation.apply");
        shows("D03 errors", text("#validationSummary"), say("9 finding(s)", "9 constat(s)"));
        TableView<?> groups = robot.lookup("#groupTable").queryTableView();
        Set<String> rules = new TreeSet<>(column(groups, 1));
        assertEquals(Set.of("IMP-02", "IMP-04", "IMP-08", "GRD-01", "GRD-03"), rules);
        Set<String> all = new TreeSet<>();
        for (String rule : rules) {
            select("#groupTable", 1, rule);
            findings().forEach(f -> all.add(rule + " " + f));
        }
        assertEquals(new TreeSet<>(List.of("IMP-02 SCH03054 Form!U24", "IMP-04 SCH03038 Form!G17",
                "IMP-04 SCH03038 Form!AC17", "IMP-04 SCH03038 Form!G28", "IMP-04 SCH03038 Form!AC28",
                "IMP-08 SCH03007 Form!U28", "IMP-08 SCH03073 Form!G28", "GRD-01 SCH03075 Form!F33",
                "GRD-03 SCH03016 Form!C37")), all);
        // The negative count's detail says what the cell holds: −2.
        select("#groupTable", 1, "IMP-02");
        select("#findingTable", 0, "SCH03054");
        waitUntil(20, () -> text("#findingDetail").contains("U24"));
        shows("IMP-02 detail", text("#findingDetail"), "-2");

        choose("#severityFilter", org.emisworkbench.model.Severity.WARNING);
        press("validation.apply");
        select("#groupTable", 1, "AGE-01");
        assertTrue(findings().contains("SCH03045 Form!T14"), findings().toString());
        select("#groupTable", 1, "TCH-01");
        assertTrue(findings().contains("SCH03002 Form!C44+C45"), findings().toString()); // both teachers cited
        select("#findingTable", 0, "SCH03002");
        // Its OUT-01 and ratios of 0 are listed under it, not counted.
        waitUntil(20, () -> text("#findingDetail").contains("OUT-01"));
    }

    /** Trace a number to its cell: Schools (Ctrl+3), 2024, a school, a figure selected. */
    private void exercise4() throws Exception {
        shortcut(KeyCode.DIGIT3);
        choose("#schoolYear", 2024);
        typeInto("#schoolSearch", "SCH01001");
        waitUntil(30, () -> robot.lookup("#schoolTable").queryTableView().getItems().size() == 1);
        select("#schoolTable", 0, "SCH01001");
        waitUntil(30, () -> !window.schools().figures().isEmpty());
        assertEquals("15", figure("G1", 3));
        waitUntil(20, () -> text("#figureSource").contains("Pupils"));
        String source = text("#figureSource");
        shows("G1 boys of SCH01001", source, "D01-2024.xlsx", say("sheet Pupils · cell D2", "feuille Pupils · cellule D2"));

        typeInto("#schoolSearch", "SCH03054");
        waitUntil(30, () -> robot.lookup("#schoolTable").queryTableView().getItems().size() == 1);
        select("#schoolTable", 0, "SCH03054");
        waitUntil(30, () -> !window.schools().figures().isEmpty() && text("#schoolName").contains("SCH03054"));
        assertEquals("7", figure("G9", 2));
        waitUntil(20, () -> text("#figureSource").contains("U14"));
        String g9 = text("#figureSource");
        shows("G9 girls of SCH03054", g9, "U14", "U27");
        showsNot("G9 girls of SCH03054", g9, "U24");
    }

    /** Selects the enrolment figure of {@code grade} in column {@code col} (2 girls, 3 boys) and returns it. */
    private String figure(String grade, int col) throws Exception {
        TableView<org.emisworkbench.service.SchoolDetails.FigureRow> t = robot.lookup("#figureTable").queryTableView();
        String enrolment = session.t("topic.enrolment");
        List<String> topics = column(t, 0);
        List<String> grades = column(t, 1);
        int row = -1;
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).equals(enrolment) && grades.get(i).equals(grade)) {
                row = i;
                break;
            }
        }
        assertTrue(row >= 0, () -> "enrolment " + grade + " among " + grades);
        int r = row;
        robot.interact(() -> {
            t.scrollTo(r);
            t.getSelectionModel().clearAndSelect(r, t.getVisibleLeafColumns().get(col));
        });
        idle(20);
        return column(t, col).get(r);
    }

    /** Outliers among peers: OUT-01 with and without consequences, 2024 and 2025. */
    private void exercise5() throws Exception {
        shortcut(KeyCode.DIGIT4);
        typeInto("#districtFilter", "");
        choose("#severityFilter", null);
        choose("#validationYear", 2024);
        press("validation.apply");
        select("#groupTable", 1, "OUT-01");
        assertEquals(List.of("SCH04077"), findings().stream().map(f -> f.split(" ")[0]).toList());
        select("#findingTable", 0, "SCH04077");
        waitUntil(20, () -> text("#findingDetail").contains("SCH04077"));
        shows("OUT-01 of SCH04077", text("#findingDetail"), say("1,584", "1 584"));
        robot.clickOn("#showConsequences");
        idle(30);
        select("#groupTable", 1, "OUT-01");
        assertEquals(Set.of("SCH04077", "SCH03002", "SCH04001"), Set.copyOf(findings().stream()
                .map(f -> f.split(" ")[0]).toList()));
        choose("#validationYear", 2025);
        select("#groupTable", 1, "OUT-01");
        assertEquals(Set.of("SCH01059", "SCH02046"), Set.copyOf(findings().stream().map(f -> f.split(" ")[0]).toList()));
        select("#findingTable", 0, "SCH01059");
        waitUntil(20, () -> text("#findingDetail").contains("SCH01059"));
        shows("OUT-01 of SCH01059", text("#findingDetail"), say("1,983", "1 983"));
        robot.clickOn("#showConsequences");
        idle(30);
        select("#groupTable", 1, "OUT-01");
        assertEquals(List.of("SCH01059"), findings().stream().map(f -> f.split(" ")[0]).toList());
    }
}
