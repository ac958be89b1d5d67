package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;

/**
 * The draft's own check that the template it wrote reads every column as mapped ({@link WideDraftChecks#readsAsMapped})
 * matches {@code {year}} for the census year the mapping reads: last year's columns beside this year's, left unread,
 * pass; a column the template reads but the mapping leaves unread still fails it. Rows and template written here
 * (Portuguese headers, school years {@code 2023/2024} and {@code 2024/2025} after the class).
 */
class ReadsAsMappedTest {
    private static final String[] HEADERS = {"Código", "1ª classe H 2023/2024", "1ª classe M 2023/2024",
            "1ª classe H 2024/2025", "1ª classe M 2024/2025"};
    private static final String TEMPLATE = "{\"id\": \"ano\", \"version\": 1, \"layout\": \"wide\", \"language\": \"pt\","
            + " \"sheets\": [{\"names\": [\"Matrícula\"], \"key\": [\"Código\"], \"columns\": ["
            + "{\"patterns\": [\"{grade} {sex} {year}\"], \"field\": \"enrolment\"}]}]}";

    private static List<List<Cell>> rows() {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        for (int c = 0; c < HEADERS.length; c++) {
            header.add(new Cell(0, c, CellKind.TEXT, HEADERS[c], 0));
        }
        rows.add(header);
        List<Cell> data = new ArrayList<>();
        data.add(new Cell(1, 0, CellKind.TEXT, "MZ-1", 0));
        for (int c = 1; c < HEADERS.length; c++) {
            data.add(new Cell(1, c, CellKind.NUMBER, Integer.toString(10 * c), 10 * c));
        }
        rows.add(data);
        return rows;
    }

    private static ColumnMapping read(int col, String header, String grade, String sex) {
        return new ColumnMapping(col, header, "enrolment", false, false, sex, grade, null, null, 0.9);
    }

    private static SheetMapping mapping(ColumnMapping... columns) {
        List<ColumnMapping> all = new ArrayList<>();
        all.add(new ColumnMapping(0, "Código", null, true, false, null, null, null, null, 0.95));
        all.addAll(List.of(columns));
        return new SheetMapping("Matrícula", 0, 0, false, all, java.util.Map.of(), List.of());
    }

    @Test
    void lastYearsColumnsLeftUnreadAreReadAsMapped() throws Exception {
        Template t = TemplateLoader.parse(TEMPLATE, "ano.json", null);
        SheetMapping m = mapping(ColumnMapping.unread(1, HEADERS[1]), ColumnMapping.unread(2, HEADERS[2]),
                read(3, "1ª classe H {year}", "G1", "M"), read(4, "1ª classe M {year}", "G1", "F"));
        assertTrue(WideDraftChecks.readsAsMapped(t, 0, m, rows()), "this year's read, last year's left out");
        assertTrue(m.otherYear(m.columns().get(1)) && m.otherYear(m.columns().get(2)));
        assertFalse(m.otherYear(m.columns().get(3)), "a column read is no other year");
    }

    @Test
    void aColumnOfThisYearLeftUnreadIsStillAColumnMissed() throws Exception {
        Template t = TemplateLoader.parse(TEMPLATE, "ano.json", null);
        // The girls of this year not mapped: the template reads them, the mapping says not: the note stays due.
        SheetMapping m = mapping(ColumnMapping.unread(1, HEADERS[1]), ColumnMapping.unread(2, HEADERS[2]),
                read(3, "1ª classe H {year}", "G1", "M"), ColumnMapping.unread(4, HEADERS[4]));
        assertFalse(WideDraftChecks.readsAsMapped(t, 0, m, rows()));
        assertFalse(m.otherYear(m.columns().get(4)), "this year's own column is no other year's");
    }
}
