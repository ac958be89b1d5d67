package org.emisworkbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.emisworkbench.indicators.IndicatorCatalogue;
import org.emisworkbench.indicators.IndicatorDefinition;
import org.emisworkbench.model.IndicatorSettings;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.CancelledException;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.report.DistrictReportWriter;
import org.emisworkbench.report.DistrictSummary;
import org.emisworkbench.report.OutputFile;
import org.emisworkbench.report.ReportText;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.report.SummaryWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** District summaries: one district as PDF or xlsx, or every district of a year into a folder. */
public final class ReportService {
    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    private final Workbench workbench;
    private final IndicatorSettings settings;

    ReportService(Workbench workbench) {
        this(workbench, IndicatorSettings.DEFAULT);
    }

    /** Summaries whose indicators follow a ministry's own publication settings (the share of known ages…). */
    ReportService(Workbench workbench, IndicatorSettings settings) {
        this.workbench = workbench;
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
    }

    /** The summary's content, e.g. for a preview; {@code level} null for primary. */
    public DistrictSummary summary(int year, String district, String level, Locale locale) {
        Summaries all = load(year, level);
        return districtOf(all, year, district, locale);
    }

    /**
     * A short preview of a district's summary: headline and key figures with the year before and the
     * country, worded and numbered as the PDF prints them.
     */
    public List<String> preview(int year, String district, String level, Locale locale) {
        DistrictSummary s = summary(year, district, level, locale);
        ReportText t = new ReportText(locale);
        List<String> lines = new ArrayList<>();
        lines.add(s.label() + (s.region() == null ? "" : " · " + s.region()) + " · " + s.year() + " · "
                + t.level(s.level()));
        lines.add(t.get("preview.schools", t.count(s.schools().size())));
        for (IndicatorDefinition d : IndicatorCatalogue.all()) {
            IndicatorValue v = s.current().get(d.id());
            if (v == null) {
                continue;
            }
            lines.add(t.get("preview.line", t.title(d.id()), t.value(v), s.year() - 1,
                    t.value(s.previous().get(d.id())), t.value(s.country().get(d.id()))));
        }
        return lines;
    }

    /** Writes one district's summary as a PDF; an existing file is not replaced. */
    public Path district(int year, String district, String level, ReportOptions options, Path out) {
        return district(year, district, level, options, out, false);
    }

    /** Writes one district's summary as a PDF, replacing an earlier PDF of that name if {@code replace}. */
    public Path district(int year, String district, String level, ReportOptions options, Path out, boolean replace) {
        check(out, PDF, replace);
        DistrictSummary s = summary(year, district, level, options.locale());
        org.emisworkbench.maps.MapPicture map = workbench.maps().districts(year, List.of(district), level,
                options.locale()).get(district);
        return write(out, PDF, replace, f -> DistrictReportWriter.write(s, options, map, f));
    }

    /** The indicator the national summary's map shades the districts by. */
    public static final String NATIONAL_MAP_INDICATOR = "ger";

    /**
     * Writes the national summary as a PDF (issue 19): the country's key indicators, a map of the districts
     * shaded by their gross enrolment ratio when the workspace holds boundaries, and a row per district; an
     * earlier PDF of that name is replaced only if {@code replace}.
     */
    public Path national(int year, String level, ReportOptions options, Path out, boolean replace) {
        check(out, PDF, replace);
        Summaries all = load(year, level);
        LocalDate today = LocalDate.now();
        List<DistrictSummary> districts = all.requireDistricts().stream()
                .map(d -> all.summary(d, options.locale(), today)).toList();
        if (districts.isEmpty()) {
            throw new ServiceException(Message.of("service.noReturns", year));
        }
        org.emisworkbench.maps.MapPicture map = workbench.maps().hasBoundaries()
                ? workbench.maps().country(year, level, NATIONAL_MAP_INDICATOR,
                        org.emisworkbench.maps.ClassMethod.QUANTILES, 5, MapService.SCHOOLS_HIDDEN, options.locale())
                : null;
        return write(out, PDF, replace, f -> org.emisworkbench.report.NationalReportWriter.write(districts, options,
                map, NATIONAL_MAP_INDICATOR, f));
    }

    /** Writes one district's summary tables as an .xlsx workbook; an existing file is not replaced. */
    public Path export(int year, String district, String level, ReportOptions options, Path out) {
        return export(year, district, level, options, out, false);
    }

    /** As {@link #export(int, String, String, ReportOptions, Path)}, replacing an earlier workbook if {@code replace}. */
    public Path export(int year, String district, String level, ReportOptions options, Path out, boolean replace) {
        check(out, XLSX, replace);
        DistrictSummary s = summary(year, district, level, options.locale());
        return write(out, XLSX, replace, f -> SummaryWorkbook.write(s, options, f));
    }

    static final List<String> PDF = List.of(".pdf");
    static final List<String> XLSX = List.of(".xlsx");

    /** Refuses, before any work, an output that may not be written (see {@link OutputFile#check}). */
    void check(Path out, List<String> kinds, boolean replace) {
        try {
            OutputFile.check(out, kinds, replace, workbench.databaseFile());
        } catch (org.emisworkbench.model.Refusal e) {
            throw ServiceException.from(e);
        }
    }

    /** Writes an output through {@link OutputFile}, never over the workspace; plain messages on failure. */
    Path write(Path out, List<String> kinds, boolean replace, OutputFile.Content content) {
        try {
            return OutputFile.write(out, kinds, replace, workbench.databaseFile(), content);
        } catch (org.emisworkbench.model.Refusal e) {
            throw ServiceException.from(e);
        } catch (IOException e) {
            throw new ServiceException(Message.of("report.cannotWrite", out, e.getMessage()), e);
        }
    }

    /**
     * Writes a summary for every district of the year into {@code dir} ({@code summary-YEAR-CODE.pdf}),
     * as fast as the machine allows: the census is loaded once and the PDFs are written on every core.
     * Cancelling stops before the next district; files already written stay.
     *
     * @throws CancelledException when cancelled
     */
    public List<Path> allDistricts(int year, String level, ReportOptions options, Path dir, Progress progress,
                                   Cancellation cancel) {
        return allDistricts(year, level, options, dir, progress, cancel, false);
    }

    /** As above; earlier summaries of the same names are replaced only if {@code replace}. */
    public List<Path> allDistricts(int year, String level, ReportOptions options, Path dir, Progress progress,
                                   Cancellation cancel, boolean replace) {
        long start = System.nanoTime();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ServiceException(Message.of("report.cannotCreateFolder", dir, e.getMessage()), e);
        }
        progress.step(0, -1, Message.of("progress.loadingYear", year));
        Summaries all = load(year, level);
        List<String> districts = all.requireDistricts();
        // Every name is checked before the first file is written: all or none.
        districts.forEach(d -> check(dir.resolve(fileName(year, d)), PDF, replace));
        // The schools' ratios are computed once for every district's map page, not once a district.
        Map<String, org.emisworkbench.maps.MapPicture> maps = workbench.maps().districts(year, districts, level,
                options.locale());
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), districts.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "district-report");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        LocalDate today = LocalDate.now();
        List<Future<Path>> futures = new ArrayList<>();
        try {
            for (String d : districts) {
                futures.add(pool.submit(() -> {
                    cancel.check();
                    Path file = dir.resolve(fileName(year, d));
                    DistrictSummary summary = all.summary(d, options.locale(), today);
                    write(file, PDF, replace, f -> DistrictReportWriter.write(summary, options, maps.get(d), f));
                    int n = done.incrementAndGet();
                    synchronized (progress) {
                        progress.step(n - 1, districts.size(), Message.of("progress.wrote", file.getFileName()));
                    }
                    return file;
                }));
            }
            List<Path> files = new ArrayList<>();
            for (Future<Path> f : futures) {
                files.add(f.get());
            }
            progress.update(districts.size(), districts.size(), null);
            LOG.info("{} district summaries for {} in {} ms on {} threads", files.size(), year,
                    (System.nanoTime() - start) / 1_000_000, threads);
            return files;
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof CancelledException c) {
                throw c;
            }
            if (cause instanceof ServiceException s) {
                throw s;
            }
            throw new ServiceException(Message.of("report.cannotWriteAll", cause instanceof ServiceException s ? s.message()
                    : Message.verbatim(String.valueOf(cause.getMessage()))), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The standard file name of a district's summary. */
    public static String fileName(int year, String district) {
        return "summary-" + year + "-" + safe(district) + ".pdf";
    }

    /** District and school codes as file-name parts: letters, digits, dash and underscore only. */
    static String safe(String code) {
        String s = code == null || code.isBlank() ? "unknown" : code.replaceAll("[^A-Za-z0-9_-]", "_");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    private Summaries load(int year, String level) {
        return workbench.store(ws -> Summaries.load(ws, year, level, settings))
                .titled(workbench.validation().ruleTitles(null));
    }

    private static DistrictSummary districtOf(Summaries all, int year, String district, Locale locale) {
        all.requireDistrict(district);
        return all.summary(district, locale, LocalDate.now());
    }
}
