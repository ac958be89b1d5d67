package org.emisworkbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.explore.ExplorationCheck;
import org.emisworkbench.explore.ExplorationJson;
import org.emisworkbench.explore.PivotBuilder;
import org.emisworkbench.model.BulletList;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Pivot;
import org.emisworkbench.model.explore.PivotText;
import org.emisworkbench.report.PivotFiles;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.PopulationLoader;
import org.emisworkbench.store.SavedExplorations;

/**
 * Explore: ad-hoc tables over the stored census, for the window and {@code emis explore} alike. A table is
 * computed school by school from the current returns (never holding the census), drilled into the
 * schools behind a cell, saved by name in the workspace or as a file, and written for Excel or scripts.
 */
public final class ExploreService {
    /** Explorations every workspace offers, shipped with the program (samples/explorations). */
    static final List<String> BUILT_IN = List.of("girls-share-by-district-and-grade", "pupils-by-age-and-locality",
            "pupils-per-teacher-by-district-and-ownership", "enrolment-by-year-and-district", "repeaters-by-grade-and-sex");
    private final Workbench workbench;

    ExploreService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Census years with current returns, in order. */
    public List<Integer> years() {
        return workbench.store(ws -> new CensusLoader(ws).years());
    }

    /**
     * The values each dimension can be filtered by, for the window's lists: years, regions, districts,
     * ownerships, localities and levels of the latest year's schools, grades, sexes. Ages and schools are
     * not listed (too many to choose from; drill into a cell instead).
     */
    public Map<Dimension, List<String>> choices() {
        Map<Dimension, List<String>> out = new EnumMap<>(Dimension.class);
        List<Integer> years = years();
        out.put(Dimension.YEAR, years.stream().map(String::valueOf).toList());
        out.put(Dimension.SEX, List.of("F", "M"));
        workbench.store(ws -> {
            out.put(Dimension.GRADE, new CensusLoader(ws).grades().grades().stream().map(g -> g.code()).toList());
            java.util.TreeSet<String> regions = new java.util.TreeSet<>();
            for (PopulationLoader.Area a : new PopulationLoader(ws).areas()) {
                if (a.parentCode() != null && "district".equalsIgnoreCase(a.level())) {
                    regions.add(a.parentCode().trim().toUpperCase(Locale.ROOT));
                }
            }
            out.put(Dimension.REGION, List.copyOf(regions));
            return null;
        });
        Map<Dimension, java.util.TreeSet<String>> seen = new EnumMap<>(Dimension.class);
        for (Dimension d : List.of(Dimension.DISTRICT, Dimension.OWNERSHIP, Dimension.LOCALITY, Dimension.LEVEL)) {
            seen.put(d, new java.util.TreeSet<>());
        }
        if (!years.isEmpty()) {
            for (org.emisworkbench.model.SchoolListing s : workbench.schools(years.get(years.size() - 1), null)) {
                add(seen.get(Dimension.DISTRICT), s.district(), true);
                add(seen.get(Dimension.OWNERSHIP), s.ownership(), false);
                add(seen.get(Dimension.LOCALITY), s.locality(), false);
                add(seen.get(Dimension.LEVEL), s.level(), false);
            }
        }
        seen.forEach((d, values) -> out.put(d, List.copyOf(values)));
        return out;
    }

    /** A value as the table keys it: codes upper-cased, code-list words lower-cased (as {@link PivotBuilder} does). */
    private static void add(Set<String> to, String value, boolean code) {
        if (value != null && !value.isBlank()) {
            to.add(code ? value.trim().toUpperCase(Locale.ROOT) : value.trim().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The table as a chart: its rows as categories and its columns as series (the measure alone when it has
     * no columns); bars, stacked bars or lines, as {@link org.emisworkbench.charts.EmisChartFactory} draws
     * every chart of the workbench.
     */
    public org.emisworkbench.charts.ChartSpec chart(Pivot p, org.emisworkbench.charts.ChartKind kind, PivotText t) {
        Exploration ex = p.exploration();
        List<String> categories = new ArrayList<>();
        for (int r = 0; r < p.rowKeys().size(); r++) {
            List<String> key = p.rowKeys().get(r);
            if (!p.subtotal(r)) { // a chart's bars are the rows; a subtotal would be drawn as one more of them
                categories.add(key.isEmpty() ? t.measure(ex.measure()) : label(p, ex.rows(), key, t));
            }
        }
        List<org.emisworkbench.charts.ChartSpec.Series> series = new ArrayList<>();
        for (int c = 0; c < p.columnKeys().size(); c++) {
            List<Double> values = new ArrayList<>();
            for (int r = 0; r < p.rowKeys().size(); r++) {
                if (!p.subtotal(r)) {
                    values.add(p.cell(r, c).value(ex.measure()));
                }
            }
            List<String> key = p.columnKeys().get(c);
            series.add(new org.emisworkbench.charts.ChartSpec.Series(
                    key.isEmpty() ? t.measure(ex.measure()) : label(p, ex.columns(), key, t), values));
        }
        String years = String.join(", ", p.years().stream().map(String::valueOf).toList());
        org.emisworkbench.charts.ValueFormat format = !ex.measure().isRatio() ? org.emisworkbench.charts.ValueFormat.COUNT
                : ex.measure().scale() == 100 ? org.emisworkbench.charts.ValueFormat.PERCENT
                : org.emisworkbench.charts.ValueFormat.RATIO;
        String title = (ex.name() == null ? t.measure(ex.measure()) : ex.name()) + ", " + years;
        return new org.emisworkbench.charts.ChartSpec("explore", kind, title, null,
                ex.rows().isEmpty() ? "" : String.join(" / ", ex.rows().stream().map(t::dimension).toList()),
                t.measure(ex.measure()), format, categories, series, List.of(), null);
    }

    /** A row's or column's values in words: "D01 North / Female". */
    public static String label(Pivot p, List<Dimension> dims, List<String> key, PivotText t) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            parts.add(t.value(p, dims.get(i), key.get(i)));
        }
        return String.join(" / ", parts);
    }

    /** Computes the table; the years come from its year filter, else every year when split by year, else the latest. */
    public Pivot run(Exploration ex, Progress progress, Cancellation cancel) {
        List<Message> problems = ExplorationCheck.problems(ex);
        if (!problems.isEmpty()) {
            throw new ServiceException(problems.size() == 1 ? problems.get(0)
                    : Message.of("explore.badDefinition", ex.name() == null ? "—" : ex.name(), new BulletList(problems)));
        }
        List<Integer> available = years();
        if (available.isEmpty()) {
            throw new ServiceException(Message.of("explore.noReturns"));
        }
        List<Integer> years = years(ex, available);
        return workbench.store(ws -> {
            CensusLoader loader = new CensusLoader(ws);
            GradeSystem grades = loader.grades();
            Map<String, String> regionOf = new HashMap<>();
            Map<String, String> labels = new HashMap<>();
            for (PopulationLoader.Area a : new PopulationLoader(ws).areas()) {
                if ("district".equalsIgnoreCase(a.level()) && a.parentCode() != null) {
                    regionOf.put(a.code().trim().toUpperCase(Locale.ROOT), a.parentCode().trim().toUpperCase(Locale.ROOT));
                }
                if (a.name() != null) {
                    labels.put(a.code().trim().toUpperCase(Locale.ROOT), a.name());
                }
            }
            PivotBuilder b = new PivotBuilder(ex, grades, regionOf, labels);
            long[] read = {0};
            try {
                for (int year : years) {
                    long[] ofYear = {0}; // the message counts this year's schools, not all years' so far
                    loader.forEachSchool(year, s -> {
                        cancel.check();
                        b.add(year, s);
                        ofYear[0]++;
                        if (++read[0] % 500 == 0) {
                            progress.step(read[0], -1, Message.of("explore.progress", year, ofYear[0]));
                        }
                    });
                }
            } catch (PivotBuilder.TooManyCells e) {
                throw new ServiceException(Message.of("explore.tooManyCells", e.limit()));
            }
            return b.build();
        });
    }

    private static List<Integer> years(Exploration ex, List<Integer> available) {
        Set<String> kept = ex.kept(Dimension.YEAR);
        if (kept.isEmpty()) {
            boolean splitByYear = ex.rows().contains(Dimension.YEAR) || ex.columns().contains(Dimension.YEAR);
            return splitByYear ? available : List.of(available.get(available.size() - 1));
        }
        List<Integer> out = new ArrayList<>();
        for (int y : available) {
            if (kept.contains(Integer.toString(y))) {
                out.add(y);
            }
        }
        if (out.isEmpty()) {
            throw new ServiceException(Message.of("explore.noYears", String.join(", ", kept)));
        }
        return out;
    }

    /**
     * The schools behind a cell (row or column -1: its total): the same measure and filters, narrowed to
     * the cell's values, one row per school.
     */
    public Pivot drill(Pivot p, int row, int column, Progress progress, Cancellation cancel) {
        Exploration ex = p.exploration();
        if (row < -1 || row >= p.rowKeys().size() || column < -1 || column >= p.columnKeys().size()) {
            throw new ServiceException(Message.of("explore.notACell", row + 1, column + 1));
        }
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        filters.putAll(ex.filters());
        if (!ex.filters().containsKey(Dimension.YEAR) && !ex.uses(Dimension.YEAR)) {
            filters.put(Dimension.YEAR, Set.of(Integer.toString(p.years().get(p.years().size() - 1))));
        }
        narrow(filters, ex.rows(), row < 0 ? null : p.rowKeys().get(row));
        narrow(filters, ex.columns(), column < 0 ? null : p.columnKeys().get(column));
        List<Dimension> rows = new ArrayList<>(List.of(Dimension.SCHOOL));
        if (ex.rows().contains(Dimension.YEAR) || ex.columns().contains(Dimension.YEAR)) {
            rows.add(0, Dimension.YEAR); // a school is listed once per year the cell spans
        }
        return run(new Exploration(null, ex.measure(), rows, List.of(), filters), progress, cancel);
    }

    private static void narrow(Map<Dimension, Set<String>> filters, List<Dimension> dims, List<String> key) {
        if (key == null) {
            return;
        }
        for (int i = 0; i < dims.size(); i++) {
            if (!Dimension.ALL.equals(key.get(i))) { // a subtotal row keeps every value of its inner dimensions
                filters.put(dims.get(i), Set.of(key.get(i)));
            }
        }
    }

    /** Names of the saved explorations, then the built-in ones not overridden by a saved one of that name. */
    public List<String> views() {
        Set<String> out = new LinkedHashSet<>(workbench.store(ws -> new SavedExplorations(ws).all()).keySet());
        out.addAll(BUILT_IN);
        return List.copyOf(out);
    }

    /** A saved or built-in exploration by name. */
    public Exploration view(String name) {
        String json = workbench.store(ws -> new SavedExplorations(ws).get(name)).orElse(null);
        if (json == null && BUILT_IN.contains(name)) {
            json = builtIn(name);
        }
        if (json == null) {
            throw new ServiceException(Message.of("explore.noView", name, String.join(", ", views())));
        }
        return parse(json, name).named(name);
    }

    /** Saves the exploration under its name in the workspace, replacing one of that name. */
    public void save(Exploration ex) {
        if (ex.name() == null || ex.name().isBlank()) {
            throw new ServiceException(Message.of("explore.nameNeeded"));
        }
        String json = ExplorationJson.write(ex);
        if (json.length() > SavedExplorations.MAX_CHARS) {
            throw new ServiceException(Message.of("explore.tooLongToSave", json.length(), SavedExplorations.MAX_CHARS));
        }
        parse(json, ex.name()); // what is saved must read back
        workbench.store(ws -> {
            new SavedExplorations(ws).put(ex.name().trim(), json);
            return null;
        });
    }

    /** Removes a saved exploration; false when there was none of that name. */
    public boolean delete(String name) {
        return workbench.store(ws -> new SavedExplorations(ws).remove(name));
    }

    /** An exploration from a file a colleague sent: a regular file, never followed through a link. */
    public Exploration readFile(Path file) {
        String source = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ServiceException(Message.of("workspace.cannotReadFile", file, "not a regular file"));
            }
            if (Files.size(file) > ExplorationJson.MAX_CHARS * 4L) {
                throw bad(source, List.of("$: larger than " + ExplorationJson.MAX_CHARS + " characters"));
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new ServiceException(Message.of("workspace.cannotReadFile", file, e.getMessage()), e);
        }
    }

    /** Writes the definition as a file to share. */
    public Path writeDefinition(Exploration ex, Path out, boolean replace) {
        return workbench.reports().write(out, List.of(".json"), replace,
                file -> Files.writeString(file, ExplorationJson.write(ex), StandardCharsets.UTF_8));
    }

    /** Writes the table as .xlsx (its shape, then its definition) or .csv (one line per cell). */
    public Path write(Pivot p, Path out, boolean replace, Locale locale) {
        boolean csv = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        List<String> kinds = new ArrayList<>(PivotFiles.XLSX);
        kinds.addAll(PivotFiles.CSV);
        return workbench.reports().write(out, kinds, replace,
                file -> {
                    if (csv) {
                        PivotFiles.csv(p, file);
                    } else {
                        PivotFiles.xlsx(p, new PivotText(locale), file);
                    }
                });
    }

    private static Exploration parse(String json, String source) {
        try {
            return ExplorationJson.read(json, source);
        } catch (ExplorationJson.ExplorationException e) {
            throw bad(source, e.problems());
        }
    }

    private static ServiceException bad(String source, List<String> problems) {
        return new ServiceException(Message.of("explore.badDefinition", source, new BulletList(new ArrayList<>(problems))));
    }

    private static String builtIn(String name) {
        try (InputStream in = ExploreService.class.getResourceAsStream("/samples/explorations/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("built-in exploration missing from the program: " + name);
            }
            return new String(in.readNBytes(ExplorationJson.MAX_CHARS + 1), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in exploration " + name, e);
        }
    }
}
