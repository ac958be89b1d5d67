package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.template.SheetFit;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateException;
import org.emisworkbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ignore} construct: columns read by nobody on purpose (the head teacher's name, phone
 * numbers, remarks) are not reported as unmatched at import, and are still listed by the check as left
 * out on purpose; a column of figures nobody mentions is still reported. Written by the test.
 */
class IgnoredColumnsTest {
    private static final String TEMPLATE = """
            {"id": "district-contacts", "version": 1, "layout": "wide", "ignore": ["Remarks"],
             "sheets": [{"names": ["Schools"], "key": ["School code"], "ignore": ["Head teacher", "Phone*"],
               "columns": [
                 {"headers": ["School name"], "field": "school.name"},
                 {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @TempDir
    Path dir;

    /** Writes the district file; returns the G1 girls and boys of each school. */
    private Map<String, int[]> write(Path file) throws Exception {
        Map<String, int[]> expected = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Schools");
            row(s, 0, "School code", "School name", "Head teacher", "Phone (head teacher)", "Grade 1 F", "Grade 1 M",
                    "Seats", "Remarks");
            for (int i = 0; i < 4; i++) {
                int girls = 10 + 3 * i;
                int boys = 12 + 2 * i;
                expected.put("IG" + i, new int[] {girls, boys});
                row(s, i + 1, "IG" + i, "School " + i, "Head " + i, 5550100 + i, girls, boys, 40 + i,
                        i == 2 ? "roof leaks" : null);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return expected;
    }

    @Test
    void columnsLeftOutOnPurposeAreNotReportedButFiguresNobodyMentionsAre() throws Exception {
        Path file = dir.resolve("contacts-2024.xlsx");
        Map<String, int[]> expected = write(file);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "contacts-2024.xlsx",
                    TEMPLATE, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(4, f.schoolsAdded());
            List<FileResult.ProblemSummary> problems = f.problems();
            assertEquals(List.of("UNREAD_FIGURES"), problems.stream().map(FileResult.ProblemSummary::kind).toList(),
                    "Seats alone is reported: " + problems);
            assertEquals("Schools!G1", problems.get(0).firstCell());
            for (var e : expected.entrySet()) {
                var rows = new SchoolDetails(imports.workbench).figures(e.getKey(), 2024, null);
                var g1 = rows.stream().filter(r -> r.slot() == 1).findFirst().orElseThrow();
                assertEquals(e.getValue()[0], g1.female(), e.getKey());
                assertEquals(e.getValue()[1], g1.male(), e.getKey());
            }
        }
    }

    @Test
    void theCheckListsTheColumnsLeftOutOnPurposeApartFromFiguresNotRead() throws Exception {
        Path file = dir.resolve("contacts-2024.xlsx");
        write(file);
        Template t = TemplateLoader.parse(TEMPLATE, "district-contacts.json", null);
        TemplateWorkshop.CheckReport r = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, t, null,
                Cancellation.none());
        List<SheetFit.ColumnNotRead> notRead = r.sheets().get(0).notRead();
        assertEquals(List.of("C", "D", "G", "H"), notRead.stream().map(SheetFit.ColumnNotRead::letters).toList());
        assertEquals(List.of(true, true, false, true), notRead.stream().map(SheetFit.ColumnNotRead::onPurpose).toList());
        SheetFit.ColumnNotRead phone = notRead.get(1);
        assertTrue(phone.numbersBelow(), "a column of numbers left out on purpose is still listed with its numbers");
        assertEquals(List.of("5550100", "5550101", "5550102"), phone.examples());
        assertEquals(1, r.unreadNumberColumns(), "only Seats counts as census figures left unread");
        assertFalse(r.clean());
    }

    @Test
    void aHeaderBothReadAndIgnoredOrAnIgnoreOfEverythingIsRefusedWithItsPath() {
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.parse("""
                {"id": "x", "version": 1, "layout": "wide", "ignore": ["*"],
                 "sheets": [{"names": ["S"], "key": ["Code"], "ignore": ["school  NAME", 3],
                   "columns": [{"headers": ["School name"], "field": "school.name"}]}]}
                """, "x.json", null));
        assertTrue(e.problems().contains("$.sheets[0].ignore: a list of texts"), e.problems().toString());
        e = assertThrows(TemplateException.class, () -> TemplateLoader.parse("""
                {"id": "x", "version": 1, "layout": "wide", "ignore": [" * "],
                 "sheets": [{"names": ["S"], "key": ["Code"], "ignore": ["school  NAME", "Code"],
                   "columns": [{"headers": ["School name"], "field": "school.name"}]}]}
                """, "x.json", null));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("$.ignore[0]: \" * \" would leave out every column")),
                e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("$.sheets[0].ignore[0]: \"school  NAME\" is read by"
                + " $.sheets[0].columns[0]")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("$.sheets[0].ignore[1]: \"Code\" is read by"
                + " $.sheets[0].key")), e.problems().toString());
    }

    @Test
    void theDraftLeavesOutNamesPhonesAndRemarksOnPurposeButNotAColumnOfFiguresItCannotName() throws Exception {
        Path file = dir.resolve("contacts-2024.xlsx");
        write(file);
        TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));
        TemplateWorkshop.DraftResult d = workshop.draft(file, "contacts");
        Template t = d.draft().template();
        assertEquals(List.of("Head teacher", "Phone (head teacher)", "Remarks"), t.sheets().get(0).ignore(),
                d.draft().json());
        assertTrue(d.draft().json().contains("\"ignore\""), d.draft().json());
        TemplateWorkshop.CheckReport r = workshop.check(file, t, null, Cancellation.none());
        assertEquals(1, r.unreadNumberColumns(), "Seats is neither guessed nor left out on purpose");
        assertEquals(List.of("G"), r.sheets().get(0).notRead().stream().filter(c -> !c.onPurpose())
                .map(SheetFit.ColumnNotRead::letters).toList());
    }

    @Test
    void overATwoRowHeaderAColumnIsLeftOutByAnyOfItsHeaderTexts() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        row(s, 0, "School code", "Grade 1", null, "Contacts", "Seats");
        row(s, 1, null, "F", "M", "Phone", null);
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 1, 2));
        row(s, 2, "TW1", 10, 11, 5550111, 30);
        row(s, 3, "TW2", 12, 13, 5550112, 31);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = imports.importWith(wb, "two-rows-2024.xlsx", """
                    {"id": "two-rows", "version": 1, "layout": "wide",
                     "sheets": [{"names": ["Schools"], "key": ["School code"], "ignore": ["Phone"], "columns": [
                       {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
                    """, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            // "Contacts" over "Phone" is one column, left out by its lower text; "Seats", named on the upper
            // row only, has figures and is reported.
            assertEquals(List.of("UNREAD_FIGURES"), f.problems().stream().map(FileResult.ProblemSummary::kind).toList(),
                    f.problems().toString());
            assertEquals("Schools!E1", f.problems().get(0).firstCell());
        }
    }
}
