package org.emisworkbench.imports;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-page school return with blocks of headers over a row of figures (facilities, teachers), beside
 * classic {@code Label: | value} pairs; and school codes that a careless form leaves blank.
 */
class LabelBlocksTest {
    static final String TEMPLATE = """
            {"id": "one-page-return", "version": 1, "layout": "grid",
             "sheets": [{"names": ["Return"], "required": ["school.code"], "labels": [
               {"labels": ["School code"], "field": "school.code"},
               {"labels": ["School name"], "field": "school.name"},
               {"labels": ["District"], "field": "school.district"},
               {"labels": ["Good"], "field": "classrooms.good"},
               {"labels": ["Fair"], "field": "classrooms.fair"},
               {"labels": ["Poor"], "field": "classrooms.poor"},
               {"labels": ["Qualified F"], "field": "teachers.qualified", "sex": "F"},
               {"labels": ["Qualified M"], "field": "teachers.qualified", "sex": "M"},
               {"labels": ["Not qualified M"], "field": "teachers.trained", "sex": "M"},
               {"labels": ["Staff toilets"], "field": "facilities.toilets_staff", "position": "below"},
               {"labels": ["Handwashing"], "field": "facilities.handwashing", "codeList": "yesno", "position": "right"},
               {"labels": ["Internet"], "field": "facilities.internet", "codeList": "yesno"}]}]}
            """;
    // The figures the form holds, written below and asserted as such.
    static final int GOOD = 7, FAIR = 3, POOR = 2, QF = 4, QM = 5, NQF = 2, NQM = 1, STAFF_TOILETS = 2;

    static Path write(Path dir, Consumer<Sheet> header) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Return");
            header.accept(s);
            row(s, 4, "Classrooms", "Good", "Fair", "Poor");
            row(s, 5, null, GOOD, FAIR, POOR);
            row(s, 7, "Qualified F", "Qualified M", "Not qualified F", "Not qualified M", "Total");
            row(s, 8, QF, QM, NQF, NQM, QF + QM + NQF + NQM);
            // A note right of the label: the count is below it (explicit position "below").
            row(s, 10, "Staff toilets", "(number of cubicles)");
            row(s, 11, STAFF_TOILETS);
            // The answer right of the label, with unrelated figures below (explicit position "right").
            row(s, 13, "Handwashing", "No");
            row(s, 14, 1, 1);
            // A classic pair, read right automatically.
            row(s, 16, "Internet", "Yes");
            Path file = dir.resolve("return.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    static void classicHeader(Sheet s) {
        row(s, 0, "School code:", "SCH201", null, "District:", "D03");
        row(s, 1, "School name:", "Hill View");
    }

    static RecordingSink read(Path file, Template t) throws Exception {
        RecordingSink sink = new RecordingSink();
        try (WorkbookReader w = Workbooks.open(file)) {
            new GridInterpreter().interpret(w, t, Fixtures.context("return.xlsx", 2024), sink);
        }
        return sink;
    }

    @Test
    void everyValueOfABlockIsReachedBelowItsHeader(@TempDir Path dir) throws Exception {
        RecordingSink sink = read(write(dir, LabelBlocksTest::classicHeader), TemplateLoader.parse(TEMPLATE, "t", null));
        FactRecord rooms = sink.fact("SCH201", Topic.CLASSROOMS, null, AgeGroup.ALL).orElseThrow();
        assertEquals(GOOD, rooms.values()[0]);
        assertEquals(FAIR, rooms.values()[1]);
        assertEquals(POOR, rooms.values()[2]);
        assertEquals("C6", rooms.sources()[1], "Fair is read below its header, not from the next header");
        assertEquals(QF, sink.fact("SCH201", Topic.TEACHERS, Sex.F, AgeGroup.ALL).orElseThrow().values()[1]);
        FactRecord m = sink.fact("SCH201", Topic.TEACHERS, Sex.M, AgeGroup.ALL).orElseThrow();
        assertEquals(QM, m.values()[1], "right of it is a header the template does not know, figures below");
        assertEquals(NQM, m.values()[2], "right of it is Total, a header over a figure");
        assertEquals("D9", m.sources()[2]);
        // What the template leaves out is said, never dropped: "Not qualified F" (no label reads it) and the
        // figure under "Handwashing" (its answer is read right of it); the one under "No" is taken for a number
        // column (No.), never census data.
        assertEquals(List.of("C9 Qualified F | Qualified M | Not qualified F", "A15 Handwashing"),
                sink.problems.stream().map(p -> p.cell() + " " + p.rawText()).toList(), sink.problems::toString);
        assertTrue(sink.problems.stream().allMatch(p -> p.kind() == org.emisworkbench.model.ProblemKind.UNREAD_FIGURES),
                sink.problems::toString);
    }

    @Test
    void anExplicitPositionIsObeyed(@TempDir Path dir) throws Exception {
        RecordingSink sink = read(write(dir, LabelBlocksTest::classicHeader), TemplateLoader.parse(TEMPLATE, "t", null));
        FactRecord f = sink.fact("SCH201", Topic.FACILITIES, null, AgeGroup.ALL).orElseThrow();
        assertEquals(STAFF_TOILETS, f.values()[9], "below, past the note on its right");
        assertEquals(0, f.values()[2], "right: No, not the 1 below");
        assertEquals(1, f.values()[3], "Internet: Yes, read right");
        // Without the explicit positions the reader decides otherwise: the note is read, the 1 below taken.
        Template auto = TemplateLoader.parse(TEMPLATE.replace(", \"position\": \"below\"", "")
                .replace(", \"position\": \"right\"", ""), "t", null);
        RecordingSink guessed = read(write(dir, LabelBlocksTest::classicHeader), auto);
        FactRecord g = guessed.fact("SCH201", Topic.FACILITIES, null, AgeGroup.ALL).orElseThrow();
        assertEquals(1, g.values()[2], "automatic: a text beside a label with figures below is a block header");
        assertEquals(FactRecord.MISSING, g.values()[9], "automatic: the note is taken and reported");
        assertEquals("(number of cubicles)", guessed.problems.get(0).rawText());
    }

    @Test
    void classicLabelValuePairsStillReadRight(@TempDir Path dir) throws Exception {
        RecordingSink sink = read(write(dir, LabelBlocksTest::classicHeader), TemplateLoader.parse(TEMPLATE, "t", null));
        assertEquals("SCH201", sink.schools.get(0).code());
        assertEquals("Hill View", sink.schools.get(0).get(SchoolAttribute.NAME));
        assertEquals("D03", sink.schools.get(0).get(SchoolAttribute.DISTRICT));
        assertEquals("B1", sink.schools.get(0).keyCell());
    }

    @Test
    void aBlankCodeNeverPicksUpTheNextLabel(@TempDir Path dir) throws Exception {
        // The code was left blank: the next filled cell is the District label, the cell below another label.
        Path file = write(dir, s -> {
            row(s, 0, "School code:", null, null, "District:", "D03");
            row(s, 1, "School name:", "Hill View");
        });
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> read(file, TemplateLoader.parse(TEMPLATE, "t", null)));
        // Said where the label is and where its value was looked for (review 19).
        assertTrue(e.getMessage().contains("the school code is blank: its label \"School code:\" is at Return!A1"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Return!B1"), e.getMessage());
    }

    @Test
    void aCodeThatLooksLikeAHeaderRefusesTheFileNamingTheCell(@TempDir Path dir) throws Exception {
        Path file = write(dir, s -> {
            row(s, 0, "School code:", null, "Head teacher", "Mr Banda");
            row(s, 1, "School name:", "Hill View");
        });
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> read(file, TemplateLoader.parse(TEMPLATE, "t", null)));
        assertTrue(e.getMessage().startsWith("return.xlsx, sheet Return, cell C1: \"Head teacher\" was read as the "
                + "school code, but it has several words and no digit"), e.getMessage());
        // A label of the template, or any text ending with a colon, is never a value at all.
        for (String label : new String[] {"Principal:", "Qualified F"}) {
            Path other = write(dir, s -> {
                row(s, 0, "School code:", null, label, "Mr Banda");
                row(s, 1, "School name:", "Hill View");
            });
            ImportRejectedException none = assertThrows(ImportRejectedException.class,
                    () -> read(other, TemplateLoader.parse(TEMPLATE, "t", null)), label);
            assertTrue(none.getMessage().startsWith("return.xlsx: the school code is blank: its label \"School"
                    + " code:\" is at Return!A1"), none.getMessage());
        }
    }

    @Test
    void aRosterCodeThatIsAColumnHeaderOfTheTemplateIsRefused(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = RosterInterpreterTest.d05();
        Sheet school = wb.getSheet("School");
        school.getRow(0).removeCell(school.getRow(0).getCell(1));
        row(school, 0, "School code", null, "Gender");
        Path file = dir.resolve("SCH05001.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        RecordingSink sink = new RecordingSink();
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> {
            try (WorkbookReader w = Workbooks.open(file)) {
                new RosterInterpreter().interpret(w, Fixtures.builtIn("sample-roster"),
                        Fixtures.context("SCH05001.xlsx", 2024), sink);
            }
        });
        assertTrue(e.getMessage().startsWith("SCH05001.xlsx, sheet School, cell C1: \"Gender\" was read as the school "
                + "code, but it is a label or a column header"), e.getMessage());
        assertTrue(sink.schools.isEmpty() && sink.facts.isEmpty(), "nothing of the file is kept");
    }
}
