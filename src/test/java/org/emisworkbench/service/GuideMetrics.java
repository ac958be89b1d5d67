package org.emisworkbench.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.Breakdown;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.Topic;
import org.emisworkbench.report.DataQuality;

/**
 * The figures the trainer guide's {@code value} lines name, each computed by the services an officer's
 * window and command line use.
 */
final class GuideMetrics {
    private final Workbench wb;
    private final Path queries;
    private ImportReport lastImport;

    GuideMetrics(Workbench wb, ImportReport firstImport, Path queries) {
        this.wb = wb;
        this.lastImport = firstImport;
        this.queries = queries;
    }

    Workbench workbench() {
        return wb;
    }

    void importFile(Path file) {
        lastImport = new ImportService(wb, TemplateCatalog.load(null)).importFiles(
                new ImportRequest(List.of(file), null, null), Progress.NONE, Cancellation.none());
    }

    List<StoredFinding> findings(int year, String school, String rule) {
        return new ValidationService(wb).findings(new FindingFilter(year, null, school, rule, null, null));
    }

    List<Workbench.SourcedFigure> sources(String school, int year, String topic, String slot, String sex) {
        Topic t = Topic.fromCode(topic);
        SchoolDetails details = new SchoolDetails(wb);
        int index = t.graded() ? details.grades().byCode(slot).map(Grade::slot).orElseThrow()
                : t.fixedSlots().indexOf(slot);
        return details.sources(school, year, t, index, Sex.valueOf(sex));
    }

    /** The value of {@code metric} with its arguments, as a Number or a word. */
    Object value(String metric, String[] a) {
        return switch (metric) {
            case "import" -> importFigure(a[0]);
            case "import-problems" -> lastImport.problemsByKind().getOrDefault(a[0], 0);
            case "schools-with-return" -> wb.schools(Integer.parseInt(a[0]), null).size();
            // Findings that count; "consequences": those folded under the finding they follow from.
            case "findings" -> new ValidationService(wb).findings(new FindingFilter(Integer.parseInt(a[0]), null, null,
                    a[1].equals("all") ? null : a[1], null, null)).stream().filter(f -> !f.folded()).count();
            case "consequences" -> new ValidationService(wb).findings(new FindingFilter(Integer.parseInt(a[0]), null,
                    null, a[1].equals("all") ? null : a[1], null, null)).stream().filter(StoredFinding::folded).count();
            case "errors" -> errors(a).size();
            case "error-schools" -> errors(a).stream().map(f -> f.finding().schoolCode()).distinct().count();
            case "status" -> status(findings(Integer.parseInt(a[1]), a[0], a[2]));
            case "figure" -> sources(a[0], Integer.parseInt(a[1]), a[2], a[3], a[4]).stream()
                    .mapToInt(s -> s.value() == null ? 0 : s.value()).sum();
            case "school-enrolment" -> schoolEnrolment(a[0], Integer.parseInt(a[1]));
            case "indicator", "indicator-numerator", "indicator-denominator" -> indicator(metric, a);
            case "summary-received", "summary-expected" -> {
                DataQuality q = new ReportService(wb).summary(Integer.parseInt(a[1]), a[0], a[2], Locale.ENGLISH)
                        .quality();
                yield metric.endsWith("received") ? (Object) q.received() : q.expected();
            }
            // A school's change in the summary's table of the schools behind the change; "not listed" otherwise.
            case "summary-change" -> new ReportService(wb).summary(Integer.parseInt(a[1]), a[0], a[2], Locale.ENGLISH)
                    .changes().stream().filter(c -> c.code().equals(a[3])).findFirst()
                    .map(c -> (Object) c.change()).orElse("not listed");
            case "query-file" -> query(a).getFileName().toString();
            case "query-rows" -> queryRows(query(a));
            default -> throw new IllegalArgumentException("unknown metric " + metric);
        };
    }

    private Object importFigure(String field) {
        return switch (field) {
            case "files" -> lastImport.count(FileOutcome.IMPORTED);
            case "census-files" -> lastImport.files().stream()
                    .filter(f -> f.outcome() == FileOutcome.IMPORTED && f.year() != null).count();
            case "schools-added" -> lastImport.schoolsAdded();
            case "schools-replaced" -> lastImport.schoolsReplaced();
            case "values-stored" -> lastImport.valuesStored();
            case "rows-skipped" -> lastImport.rowsSkipped();
            default -> throw new IllegalArgumentException("unknown import figure " + field);
        };
    }

    private List<StoredFinding> errors(String[] a) {
        return new ValidationService(wb).findings(new FindingFilter(Integer.parseInt(a[0]), a[1], null, null,
                Severity.ERROR, null)).stream().filter(f -> !f.folded()).toList();
    }

    private static String status(List<StoredFinding> found) {
        return found.size() == 1 ? found.get(0).status().name().toLowerCase(Locale.ROOT) : found.size() + " findings";
    }

    private Object schoolEnrolment(String school, int year) {
        List<SchoolDetails.FigureRow> rows = new SchoolDetails(wb).figures(school, year, null).stream()
                .filter(r -> r.topic() == Topic.ENROLMENT).toList();
        return rows.isEmpty() ? "no return" : rows.stream().mapToInt(r -> r.total() == null ? 0 : r.total()).sum();
    }

    /** {@code ID DISTRICT YEAR LEVEL [sex=F|grade=G1]}. */
    private Object indicator(String metric, String[] a) {
        IndicatorValue v = new IndicatorService(wb).compute(Integer.parseInt(a[2]), AreaSelector.district(a[1]), a[3])
                .stream().filter(i -> i.id().equals(a[0])).findFirst().orElseThrow();
        Breakdown b = a.length < 5 ? new Breakdown(v.value(), v.numerator(), v.denominator(), v.available(), v.why())
                : a[4].startsWith("sex=") ? v.bySex().get(a[4].substring(4)) : v.byGrade().get(a[4].substring(6));
        Double out = switch (metric) {
            case "indicator-numerator" -> b.numerator();
            case "indicator-denominator" -> b.denominator();
            default -> b.value();
        };
        return out == null ? "n/a" : out;
    }

    private Path query(String[] a) {
        return new QueryService(wb).forSchool(Integer.parseInt(a[1]), a[0], Locale.ENGLISH, queries, true);
    }

    /** Lines the school is asked to answer: the rows under the "No." header. */
    private static int queryRows(Path file) {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            DataFormatter f = new DataFormatter();
            int n = 0;
            boolean below = false;
            for (Row row : book.getSheetAt(0)) {
                String first = f.formatCellValue(row.getCell(0)).trim();
                if (below && !first.isEmpty()) {
                    n++;
                }
                below |= first.equals("No.");
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
