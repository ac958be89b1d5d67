package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;

class HeaderMatchingTest {
    private static SheetSpec sheet(ColumnSpec... columns) {
        return new SheetSpec(List.of("Pupils"), false, null, List.of("School ID", "EMIS code"), null, List.of(columns),
                null, null, null);
    }

    private static ColumnSpec pattern(String field, String... patterns) {
        return new ColumnSpec(null, List.of(patterns), field, null, null, null, null, null);
    }

    private static HeaderMatcher compile(SheetSpec s) {
        List<String> errors = new ArrayList<>();
        HeaderMatcher m = HeaderMatcher.compile(s, CodeLists.builtIn(), errors, "$");
        assertTrue(errors.isEmpty(), errors::toString);
        return m;
    }

    @Test
    void normalizesHeaderText() {
        assertEquals("grade 1 male", HeaderText.normalize("  Grade 1\nMale "));
        assertEquals("school name", HeaderText.normalize("School\u00A0\tname"));
        assertEquals("school code", HeaderText.normalizeLabel("School code: "));
        assertEquals("", HeaderText.normalize(null));
    }

    @Test
    void patternsExpandOverGradeAndSexAliases() {
        HeaderMatcher m = compile(sheet(pattern("enrolment", "Grade {grade}\n{sex}", "G{grade} {sex}"),
                pattern("repeaters", "rep_g{grade}{sex}", "repg{grade}{sex}"),
                new ColumnSpec(null, List.of("NE G1 {sex}"), "new_entrants", null, "G1", null, null,
                        null)));
        assertEquals(new HeaderMatcher.Match(0, "G1", "M", null), m.match("Grade 1\nMale"));
        assertEquals(new HeaderMatcher.Match(0, "G3", "F", null), m.match("GRADE 3\nfemale "));
        assertEquals(new HeaderMatcher.Match(0, "PP", "M", null), m.match("Grade Pre-primary Male"));
        assertEquals(new HeaderMatcher.Match(0, "G12", "F", null), m.match("G12 Girls"));
        assertEquals(new HeaderMatcher.Match(0, "G1", "F", null), m.match("G1.0 F"));
        assertEquals(new HeaderMatcher.Match(1, "G3", "F", null), m.match("repg3f"));
        assertEquals(new HeaderMatcher.Match(1, "G10", "M", null), m.match("rep_g10m"));
        assertEquals(new HeaderMatcher.Match(2, "G1", "F", null), m.match("NE G1 Girls"));
        assertEquals(HeaderMatcher.KEY, m.match(" emis CODE ").column());
        assertNull(m.match("Comments"));
    }

    @Test
    void ambiguousPatternsAreFoundAtLoadTime() {
        List<String> errors = new ArrayList<>();
        HeaderMatcher.compile(sheet(pattern("enrolment", "{grade} {sex}"), pattern("repeaters", "G{grade} {sex}")),
                CodeLists.builtIn(), errors, "$");
        assertTrue(errors.stream().anyMatch(e -> e.contains("also matches")), errors::toString);
    }

    @Test
    void codeListsResolveAliases() {
        CodeLists l = CodeLists.builtIn();
        assertEquals("F", l.require("sex").code("Girls"));
        assertEquals("F", l.require("sex").code("féminin"));
        assertEquals("M", l.require("sex").code("MALE"));
        assertNull(l.require("sex").code("Femaler"));
        assertEquals("G1", l.require("grade").code("Grade1"));
        assertEquals("G1", l.require("grade").code("1st grade"));
        assertEquals("G1", l.require("grade").code("1.0"));
        assertEquals("G7", l.require("grade").code("std 7"));
        assertEquals("PP", l.require("grade").code("KG"));
        assertEquals("G13", l.require("grade").code("Grade 13")); // the 13th grade, decision 0072
        assertNull(l.require("grade").code("Grade 14"));
        assertEquals("-4", l.require("age").code("< 5 years"));
        assertEquals("16+", l.require("age").code("16+ years"));
        assertEquals("8+", l.require("age").code("8+ years"));
        assertEquals("5", l.require("age").code("5 ans"));
        // Open bands as French and Portuguese forms write them (review 21: "14 ans et +" lost a row of figures).
        for (String band : java.util.List.of("14 ans et +", "14 et +", "≥ 14 ans", "≥14", "14 ans ou plus", "14 et plus",
                "14 anos ou mais", "plus de 13 ans", "14 & over")) {
            assertEquals("14+", l.require("age").code(band), band);
        }
        for (String band : java.util.List.of("moins de 6", "5 ans et moins", "menos de 6 anos", "≤ 5 ans", "5 & under")) {
            assertEquals("-5", l.require("age").code(band), band);
        }
        assertNull(l.require("age").code("14 et"), "a band's word alone is no band");
        // Numbered pre-primary years: PP1/KG1 in the list, other spellings by their shape, only years 1 to 3.
        assertEquals("PP1", l.require("grade").code("PP1"));
        assertEquals("PP2", l.require("grade").code("KG2"));
        for (String year : java.util.List.of("PP 2", "PP-2", "KG 2", "ECE 2", "ECD 2", "Nursery 2", "Pre-primary 2")) {
            assertEquals("PP2", l.require("grade").code(year), year);
        }
        assertNull(l.require("grade").code("PP 4"), "no fourth pre-primary year");
        assertEquals("PP", l.require("grade").code("ECE"));
        assertEquals("?", l.require("age").code("Age unknown"));
        assertEquals("faith", l.require("ownership").code("Faith-based"));
        assertNull(l.require("ownership").code("Privat"));
        assertEquals("yes", l.require("qualification").code("Diploma"));
        assertEquals("no", l.require("qualification").code("Certificate"));
        assertEquals("transferred_in", l.require("status").code("Transferred in"));
    }

    @Test
    void headerOnRowThreeUnderBannersIsFound() {
        HeaderMatcher m = compile(sheet(new ColumnSpec(List.of("School name"), null, "school.name", null, null, null,
                null, null)));
        List<List<Cell>> rows = List.of(
                List.of(text(0, 0, "Ministry of Education — Annual School Census 2024")),
                List.of(),
                List.of(text(2, 0, "School No"), text(2, 1, "  school name ")));
        SheetSpec s = sheet(new ColumnSpec(List.of("School name"), null, "school.name", null, null, null, null, null));
        HeaderMatcher m2 = HeaderMatcher.compile(new SheetSpec(s.names(), false, null, List.of("School No"), null,
                s.columns(), null, null, null), CodeLists.builtIn(), new ArrayList<>(), "$");
        HeaderLayout h = HeaderLocator.locate(rows, m2, null);
        assertNotNull(h);
        assertEquals(2, h.lastRow());
        assertEquals(0, h.keyColumn());
        assertNull(HeaderLocator.locate(rows, m, null), "no key column: no header");
    }

    @Test
    void twoRowMergedHeaderIsCombined() {
        HeaderMatcher m = compile(sheet(pattern("enrolment", "Grade {grade} {sex}")));
        List<List<Cell>> rows = List.of(
                List.of(text(0, 0, "School ID"), text(0, 1, "Grade 1"), text(0, 3, "Grade 2")),
                List.of(text(1, 1, "M"), text(1, 2, "F"), text(1, 3, "M"), text(1, 4, "F")));
        HeaderLayout h = HeaderLocator.locate(rows, m, null);
        assertNotNull(h);
        assertEquals(0, h.firstRow());
        assertEquals(1, h.lastRow());
        assertEquals(new HeaderMatcher.Match(0, "G1", "F", null), h.byColumn()[2]);
        assertEquals(new HeaderMatcher.Match(0, "G2", "F", null), h.byColumn()[4]);
    }

    @Test
    void aTitleAboveTheHeaderIsNotPartOfIt() {
        HeaderMatcher m = compile(sheet(pattern("enrolment", "Grade {grade} {sex}")));
        List<List<Cell>> rows = List.of(
                List.of(text(0, 0, "Island Province Census 2025")),
                List.of(text(1, 0, "School ID"), text(1, 1, "Grade 1 F"), text(1, 2, "Grade 1 M")));
        HeaderLayout h = HeaderLocator.locate(rows, m, null);
        assertNotNull(h);
        assertEquals(1, h.firstRow(), "the header is row 2 alone");
        assertEquals(1, h.lastRow());
        assertEquals("School ID", HeaderLocator.columnTexts(rows, h.firstRow(), h.lastRow())[0]);
        assertEquals(new HeaderMatcher.Match(0, "G1", "M", null), h.byColumn()[2]);
    }

    @Test
    void cellValuesAreLenientAboutNumbersAndStrictAboutText() {
        assertEquals(34, CellValues.count(CellKind.TEXT, " 34 ", Double.NaN));
        assertEquals(34, CellValues.count(CellKind.TEXT, "34.0", Double.NaN));
        assertEquals(7, CellValues.count(CellKind.TEXT, "7.0", Double.NaN));
        assertEquals(1250, CellValues.count(CellKind.TEXT, "1,250", Double.NaN));
        assertEquals(1250, CellValues.count(CellKind.TEXT, "1 250", Double.NaN));
        assertEquals(1250, CellValues.count(CellKind.TEXT, "1\u00A0250", Double.NaN));
        assertEquals(1250000, CellValues.count(CellKind.TEXT, " 1\u202F250\u202F000 ", Double.NaN));
        assertEquals(CellValues.NOT_A_NUMBER, CellValues.count(CellKind.TEXT, "12 34", Double.NaN));
        assertEquals(CellValues.NOT_A_NUMBER, CellValues.count(CellKind.TEXT, "1 2345", Double.NaN));
        assertEquals(12, CellValues.count(CellKind.NUMBER, "12", 12.0));
        assertEquals(CellValues.NOT_A_NUMBER, CellValues.count(CellKind.TEXT, "twelve", Double.NaN));
        assertEquals(CellValues.NOT_A_NUMBER, CellValues.count(CellKind.TEXT, "n/a", Double.NaN));
        assertEquals(CellValues.NOT_A_NUMBER, CellValues.count(CellKind.TEXT, "-", Double.NaN));
        assertEquals(CellValues.NEGATIVE, CellValues.count(CellKind.NUMBER, "-3", -3));
        assertEquals(CellValues.FRACTIONAL, CellValues.count(CellKind.NUMBER, "2.5", 2.5));
        assertEquals(CellValues.FORMULA_ERROR, CellValues.count(CellKind.ERROR, "#DIV/0!", Double.NaN));
        assertEquals(org.emisworkbench.model.FactRecord.MISSING, CellValues.count(CellKind.TEXT, "  ", Double.NaN));
        assertEquals(org.emisworkbench.model.ProblemKind.NEGATIVE_COUNT, CellValues.problem(CellValues.NEGATIVE));
    }

    @Test
    void yearsInTheirUsualSpellings() {
        assertEquals(2024, YearParser.parse("2024").getAsInt());
        assertEquals(2024, YearParser.parse("2024-2025").getAsInt());
        assertEquals(2024, YearParser.parse("2024/25").getAsInt());
        assertEquals(2024, YearParser.parse("SY2024-25").getAsInt());
        assertEquals(2024, YearParser.parse("2024.0").getAsInt());
        assertTrue(YearParser.parse("last year").isEmpty());
        assertEquals(2025, YearParser.fromFileName("D01-2025.xlsx").getAsInt());
        assertTrue(YearParser.fromFileName("SCH01007.xlsx").isEmpty());
    }

    @Test
    void aWholeNumberWrittenWithPointZeroIsTheSameHeader() {
        // A template drafted from number cells some programs write "1.0" reads a return where "1" is typed.
        assertEquals(HeaderText.normalize("1 G"), HeaderText.normalize("1.0 G"));
        assertEquals("classe 3 filles", HeaderText.normalize("Classe 3.0 Filles"));
        assertEquals("12", HeaderText.normalize("12.0"));
        // Not a whole number, or part of a longer number: left as written.
        assertEquals("1.05 g", HeaderText.normalize("1.05 G"));
        assertEquals("v2.0.1", HeaderText.normalize("v2.0.1"));
        assertEquals("ratio 0.5", HeaderText.normalize("Ratio 0.5"));
    }

    static Cell text(int r, int c, String t) {
        return new Cell(r, c, CellKind.TEXT, t, Double.NaN);
    }
}
