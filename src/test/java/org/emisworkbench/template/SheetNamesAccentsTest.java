package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.emisworkbench.workbook.SheetInfo;
import org.junit.jupiter.api.Test;

/** A sheet named without its accents ("1ere annee") is the sheet a template names with them (review 33). */
class SheetNamesAccentsTest {
    private static SheetInfo sheet(int index, String name) {
        return new SheetInfo(index, name, org.emisworkbench.workbook.Visibility.VISIBLE);
    }

    @Test
    void aNameTypedWithoutAccentsIsTheSheet() {
        List<SheetInfo> sheets = List.of(sheet(0, "Couverture"), sheet(1, "1ere annee"), sheet(2, "2EME ANNEE"));
        assertEquals("1ere annee", SheetNames.find(sheets, List.of("1ère année"), List.of()).name());
        assertEquals("2EME ANNEE", SheetNames.find(sheets, List.of("2ème année"), List.of()).name());
        assertTrue(SheetNames.matches(sheets.get(1), List.of("1ère année")));
        assertNull(SheetNames.find(sheets, List.of("3ème année"), List.of()));
    }

    @Test
    void theNameAsWrittenIsTakenFirst() {
        List<SheetInfo> sheets = List.of(sheet(0, "Annee"), sheet(1, "Année"));
        assertEquals("Année", SheetNames.find(sheets, List.of("Année"), List.of()).name());
        assertEquals("Annee", SheetNames.find(sheets, List.of("Annee"), List.of()).name());
    }

    @Test
    void otherScriptsKeepTheirVowelSigns() {
        // Devanagari vowel signs are marks, but letters of the word: कक्षा (class) is not कक्ष (room).
        SheetInfo room = sheet(0, "कक्ष");
        assertFalse(SheetNames.matches(room, List.of("कक्षा")));
        assertNull(SheetNames.find(List.of(room), List.of("कक्षा"), List.of()));
    }
}
