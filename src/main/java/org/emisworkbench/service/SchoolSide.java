package org.emisworkbench.service;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RuleSpec;
import org.emisworkbench.store.ProblemLog;

/**
 * Which findings of a year a school can answer. A finding about an import problem is the officer's alone when every
 * problem it is about is of a kind {@link ProblemKind#who()} gives to the officer (how the template reads the form:
 * figures not read, a table or column not found); every other finding is the school's. The problems a finding is
 * about are those stored at its cell for its school (each the officer's or the school's by {@link ProblemKind#who(String)}:
 * an unknown printed row label of a form's table is the officer's), narrowed to the kinds its rule reports when its rule is the
 * built-in pack's (a pack read from a file may be gone: then every problem at the cell counts, and the finding stays
 * the school's if any of them is).
 */
final class SchoolSide {
    /** school | sheet!cell → the kinds of the problems stored there. */
    private final Map<String, Set<ProblemKind>> atCell = new HashMap<>();
    /** school | sheet!cell → the kinds of which a problem stored there is the school's ({@link ProblemKind#who(String)}). */
    private final Map<String, Set<ProblemKind>> schoolsAtCell = new HashMap<>();
    /** The built-in pack's import-problem rules → the kinds each reports. */
    private final Map<String, Set<ProblemKind>> byRule = new HashMap<>();

    SchoolSide(Workbench workbench, int year) {
        for (ProblemLog.FileProblem p : workbench.store(ws -> new ProblemLog(ws).current(year))) {
            if (p.problem().schoolCode() != null) {
                String at = where(p.problem().schoolCode(), p.problem().sheetCell());
                atCell.computeIfAbsent(at, k -> EnumSet.noneOf(ProblemKind.class)).add(p.problem().kind());
                if (p.problem().kind().who(p.problem().field()) == ProblemKind.Who.SCHOOL) {
                    schoolsAtCell.computeIfAbsent(at, k -> EnumSet.noneOf(ProblemKind.class)).add(p.problem().kind());
                }
            }
        }
        if (!atCell.isEmpty()) {
            for (Rule r : workbench.validation().loadPack(null).rules()) {
                if (r.spec() instanceof RuleSpec.ImportProblemSpec spec) {
                    byRule.put(r.id(), spec.problems());
                }
            }
        }
    }

    /** Whether {@code f} is about how the template reads the form, which the school cannot put right. */
    boolean officerOnly(Finding f) {
        if (!f.key().aboutOneCell() || f.schoolCode() == null) {
            return false;
        }
        Set<ProblemKind> kinds = EnumSet.noneOf(ProblemKind.class);
        String at = where(f.schoolCode(), f.key().cell());
        kinds.addAll(atCell.getOrDefault(at, Set.of()));
        Set<ProblemKind> ruleKinds = f.key().pack() == null ? byRule.get(f.ruleId()) : null;
        if (ruleKinds != null && kinds.stream().anyMatch(ruleKinds::contains)) {
            kinds.retainAll(ruleKinds);
        }
        Set<ProblemKind> schools = schoolsAtCell.getOrDefault(at, Set.of());
        return !kinds.isEmpty() && kinds.stream().noneMatch(schools::contains);
    }

    /**
     * The findings the school can answer, one per question, and how many of {@code findings} were the officer's. Two
     * rules of one family of the built-in pack checking one figure against two bounds (PTR-01 above 100 and PTR-02
     * outside 10 to 70 pupils per teacher, both 424 for one school; CHG-01 and CHG-02; OUT-01…03) ask the school one
     * question: of its findings of one family about the same figure (the same fields, grade, sex and age, and the same
     * value checked), the most severe is kept. Rules of other families about that figure ask other questions (the
     * change since last year, the peers' figure) and stay.
     */
    Split split(List<Finding> findings) {
        List<Finding> school = findings.stream().filter(f -> !officerOnly(f)).toList();
        Map<String, Finding> onePerFigure = new java.util.LinkedHashMap<>();
        int n = 0;
        for (Finding f : school) {
            int dash = f.ruleId().lastIndexOf('-');
            String figure = f.left() == null || f.schoolCode() == null || f.key().pack() != null || dash < 1 ? "#" + n++
                    : String.join("|", f.ruleId().substring(0, dash), f.schoolCode(), String.valueOf(f.field()),
                            String.valueOf(f.grade()), String.valueOf(f.sex()), String.valueOf(f.age()),
                            Double.toString(f.left()));
            onePerFigure.merge(figure, f, (a, b) -> b.severity().compareTo(a.severity()) < 0 ? b : a);
        }
        return new Split(List.copyOf(onePerFigure.values()), findings.size() - school.size());
    }

    record Split(List<Finding> school, int officerOnly) {
    }

    private static String where(String school, String sheetCell) {
        return school.toUpperCase(Locale.ROOT) + "|" + sheetCell;
    }
}
