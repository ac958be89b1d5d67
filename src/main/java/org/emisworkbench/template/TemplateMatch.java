package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.model.Message;

/**
 * Templates ranked against one workbook. Each sheet spec scores the share of its key, columns, labels
 * and grid titles found in the first {@link #SAMPLE_ROWS} rows of the sheet it names (0 when a required
 * sheet is missing); a template scores the mean over its sheets, scaled down when it leaves many of the
 * workbook's visible sheets unclaimed (so a one-sheet master list does not win a seven-sheet return).
 *
 * @param candidates every template, best first
 */
public record TemplateMatch(List<Candidate> candidates) {
    /** Rows of each sheet looked at. */
    static final int SAMPLE_ROWS = 80;
    /**
     * Lowest score accepted as a match; below it the file is reported, not guessed. A match at about this score
     * may find a key and a name but no figure column: the import then refuses it when it reads no figure.
     */
    public static final double THRESHOLD = 0.5;
    /** Labels of a block that, once found, make the block a full match. */
    static final int LABELS_FOR_FULL_SCORE = 6;

    /**
     * One template's score.
     *
     * @param template the template
     * @param score    0 (nothing matched) … 1 (every sheet, header and label found)
     * @param why      plain words: what was found and what was missing
     */
    public record Candidate(Template template, double score, Message why) {
        /** {@link #why} in English. */
        public String reason() {
            return why.english();
        }
    }

    public TemplateMatch {
        candidates = List.copyOf(candidates);
    }

    /** The best candidate when it scores at least {@link #THRESHOLD}; empty means "no template fits". */
    public Optional<Candidate> best() {
        return candidates.isEmpty() || candidates.get(0).score() < THRESHOLD ? Optional.empty()
                : Optional.of(candidates.get(0));
    }

    static TemplateMatch rank(WorkbookReader workbook, List<Template> templates) throws WorkbookException {
        Map<Integer, List<List<Cell>>> sampled = new HashMap<>();
        List<Candidate> out = new ArrayList<>();
        long visible = workbook.sheets().stream().filter(SheetInfo::visible).count();
        for (Template t : templates) {
            out.add(score(workbook, t, sampled, visible));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return new TemplateMatch(out);
    }

    private static Candidate score(WorkbookReader workbook, Template t, Map<Integer, List<List<Cell>>> sampled,
                                   long visible) throws WorkbookException {
        CodeLists lists = t.lists();
        double total = 0;
        int counted = 0;
        List<SheetInfo> claimed = new ArrayList<>();
        List<Message> reasons = new ArrayList<>();
        for (int i = 0; i < t.sheets().size(); i++) {
            SheetSpec spec = t.sheets().get(i);
            if (SheetNames.listOnLabels(t, i)) {
                continue; // a list on a form's sheet (decision 0119): the form's entry scores that sheet
            }
            SheetInfo sheet = SheetNames.find(workbook.sheets(), spec.names(), claimed, SchoolYears.of(t), 0,
                    lists.require("grade"));
            if (sheet == null) {
                if (!spec.optional()) {
                    counted++;
                    reasons.add(Message.of("match.noSheet", spec.names().get(0)));
                }
                continue;
            }
            claimed.add(sheet);
            // A sheet of one column per school is scored on its side, as the import reads it.
            List<List<Cell>> rows = spec.schoolsAcross() ? SchoolsAcross.firstRows(workbook, sheet, SAMPLE_ROWS)
                    : sample(workbook, sheet, sampled);
            double s = sheetScore(spec, rows, lists, CompiledTemplate.of(t).matcher(i));
            if (t.schoolsPer() == SchoolsPer.SHEET) {
                // Every sheet the entry names is a school's form: the mean over those holding the school-code
                // label (a cover or summary sheet is claimed, as the import reports it, but not scored).
                List<LabelSpec> code = spec.labels().stream().filter(l -> "school.code".equalsIgnoreCase(l.field()))
                        .toList();
                double sum = 0;
                int forms = 0;
                for (SheetInfo more = sheet; more != null; more = SheetNames.find(workbook.sheets(), spec.names(),
                        claimed)) {
                    if (more != sheet) {
                        claimed.add(more);
                    }
                    List<List<Cell>> r = more == sheet ? rows : sample(workbook, more, sampled);
                    String name = more.name();
                    if (code.stream().anyMatch(l -> SheetNameLabels.fromSheetName(l) ? SheetNameLabels.couldBeCode(name)
                            : InsideLabels.find(r, l) != null)) {
                        sum += more == sheet ? s : sheetScore(spec, r, lists, CompiledTemplate.of(t).matcher(i));
                        forms++;
                    }
                }
                s = forms == 0 ? 0 : sum / forms;
            }
            total += s;
            counted++;
            reasons.add(Message.of("match.sheet", sheet.name(), Math.round(s * 100)));
        }
        double mean = counted == 0 ? 0 : total / counted;
        double coverage = visible == 0 ? 1 : Math.min(1.0, claimed.stream().filter(SheetInfo::visible).count()
                / (double) visible);
        double score = mean * (0.5 + 0.5 * coverage);
        return new Candidate(t, score, Message.of("match.reason", t.id(), reasons, claimed.size(), visible));
    }

    private static double sheetScore(SheetSpec spec, List<List<Cell>> rows, CodeLists lists, HeaderMatcher m) {
        int possible = 0;
        int found = 0;
        if (!spec.columns().isEmpty() || !spec.key().isEmpty()) {
            // The file's census year is not known yet: a header's year fits a {year} column whatever it is.
            HeaderLayout h = HeaderLocator.locate(rows, m.anyYear(), spec.headerRow(), spec.headerRows());
            // Rows of both sexes (row.sex differenceOf) name values of the sex column, no header to find.
            possible += (int) spec.columns().stream().filter(c -> !c.rowSexDifference()).count()
                    + (spec.key().isEmpty() ? 0 : 1);
            found += h == null ? 0 : h.score();
        }
        double gridScore = 0;
        // A value from the sheet's (or file's) name is written nowhere on the sheet: judged with that name, not here.
        List<LabelSpec> written = spec.labels().stream().filter(l -> !SheetNameLabels.fromSheetName(l)
                && !FileNameLabels.fromFileName(l)).toList();
        if (!written.isEmpty()) {
            // A label block counts as one item, full once a few labels are found: tolerant templates list
            // many optional labels a given form does not have.
            int labels = 0;
            for (LabelSpec l : written) {
                labels += InsideLabels.find(rows, l) != null ? 1 : 0;
            }
            possible++;
            gridScore += Math.min(1.0, labels / (double) Math.min(written.size(), LABELS_FOR_FULL_SCORE));
        }
        for (GridSpec g : spec.grids()) {
            possible++;
            Cell title = GridAnchor.find(rows, g, 0, lists.require("grade"));
            if (title != null) {
                // Half for the title, half for the way sexes are split: the two grid layouts share titles.
                String shape = g.grade() == null && g.sex() == null ? gridShape(rows, title.row(), lists)
                        : g.sexLayout();
                gridScore += shape == null || shape.equals(g.sexLayout()) ? 1 : 0.5;
            }
        }
        return possible == 0 ? 1 : (found + gridScore) / possible;
    }

    /**
     * How a grid below a title splits sexes: "columns" when the row under the grade header holds M/F
     * sub-headers, "rows" otherwise; null when no grade header row follows the title.
     */
    static String gridShape(List<List<Cell>> rows, int titleRow, CodeLists lists) {
        CodeList grades = lists.require("grade");
        CodeList sexes = lists.require("sex");
        // From the title's own row: a title may be its header's corner cell (Category | Kinder | Grade 1 | …).
        for (int h = titleRow; h <= Math.min(titleRow + 4, rows.size() - 2); h++) {
            if (count(rows.get(h), grades) >= 2) {
                return count(rows.get(h + 1), sexes) >= 2 ? "columns" : "rows";
            }
        }
        return null;
    }

    private static int count(List<Cell> row, CodeList list) {
        int n = 0;
        for (Cell c : row) {
            n += list.code(c.text()) != null ? 1 : 0;
        }
        return n;
    }

    private static List<List<Cell>> sample(WorkbookReader workbook, SheetInfo sheet,
                                           Map<Integer, List<List<Cell>>> cache) throws WorkbookException {
        List<List<Cell>> rows = cache.get(sheet.index());
        if (rows == null) {
            rows = SheetNames.firstRows(workbook, sheet, SAMPLE_ROWS);
            cache.put(sheet.index(), rows);
        }
        return rows;
    }
}
