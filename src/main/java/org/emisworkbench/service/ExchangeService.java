package org.emisworkbench.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.exchange.AdxWriter;
import org.emisworkbench.exchange.DataValueBuilder;
import org.emisworkbench.exchange.DataValueSetWriter;
import org.emisworkbench.exchange.DataValueSink;
import org.emisworkbench.exchange.ExchangeMapping;
import org.emisworkbench.exchange.ExportSummary;
import org.emisworkbench.exchange.HeldBack;
import org.emisworkbench.exchange.MappingException;
import org.emisworkbench.exchange.MappingReader;
import org.emisworkbench.exchange.OpenErrors;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.report.UisTables;
import org.emisworkbench.report.UisWorkbook;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.FindingStore;
import org.emisworkbench.store.PopulationLoader;

/**
 * Sends a census year's figures to the systems ministries run: a DHIS2 data value set (JSON) or ADX,
 * as a mapping file says (docs/exchange.md). Figures an open or queried error finding puts in doubt are
 * held back unless asked for, and the result says how many and whose.
 */
public final class ExchangeService {
    /** The formats written, with the file name endings they take. */
    public enum Format {
        DHIS2_JSON(List.of(".json")), ADX(List.of(".xml", ".adx")), LONG_CSV(List.of(".csv")), UIS(List.of(".xlsx"));

        private final List<String> extensions;

        Format(List<String> extensions) {
            this.extensions = extensions;
        }

        public List<String> extensions() {
            return extensions;
        }

        /** {@code dhis2-json}, {@code adx}, {@code long-csv} or {@code uis}, as the command line writes them. */
        public static Format parse(String name) {
            for (Format f : values()) {
                if (f.name().replace('_', '-').equalsIgnoreCase(name)) {
                    return f;
                }
            }
            throw new ServiceException(Message.of("exchange.unknownFormat", name));
        }
    }

    /**
     * What was written where.
     *
     * @param sent             data values written
     * @param schools          schools with a return in the export's scope
     * @param heldBackBySchool per school whose unchecked error findings held figures back, how many values
     * @param unchecked        values held back by unchecked error findings
     * @param areasWithoutCode areas with figures but no organisation unit code in the mapping
     * @param withoutCode      values not sent for want of an organisation unit
     * @param schoolsSexNotReported schools giving a figure asked by sex without the sex (teachers, decision 0058):
     *                         the values by sex it is part of carry a partial note
     * @param sexNotReported   values by sex not sent, as all their schools give the figure without the sex
     */
    public record Result(Path file, String mappingId, String dataSet, long sent, int schools,
                         Map<String, Integer> heldBackBySchool, long unchecked, List<String> areasWithoutCode,
                         long withoutCode, List<String> schoolsSexNotReported, long sexNotReported) {
        static Result of(Path file, ExchangeMapping mapping, ExportSummary s) {
            return new Result(file, mapping.id(), mapping.dataSet(), s.sent(), s.schools(), s.heldBackBySchool(),
                    s.unchecked(), s.areasWithoutCode(), s.count(org.emisworkbench.exchange.HeldBack.Reason.NO_ORG_UNIT),
                    s.schoolsSexNotReported(), s.sexNotReported());
        }
    }

    private final Workbench workbench;

    ExchangeService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Reads and checks a mapping file, with every problem in the message. */
    static ExchangeMapping mapping(Path file) {
        try {
            return MappingReader.read(file);
        } catch (MappingException e) {
            throw new ServiceException(Message.of("exchange.badMapping", file.getFileName(),
                    String.join("\n  - ", e.problems())), e);
        }
    }

    /**
     * Writes the figures of {@code year} ({@code district} null: the whole country) to {@code out}.
     *
     * @param includeUnchecked send figures with open or queried error findings too
     * @param replace          replace an earlier export of the same name
     */
    public Result export(int year, String district, Format format, Path mappingFile, boolean includeUnchecked,
                         Path out, boolean replace, Progress progress, Cancellation cancel) {
        if (format == Format.LONG_CSV || format == Format.UIS) {
            throw new IllegalArgumentException(format + " needs no mapping: see exportLong and exportUis");
        }
        ExchangeMapping mapping = mapping(mappingFile);
        workbench.reports().check(out, format.extensions(), replace);
        CensusLoader loader = loader(year);
        OpenErrors open = includeUnchecked ? OpenErrors.none() : openErrors(year, district);
        Map<String, Integer> expected = expected(district);
        ExportSummary[] summary = new ExportSummary[1];
        Path written = workbench.reports().write(out, format.extensions(), replace, file -> {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file))) {
                summary[0] = write(loader, year, district, format, mapping, open, expected, os, progress, cancel);
            } catch (UncheckedIOException e) {
                throw e.getCause(); // from the sink, through the store's reading of each school
            }
        });
        return Result.of(written, mapping, summary[0]);
    }

    /**
     * The schools of the year ({@code district} null: the country) whose code the import found a likely typo of
     * another school's (IMP-35) and the officer has not confirmed: an export names them, their figures being
     * possibly another school's counted twice (review 22, item 4). IMP-35 is a warning: nothing is held back.
     */
    public List<org.emisworkbench.model.LikelyTypo> likelyTypos(int year, String district) {
        return workbench.store(ws -> new org.emisworkbench.store.LikelyTypoSchools(ws).of(year, district));
    }

    /** Columns of the long CSV, in order. */
    static final List<String> LONG_COLUMNS = List.of("school_code", "district", "census_year", "topic", "item",
            "age", "sex", "value", "file", "sheet", "cell");

    /**
     * Writes every current figure of {@code year} ({@code district} null: the whole country) as a long
     * CSV for analysts (R, Stata, Python): one row per school, topic, grade or item, age group and sex,
     * with its value and the cell it was read from. Streams: a national census is never held.
     *
     * @return the file written and the number of rows
     */
    public LongResult exportLong(int year, String district, Path out, boolean replace, Progress progress,
                                 Cancellation cancel) {
        workbench.reports().check(out, Format.LONG_CSV.extensions(), replace);
        CensusLoader loader = loader(year);
        long[] rows = {0};
        Path written = workbench.reports().write(out, Format.LONG_CSV.extensions(), replace, file -> {
            try (java.io.PrintWriter w = new java.io.PrintWriter(Files.newBufferedWriter(file,
                    java.nio.charset.StandardCharsets.UTF_8))) {
                w.print("\uFEFF"); // Excel opens UTF-8 with accents right only after a byte order mark
                w.print(String.join(",", LONG_COLUMNS) + "\r\n");
                workbench.store(ws -> {
                    new org.emisworkbench.store.FactLines(ws).forEach(year, district, loader.grades(), line -> {
                        if (++rows[0] % 10_000 == 0) {
                            cancel.check();
                            progress.step(rows[0], -1, Message.of("exchange.rows", rows[0]));
                        }
                        w.print(longRow(line) + "\r\n");
                    });
                    return null;
                });
                if (w.checkError()) {
                    throw new IOException("the file could not be written (disk full?)");
                }
            }
            if (rows[0] == 0) {
                // Refused before the file is moved into place: an earlier export of the name stays whole.
                throw noSchools(year, district);
            }
        });
        return new LongResult(written, rows[0]);
    }

    /**
     * Writes the UIS questionnaire tables of {@code year} for the country ({@code district} null) or one
     * district, in the officer's language, with a workings sheet (see {@link UisWorkbook}). Reads the
     * store a school at a time.
     */
    public LongResult exportUis(int year, String district, Locale locale, Path out, boolean replace,
                                Progress progress, Cancellation cancel) {
        workbench.reports().check(out, Format.UIS.extensions(), replace);
        CensusLoader loader = loader(year);
        UisTables tables = new UisTables(loader.grades(), year, district, district != null);
        Map<String, String> files = new java.util.HashMap<>(); // for a district's workings, a line per school
        if (district != null) {
            for (var s : workbench.schools(year, district)) {
                files.put(s.code(), s.file());
            }
        }
        long[] done = {0};
        eachSchool(loader, year, district, s -> {
            if (++done[0] % 1000 == 0) {
                cancel.check();
                progress.step(done[0], -1, Message.of("exchange.progress", done[0]));
            }
            tables.add(s, files.get(s.code()));
        });
        if (done[0] == 0) {
            throw noSchools(year, district);
        }
        Map<String, Integer> expected = expected(district);
        Integer inScope = expected.isEmpty() ? null : expected.values().stream().mapToInt(Integer::intValue).sum();
        Path written = workbench.reports().write(out, Format.UIS.extensions(), replace,
                file -> UisWorkbook.write(tables, inScope, locale, file));
        return new LongResult(written, done[0]);
    }

    /**
     * Each school of the scope with its return: a school at a time for the country (a national census is
     * never held whole), the district's schools loaded together for a district.
     */
    private static void eachSchool(CensusLoader loader, int year, String district,
                                   java.util.function.Consumer<SchoolFacts> each) {
        Workbench.translated(() -> {
            if (district == null) {
                loader.forEachSchool(year, each);
            } else {
                loader.load(year, district).schools().forEach(each);
            }
            return null;
        });
    }

    private static ServiceException noSchools(int year, String district) {
        return new ServiceException(Message.of("exchange.noSchools", year, district == null ? "—" : district));
    }

    /** A long CSV or UIS workbook written: where, and how many figures (CSV) or schools (UIS). */
    public record LongResult(Path file, long rows) {
    }

    private static String longRow(org.emisworkbench.model.FactLine l) {
        StringBuilder sb = new StringBuilder(96);
        List<String> fields = java.util.Arrays.asList(l.school(), l.district(), Integer.toString(l.year()),
                l.topic().code(), l.item(), l.age(), l.sex() == null ? "" : l.sex().code(),
                l.value() == null ? "" : l.value().toString(), l.source() == null ? "" : l.source().file(),
                l.source() == null ? "" : l.source().sheet(), l.source() == null ? "" : l.source().cell());
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(org.emisworkbench.model.SafeText.csvField(fields.get(i)));
        }
        return sb.toString();
    }

    private static ExportSummary write(CensusLoader loader, int year, String district, Format format,
                                       ExchangeMapping mapping, OpenErrors open, Map<String, Integer> expected,
                                       OutputStream os, Progress progress, Cancellation cancel) throws IOException {
        String period = mapping.period().replace("{year}", Integer.toString(year));
        try (DataValueSink sink = format == Format.ADX
                ? new AdxWriter(os, mapping.dataSet(), mapping.adxPeriod().replace("{year}", Integer.toString(year)),
                        Instant.now())
                : new DataValueSetWriter(os, mapping.dataSet(), period)) {
            DataValueBuilder builder = new DataValueBuilder(mapping, loader.grades(), open, expected, sink);
            long[] done = {0};
            java.util.function.Consumer<SchoolFacts> each = s -> {
                cancel.check();
                try {
                    builder.add(s);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (++done[0] % 1000 == 0) {
                    progress.step(done[0], -1, Message.of("exchange.progress", done[0]));
                }
            };
            eachSchool(loader, year, district, each);
            ExportSummary summary = builder.finish();
            if (summary.sent() == 0) {
                // ADX needs at least one group and a receiver learns nothing from an empty set: say why instead.
                throw new NothingToSend(summary);
            }
            return summary;
        } catch (NothingToSend e) {
            // Each reason with its count, the areas the mapping lacks named: "no organisation unit" and "findings
            // not checked" call for different work (review 21: schools without a district read as unchecked errors).
            ExportSummary s = e.summary;
            List<String> areas = s.areasWithoutCode().stream().map(a -> a == null || a.isBlank() ? "(-)" : a).toList();
            throw s.schools() == 0 ? noSchools(year, district) : new ServiceException(Message.of("exchange.nothingSent",
                    s.schools(), s.heldBack().size(), s.unchecked(), s.count(HeldBack.Reason.NO_ORG_UNIT),
                    String.join(", ", areas.size() <= 10 ? areas : areas.subList(0, 10)) + (areas.size() > 10 ? ", …" : ""),
                    s.sexNotReported()));
        }
    }

    /** Open and queried error findings of the year that count on their own (consequences are not). */
    private OpenErrors openErrors(int year, String district) {
        OpenErrors open = new OpenErrors();
        List<StoredFinding> findings = workbench.store(ws -> new FindingStore(ws)
                .list(new FindingFilter(year, district, null, null, Severity.ERROR, null)));
        EnumSet<FindingStatus> unchecked = EnumSet.of(FindingStatus.OPEN, FindingStatus.QUERIED);
        for (StoredFinding f : findings) {
            if (unchecked.contains(f.status()) && !f.folded()) {
                open.add(f.finding().schoolCode(), f.finding().field(), f.finding().grade(), f.finding().sex());
            }
        }
        return open;
    }

    /** Schools of the master list per district (only the district asked for, when one is). */
    private Map<String, Integer> expected(String district) {
        Map<String, Integer> out = new TreeMap<>();
        for (PopulationLoader.ExpectedSchool s : workbench.store(ws -> new PopulationLoader(ws).expectedSchools())) {
            if (s.district() != null && (district == null || s.district().equalsIgnoreCase(district))) {
                out.merge(s.district(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** The store's reader of census years, once the year is known to have returns. */
    private CensusLoader loader(int year) {
        return workbench.store(ws -> {
            CensusLoader loader = new CensusLoader(ws);
            if (!loader.years().contains(year)) {
                throw new ServiceException(Message.of("service.noReturns", year));
            }
            return loader;
        });
    }

    private static final class NothingToSend extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ExportSummary summary;

        NothingToSend(ExportSummary summary) {
            super(null, null, false, false);
            this.summary = summary;
        }
    }
}
