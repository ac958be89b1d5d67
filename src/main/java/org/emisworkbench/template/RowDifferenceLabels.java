package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Labelled rows of a form under a heading of a total for both sexes beside one sex only ({@code Professores | 6 | 2}
 * under {@code | HM | M}, {@code Teachers | 9 | 4} under {@code | Total | Women}): the one sex is read in its column
 * ({@code "column": ["M"]}) and the other sex worked out as the total less it, both cells of the row named
 * ({@code "labels": ["Professores"], "differenceOf": ["HM", "M"]}, decision 0044). The heading's words are the sex
 * vocabulary of wide sheets and tables ({@link HeaderText#BOTH_SEXES_WORDS}, the {@code sex} list in the sheet's
 * language).
 */
final class RowDifferenceLabels {
    /** Labels read in the one sex's column, the differences, and the cells they cover (headings, labels, values). */
    record Found(List<LabelMapping> labels, List<SumMapping> sums, Set<Long> cells) {
    }

    private RowDifferenceLabels() {
    }

    static Found find(String sheet, List<List<Cell>> rows, List<FormGrids.Found> tables, String language,
                      Set<Long> taken, Set<String> drafted) {
        CodeList sexes = CodeLists.merge(java.util.Map.of(), new ArrayList<>(), "codeLists", language).require("sex");
        List<LabelMapping> labels = new ArrayList<>();
        List<SumMapping> sums = new ArrayList<>();
        Set<Long> cells = new HashSet<>();
        Set<String> meanings = new HashSet<>();
        for (int h = 0; h < rows.size(); h++) {
            int header = h;
            if (tables.stream().anyMatch(t -> header >= t.firstRow() && header <= t.lastRow())) {
                continue;
            }
            Cell both = null;
            Cell oneSex = null;
            Cell title = null;
            int boths = 0;
            int sexed = 0;
            int others = 0;
            for (Cell c : rows.get(h)) {
                if (c.kind() != CellKind.TEXT || c.isBlank() || taken.contains(FormCrossTabs.at(c))) {
                    continue;
                }
                String n = HeaderText.normalizeLabel(c.text());
                if (HeaderText.BOTH_SEXES_WORDS.contains(n) || HeaderText.isTotalWord(c.text())) {
                    both = c;
                    boths++;
                } else if (sexes.code(c.text()) != null) {
                    oneSex = c;
                    sexed++;
                } else {
                    others++;
                    title = c;
                }
            }
            // One word more is the table's heading left of its columns (Professores | HM | M); more is another header.
            if (boths != 1 || sexed != 1 || others > 1 || !lettersTold(language, both, oneSex)
                    || title != null && title.col() >= Math.min(both.col(), oneSex.col())) {
                continue;
            }
            String given = sexes.code(oneSex.text());
            String other = "F".equals(given) ? "M" : "F";
            int firstValueCol = Math.min(both.col(), oneSex.col());
            List<Integer> blockRows = new ArrayList<>();
            List<String> categories = new ArrayList<>();
            int totalRow = -1;
            for (int r = h + 1; r < rows.size() && !rows.get(r).isEmpty(); r++) {
                Cell first = rows.get(r).get(0);
                Cell total = FormCrossTabs.cellAt(rows.get(r), both.col());
                Cell one = FormCrossTabs.cellAt(rows.get(r), oneSex.col());
                if (first.kind() != CellKind.TEXT || first.col() >= firstValueCol
                        || !(number(total) || number(one))) {
                    break;
                }
                String label = TemplateDrafter.oneLine(first.text()).strip();
                label = label.endsWith(":") ? HeaderText.normalizeLabel(label).isEmpty() ? label
                        : label.substring(0, label.length() - 1).strip() : label;
                blockRows.add(r);
                if (FormCrossTabs.isTotal(label)) {
                    totalRow = r;
                } else {
                    categories.add(label);
                }
                DraftVocabulary.Guess g = DraftVocabulary.guess(label, "enrolment");
                // Professores: all the teachers, of both sexes (a Total row is none of the label's).
                CanonicalField f = g == null || g.key() || g.sex() != null || FormCrossTabs.isTotal(label) ? null
                        : CanonicalField.parse(g.field()).orElse(null);
                if (f == null || f.kind() != CanonicalField.Kind.FIXED || f.topic() == null || !f.topic().bySex()
                        || !meanings.add(f.name())) {
                    continue;
                }
                String oneHeading = TemplateDrafter.oneLine(oneSex.text()).strip();
                labels.add(new LabelMapping(sheet, first.row(), first.col(), label, one == null ? "" : one.shown(),
                        f.name(), given, null, false, g.confidence(), oneHeading));
                sums.add(SumMapping.rowDifference(f.name(), other, label, TemplateDrafter.oneLine(both.text()).strip(),
                        oneHeading));
                cells.add(FormCrossTabs.at(first));
                cells.add(FormCrossTabs.at(both));
                cells.add(FormCrossTabs.at(oneSex));
                if (total != null) {
                    cells.add(FormCrossTabs.at(total));
                }
                if (one != null) {
                    cells.add(FormCrossTabs.at(one));
                }
            }
            List<SumMapping> blockSums = teachersOfBlock(rows, h, both, oneSex, given, blockRows, totalRow, categories,
                    drafted, meanings);
            if (!blockSums.isEmpty()) {
                sums.addAll(blockSums);
                cells.add(FormCrossTabs.at(both));
                cells.add(FormCrossTabs.at(oneSex));
                blockRows.forEach(r -> rows.get(r).forEach(c -> cells.add(FormCrossTabs.at(c))));
            }
        }
        return new Found(labels, sums, cells);
    }

    /**
     * The teachers of a table about teachers whose category rows split them ({@code Com formação pedagógica}, {@code
     * Sem formação} under {@code Professores | HM | M}, their sum its {@code Total} row in both columns): the one sex
     * given as the sum of the rows in its column, the other as the sum of each row's total less its one sex (decision
     * 0077). The rows, not the {@code Total} row, since a {@code Total} also stands under the pupils above on such
     * forms, and a label is read at its first place (IMP-40). Empty when a row or the sheet's other labels already
     * give the teachers, when no {@code Total} row confirms that the rows split them, or for another topic.
     */
    private static List<SumMapping> teachersOfBlock(List<List<Cell>> rows, int header, Cell both,
            Cell oneSex, String given, List<Integer> blockRows, int totalRow, List<String> categories,
            Set<String> drafted, Set<String> meanings) {
        String other = "F".equals(given) ? "M" : "F";
        int firstValueCol = Math.min(both.col(), oneSex.col());
        if (totalRow < 0 || categories.size() < 2
                || !FormCrossTabs.aboutTeachers(FormCrossTabs.context(rows, header, firstValueCol))
                || java.util.stream.Stream.of(given, other).anyMatch(sex -> meanings.contains("teachers.total|" + sex)
                        || drafted.contains("teachers.total|" + sex))
                || !FormCrossTabs.splitsTeachers(rows, blockRows, totalRow, List.of(both, oneSex), categories)) {
            return List.of();
        }
        String oneHeading = TemplateDrafter.oneLine(oneSex.text()).strip();
        meanings.add("teachers.total|" + given);
        meanings.add("teachers.total|" + other);
        return List.of(new SumMapping("teachers.total", given, categories, oneHeading),
                SumMapping.rowsDifference("teachers.total", other, categories,
                        TemplateDrafter.oneLine(both.text()).strip(), oneHeading));
    }

    private static boolean number(Cell c) {
        return c != null && c.kind() == CellKind.NUMBER;
    }

    /**
     * False when the one sex is a lone letter the sheet's language reads otherwise than English and the total's word
     * does not confirm that reading ({@code Total | M} in Portuguese: mulheres or masculino cannot be told; {@code HM
     * | M} can): never guessed then.
     */
    private static boolean lettersTold(String language, Cell both, Cell oneSex) {
        SexLetters.Table t = SexLetters.table(language);
        if (t == null || !HeaderText.normalizeLabel(oneSex.text()).equals(t.sign()) || t.confirming().isEmpty()) {
            return true;
        }
        return t.confirming().contains(HeaderText.normalizeLabel(both.text()));
    }
}
