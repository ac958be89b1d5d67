package org.emisworkbench.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ordered grades of a country, grouped in levels. Immutable. */
public final class GradeSystem {
    private final List<Grade> grades;
    private final Map<String, Grade> byCode = new LinkedHashMap<>();

    public GradeSystem(List<Grade> grades) {
        this.grades = List.copyOf(grades);
        for (int i = 0; i < this.grades.size(); i++) {
            Grade g = this.grades.get(i);
            if (g.slot() != i) {
                throw new IllegalArgumentException("Grade " + g.code() + " must have slot " + i);
            }
            if (byCode.put(g.code().toUpperCase(java.util.Locale.ROOT), g) != null) {
                throw new IllegalArgumentException("Duplicate grade " + g.code());
            }
        }
    }

    /**
     * The grade system of the sample country, also the default of a new workspace: one pre-primary
     * year then twelve grades (primary G1-G6 from age 6, lower secondary G7-G9, upper G10-G12). A workspace
     * may divide its grades otherwise ({@link SchoolStructure}); read its own from the workspace.
     */
    public static GradeSystem standard() {
        return SchoolStructure.standard().grades();
    }

    public List<Grade> grades() {
        return grades;
    }

    public int size() {
        return grades.size();
    }

    public Optional<Grade> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Grade exact = byCode.get(code); // canonical codes, the common case: no new strings
        return Optional.ofNullable(exact != null ? exact : byCode.get(code.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    public Grade bySlot(int slot) {
        return grades.get(slot);
    }

    /** Level codes in grade order, each once. */
    public List<String> levels() {
        return grades.stream().map(Grade::level).distinct().toList();
    }

    public List<Grade> gradesOf(String level) {
        return grades.stream().filter(g -> g.level().equals(level)).toList();
    }
}
