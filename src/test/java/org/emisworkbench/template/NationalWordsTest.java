package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Digits;
import org.junit.jupiter.api.Test;

/**
 * Review 29 F2, F4, F6: national school numbers (Indonesia's NPSN, India's UDISE code, Bangladesh's EIIN, Kenya's
 * NEMIS, Peru's código modular) are a school's code; Indonesian sexes (L/P in that language, Laki-laki/Perempuan
 * everywhere); a grade with its number as an English word (Class One); {@code ignore} matching one side of a
 * bilingual label as {@code labels} does; the script of other digits named as read.
 */
class NationalWordsTest {
    @Test
    void nationalSchoolNumbersAreTheKey() {
        for (String header : List.of("NPSN", "UDISE code", "UDISE+ code", "EIIN", "EIIN No.", "NEMIS code",
                "NEMIS No", "Código modular", "Codigo modular")) {
            DraftVocabulary.Guess g = DraftVocabulary.guess(header, "enrolment");
            assertTrue(g != null && g.key(), header + ": " + g);
        }
    }

    @Test
    void indonesianSexLettersAreReadInIndonesianOnly() {
        CodeList english = CodeLists.builtIn().require("sex");
        CodeList indonesian = CodeLists.merge(Map.of(), new ArrayList<>(), "t", "id").require("sex");
        assertNull(english.code("L"));
        assertNull(english.code("P"));
        assertEquals("M", indonesian.code("L"));
        assertEquals("F", indonesian.code("P"));
        assertNull(english.code("Laki-laki"), "read in Indonesian only: each sex spelling multiplies {grade} {sex}");
        assertEquals("M", indonesian.code("Laki-laki"));
        assertEquals("F", indonesian.code("Perempuan"));
        assertEquals("M", DraftVocabulary.guess("Kelas 3 L", "enrolment", "id").sex());
        assertEquals("G3", DraftVocabulary.guess("Kelas 3 P", "enrolment", "id").grade());
        assertEquals("F", DraftVocabulary.guess("Jumlah P", "enrolment", "id").sex());
        assertTrue(DraftVocabulary.guess("Jumlah P", "enrolment", "id").total());
        assertEquals("id", HeaderLanguage.guess(List.of("No", "NPSN", "Nama Sekolah", "Kecamatan", "Kelas 1",
                "Jumlah")));
    }

    @Test
    void aGradesNumberWrittenAsAnEnglishWordIsTheGrade() {
        CodeList grades = CodeLists.builtIn().require("grade");
        String[] words = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
            "Twelve"};
        for (int g = 1; g <= words.length; g++) {
            assertEquals("G" + g, grades.code("Class " + words[g - 1]), words[g - 1]);
        }
        assertEquals("G1", grades.code("Class One / প্রথম শ্রেণি"));
        assertEquals("G5", grades.code("Grade five"));
        assertNull(grades.code("Class Thirteen"));
        assertNull(grades.code("One"));
    }

    @Test
    void ignoreMatchesOneSideOfABilingualLabelAsLabelsDo() {
        IgnoredHeaders ignored = IgnoredHeaders.of(List.of("Sanctioned", "School Gender", "Boys", "Vac*"));
        assertTrue(ignored.ignores("Sanctioned / منظور شدہ"));
        assertTrue(ignored.ignores("School Gender / اسکول کی صنف"));
        assertTrue(ignored.ignores("Vacant / خالی"));
        assertTrue(ignored.ignores("Sanctioned"));
        assertFalse(ignored.ignores("Boys / Girls"), "two things, not one in two languages");
        assertFalse(ignored.ignores("Sanctioned posts"), "a label is a whole side, never a part of one");
        assertEquals(FormCells.isLabel("Sanctioned / منظور شدہ", List.of("Sanctioned")),
                ignored.ignores("Sanctioned / منظور شدہ"));
    }

    @Test
    void otherDigitsAreNamedByTheirScript() {
        assertEquals("Bengali", Digits.scriptOf("২৭"));
        assertEquals("Arabic-Indic", Digits.scriptOf("٣٠"));
        assertEquals("Arabic-Indic", Digits.scriptOf("۳۰"));
        assertEquals("Devanagari", Digits.scriptOf("२७"));
        assertNull(Digits.scriptOf("27"));
    }
}
