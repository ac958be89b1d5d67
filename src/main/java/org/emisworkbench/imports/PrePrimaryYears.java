package org.emisworkbench.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.SchoolStructure;
import org.emisworkbench.template.CodeLists;

/**
 * Numbered pre-primary years ({@code PP1}, {@code KG 2}, {@code ECE 3}) against the workspace's pre-primary grades
 * (decision 0066). A workspace of as many pre-primary years keeps them apart ({@code PP1}, {@code PP2}); one of a
 * single year ({@code PP}) adds them together, and that is said at each cell (IMP-34), with the
 * {@code emis structure --pre-primary} that would keep them apart — never silently.
 */
final class PrePrimaryYears {
    private static final Pattern NUMBERED = Pattern.compile("PP([1-9])");

    private PrePrimaryYears() {
    }

    /**
     * The grade {@code code} stands for in {@code grades}: its own, else for a numbered pre-primary year in a
     * workspace of one pre-primary year, that year ({@code PP}); for a template's {@code PP} (its code list giving
     * {@code PP1}, {@code PP2} to it) in a workspace of several, the year the cell's text names. Null when none.
     *
     * @param raw the cell's text, or null
     */
    static Grade grade(GradeSystem grades, String code, String raw) {
        Grade own = grades.byCode(code).orElse(null);
        if (own != null) {
            return own;
        }
        if (year(code) > 0) {
            var pre = grades.gradesOf(SchoolStructure.PRE_PRIMARY);
            return pre.size() == 1 ? pre.get(0) : null;
        }
        if ("PP".equals(code) && raw != null) {
            String named = CodeLists.builtIn().require("grade").code(raw);
            return named != null && year(named) > 0 ? grades.byCode(named).orElse(null) : null;
        }
        return null;
    }

    /**
     * What to say of a cell whose text {@code raw} (read as {@code code}) goes into the pre-primary grade
     * {@code stored}: empty unless the text names a numbered pre-primary year and the workspace has a single
     * pre-primary grade, where the years are added together.
     */
    static java.util.Optional<Message> summed(GradeSystem grades, Grade stored, String code, String raw) {
        if (stored == null || !SchoolStructure.PRE_PRIMARY.equals(stored.level())
                || grades.gradesOf(SchoolStructure.PRE_PRIMARY).size() != 1) {
            return java.util.Optional.empty();
        }
        int year = year(code);
        if (year == 0 && raw != null) {
            year = year(CodeLists.builtIn().require("grade").code(raw));
        }
        if (year == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Message.of("import.detail.prePrimarySummed", raw == null ? code : raw.strip(),
                stored.code(), Math.max(2, year)));
    }

    /**
     * Why grade {@code code} has no place in the workspace: for a numbered pre-primary year, the workspace's
     * pre-primary years and the {@code emis structure --pre-primary} that would hold it; for G13, the
     * {@code emis structure --upper-secondary} that would.
     */
    static Message notInWorkspace(GradeSystem grades, String code) {
        int year = year(code);
        int kept = grades.gradesOf(SchoolStructure.PRE_PRIMARY).size();
        if ("PP".equals(code) && kept > 1) {
            // "Pre-primary" without its year, in a workspace keeping the years apart: which one is not said.
            return Message.of("import.detail.prePrimaryWhichYear", kept);
        }
        if (("G" + SchoolStructure.MAX_GRADES).equals(code)) {
            // A 13th grade in a workspace of twelve: the structure that would hold it (decision 0072).
            int upper = SchoolStructure.MAX_GRADES - grades.gradesOf(SchoolStructure.PRIMARY).size()
                    - grades.gradesOf(SchoolStructure.LOWER_SECONDARY).size();
            return Message.of("import.detail.lastGradeNotInWorkspace", code, upper);
        }
        if (year == 0) {
            return Message.of("import.detail.gradeNotInWorkspace", code);
        }
        return Message.of("import.detail.prePrimaryNotInWorkspace", code, kept, Math.max(year, kept + 1));
    }

    /** The year number of a numbered pre-primary code ({@code PP2}: 2); 0 for any other code or null. */
    static int year(String code) {
        if (code == null) {
            return 0;
        }
        Matcher m = NUMBERED.matcher(code);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
