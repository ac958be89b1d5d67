package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SheetMapping;
import org.emisworkbench.template.StackedTable;
import org.emisworkbench.template.WorkbookMapping;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stacked tables of a wide sheet as the mapping screen gets and sets them: the draft lists every title alone
 * above the header written again, a title naming no topic as not read (and writes only the tables it reads); a
 * kind set by the officer, or a table marked on its title's row, is written as set and read by the check.
 */
class StackedTablesMappingTest {
    private static final int SCHOOLS = 3;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** Three tables of the same schools: enrolment, "Tableau B" (names no topic) and "Redoublants". */
    private Path workbook() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Zone");
        Object[] header = {"Code école", "Nom", "CP1 Garçons", "CP1 Filles"};
        int r = 0;
        for (String title : new String[] {null, "Tableau B", "Redoublants"}) {
            if (title != null) {
                r++;
                Sheets.row(s, r++, title);
            }
            Sheets.row(s, r++, header);
            for (int i = 0; i < SCHOOLS; i++) {
                Sheets.row(s, r++, "Z" + (30 + i), "École " + i, 10 + i, 20 + i);
            }
        }
        Path f = dir.resolve("zone-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    @Test
    void theDraftListsEveryTitleAndTheOfficersTablesAreWrittenAsSet() throws Exception {
        Path file = workbook();
        TemplateWorkshop.DraftWorkbook wb = workshop.open(file);
        SheetMapping m = wb.guessed().get(0);
        List<StackedTable> found = workshop.stackedTables(wb, m);
        // Rows (0-based): header 0, schools 1-3, blank 4, "Tableau B" 5, header 6, schools 7-9, blank 10,
        // "Redoublants" 11.
        assertEquals(List.of(new StackedTable(5, "Tableau B", null), new StackedTable(11, "Redoublants", "repeaters")),
                found);
        String drafted = workshop.build(wb, "zone", 1, "Zone", new WorkbookMapping(Layout.WIDE, List.of(m), List.of()))
                .json();
        assertTrue(drafted.contains("\"Redoublants\"") && !drafted.contains("Tableau B"), drafted);

        // Tableau B read as new entrants: both written, and the check reads the three tables.
        SheetMapping set = m.withTables(List.of(found.get(0).withField("new_entrants"), found.get(1)));
        var draft = workshop.build(wb, "zone", 1, "Zone", new WorkbookMapping(Layout.WIDE, List.of(set), List.of()));
        assertTrue(draft.json().contains("\"Tableau B\"") && draft.json().contains("\"new_entrants\""), draft.json());
        var report = workshop.check(file, draft.template(), null, new Cancellation());
        assertEquals(SCHOOLS, report.schools());
        assertEquals(SCHOOLS * 2L * 3, report.values());
        assertTrue(report.problems().isEmpty(), report.problems().toString());

        // Every table left out: nothing written; the schools again are reported.
        SheetMapping none = m.withTables(found.stream().map(t -> t.withField(null)).toList());
        var bare = workshop.build(wb, "zone", 1, "Zone", new WorkbookMapping(Layout.WIDE, List.of(none), List.of()));
        assertFalse(bare.json().contains("\"tables\""), bare.json());
        assertFalse(workshop.check(file, bare.template(), null, new Cancellation()).problems().isEmpty());

        // A title row marked by hand: the topic guessed from its words; a row of figures or the header is none.
        assertEquals(new StackedTable(11, "Redoublants", "repeaters"), workshop.tableAt(wb, "Zone", 11));
        assertNull(workshop.tableAt(wb, "Zone", 7), "a school's row");
        assertNull(workshop.tableAt(wb, "Zone", 4), "a blank row");
    }
}
