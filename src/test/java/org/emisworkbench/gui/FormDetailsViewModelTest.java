package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.FileResult;
import org.emisworkbench.service.ImportRequest;
import org.emisworkbench.service.ImportService;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.GridSpec;
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.LabelSpec;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The label and table details of the mapping screen's view-model (jobs on the test thread): a label's band over its
 * column, a label's ticked columns, a table's stream column and whether it adds up, each set on a form the test writes,
 * refused with the reason when it cannot be, undone, reflected in the preview, saved into the template and imported
 * as the test wrote the figures.
 */
class FormDetailsViewModelTest extends MappingViewModelFixture {
    private static final int YEAR = 2024;

    FormDetailsViewModel details;

    @BeforeEach
    void openDetails() {
        details = vm.formDetails();
    }

    private String summary() {
        return vm.preview().summary().get();
    }

    /** Saves the template as {@code id}, imports {@code file} with it, and gives the template saved. */
    private Template saveAndImport(Path file, String id) throws Exception {
        vm.templateIdProperty().set(id);
        vm.save();
        assertEquals(List.of(file.getFileName() + " " + id), imported);
        Path templates = TemplateCatalog.workspaceFolder(session.workbench().databaseFile());
        FileResult f = new ImportService(session.workbench(), TemplateCatalog.load(templates)).importFiles(
                new ImportRequest(List.of(file), id, null), Progress.NONE, Cancellation.none()).files().get(0);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        return TemplateLoader.load(templates.resolve(id + ".json"));
    }

    private int labelIndex(String label, String column, String value) {
        List<LabelMapping> ls = vm.currentForm().labels();
        for (int i = 0; i < ls.size(); i++) {
            LabelMapping l = ls.get(i);
            if (l.label().equals(label) && java.util.Objects.equals(l.column(), column) && l.value().equals(value)) {
                return i;
            }
        }
        throw new AssertionError(label + " × " + column + " = " + value + " in " + ls);
    }

    @Test
    void aLabelReadInTheColumnUnderItsBandReadsThatBandNotTheFirst() throws Exception {
        Path file = tmp.resolve("banda-2024.xlsx");
        int[][] t = DetailSheets.bands(file, 3011);
        vm.open(file);
        // Three Male columns on the row: the draft reads none of them.
        int male = labelIndex("Teachers", "Male", String.valueOf(t[2][0]));
        int female = labelIndex("Teachers", "Female", String.valueOf(t[2][1]));
        vm.setLabel(male, "teachers.total", "M");
        vm.setLabel(female, "teachers.total", "F");
        // Read so, the column's first Male (the qualified men) is all the men: the band says which one.
        details.showLabel(male);
        assertEquals("", details.band().get());
        assertTrue(details.applyLabel(male, "Total", ""), details.problem().get());
        assertTrue(details.applyLabel(female, " Total ", ""), details.problem().get());
        assertEquals(List.of("Total"), vm.currentForm().labels().get(male).band());
        details.showLabel(male);
        assertEquals("Total", details.band().get());
        assertEquals("teachers.total M, under Total", vm.words().describe(vm.currentForm().labels().get(male)));
        // The qualified and unqualified left out are said so (the Total band read), as for any figures not read.
        assertTrue(summary().contains("1 school(s) and 2 value(s); 1 problem(s)"), summary());
        assertEquals(1, vm.preview().problems().size(), vm.preview().problems().toString());
        assertTrue(vm.preview().problems().get(0).startsWith("Staff!B6:E6: "), vm.preview().problems().toString());

        // Refused, named, nothing changed: a blank band, a band on a label read beside it, one ticked column.
        assertFalse(details.applyLabel(male, "Total + ", ""));
        assertTrue(details.problem().get().contains("“Total +”"), details.problem().get());
        int code = vm.currentForm().labels().indexOf(vm.currentForm().keyLabel());
        assertFalse(details.applyLabel(code, "Total", ""));
        assertTrue(details.problem().get().contains("“School code” is not read in a column"), details.problem().get());
        assertFalse(details.applyLabel(male, "Total", "Yes = yes"));
        assertEquals(List.of("Total"), vm.currentForm().labels().get(male).band());
        // A band the sheet does not write: the men are not read, their Total column among the figures not read; Ctrl+Z
        // puts the band back.
        assertTrue(details.applyLabel(male, "Trained", ""), details.problem().get());
        assertTrue(summary().contains("1 school(s) and 1 value(s); 1 problem(s)"), summary());
        assertTrue(vm.preview().problems().get(0).startsWith("Staff!B6:F6: "), vm.preview().problems().toString());
        assertTrue(vm.undo());
        assertEquals(List.of("Total"), vm.currentForm().labels().get(male).band());
        assertTrue(summary().contains("2 value(s); 1 problem(s)"), summary());

        Template saved = saveAndImport(file, "banda");
        LabelSpec men = saved.sheets().get(0).labels().stream().filter(l -> "teachers.total".equals(l.field())
                && "M".equals(l.sex())).findFirst().orElseThrow();
        assertEquals(List.of("Male"), men.column());
        assertEquals(List.of("Total"), men.band());
        var w = session.workbench();
        var m = w.whereFrom("GH-4101", YEAR, Topic.TEACHERS, 0, Sex.M, AgeGroup.ALL).orElseThrow();
        var f = w.whereFrom("GH-4101", YEAR, Topic.TEACHERS, 0, Sex.F, AgeGroup.ALL).orElseThrow();
        assertEquals(t[2][0], m.value());
        assertEquals(t[2][1], f.value());
        assertEquals("Staff!F6", m.source().sheetCell());
        assertEquals("Staff!G6", f.source().sheetCell());
    }

    @Test
    void answersMarkedInNamedColumnsAreReadByTheColumnMarked() throws Exception {
        Path file = tmp.resolve("tick-2024.xlsx");
        boolean[] working = DetailSheets.ticks(file);
        vm.open(file);
        int water = labelIndex("Drinking water", null, "X");
        int power = labelIndex("Electricity", null, "X");
        // Drafted as the value right of the label: the X under "Not working" read as yes.
        assertEquals(Map.of(), vm.currentForm().labels().get(water).ticks());
        details.showLabel(water);
        assertEquals("", details.ticks().get());

        // Refused, named: no heading = code, one column only, a label not read.
        assertFalse(details.applyLabel(water, "", "Working yes; Not working = no"));
        assertTrue(details.problem().get().contains("“Working yes”"), details.problem().get());
        assertFalse(details.applyLabel(water, "", "Working = yes"));
        assertTrue(details.problem().get().contains("one ticked column"), details.problem().get());
        // A code the yes/no list does not have: the template loader's own words.
        assertFalse(details.applyLabel(water, "", "Working = oui-da; Not working = no"));
        assertTrue(details.problem().get().startsWith("Not applied: the template would be refused: ")
                && details.problem().get().contains("oui-da"), details.problem().get());
        assertEquals(Map.of(), vm.currentForm().labels().get(water).ticks());

        assertTrue(details.applyLabel(water, "", "Working = yes; Not working = no;"), details.problem().get());
        assertTrue(details.applyLabel(power, "", "Working = yes\nNot working = no"), details.problem().get());
        assertEquals(Map.of("Working", "yes", "Not working", "no"), vm.currentForm().labels().get(water).ticks());
        details.showLabel(water);
        assertEquals("Working = yes; Not working = no", details.ticks().get());
        assertTrue(vm.words().describe(vm.currentForm().labels().get(water)).endsWith(
                ", ticked in Working = yes; Not working = no"), vm.words().describe(vm.currentForm().labels().get(water)));
        assertTrue(summary().contains("1 school(s) and 6 value(s); 0 problem(s)"), summary() + vm.preview().problems());
        // A table by age has no stream column: refused, named, nothing changed.
        assertFalse(details.applyGrid(0, "Arm", false));
        assertTrue(details.problem().get().contains("“Enrolment by grade and sex” has no row per grade"),
                details.problem().get());
        assertEquals(null, vm.currentForm().grids().get(0).stream());
        // The field changed to another facility keeps the columns only when set again: shown as the label now is.
        vm.setLabel(power, "facilities.electricity", null);
        assertEquals(2, vm.currentForm().labels().get(power).ticks().size());

        Template saved = saveAndImport(file, "tick");
        List<Map<String, String>> ticks = saved.sheets().get(0).labels().stream().filter(l -> l.field() != null
                && l.field().startsWith("facilities.")).map(LabelSpec::ticks).toList();
        assertEquals(List.of(Map.of("Working", "yes", "Not working", "no"), Map.of("Working", "yes", "Not working",
                "no")), ticks);
        List<String> slots = Topic.FACILITIES.fixedSlots();
        var w = session.workbench();
        var a = w.whereFrom("GH-4102", YEAR, Topic.FACILITIES, slots.indexOf("drinking_water"), null, AgeGroup.ALL)
                .orElseThrow();
        var b = w.whereFrom("GH-4102", YEAR, Topic.FACILITIES, slots.indexOf("electricity"), null, AgeGroup.ALL)
                .orElseThrow();
        assertEquals(working[0] ? 1 : 0, a.value());
        assertEquals(working[1] ? 1 : 0, b.value());
        assertEquals("Form!C5", a.source().sheetCell(), "the mark under Not working");
        assertEquals("Form!B6", b.source().sheetCell(), "the mark under Working");
    }

    @Test
    void aStreamColumnAddsTheArmsOfAClassIntoItsGrade() throws Exception {
        Path file = tmp.resolve("arms-2024.xlsx");
        int[][][] p = DetailSheets.streams(file, 3013);
        vm.open(file);
        int cells = DetailSheets.CLASSES.length * 2;
        // Drafted without it: each class's second arm is an unknown grade "West", its pupils not read.
        assertEquals(DetailSheets.CLASSES.length, vm.preview().problems().stream().filter(x -> x.contains("West"))
                .count(), vm.preview().problems().toString());
        details.showGrid(0);
        assertEquals("", details.stream().get());
        assertFalse(details.adds().get());

        // Refused, named: a table that cannot have one, or a table not read asked to add up.
        GridMapping whole = vm.currentForm().grids().get(0);
        assertTrue(whole.mayHaveStream());
        assertTrue(details.applyGrid(0, "Arm", false), details.problem().get());
        assertEquals("Arm", vm.currentForm().grids().get(0).stream());
        assertEquals("enrolment by grade and sex · streams in “Arm”", vm.words().describe(vm.currentForm().grids()
                .get(0)));
        assertTrue(summary().contains("1 school(s) and " + cells + " value(s); 0 problem(s)"), summary());
        assertEquals(List.of(), vm.preview().problems());
        // Ctrl+Z: the stream column gone again, the arms unknown grades again.
        assertTrue(vm.undo());
        assertEquals(null, vm.currentForm().grids().get(0).stream());
        assertEquals(DetailSheets.CLASSES.length, vm.preview().problems().size(), vm.preview().problems().toString());
        assertTrue(details.applyGrid(0, "Arm", false), details.problem().get());
        vm.setGrid(0, MappingViewModel.IGNORE);
        details.adds().set(true); // ticked in the window
        assertFalse(details.applyGrid(0, "Arm", true));
        assertTrue(details.problem().get().contains("“Enrolment by class and sex” is not read"), details.problem().get());
        assertFalse(details.adds().get(), "the tick box back to what the template says");
        assertEquals(null, vm.currentForm().grids().get(0).adds());
        vm.setGrid(0, "enrolment");
        assertEquals("Arm", vm.currentForm().grids().get(0).stream(), "kept through a change of topic");

        Template saved = saveAndImport(file, "arms");
        GridSpec g = saved.sheets().get(0).grids().get(0);
        assertEquals(List.of("Arm"), g.stream());
        var w = session.workbench();
        for (int c = 0; c < DetailSheets.CLASSES.length; c++) {
            int slot = GradeSystem.standard().byCode("G" + (c + 1)).orElseThrow().slot();
            for (int x = 0; x < 2; x++) {
                Sex sex = x == 0 ? Sex.M : Sex.F;
                var e = w.whereFrom("GH-4103", YEAR, Topic.ENROLMENT, slot, sex, AgeGroup.ALL).orElseThrow();
                assertEquals(p[c][0][x] + p[c][1][x], e.value(), DetailSheets.CLASSES[c] + " " + sex);
                String col = String.valueOf((char) ('C' + x));
                assertEquals("Enrolment!" + col + (6 + 2 * c) + "+" + col + (7 + 2 * c), e.source().sheetCell());
            }
        }
    }

    @Test
    void blocksOfOneFigureAddUpOnlyWhileBothSaySo() throws Exception {
        Path file = tmp.resolve("blocks-2024.xlsx");
        int[][][] p = DetailSheets.blocks(file, 3014);
        vm.open(file);
        int cells = DetailSheets.CLASSES.length * 2;
        // Drafted as adding up (written alike under titles of their own).
        details.showGrid(1);
        assertTrue(details.adds().get());
        assertTrue(summary().contains("1 school(s) and " + cells + " value(s); 0 problem(s)"), summary());

        // Not adding: each figure given by both blocks, the file refused, said so in the preview.
        assertTrue(details.applyGrid(1, "", false), details.problem().get());
        assertEquals(Boolean.FALSE, vm.currentForm().grids().get(1).adds());
        details.showGrid(0);
        assertFalse(details.adds().get(), "one block alone adds up with nothing");
        assertTrue(summary().contains("refuse"), summary());
        // Ticked again: both add up.
        assertTrue(details.applyGrid(1, "", true), details.problem().get());
        details.showGrid(0);
        assertTrue(details.adds().get());
        assertTrue(summary().contains("1 school(s) and " + cells + " value(s); 0 problem(s)"), summary());

        Template saved = saveAndImport(file, "blocks");
        assertEquals(List.of(true, true), saved.sheets().get(0).grids().stream().map(GridSpec::adds).toList(),
                Files.readString(TemplateCatalog.workspaceFolder(session.workbench().databaseFile())
                        .resolve("blocks.json")));
        var w = session.workbench();
        for (int c = 0; c < DetailSheets.CLASSES.length; c++) {
            int slot = GradeSystem.standard().byCode("G" + (c + 1)).orElseThrow().slot();
            for (int x = 0; x < 2; x++) {
                Sex sex = x == 0 ? Sex.M : Sex.F;
                var e = w.whereFrom("IN-4104", YEAR, Topic.ENROLMENT, slot, sex, AgeGroup.ALL).orElseThrow();
                assertEquals(p[0][c][x] + p[1][c][x], e.value(), DetailSheets.CLASSES[c] + " " + sex);
            }
        }
    }
}
