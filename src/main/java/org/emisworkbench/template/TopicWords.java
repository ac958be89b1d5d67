package org.emisworkbench.template;

import java.util.List;

/**
 * The words naming a graded topic, folded ({@link HeaderText#fold}), each with its topic's code: the words that open a
 * graded header ({@code Repeaters Grade 1 F}, {@code Redoublants CP1 Filles}) and the spellings of the built-in
 * {@code topic} list a row's {@code row.topic} cell is read with ({@code Enrolment}, {@code Effectifs}). Kept apart
 * from {@link DraftVocabulary} so that the built-in lists can use them before the vocabulary is compiled.
 */
final class TopicWords {
    static final List<String[]> WORDS = List.of(
            new String[] {"repeaters", "repeaters"}, new String[] {"repeating", "repeaters"},
            new String[] {"redoublants", "repeaters"}, new String[] {"redoublement", "repeaters"},
            new String[] {"rep", "repeaters"},
            new String[] {"new entrants", "new_entrants"}, new String[] {"nouveaux inscrits", "new_entrants"},
            new String[] {"nouveaux entrants", "new_entrants"}, new String[] {"nouveaux admis", "new_entrants"},
            new String[] {"ne", "new_entrants"},
            new String[] {"pupils with disabilities", "disabled"}, new String[] {"with disabilities", "disabled"},
            new String[] {"disabled", "disabled"}, new String[] {"eleves handicapes", "disabled"},
            new String[] {"handicapes", "disabled"}, new String[] {"eleves en situation de handicap", "disabled"},
            new String[] {"en situation de handicap", "disabled"},
            new String[] {"alunos com deficiencia", "disabled"}, new String[] {"com deficiencia", "disabled"},
            new String[] {"alunos com necessidades especiais", "disabled"},
            new String[] {"enrolment", "enrolment"}, new String[] {"enrollment", "enrolment"},
            new String[] {"enrolled", "enrolment"}, new String[] {"pupils", "enrolment"},
            new String[] {"effectifs", "enrolment"}, new String[] {"effectif", "enrolment"},
            new String[] {"eleves", "enrolment"}, new String[] {"inscrits", "enrolment"},
            new String[] {"repetentes", "repeaters"}, new String[] {"novos ingressos", "new_entrants"},
            new String[] {"novos ingressados", "new_entrants"}, new String[] {"matricula", "enrolment"},
            new String[] {"matriculados", "enrolment"}, new String[] {"alunos", "enrolment"});

    private TopicWords() {
    }
}
