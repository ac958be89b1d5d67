package org.emisworkbench.report;

import org.emisworkbench.model.ReportOptions;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.charts.ChartSpec;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.SchoolGroup;

/** The second half of the district summary: trends, the schools table and the data-quality annex. */
final class ReportAnnex {
    /** Outliers listed in the annex; a district with more is told how many were left out. */
    static final int OUTLIERS_SHOWN = 60;

    private final PdfBlocks b;
    private final DistrictSummary s;
    private final ReportText t;
    private final ReportOptions options;

    ReportAnnex(PdfBlocks b, DistrictSummary s, ReportText t, ReportOptions options) {
        this.b = b;
        this.s = s;
        this.t = t;
        this.options = options;
    }

    void trends(List<ChartSpec> charts) {
        b.heading(t.get("section.trends"));
        List<ChartSpec> lines = charts.stream().filter(c -> c.id().startsWith("trend_")).toList();
        if (lines.isEmpty()) {
            b.paragraph(t.get("trends.none"), 9);
            return;
        }
        for (ChartSpec c : lines) {
            b.chart(c, 0.3f);
        }
    }

    /**
     * The schools behind the change from the year before: the largest changes of pupils of the level,
     * with the share of the district's change they make, so a fall that is one school's outlier or a
     * missing return is seen as such. Nothing is printed without the year before.
     */
    void changes() {
        List<SchoolChange> changes = s.changes();
        if (changes.isEmpty()) {
            return;
        }
        int before = s.year() - 1;
        b.heading(t.get("section.changes", t.level(s.level()), before, s.year()));
        long total = s.changes().stream().mapToLong(SchoolChange::change).sum();
        IndicatorValue now = s.value("enrolment_total");
        IndicatorValue then = s.previous().get("enrolment_total");
        b.paragraph(now == null || then == null || !now.available() || !then.available()
                ? t.get("changes.intro.noTotal", t.count(changes.size()), t.signed(total))
                : t.get("changes.intro", t.count(changes.size()), t.signed(total), t.change(now, then)), 9);
        PdfPTable table = b.table(List.of(t.get("col.code"), t.get("col.name"), t.get("col.lastYear", before),
                t.get("col.thisYear", s.year()), t.get("col.change"), t.get("col.note")),
                new float[] {1.6f, 3.6f, 1.3f, 1.3f, 1.3f, 3.2f});
        for (SchoolChange c : changes) {
            b.cell(table, c.code(), false, false);
            b.cell(table, c.name(), false, false);
            b.cell(table, c.returnedBefore() ? t.count(c.before()) : "", true, false);
            b.cell(table, c.returnedNow() ? t.count(c.now()) : "", true, false);
            b.cell(table, t.signed(c.change()), true, false);
            b.cell(table, note(c, before), false, false);
        }
        b.add(table);
    }

    private String note(SchoolChange c, int before) {
        if (!c.returnedNow()) {
            return t.get("changes.noReturn", s.year());
        }
        if (!c.returnedBefore()) {
            return t.get("changes.noReturn", before);
        }
        if (c.now() == null || c.before() == null) {
            return t.get("changes.noEnrolment", c.now() == null ? s.year() : before);
        }
        return "";
    }

    void schools() {
        b.heading(t.get("section.schools"));
        // The legend goes above the table: below a long table it could be left alone on the last page.
        long flagged = s.schools().stream().filter(r -> !flags(r, options, t).isEmpty()).count();
        b.paragraph(t.get("schools.flagged", t.count(flagged), t.count(s.schools().size())) + " "
                + t.get("schools.legend", String.join("; ", t.get("flag.ptr", t.count(options.ptrBound())),
                        t.get("flag.pcr", t.count(options.pupilsPerRoomBound())), t.get("flag.noTeachers")),
                        t.level(s.level())), 8);
        PdfPTable table = b.table(List.of(t.get("col.code"), t.get("col.name"), t.get("col.ownership"),
                t.get("col.locality"), t.get("col.level"), t.get("col.pupils"), t.get("col.teachers"), t.get("col.ptr"),
                t.get("col.pcr"), t.get("col.qualified"), t.get("col.flags")),
                new float[] {1.6f, 3.4f, 1.5f, 1.3f, 1.5f, 1.1f, 1.1f, 1.2f, 1.2f, 1.2f, 2.4f});
        for (SchoolRow r : s.schools()) {
            List<String> flags = flags(r, options, t);
            boolean ptrOut = r.ptr() != null && r.ptr() > options.ptrBound();
            boolean roomOut = r.pupilsPerRoom() != null && r.pupilsPerRoom() > options.pupilsPerRoomBound();
            b.cell(table, r.code(), false, false);
            b.cell(table, r.name(), false, false);
            b.cell(table, r.ownership() == null ? null : t.group(SchoolGroup.OWNERSHIP, r.ownership()), false, false);
            b.cell(table, r.locality() == null ? null : t.group(SchoolGroup.LOCALITY, r.locality()), false, false);
            b.cell(table, r.level() == null ? "" : t.level(r.level()), false, false);
            b.cell(table, t.count(r.pupils()), true, false);
            b.cell(table, t.count(r.teachers()), true, false);
            b.cell(table, flagText(t.decimal(r.ptr()), ptrOut), true, ptrOut);
            b.cell(table, flagText(t.decimal(r.pupilsPerRoom()), roomOut), true, roomOut);
            b.cell(table, t.percent(r.qualifiedPct()), true, false);
            b.cell(table, String.join("; ", flags), false, !flags.isEmpty());
        }
        b.add(table);
    }

    /** A flagged value carries a mark as well as bold and grey, so it shows in any print. */
    private static String flagText(String value, boolean out) {
        return out ? value + " \u25b2" : value;
    }

    /** Why a school is flagged, in words; empty when it is within bounds. */
    static List<String> flags(SchoolRow r, ReportOptions options, ReportText t) {
        List<String> flags = new ArrayList<>();
        if (r.ptr() != null && r.ptr() > options.ptrBound()) {
            flags.add(t.get("flag.ptr", t.count(options.ptrBound())));
        }
        if (r.pupilsPerRoom() != null && r.pupilsPerRoom() > options.pupilsPerRoomBound()) {
            flags.add(t.get("flag.pcr", t.count(options.pupilsPerRoomBound())));
        }
        if (r.pupils() != null && r.pupils() > 0 && (r.teachers() == null || r.teachers() == 0)) {
            flags.add(t.get("flag.noTeachers"));
        }
        return flags;
    }

    void quality(ChartSpec returns, ChartSpec findings) {
        b.heading(t.get("section.quality"));
        DataQuality q = s.quality();
        b.subheading(t.get("quality.returns"));
        PdfPTable counts = b.table(List.of(t.get("col.expected"), t.get("col.received"), t.get("cover.completeness")),
                new float[] {1, 1, 1});
        b.row(counts, List.of(q.expected() == null ? t.na() : t.count(q.expected()), t.count(q.received()),
                t.value(s.value("completeness_pct"))));
        b.add(counts);
        b.chart(returns, 0.25f);
        b.subheading(t.get("quality.findings"));
        if (q.byRule().isEmpty()) {
            b.paragraph(t.get("quality.noFindings"), 9);
        } else {
            PdfPTable rules = b.table(List.of(t.get("col.rule"), t.get("col.message"), t.get("col.severity"),
                    t.get("col.findings"), t.get("col.open")), new float[] {1.3f, 5, 1.5f, 1.2f, 1.2f});
            for (DataQuality.RuleCount r : q.byRule()) {
                b.row(rules, List.of(r.ruleId(), r.title() == null ? "" : r.title(), t.get("severity." + r.severity()),
                        t.count(r.count()), t.count(r.open())));
            }
            b.add(rules);
            b.chart(findings, 0.45f);
        }
        if (!q.thresholds().isEmpty()) {
            b.paragraph(t.get("quality.thresholds", q.thresholds().stream().map(th -> t.get("quality.threshold",
                    th.name(), t.figure(th.value()), t.figure(th.packValue()))).collect(java.util.stream.Collectors
                    .joining("; "))), 8);
        }
        outliers(q);
        notAvailable();
    }

    private void outliers(DataQuality q) {
        b.subheading(t.get("quality.outliers"));
        if (q.outliers().isEmpty()) {
            b.paragraph(t.get("quality.noOutliers"), 9);
            return;
        }
        PdfPTable table = b.table(List.of(t.get("col.code"), t.get("col.rule"), t.get("col.field"),
                t.get("col.value"), t.get("col.message")), new float[] {1.5f, 1, 2, 1, 6});
        q.outliers().stream().limit(OUTLIERS_SHOWN).forEach(o -> {
            b.cell(table, o.schoolCode(), false, false);
            b.cell(table, o.ruleId(), false, false);
            b.cell(table, o.field(), false, false);
            b.cell(table, t.decimal(o.value()), true, false);
            b.cell(table, o.message(), false, false);
        });
        b.add(table);
        if (q.outliers().size() > OUTLIERS_SHOWN) {
            b.paragraph(t.get("quality.more", t.count(q.outliers().size() - OUTLIERS_SHOWN)), 8);
        }
    }

    private void notAvailable() {
        List<IndicatorValue> missing = KeyIndicatorTable.ids().stream().map(s::value)
                .filter(v -> v != null && !v.available()).toList();
        if (missing.isEmpty()) {
            return;
        }
        b.subheading(t.get("section.notAvailable"));
        PdfPTable table = b.table(List.of(t.get("col.indicator"), t.get("col.reason")), new float[] {2, 5});
        for (IndicatorValue v : missing) {
            b.cell(table, t.title(v.id()), false, false);
            b.cell(table, t.text(v.why()), false, false);
        }
        b.add(table);
    }
}
