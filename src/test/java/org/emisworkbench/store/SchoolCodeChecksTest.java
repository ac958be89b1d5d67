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
        SchoolRecord s = new SchoolRecord(code, name == null ? Map.of() : Map.of(SchoolAttribute.NAME, name), sheet, 0,
                cell);
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
}
