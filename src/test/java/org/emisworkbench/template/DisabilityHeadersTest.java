package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** The drafter reads pupils with disabilities by grade and sex from English, French and Portuguese headers. */
class DisabilityHeadersTest {
    private static void disabled(String header, String grade, String sex) {
        DraftVocabulary.Guess g = DraftVocabulary.guess(header, "enrolment");
        assertNotNull(g, header);
        assertEquals("disabled", g.field(), header);
        assertEquals(grade, g.grade(), header);
        assertEquals(sex, g.sex(), header);
    }

    @Test
    void pupilsWithDisabilitiesInThreeLanguages() {
        disabled("Pupils with disabilities G1 F", "G1", "F");
        disabled("Élèves en situation de handicap G2 M", "G2", "M");
        disabled("Alunos com deficiência G3 F", "G3", "F");
        disabled("Com deficiência G4 M", "G4", "M");
        // Without the words, the same grade and sex are pupils enrolled.
        assertEquals("enrolment", DraftVocabulary.guess("Alunos G3 F", "enrolment").field());
    }
}
