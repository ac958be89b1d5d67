package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emisworkbench.imports.excel.Cell;
import org.emisworkbench.imports.excel.SheetInfo;
import org.emisworkbench.imports.excel.WorkbookException;
import org.emisworkbench.imports.excel.WorkbookReader;

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
    /** Lowest score accepted as a match; below it the file is reported, not guessed. */
    public static final double THRESHOLD = 0.5;

    /**
     * One template's score.
     *
     * @param template the template
     * @param score    0 (nothing matched) … 1 (every sheet, header and label found)
     * @param reason   plain words: what was found and what was missing
     */
    public record Candidate(Template template, double score, String reason) {
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
        List<String> reasons = new ArrayList<>();
        for (SheetSpec spec : t.sheets()) {
            SheetInfo sheet = SheetNames.find(workbook.sheets(), spec.names(), claimed);
            if (sheet == null) {
                if (!spec.optional()) {
                    counted++;
                    reasons.add("no sheet " + spec.names().get(0));
                }
                continue;
            }
            claimed.add(sheet);
            List<List<Cell>> rows = sample(workbook, sheet, sampled);
            double s = sheetScore(spec, rows, lists);
            total += s;
            counted++;
            reasons.add(sheet.name() + " " + Math.round(s * 100) + "%");
        }
        double mean = counted == 0 ? 0 : total / counted;
        double coverage = visible == 0 ? 1 : Math.min(1.0, claimed.stream().filter(SheetInfo::visible).count()
                / (double) visible);
        double score = mean * (0.5 + 0.5 * coverage);
        String reason = t.id() + ": " + String.join(", ", reasons) + "; " + claimed.size() + " of " + visible
                + " visible sheet(s) used";
        return new Candidate(t, score, reason);
    }

    private static double sheetScore(SheetSpec spec, List<List<Cell>> rows, CodeLists lists) {
        int possible = 0;
        int found = 0;
        if (!spec.columns().isEmpty() || !spec.key().isEmpty()) {
            HeaderMatcher m = HeaderMatcher.compile(spec, lists, new ArrayList<>(), "");
            HeaderLayout h = HeaderLocator.locate(rows, m, spec.headerRow());
            possible += spec.columns().size() + (spec.key().isEmpty() ? 0 : 1);
            found += h == null ? 0 : h.score();
        }
        for (LabelSpec l : spec.labels()) {
            possible++;
            found += FormCells.findLabel(rows, l.labels()) != null ? 1 : 0;
        }
        for (GridSpec g : spec.grids()) {
            possible++;
            found += FormCells.findTitle(rows, g.titles(), 0) != null ? 1 : 0;
        }
        return possible == 0 ? 1 : found / (double) possible;
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
