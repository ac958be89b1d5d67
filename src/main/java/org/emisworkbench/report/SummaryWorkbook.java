package org.emisworkbench.report;

import org.emisworkbench.model.ReportOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Breakdown;
import org.emisworkbench.indicators.IndicatorCatalogue;
import org.emisworkbench.indicators.IndicatorDefinition;
import org.emisworkbench.model.IndicatorNumbers;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.SchoolGroup;
import org.emisworkbench.model.Numbers;

/**
 * The summary's tables as an .xlsx workbook for officers who rework the figures: key indicators
 * (numbers as numbers), enrolment by grade and sex, age × grade, schools with flags, findings by rule.
 */
public final class SummaryWorkbook {
    private SummaryWorkbook() {
    }

    public static void write(DistrictSummary s, ReportOptions options, Path file) throws IOException {
        ReportText t = new ReportText(options.locale());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheets x = new Sheets(wb);
            key(wb.createSheet(t.get("sheet.key")), x, s, t);
            enrolment(wb.createSheet(t.get("sheet.enrolment")), x, s, t);
            ageGrade(wb.createSheet(t.get("sheet.ageGrade")), x, s, t);
            for (SchoolGroup by : SchoolGroup.values()) {
                if (!s.by(by).isEmpty()) {
                    equity(wb.createSheet(t.get("sheet.by." + by.code())), x, s, t, by);
                }
            }
            schools(wb.createSheet(t.get("sheet.schools")), x, s, t, options);
            quality(wb.createSheet(t.get("sheet.quality")), x, s, t);
            wb.write(out);
        }
    }

    private static void key(Sheet sh, Sheets x, DistrictSummary s, ReportText t) {
        Sheets.text(Sheets.row(sh, 0), 0, t.get("report.title") + " " + s.label() + ", " + s.year());
        Sheets.text(Sheets.row(sh, 1), 0, t.get("source.line", s.year(), s.label()));
        x.header(sh, 3, List.of(t.get("col.indicator"), "id", t.get("col.thisYear", s.year()),
                t.get("col.lastYear", s.year() - 1), t.get("col.region"), t.get("col.country"), t.get("col.reason"),
                t.get("col.note")));
        int r = 4;
        for (String id : KeyIndicatorTable.ids()) {
            Row row = Sheets.row(sh, r++);
            IndicatorValue v = s.value(id);
            Sheets.text(row, 0, t.title(id));
            Sheets.text(row, 1, id);
            IndicatorDefinition d = ReportText.definition(id);
            Numbers.Style style = IndicatorNumbers.style(id, d.unit());
            boolean ofOne = IndicatorNumbers.isProportion(id);
            x.figure(row, 2, number(v), style, ofOne);
            x.figure(row, 3, number(s.previous().get(id)), style, ofOne);
            x.figure(row, 4, number(s.regionValues().get(id)), style, ofOne);
            x.figure(row, 5, number(s.country().get(id)), style, ofOne);
            Sheets.text(row, 6, v == null ? null : t.text(v.why()));
            // The caveat the PDF prints as a footnote: how much of this year's figure is estimated…
            Sheets.text(row, 7, v == null || !v.available() ? null : t.text(v.caveat()));
        }
        sh.setColumnWidth(0, 45 * 256);
    }

    /**
     * The equity table of the PDF: a column of figures per group of the district's schools and the district,
     * each followed by its note (partial, ages estimated) when it has one.
     */
    private static void equity(Sheet sh, Sheets x, DistrictSummary s, ReportText t, SchoolGroup by) {
        Sheets.text(Sheets.row(sh, 0), 0, t.get("section.equity." + by.code(), s.year()) + ", " + s.label());
        Sheets.text(Sheets.row(sh, 1), 0, t.get("equity.note"));
        List<String> header = new java.util.ArrayList<>(EquityTable.header(s, t, by));
        header.add(1, "id");
        List<Map<String, IndicatorValue>> columns = new java.util.ArrayList<>(s.by(by).values());
        columns.add(s.current());
        header.add(t.get("col.note"));
        x.header(sh, 3, header);
        int r = 4;
        for (String id : IndicatorCatalogue.byGroup()) {
            Row row = Sheets.row(sh, r++);
            Sheets.text(row, 0, t.title(id));
            Sheets.text(row, 1, id);
            IndicatorDefinition d = ReportText.definition(id);
            Numbers.Style style = IndicatorNumbers.style(id, d.unit());
            boolean ofOne = IndicatorNumbers.isProportion(id);
            List<String> notes = new java.util.ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                IndicatorValue v = columns.get(c).get(id);
                x.figure(row, 2 + c, number(v), style, ofOne);
                if (v != null && v.available() && v.caveat() != null) {
                    notes.add(t.get("note.column", header.get(2 + c), t.text(v.caveat())));
                }
            }
            Sheets.text(row, 2 + columns.size(), notes.isEmpty() ? null : String.join(" | ", notes));
        }
        sh.setColumnWidth(0, 45 * 256);
    }

    private static Double number(IndicatorValue v) {
        return v == null || !v.available() ? null : v.value();
    }

    private static void enrolment(Sheet sh, Sheets x, DistrictSummary s, ReportText t) {
        x.header(sh, 0, List.of(t.get("col.grade"), t.get("col.girls"), t.get("col.boys")));
        int r = 1;
        for (String g : s.ageGrade().grades()) {
            Row row = Sheets.row(sh, r++);
            Sheets.text(row, 0, g);
            Sheets.number(row, 1, grade(s.value("enrolment_female"), g));
            Sheets.number(row, 2, grade(s.value("enrolment_male"), g));
        }
    }

    private static Double grade(IndicatorValue v, String g) {
        Breakdown b = v == null ? null : v.byGrade().get(g);
        return b == null || !b.available() ? null : b.value();
    }

    private static void ageGrade(Sheet sh, Sheets x, DistrictSummary s, ReportText t) {
        AgeGradeTable a = s.ageGrade();
        java.util.List<String> header = new java.util.ArrayList<>(List.of(t.get("col.age")));
        header.addAll(a.grades());
        x.header(sh, 0, header);
        int r = 1;
        for (int i = 0; i < a.ages().size(); i++) {
            Row row = Sheets.row(sh, r++);
            Sheets.text(row, 0, ReportPupilPages.ageLabel(a.ages().get(i), t));
            for (int g = 0; g < a.grades().size(); g++) {
                Sheets.number(row, g + 1, a.counts()[i][g]);
            }
        }
        Row over = Sheets.row(sh, r);
        Sheets.text(over, 0, t.get("col.overAge"));
        for (int g = 0; g < a.grades().size(); g++) {
            x.figure(over, g + 1, a.overAgePct().get(g), Numbers.Style.PERCENT, false);
        }
    }

    private static void schools(Sheet sh, Sheets x, DistrictSummary s, ReportText t, ReportOptions o) {
        x.header(sh, 0, List.of(t.get("col.code"), t.get("col.name"), t.get("col.ownership"), t.get("col.locality"),
                t.get("col.level"), t.get("col.pupils"), t.get("col.teachers"), t.get("col.ptr"), t.get("col.pcr"),
                t.get("col.qualified"), t.get("col.flags")));
        int r = 1;
        for (SchoolRow sr : s.schools()) {
            Row row = Sheets.row(sh, r++);
            Sheets.text(row, 0, sr.code());
            Sheets.text(row, 1, sr.name());
            Sheets.text(row, 2, sr.ownership());
            Sheets.text(row, 3, sr.locality());
            Sheets.text(row, 4, sr.level());
            Sheets.number(row, 5, sr.pupils());
            Sheets.number(row, 6, sr.teachers());
            x.figure(row, 7, sr.ptr(), Numbers.Style.DECIMAL, false);
            x.figure(row, 8, sr.pupilsPerRoom(), Numbers.Style.DECIMAL, false);
            x.figure(row, 9, sr.qualifiedPct(), Numbers.Style.PERCENT, false);
            Sheets.text(row, 10, String.join("; ", ReportAnnex.flags(sr, o, t)));
        }
        sh.setColumnWidth(1, 35 * 256);
    }

    private static void quality(Sheet sh, Sheets x, DistrictSummary s, ReportText t) {
        DataQuality q = s.quality();
        x.header(sh, 0, List.of(t.get("col.expected"), t.get("col.received")));
        Sheets.number(Sheets.row(sh, 1), 0, q.expected());
        Sheets.number(Sheets.row(sh, 1), 1, q.received());
        x.header(sh, 3, List.of(t.get("col.rule"), t.get("col.message"), t.get("col.severity"), t.get("col.findings"),
                t.get("col.open")));
        int r = 4;
        for (DataQuality.RuleCount rc : q.byRule()) {
            Row row = Sheets.row(sh, r++);
            Sheets.text(row, 0, rc.ruleId());
            Sheets.text(row, 1, rc.title());
            Sheets.text(row, 2, rc.severity());
            Sheets.number(row, 3, rc.count());
            Sheets.number(row, 4, rc.open());
        }
    }
}
