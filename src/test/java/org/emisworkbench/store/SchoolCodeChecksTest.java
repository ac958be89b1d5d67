package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.junit.jupiter.api.Test;

/** The import's checks of school codes (IMP-25, IMP-35) against the workspace's schools and the file's own. */
class SchoolCodeChecksTest {
    private final Set<String> known = new HashSet<>();
    private final Set<String> inFile = new HashSet<>();
    private final List<ImportProblem> said = new ArrayList<>();

    private SchoolCodeChecks checks(Map<String, String> workspaceNames, String file, boolean forms) {
        known.addAll(workspaceNames.keySet());
        return new SchoolCodeChecks(known, inFile, () -> workspaceNames, file, forms, said::add);
    }

    /** A school of the file read, as the writer hands it over. */
    private void read(SchoolCodeChecks c, String code, String name, String sheet, String cell) {
        read(c, code, null, name, sheet, cell);
    }

    /** A school read from a cell that writes its code {@code typed} (its own case), the key upper-cased. */
    private void read(SchoolCodeChecks c, String code, String typed, String name, String sheet, String cell) {
        SchoolRecord s = new SchoolRecord(code, name == null ? Map.of() : Map.of(SchoolAttribute.NAME, name), sheet, 0,
                cell, Map.of(), typed);
        c.keyCell(s);
        inFile.add(code);
        c.school(s);
        known.add(code);
        c.added(s);
    }

    @Test
    void aCodeOfLookAlikeCharactersBesideAWorkspaceSchoolIsALikelyTypoNamingIt() {
        SchoolCodeChecks c = checks(Map.of("MW0721", "Mitondo", "MW0722", "Kalambo"), "returns.xlsx", false);
        read(c, "MWO72I", "Mitondo", "Schools", "A5");
        assertEquals(1, said.size(), said.toString());
        ImportProblem p = said.get(0);
        assertEquals(ProblemKind.CODE_LIKELY_TYPO, p.kind());
        assertEquals("Schools!A5", p.sheetCell());
        assertTrue(p.detail().contains("school MW0721 (Mitondo) of the workspace"), p.detail());
        assertTrue(p.detail().contains("correct this cell to MW0721"), p.detail());
    }

    @Test
    void aWorkspaceCodeStoredInArabicIndicDigitsIsTheSameCodeAsItsAsciiDigits() {
        // Stored before codes were read with ASCII digits (review 27 F2): MR-١٠١٠٤ is MR-10104, not another school.
        SchoolCodeChecks c = checks(Map.of("MR-١٠١٠٤", "En-Nour", "MR-10102", "El-Felah"), "fiche.xlsx", false);
        read(c, "MR-10104", "En-Nour", "Fiche", "C3");
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).detail().contains("MR-١٠١٠٤"), said.get(0).detail());
        assertEquals("Fiche!C3", said.get(0).sheetCell());
        assertEquals(Set.of("MR-١٠١٠٤"), SchoolCodeChecks.lookAlikes("MR-10104", known).stream()
                .filter(k -> !k.equals("MR-10104")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void sequentialCodesOfOtherNamesAreNotReportedButOneCharacterApartUnderTheSameNameIs() {
        SchoolCodeChecks c = checks(Map.of("104027", "Kabangwe Primary"), "f.xlsx", false);
        read(c, "104028", "Chibombo Primary", "export", "A2");
        read(c, "104029", null, "export", "A3");
        read(c, "104027", "Kabangwe Primary", "export", "A4"); // a known school: no typo of itself
        assertTrue(said.isEmpty(), said.toString());
        read(c, "1040270", "Kabangwe Primary", "export", "A9");
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).detail().contains("the same school name, and codes one character apart"),
                said.get(0).detail());
    }

    @Test
    void aCodeDifferingByItsZerosStaysIMP25AndIsNotSaidTwice() {
        SchoolCodeChecks c = checks(Map.of("123", "Kijiji"), "f.xlsx", false);
        read(c, "00123", "Kijiji", "Schools", "A3");
        assertEquals(List.of(ProblemKind.CODE_LEADING_ZEROS), said.stream().map(ImportProblem::kind).toList());
    }

    @Test
    void aFormsCodeIsComparedWithItsSheetThenItsFileName() {
        SchoolCodeChecks c = checks(Map.of(), "TG-0102-2024.xlsx", true);
        read(c, "TG-01O2", "EPP Kpota", "Effectifs par âge", "C3");
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).detail().contains("name of file TG-0102-2024.xlsx, which says TG-0102"),
                said.get(0).detail());
        assertEquals("TG-0102", SchoolCodeChecks.codeInName("TG-0102", "TG-01O2"));
        assertNull(SchoolCodeChecks.codeInName("TG-0102", "TG-0102"), "written as the name: nothing to say");
        assertNull(SchoolCodeChecks.codeInName("returns 2024", "2O24X"), "whole parts only");
        assertNull(SchoolCodeChecks.codeInName("Lumeria D03 2024", "2O2"), "a part of another");
        assertFalse(SchoolCodeChecks.oneApart("104027", "104027"));
        assertTrue(SchoolCodeChecks.oneApart("104027", "10427"));
    }

    @Test
    void aPhantomTypoCodeOfTheWorkspaceIsSaidAgainButNotTheCodeItWasTypedFor() {
        // An earlier import made MW0721 and its typo MWO721 schools of the workspace: a file naming the typo again.
        SchoolCodeChecks c = checks(Map.of("MW0721", "Mitondo", "MWO721", "Mitondo"), "again.xlsx", false);
        read(c, "MW0721", "Mitondo", "Schools", "A2");
        assertTrue(said.isEmpty(), said.toString());
        read(c, "MWO721", "Mitondo", "Schools", "A3");
        assertEquals(1, said.size(), said.toString());
        assertEquals(ProblemKind.CODE_LIKELY_TYPO, said.get(0).kind());
        assertEquals("Schools!A3", said.get(0).sheetCell());
        assertTrue(said.get(0).detail().contains("school MW0721 (Mitondo) of the same file (Schools!A2)"),
                said.get(0).detail());
    }

    @Test
    void looksAlikeIsTheComparisonOfLookAlikeCharactersLeadingZerosCaseAndDashes() {
        assertTrue(SchoolCodeChecks.looksAlike("TG-0102", "TG-01O2"));
        assertTrue(SchoolCodeChecks.looksAlike("0104013", "104013"));
        assertTrue(SchoolCodeChecks.looksAlike("kt451o", "KT4510"));
        assertTrue(SchoolCodeChecks.looksAlike("TG-0102", "TG0102"));
        assertFalse(SchoolCodeChecks.looksAlike("TG-0102", "tg-0102")); // one code: codes are compared without case
        assertFalse(SchoolCodeChecks.looksAlike("104027", "104028"));
        assertEquals(List.of("TG-01O2"), SchoolCodeChecks.lookAlikes("TG-0102", List.of("TG-0101", "TG-01O2",
                "TG-0103")));
    }

    @Test
    void aLoneCodeAgainstTheOthersShapeIsSaidAtTheEndWithTheCodeItMostLikelyIs() {
        SchoolCodeChecks c = checks(Map.of(), "f.xlsx", false);
        // The typo first: judged at the file's end, against every code of the file.
        read(c, "KB-0S17", "Kibwe", "List", "B2");
        for (int i = 0; i < 4; i++) {
            read(c, "KB-0" + (311 + 7 * i), "School " + i, "List", "B" + (3 + i));
        }
        assertTrue(said.isEmpty(), said.toString());
        c.end();
        assertEquals(1, said.size(), said.toString());
        ImportProblem p = said.get(0);
        assertEquals(ProblemKind.CODE_LIKELY_TYPO, p.kind());
        assertEquals("List!B2", p.sheetCell());
        assertTrue(p.detail().startsWith("has the letter S where most codes of its length have a digit: most likely"
                + " KB-0517?"), p.detail());
        assertTrue(p.detail().contains("4 of the 4 other codes of its length"), p.detail());
    }

    @Test
    void aDigitWhereTheOthersHaveALetterIsSaidAsTyped() {
        SchoolCodeChecks c = checks(Map.of("SCH0123", "One", "SCH0456", "Two"), "f.xlsx", false);
        read(c, "SCH0789", "Three", "List", "A2");
        read(c, "5CH0999", "5ch0999", "Four", "List", "A3");
        c.end();
        assertEquals(1, said.size(), said.toString());
        assertEquals("5ch0999", said.get(0).rawText(), "as typed in its cell");
        assertTrue(said.get(0).detail().startsWith("has the digit 5 where most codes of its length have a letter:"
                + " most likely Sch0999?"), said.get(0).detail());
    }

    @Test
    void twoCodesAlikeAreNoRuleAndAnotherKindOfCharacterIsNoTypo() {
        SchoolCodeChecks c = checks(Map.of(), "f.xlsx", false);
        read(c, "TZ0101", "A", "List", "A2");
        read(c, "TZ0102", "B", "List", "A3");
        read(c, "TZO103", "C", "List", "A4"); // two alike only: no shape is the file's
        c.end();
        assertTrue(said.isEmpty(), said.toString());
        known.clear();
        inFile.clear();
        SchoolCodeChecks d = checks(Map.of("MW1001", "A", "MW1002", "B", "MW1003", "C", "MW1005", "E", "MW1006", "F"),
                "g.xlsx", false);
        read(d, "MW1X04", "D", "List", "A2"); // X is no look-alike of a digit
        read(d, "MW-104", "E", "List", "A3"); // a dash where the others have a digit: another kind of code
        d.end();
        assertTrue(said.isEmpty(), said.toString());
    }

    @Test
    void aLookAlikeCodeIsNamedAsTypedWhileItsKeyIsUpperCased() {
        SchoolCodeChecks c = checks(Map.of(), "f.xlsx", false);
        read(c, "EP-MF-0102", "EP Nkolndongo", "Effectifs", "A9");
        read(c, "EP-MF-0L02", "EP-MF-0l02", "EP Nkolndongo", "Enseignants", "A7");
        c.end();
        List<ImportProblem> typos = said.stream().filter(p -> p.kind() == ProblemKind.CODE_LIKELY_TYPO).toList();
        assertEquals(1, typos.size(), said.toString());
        assertEquals("EP-MF-0l02", typos.get(0).rawText());
        assertEquals("EP-MF-0L02", typos.get(0).schoolCode());
    }
}
