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
            new String[] {"matriculados", "enrolment"}, new String[] {"alunos", "enrolment"},
            // Spanish (review 28, F6): Repitentes, Alumnos; Matrícula is the Portuguese word's spelling too.
            new String[] {"repitentes", "repeaters"}, new String[] {"alumnos", "enrolment"});

    /**
     * The words naming a count of teachers or classrooms as a whole, in French and Portuguese as in English, each with
     * its field: with the slots of {@link org.emisworkbench.model.Topic#TEACHERS} and
     * {@link org.emisworkbench.model.Topic#CLASSROOMS} ({@code qualified}, {@code permanent}…) they name the fields a
     * {@code row.topic} cell reads ({@code Qualified teachers}, {@code Teachers total}, {@code Permanent classrooms};
     * {@link #counted()}).
     */
    private static final List<String[]> COUNTED = List.of(
            new String[] {"teachers", "teachers"}, new String[] {"teacher", "teachers"},
            new String[] {"enseignants", "teachers"}, new String[] {"professores", "teachers"},
            new String[] {"classrooms", "classrooms"}, new String[] {"classroom", "classrooms"},
            new String[] {"salles de classe", "classrooms"}, new String[] {"salas de aula", "classrooms"});

    /**
     * The spellings of the teachers' and classrooms' fields a {@code row.topic} cell names, each with its field
     * ({@code teachers.total}, {@code teachers.qualified}, {@code classrooms.permanent}): a topic's word alone, or
     * beside {@code total}, is its total; beside a slot's words ({@code Qualified teachers}, {@code Teachers
     * (qualified)}, {@code Teachers, trained}), that slot. Made from the topics' own slots: no second list of fields.
     */
    static List<String[]> counted() {
        List<String[]> out = new java.util.ArrayList<>();
        for (org.emisworkbench.model.Topic t : List.of(org.emisworkbench.model.Topic.TEACHERS,
                org.emisworkbench.model.Topic.CLASSROOMS)) {
            for (String[] w : COUNTED) {
                if (!w[1].equals(t.code())) {
                    continue;
                }
                out.add(new String[] {w[0], t.code() + ".total"});
                for (String slot : t.fixedSlots()) {
                    String said = slot.replace('_', ' ');
                    String field = t.code() + "." + slot;
                    for (String form : List.of("%s %s", "%2$s %1$s", "%2$s (%1$s)", "%2$s, %1$s", "%2$s - %1$s")) {
                        out.add(new String[] {String.format(java.util.Locale.ROOT, form, said, w[0]), field});
                    }
                }
            }
        }
        return out;
    }

    private TopicWords() {
    }
}
