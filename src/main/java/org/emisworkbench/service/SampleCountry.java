package org.emisworkbench.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.samples.SampleCountryGenerator;

/** Finds the sample country's workbooks (or makes them) so a trainer gets it in one click. */
public final class SampleCountry {
    /** The folder name the workbooks ship in, next to the jar or the app. */
    public static final String FOLDER = "sample-workbooks";

    private SampleCountry() {
    }

    /** True when {@code dir} holds the sample returns: the master list and a year folder. */
    public static boolean isSampleFolder(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve("master-list.xlsx"))
                && Files.isDirectory(dir.resolve("2024"));
    }

    /** Where to look, in order: the given folders' {@code sample-workbooks}, and the folders themselves. */
    public static Optional<Path> locate(List<Path> places) {
        for (Path p : places) {
            if (p == null) {
                continue;
            }
            if (isSampleFolder(p.resolve(FOLDER))) {
                return Optional.of(p.resolve(FOLDER).toAbsolutePath().normalize());
            }
            if (isSampleFolder(p)) {
                return Optional.of(p.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** The usual places: next to the jar, the working directory, the installed app's folder, then {@code home}. */
    public static List<Path> usualPlaces(Path home) {
        LinkedHashSet<Path> out = new LinkedHashSet<>();
        try {
            Path code = Path.of(SampleCountry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            for (int i = 0; i < 3 && dir != null; i++, dir = dir.getParent()) {
                out.add(dir);
            }
        } catch (Exception e) {
            // No code source (e.g. a custom class loader): the other places remain.
        }
        out.add(Path.of(System.getProperty("user.dir")));
        String app = System.getProperty("jpackage.app-path");
        if (app != null && Path.of(app).getParent() != null) {
            out.add(Path.of(app).getParent());
            if (Path.of(app).getParent().getParent() != null) {
                out.add(Path.of(app).getParent().getParent().resolve("app"));
            }
        }
        if (home != null) {
            out.add(home);
        }
        return new ArrayList<>(out);
    }

    /**
     * The sample workbooks: found in the usual places, or generated into {@code home/sample-workbooks}
     * (the default seed, so they are the same as the shipped ones).
     */
    public static Path findOrGenerate(Path home, Progress progress, Cancellation cancel) {
        return findOrGenerateIn(usualPlaces(home), home, progress, cancel);
    }

    /** The sample workbooks found in {@code places}, or generated into {@code home/sample-workbooks}. */
    public static Path findOrGenerateIn(List<Path> places, Path home, Progress progress, Cancellation cancel) {
        Optional<Path> found = locate(places);
        if (found.isPresent()) {
            return found.get();
        }
        Path out = home.resolve(FOLDER);
        // The program's own folder, not an output the officer named.
        SampleService.generate(out, SampleCountryGenerator.DEFAULT_SEED, SampleCountryGenerator.DEFAULT_SCHOOLS,
                progress, cancel, true);
        return out;
    }

    /** The sample country's boundaries file, beside its master list. */
    public static final String BOUNDARIES = "boundaries.geojson";

    /**
     * Keeps the sample country's boundaries in {@code wb} once its master list is imported (the areas they
     * are matched to come from it); a folder without the file (made by an older version) is left as it is.
     *
     * @return the import's outcome, or null without a boundaries file
     */
    public static BoundaryService.Imported boundaries(Workbench wb, Path folder) {
        Path file = folder.resolve(BOUNDARIES);
        return java.nio.file.Files.isRegularFile(file) ? wb.boundaries().importFile(file, null) : null;
    }
}
