package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.SheetRow;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * Review 20 §1.1: a return naming grades past the workspace's primary in the same series as its primary grades
 * ({@code Standard 1} … {@code Standard 8}, {@code 1ª} … {@code 7ª classe}, with six years of primary) is stored right,
 * but those grades count as secondary, left out of primary enrolment while a school's pupils per teacher count them.
 * An import says so, once per file, with the command that makes primary longer. Grades past primary named in another
 * series ({@code Form 1}, {@code JSS 1}, {@code S1}, {@code 6e} after {@code CM2}) are secondary years as the return
 * means them: nothing to say; so does one series running through secondary ({@code Grade 1} … {@code Grade 12}), a
 * country's own numbering, and a school giving no primary pupils there (a secondary school). The series of a grade's name is its words without the number ({@code standard},
 * {@code classe}); the names are the sheet's texts the template's grade list reads as a grade.
 */
public final class GradesPastPrimary {
    /** The text up to its first number and the letters stuck to it: {@code Std 7} of {@code Std 7 Boys}. */
    private static final java.util.regex.Pattern GRADE_FIRST = java.util.regex.Pattern.compile("^(\\D*\\d+\\p{L}*)");
    /** A name ending in its number, {@code Standard 7}: the words, then the number. */
    private static final java.util.regex.Pattern ENDS_IN_NUMBER = java.util.regex.Pattern.compile("^(.*?)(\\d+)$");
    private final GradeSystem grades;
    /** Slot of primary's last grade; -1 when the workspace has no primary. */
    private final int lastPrimary;
    /** Per sheet and school: {figures past primary, figures of primary grades}. */
    private final Map<String, int[]> bySchool = new java.util.HashMap<>();
    /** Per sheet: the slots holding pupils, whose names the sheet's texts are read for. */
    private final Map<String, java.util.BitSet> slotsBySheet = new java.util.HashMap<>();

    public GradesPastPrimary(GradeSystem grades) {
        this.grades = grades;
        List<Grade> primary = grades.gradesOf("primary");
        this.lastPrimary = primary.isEmpty() ? -1 : primary.get(primary.size() - 1).slot();
    }

    /** The sink, counting on its way the enrolment figures stored in grades past primary. */
    public CensusSink wrap(CensusSink target) {
        return new org.emisworkbench.model.ForwardingCensusSink(target) {
            @Override
            public void facts(FactRecord facts) {
                if (lastPrimary >= 0 && facts.topic() == Topic.ENROLMENT && facts.sheet() != null) {
                    // Only a school giving primary grades too: a secondary school's return (Grade 7 to 12 on a form
                    // listing every grade) holds secondary grades as the workspace means them.
                    int[] t = bySchool.computeIfAbsent(facts.sheet() + "\u0000" + facts.schoolCode(), k -> new int[2]);
                    java.util.BitSet slots = slotsBySheet.computeIfAbsent(facts.sheet(), k -> new java.util.BitSet());
                    for (int slot = 0; slot < facts.values().length; slot++) {
                        // Pupils, not the zeros a form prints in every grade it lists.
                        if (facts.values()[slot] != FactRecord.MISSING && facts.values()[slot] > 0) {
                            if (slot > lastPrimary || grades.bySlot(slot).level().equals("primary")) {
                                // The grades whose names the warning reads (pre-primary's are not).
                                slots.set(slot);
                            }
                            t[slot > lastPrimary ? 0 : 1] += slot > lastPrimary
                                    || grades.bySlot(slot).level().equals("primary") ? 1 : 0;
                        }
                    }
                }
                super.facts(facts);
            }
        };
    }

    /**
     * One warning per sheet whose figures past primary are named in the series of its primary grades ("12 figures in
     * Standard 7–8 count as lower secondary: …"), read from the sheet's texts; none when there are no such figures.
     */
    public List<Message> warnings(WorkbookReader workbook, CodeList gradeList) throws WorkbookException {
        List<Message> out = new ArrayList<>();
        // Figures of enrolment stored past primary, by sheet, of the schools also giving primary grades there.
        Map<String, Integer> figures = new TreeMap<>();
        bySchool.forEach((key, t) -> {
            if (t[0] > 0 && t[1] > 0) {
                figures.merge(key.substring(0, key.indexOf('\u0000')), t[0], Integer::sum);
            }
        });
        if (figures.isEmpty()) {
            return out;
        }
        for (SheetInfo sheet : workbook.sheets()) {
            Integer n = figures.get(sheet.name());
            if (n == null) {
                continue;
            }
            // The first name met of each grade, by slot. The reading stops at the end of the row that names the last
            // grade holding pupils (a wide sheet's header row), where it read the whole sheet again: a second parse of
            // a national file of 50,000 schools cost about a third of its import (profiled 7 December 2026).
            Map<Integer, String> names = new TreeMap<>();
            java.util.BitSet unnamed = (java.util.BitSet) slotsBySheet.get(sheet.name()).clone();
            workbook.read(sheet, (SheetRow row) -> {
                for (int i = 0; i < row.size(); i++) {
                    if (row.kind(i) != CellKind.TEXT) {
                        continue;
                    }
                    String text = row.text(i);
                    if (text == null || text.length() > 40) {
                        continue;
                    }
                    String code = gradeList.code(text);
                    java.util.regex.Matcher head = GRADE_FIRST.matcher(text.strip());
                    if (code == null && head.find()) {
                        // "Std 7 Boys", "Grade 7 (F)": the grade before the other words of a one-row header.
                        text = head.group(1);
                        code = gradeList.code(text);
                    }
                    Grade g = code == null ? null : grades.byCode(code).orElse(null);
                    if (g != null) {
                        names.putIfAbsent(g.slot(), text.strip());
                        unnamed.clear(g.slot());
                    }
                }
                return !unnamed.isEmpty();
            });
            List<String> primarySeries = new ArrayList<>();
            names.forEach((slot, name) -> {
                if (slot <= lastPrimary && grades.bySlot(slot).level().equals("primary")) {
                    primarySeries.add(series(name));
                }
            });
            int low = -1;
            int high = -1;
            for (Map.Entry<Integer, String> e : names.entrySet()) {
                String s = series(e.getValue());
                if (e.getKey() > lastPrimary && !s.isEmpty() && primarySeries.contains(s)) {
                    low = low < 0 ? e.getKey() : low;
                    high = e.getKey();
                }
            }
            List<Grade> lower = grades.gradesOf("lower_secondary");
            if (low < 0 || !lower.isEmpty() && high >= lower.get(lower.size() - 1).slot()) {
                // None, or one series naming every grade through secondary (Grade 1 to Grade 12): the country's
                // own numbering, whose split into levels is the structure's, not a sign of a longer primary.
                continue;
            }
            int primaryYears = lastPrimary - grades.gradesOf("primary").get(0).slot() + 1;
            int wanted = primaryYears + high - lastPrimary;
            String level = grades.bySlot(low).level();
            out.add(Message.of("import.gradesPastPrimary", sheet.name(), n, range(names.get(low), names.get(high)),
                    Message.of("import.level." + (level.equals("upper_secondary") ? "upper" : "lower")),
                    primaryYears, wanted));
        }
        return out;
    }

    /** The words of a grade's name without its number: {@code Standard 7} → {@code standard}, {@code 7ª classe} → {@code classe}. */
    static String series(String name) {
        return HeaderText.fold(name).replaceAll("\\d+\\p{L}*", " ").replaceAll("\\s+", " ").strip();
    }

    /** {@code Standard 7–8} when the names differ only by their number, else {@code 7ª classe – 8ª classe}. */
    static String range(String first, String last) {
        if (first.equals(last)) {
            return first;
        }
        java.util.regex.Matcher a = ENDS_IN_NUMBER.matcher(first);
        java.util.regex.Matcher b = ENDS_IN_NUMBER.matcher(last);
        if (a.matches() && b.matches() && a.group(1).equals(b.group(1))) {
            return first + "–" + b.group(2);
        }
        return first + " – " + last;
    }
}
