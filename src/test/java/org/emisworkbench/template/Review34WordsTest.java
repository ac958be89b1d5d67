package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review 34 (issue #11, decision 0120): the words of Malagasy, Dari, Amharic and French lycée returns the built-in
 * lists and the draft's vocabulary read. The whole drafts are in service.Review34WordsDraftTest.
 */
class Review34WordsTest {
    private final CodeList grade = CodeLists.builtIn().require("grade");
    private final CodeList sex = CodeLists.builtIn().require("sex");

    @Test
    void schoolCodeNameAndPlaceHeaders() {
        for (String key : List.of("Code EPP", "کود مکتب", "کد مکتب", "የትምህርት ቤት ኮድ")) {
            DraftVocabulary.Guess g = DraftVocabulary.guess(key, "enrolment");
            assertTrue(g != null && g.key(), key + ": " + g);
        }
        assertEquals("school.name", DraftVocabulary.guess("نام مکتب", "enrolment").field());
        assertEquals("school.region", DraftVocabulary.guess("ولایت", "enrolment").field());
        assertEquals("school.district", DraftVocabulary.guess("ولسوالی", "enrolment").field());
    }

    @Test
    void dariOrdinalGrades() {
        String[] ordinals = {"اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم",
            "دوازدهم"};
        for (int g = 0; g < ordinals.length; g++) {
            assertEquals("G" + (g + 1), grade.code("صنف " + ordinals[g]), ordinals[g]);
        }
        // Urdu's classes keep their numbers, the lists being one.
        assertEquals("G4", grade.code("جماعت چہارم"));
        assertEquals("G10", grade.code("جماعت دہم"));
        assertNull(grade.code("صنف"));
    }

    @Test
    void malagasyYearsAndSexes() {
        String[] taona = {"voalohany", "faharoa", "fahatelo", "fahefatra", "fahadimy"};
        for (int g = 0; g < taona.length; g++) {
            assertEquals("G" + (g + 1), grade.code("T" + (g + 1)));
            assertEquals("G" + (g + 1), grade.code("Taona " + taona[g]));
            assertEquals("G" + (g + 1), grade.code("Taona " + (g + 1)));
            assertEquals("G" + (g + 1), grade.code("T" + (g + 1) + " / Taona " + taona[g]), "both sides");
        }
        assertNull(grade.code("T2 / Taona voalohany"), "the sides disagree");
        assertEquals("M", sex.code("Zazalahy"));
        assertEquals("F", sex.code("Zazavavy"));
    }

    /** 6ème … 3ème are G7 … G10 whatever the structure: the lycée's years follow, 2nde G11, 1ère G12, Tle G13. */
    @Test
    void lyceeYearsFollowTheCollege() {
        assertEquals("G10", grade.code("3ème"));
        for (String s : List.of("2nde", "Seconde", "2de")) {
            assertEquals("G11", grade.code(s), s);
        }
        for (String s : List.of("1ère", "1ere", "Première")) {
            assertEquals("G12", grade.code(s), s);
        }
        for (String s : List.of("Tle", "Terminale")) {
            assertEquals("G13", grade.code(s), s);
        }
        assertEquals("G2", grade.code("2nd"), "English second grade, not Seconde");
        assertEquals("G1", grade.code("1ère année"), "a primary year stays one");
    }

    @Test
    void teachersAndRepeatersWords() {
        DraftVocabulary.Guess dari = DraftVocabulary.guess("معلمین", "enrolment");
        assertEquals("teachers.total", dari.field(), "" + dari);
        DraftVocabulary.Guess total = DraftVocabulary.guess("Total enseignants Femmes", "enrolment", "fr");
        assertTrue(total != null && "teachers.total".equals(total.field()) && "F".equals(total.sex()), "" + total);
        DraftVocabulary.Guess rep = DraftVocabulary.guess("6ème G dont redoublants", "enrolment", "fr");
        assertTrue(rep != null && "repeaters".equals(rep.field()) && "G7".equals(rep.grade())
                && "M".equals(rep.sex()), "" + rep);
        DraftVocabulary.Guess lycee = DraftVocabulary.guess("2nde F Effectif", "enrolment", "fr");
        assertTrue(lycee != null && "enrolment".equals(lycee.field()) && "G11".equals(lycee.grade())
                && "F".equals(lycee.sex()), "" + lycee);
        assertEquals(DraftVocabulary.SubColumn.REPEATERS, DraftVocabulary.subColumn("dont redoublants"));
        assertTrue(TeacherSumDrafter.isLevel("ዲግሪ / BA/BSc"));
        assertTrue(TeacherSumDrafter.isLevel("MA/MSc"));
    }
}
