package org.emisworkbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingKey;
import org.emisworkbench.model.SourceRef;

/**
 * The query sent back to a school: one workbook listing the findings on its return in plain words,
 * with the sheet and cell where each figure was read, the value found, and an empty column for the
 * school's answer. Everything the school or a rule pack wrote is escaped against formula injection.
 */
public final class QueryWorkbook {
    /** Row (0-based) of the findings table header; the header block sits above it. */
    public static final int TABLE_ROW = 8;

    private QueryWorkbook() {
    }

    /**
     * A school and the findings to query it about; {@code behind}: for a finding about a figure worked out from
     * several cells ({@link #worksOutItsFigure}), the cells it rests on, named in the cell column; {@code gradeWords}:
     * for a finding about a grade, the words the school's form gives it ({@code Grade 2}, {@code ECE}), said in place
     * of the grade's code (a finding without is said by its code).
     */
    /**
     * @param likelyCode the code the school's code looks like a typo of (an open IMP-35 finding), said at the top of
     *                   the query so that the school confirms its code first; null when none
     */
    public record SchoolQuery(String code, String name, String district, int year, List<Finding> findings,
                              Map<FindingKey, List<SourceRef>> behind, Map<FindingKey, String> gradeWords,
                              String likelyCode) {
        public SchoolQuery {
            findings = List.copyOf(findings);
            behind = Map.copyOf(behind);
            gradeWords = Map.copyOf(gradeWords);
        }

        public SchoolQuery(String code, String name, String district, int year, List<Finding> findings,
                           Map<FindingKey, List<SourceRef>> behind, Map<FindingKey, String> gradeWords) {
            this(code, name, district, year, findings, behind, gradeWords, null);
        }

        public SchoolQuery(String code, String name, String district, int year, List<Finding> findings,
                           Map<FindingKey, List<SourceRef>> behind) {
            this(code, name, district, year, findings, behind, Map.of());
        }

        public SchoolQuery(String code, String name, String district, int year, List<Finding> findings) {
            this(code, name, district, year, findings, Map.of());
        }
    }

    /**
     * Whether the figure {@code f}'s sentence is about is worked out from several cells rather than held by its cell
     * (pupils for each teacher, cited at the teachers' cell): the value found is then that figure, and the cells it
     * rests on are named.
     */
    public static boolean worksOutItsFigure(Finding f) {
        Long figure = SchoolQueryText.figure(f, new ReportText(Locale.ENGLISH));
        if (figure == null) {
            return false;
        }
        String held = f.cellValue() == null ? "" : f.cellValue().trim();
        return !(held.matches("-?\\d{1,15}(\\.\\d+)?") && Double.parseDouble(held) == f.left());
    }

    /**
     * The value found: the figure the sentence is about when it names one (the pupils for each teacher, rounded as
     * the sentence writes it), else the cited cell's content as it holds it: a number cell for a figure (a count
     * shows as a whole number), text otherwise; nothing when neither is known.
     */
    private static void value(Row row, int col, Finding f, ReportText t) {
        Long figure = SchoolQueryText.figure(f, t);
        if (figure != null) {
            Sheets.number(row, col, figure);
        } else {
            cellValue(row, col, f.cellValue());
        }
    }

    private static void cellValue(Row row, int col, String value) {
        if (value == null) {
            return;
        }
        if (value.matches("-?\\d{1,15}(\\.\\d+)?")) {
            Sheets.number(row, col, Double.parseDouble(value));
        } else {
            Sheets.text(row, col, value);
        }
    }

    public static void write(SchoolQuery q, Locale locale, LocalDate today, Path file) throws IOException {
        ReportText t = new ReportText(locale);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheets x = new Sheets(wb);
            Sheet sh = wb.createSheet(t.get("query.sheet"));
            Sheets.text(Sheets.row(sh, 0), 0, t.get("query.title", q.year()));
            Sheets.row(sh, 0).getCell(0).setCellStyle(x.bold);
            String[][] block = {{t.get("query.code"), q.code()}, {t.get("query.school"), q.name()},
                {t.get("query.district"), q.district()}, {t.get("query.year"), Integer.toString(q.year())},
                {t.get("query.produced"), t.date(today)}};
            for (int i = 0; i < block.length; i++) {
                Row r = Sheets.row(sh, 1 + i);
                Sheets.text(r, 0, block[i][0]);
                r.getCell(0).setCellStyle(x.bold);
                Sheets.text(r, 1, block[i][1]);
            }
            Sheets.text(Sheets.row(sh, 6), 0, q.findings().isEmpty() ? t.get("query.none") : t.get("query.intro"));
            if (q.likelyCode() != null) {
                // A code that looks mistyped: the school confirms its code before anything else (review 24, LOW).
                Sheets.text(Sheets.row(sh, 7), 0, t.get("query.codeFirst", q.code(), q.likelyCode()));
                Sheets.row(sh, 7).getCell(0).setCellStyle(x.bold);
            }
            x.header(sh, TABLE_ROW, List.of(t.get("query.col.no"), t.get("query.col.severity"),
                    t.get("query.col.message"), t.get("query.col.sheet"), t.get("query.col.cell"),
                    t.get("query.col.value"), t.get("query.col.answer")));
            int r = TABLE_ROW + 1;
            for (Finding f : q.findings()) {
                Row row = Sheets.row(sh, r);
                Sheets.number(row, 0, r - TABLE_ROW);
                Sheets.text(row, 1, t.get("severity." + f.severity().name()));
                Sheets.text(row, 2, SchoolQueryText.of(f, t, q.gradeWords().get(f.key())));
                row.getCell(2).setCellStyle(x.wrap);
                List<SourceRef> cells = q.behind().getOrDefault(f.key(), List.of());
                if (f.source() != null) {
                    Sheets.text(row, 3, f.source().sheet());
                    Sheets.text(row, 4, cells.isEmpty() ? f.source().cell() : CellRanges.of(cells, f.source().sheet()));
                } else if (!cells.isEmpty()) {
                    Sheets.text(row, 3, cells.get(0).sheet());
                    Sheets.text(row, 4, CellRanges.of(cells, cells.get(0).sheet()));
                }
                value(row, 5, f, t);
                r++;
            }
            sh.setColumnWidth(0, 18 * 256);
            sh.setColumnWidth(1, 16 * 256);
            sh.setColumnWidth(2, 70 * 256);
            sh.setColumnWidth(3, 14 * 256);
            sh.setColumnWidth(6, 40 * 256);
            wb.write(out);
        }
    }
}
