package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Review 33: the words of Vietnamese, Lao, Bengali and Urdu returns the built-in lists read (decision 0115), and the
 * row-number header {@code Nº}. The whole drafts are in service.AsianFormsDraftTest.
 */
class AsianFormWordsTest {
    private final CodeList grade = CodeLists.builtIn().require("grade");
    private final CodeList sex = CodeLists.builtIn().require("sex");

    @Test
    void vietnameseAndLaoGradesAndSexes() {
        assertEquals("G1", grade.code("Lớp 1"));
        assertEquals("G5", grade.code("lớp 5"));
        assertEquals("G1", grade.code("ຊັ້ນ ປ.1"));
        assertEquals("G3", grade.code("ຊັ້ນ ປ.໓"));
        assertEquals("G4", grade.code("ປ.4"));
        assertNull(grade.code("ປ"));
        assertNull(grade.code("Lớp"));
        assertEquals("M", sex.code("Nam"));
        assertEquals("F", sex.code("Nữ"));
        assertEquals("M", sex.code("ຊາຍ"));
        assertEquals("F", sex.code("ຍິງ"));
        // Short one-language sex words name a sex only as a whole header or cell, never inside a longer text.
        assertNull(CodeLists.sexOfWord("nam"));
    }

    @Test
    void bengaliClassesByWordAndByNumericOrdinal() {
        String[] words = {"প্রথম", "দ্বিতীয়", "তৃতীয়", "চতুর্থ", "পঞ্চম"};
        String[] numeric = {"১ম", "২য়", "৩য়", "৪র্থ", "৫ম"};
        for (int g = 0; g < 5; g++) {
            assertEquals("G" + (g + 1), grade.code(words[g] + " শ্রেণি"), words[g]);
            assertEquals("G" + (g + 1), grade.code(words[g] + " শ্রেণী"), words[g] + " with long i");
            assertEquals("G" + (g + 1), grade.code(numeric[g] + " শ্রেণি"), numeric[g]);
        }
        // য় typed as one letter (U+09DF) or as য with a nukta: the same class.
        assertEquals("G2", grade.code("২\u09DF শ্রেণি"));
        assertEquals("G2", grade.code("২\u09AF\u09BC শ্রেণি"));
        assertEquals("G3", grade.code("তৃতী\u09DF শ্রেণি"));
        assertEquals("G6", grade.code("৬ষ্ঠ শ্রেণি"));
        assertEquals("PP", grade.code("প্রাক-প্রাথমিক"));
        assertNull(grade.code("শ্রেণি"));
        assertEquals("M", sex.code("বালক"));
        assertEquals("F", sex.code("বালিকা"));
        assertEquals("M", sex.code("পুরুষ"));
        assertEquals("F", sex.code("মহিলা"));
    }

    @Test
    void urduClassesKatchiAndSexes() {
        String[] ordinals = {"اول", "دوم", "سوم", "چہارم", "پنجم"};
        for (int g = 0; g < 5; g++) {
            assertEquals("G" + (g + 1), grade.code("جماعت " + ordinals[g]), ordinals[g]);
        }
        assertEquals("G4", grade.code("جماعت چهارم"), "the heh typed as the Arabic letter");
        assertEquals("G2", grade.code("جماعت ۲"));
        assertEquals("G1", grade.code("جماعت اول / Class 1"));
        assertNull(grade.code("جماعت اول / Class 2"), "the sides disagree");
        assertEquals("PP", grade.code("کچی"));
        assertEquals("PP", grade.code("Katchi"));
        assertEquals("PP", grade.code("کچی / Katchi"));
        assertEquals("M", sex.code("لڑکے"));
        assertEquals("F", sex.code("لڑکیاں"));
    }

    @Test
    void rowNumbersWithTheOrdinalSignAndVietnameseStt() {
        assertTrue(DraftVocabulary.serial("Nº"));
        assertTrue(DraftVocabulary.serial("N.º"));
        assertTrue(DraftVocabulary.serial("N°"));
        assertTrue(DraftVocabulary.serial("STT"));
        assertFalse(DraftVocabulary.serial("Nome"));
    }

    @Test
    void aGrandTotalBandInItsOwnLanguageIsTheTotalOfItsSex() {
        DraftVocabulary.Guess boys = DraftVocabulary.guess("Tổng cộng Nam", "enrolment");
        assertTrue(boys != null && boys.total() && "M".equals(boys.sex()) && boys.grade() == null, "" + boys);
        DraftVocabulary.Guess girls = DraftVocabulary.guess("ລວມທັງໝົດ ຍິງ", "enrolment");
        assertTrue(girls != null && girls.total() && "F".equals(girls.sex()), "" + girls);
        DraftVocabulary.Guess both = DraftVocabulary.guess("ລວມທັງໝົດ ລວມ", "enrolment");
        assertTrue(both != null && both.total() && both.sex() == null, "" + both);
        assertNull(DraftVocabulary.guess("Tổng cộng Hà Nội", "enrolment"));
    }

    @Test
    void vietnameseCongHeadsASubtotalRow() {
        assertTrue(HeaderText.isTotalLabel("Cộng xã Tân Kim"));
        assertTrue(HeaderText.isTotalLabel("Cộng"));
        assertTrue(HeaderText.isTotalLabel("Tổng cộng toàn huyện"));
        assertFalse(HeaderText.isTotalLabel("Trường TH Tân Kim 1"));
        assertFalse(HeaderText.isTotalLabel("Congo Primary"));
    }
}
