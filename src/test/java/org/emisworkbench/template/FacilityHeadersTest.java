package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drafter's guesses for the SDG 4.a.1 facility and SDG 4.c teacher headers, in English and French. */
class FacilityHeadersTest {
    private static void guesses(String field, String... headers) {
        for (String h : headers) {
            DraftVocabulary.Guess g = DraftVocabulary.guess(h, "enrolment");
            assertNotNull(g, h);
            assertEquals(field, g.field(), h);
        }
    }

    @Test
    void sdg4a1HeadersInEnglish() {
        guesses("facilities.electricity", "Electricity", "Has electricity");
        guesses("facilities.internet", "Internet for teaching", "Internet for pedagogical purposes",
                "Internet used in lessons");
        guesses("facilities.computers", "Computers for teaching", "Computers for pedagogical purposes",
                "Number of computers used by pupils");
        guesses("facilities.adapted_infrastructure", "Infrastructure adapted to pupils with disabilities",
                "Adapted materials", "Ramps for wheelchairs");
        guesses("facilities.drinking_water", "Basic drinking water", "Drinking water source");
        guesses("facilities.handwashing", "Basic handwashing", "Handwashing with soap and water",
                "Hand washing point");
        guesses("facilities.toilets_girls", "Girls' toilets");
        guesses("facilities.toilets_boys", "Boys' toilets");
        guesses("facilities.toilets_accessible", "Accessible toilets");
    }

    @Test
    void sdg4a1HeadersInFrench() {
        Map.of("Électricité", "facilities.electricity",
                "Internet pour l'enseignement", "facilities.internet",
                "Accès internet pédagogique", "facilities.internet",
                "Ordinateurs pour l'enseignement", "facilities.computers",
                "Nombre d'ordinateurs", "facilities.computers",
                "Infrastructures adaptées aux élèves handicapés", "facilities.adapted_infrastructure",
                "Eau potable de base", "facilities.drinking_water",
                "Dispositif de lavage des mains avec eau et savon", "facilities.handwashing",
                "Lavage des mains", "facilities.handwashing",
                "Latrines accessibles", "facilities.toilets_accessible")
                .forEach((h, field) -> guesses(field, h));
    }

    @Test
    void sdg4cTeacherHeadersBySex() {
        DraftVocabulary.Guess trained = DraftVocabulary.guess("Trained teachers F", "enrolment");
        assertEquals("teachers.trained", trained.field());
        assertEquals("F", trained.sex());
        DraftVocabulary.Guess formes = DraftVocabulary.guess("Enseignants formés H", "enrolment", "fr");
        assertEquals("teachers.trained", formes.field());
        assertEquals("M", formes.sex());
        assertEquals("teachers.qualified", DraftVocabulary.guess("Qualified teachers M", "enrolment").field());
    }
}
