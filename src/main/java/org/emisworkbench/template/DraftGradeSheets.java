package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.emisworkbench.model.Message;
import org.emisworkbench.workbook.Cell;

/**
 * One sheet per grade ({@code 1ère année} … {@code 6ème année}, {@code CP1} … {@code CM2}), each with the same header:
 * drafted as one entry named {@value SheetNames#GRADE}, which reads every sheet named by a grade for that grade
 * (decision 0117), rather than an entry per sheet with the grade written on every column (review 33, style 5).
 */
final class DraftGradeSheets {
    private DraftGradeSheets() {
    }

    /**
     * The sheets, those named by a grade and mapped alike but for their grade (two sheets or more, every sheet named by
     * a grade among them, no grade twice) put together into one named {@value SheetNames#GRADE} in the place of the
     * first, its columns and sums of the sheet's grade written without a grade; {@code samples} gets the first sheet's
     * rows under that name; a note says which sheets. Unchanged otherwise.
     */
    static List<SheetMapping> merge(List<SheetMapping> sheets, Map<String, List<List<Cell>>> samples,
                                    List<Message> notes) {
        CodeList grades = CodeLists.forDrafting().require("grade");
        List<SheetMapping> group = new ArrayList<>();
        Set<String> shapes = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SheetMapping m : sheets) {
            String grade = SheetNames.gradeOf(m.sheet(), SheetNames.GRADE, grades);
            if (grade == null) {
                continue;
            }
            if (m.across() || !seen.add(grade)) {
                return sheets; // a sheet on its side, or two sheets of one grade: each keeps its own entry
            }
            group.add(m);
            shapes.add(shape(m, grade));
        }
        if (group.size() < 2 || shapes.size() != 1 || sheets.stream().anyMatch(m -> SheetNames.byGrade(
                List.of(m.sheet())))) {
            return sheets;
        }
        SheetMapping first = group.get(0);
        String grade = SheetNames.gradeOf(first.sheet(), SheetNames.GRADE, grades);
        List<ColumnMapping> columns = first.columns().stream().map(c -> grade.equals(c.grade())
                ? new ColumnMapping(c.col(), c.header(), c.field(), c.key(), c.total(), c.sex(), null, c.age(),
                        c.codeList(), c.confidence(), c.leftOut()) : c).toList();
        List<SumMapping> sums = first.sums().stream().map(s -> grade.equals(s.grade())
                ? new SumMapping(s.field(), s.sex(), s.headers(), s.column(), null, s.difference(), s.label(), s.rows(),
                        s.bands()) : s).toList();
        SheetMapping merged = new SheetMapping(SheetNames.GRADE, first.firstRow(), first.lastRow(),
                first.headerRowSet(), columns, first.constants(), sums, first.tables(), false, first.groupRows());
        samples.put(SheetNames.GRADE, samples.get(first.sheet()));
        List<SheetMapping> out = new ArrayList<>();
        for (SheetMapping m : sheets) {
            if (m == first) {
                out.add(merged);
            } else if (!group.contains(m)) {
                out.add(m);
            }
        }
        notes.add(Message.of("draft.gradeSheets", group.stream().map(SheetMapping::sheet)
                .collect(Collectors.joining(", ")), SheetNames.GRADE));
        return out;
    }

    /** What a sheet's mapping reads, column by column, its own grade written as {@code *}: equal for the same table. */
    private static String shape(SheetMapping m, String grade) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.firstRow()).append('-').append(m.lastRow()).append(';');
        for (ColumnMapping c : m.columns()) {
            sb.append(c.col()).append('|').append(HeaderText.normalizeLabel(TemplateDrafter.oneLine(
                    c.header() == null ? "" : c.header()))).append('|').append(c.field()).append('|').append(c.key())
                    .append('|').append(c.total()).append('|').append(c.sex()).append('|')
                    .append(Objects.equals(c.grade(), grade) ? "*" : c.grade())
                    .append('|').append(c.age()).append('|').append(c.leftOut()).append(';');
        }
        for (SumMapping s : m.sums()) {
            sb.append(s.field()).append('|').append(s.sex()).append('|').append(s.headers()).append('|')
                    .append(s.column()).append('|').append(Objects.equals(s.grade(), grade) ? "*" : s.grade())
                    .append('|').append(s.difference()).append('|').append(s.label()).append(';');
        }
        return sb.append(m.constants()).toString();
    }
}
