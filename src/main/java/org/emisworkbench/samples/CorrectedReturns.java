package org.emisworkbench.samples;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.report.OutputFile;

/**
 * The return a school sends back after a query: its planted error put right. The workbook is written by
 * the same writer as the original, from the school's true figures (the country model before any error
 * was planted), so it is what the school would have sent had it made no mistake.
 */
public final class CorrectedReturns {
    private CorrectedReturns() {
    }

    /**
     * Writes the corrected return of {@code school} for {@code year} of the country made with {@code seed}
     * and {@code schools} into {@code outDir}, under the same relative path as the original
     * ({@code 2024/forms/D03/SCH03054.xlsx}). For a return that was missing, it is the late return.
     *
     * @return the file written
     * @throws IllegalArgumentException when the school has no planted error that year, or sends its figures
     *                                  in a district workbook (layout A), which the district corrects by hand
     */
    public static Path write(Path outDir, long seed, int schools, String school, int year) {
        return write(outDir, seed, schools, school, year, false);
    }

    /**
     * As above; a file already at the return's place is replaced only if {@code replace}.
     *
     * @throws org.emisworkbench.model.Refusal when the file exists and {@code replace} is false, or is of another kind
     */
    public static Path write(Path outDir, long seed, int schools, String school, int year, boolean replace) {
        if (schools < SampleCountryGenerator.MIN_SCHOOLS || schools > SampleCountryGenerator.MAX_SCHOOLS) {
            throw new IllegalArgumentException("The sample country needs between " + SampleCountryGenerator.MIN_SCHOOLS
                    + " and " + SampleCountryGenerator.MAX_SCHOOLS + " schools, not " + schools);
        }
        SampleCountryGenerator.Plan plan = SampleCountryGenerator.plan(seed, schools);
        boolean planted = plan.plants().all().stream().anyMatch(p -> p.school.equals(school) && p.year == year);
        if (!planted) {
            throw new IllegalArgumentException(school + " has no planted error in " + year
                    + "; its return needs no correction (see answer-key.json)");
        }
        SchoolProfile profile = plan.model().schools.stream().filter(s -> s.code().equals(school)).findFirst()
                .orElseThrow();
        if (profile.layout() == Lumeria.Layout.WIDE) {
            throw new IllegalArgumentException(school + " reports in the district workbook of "
                    + profile.district().code() + "; correct that cell in the workbook instead");
        }
        // A fresh model: planting changed the first one's figures in place.
        SchoolYear truth = CountryModel.build(seed, schools).year(school, year);
        Plants none = new Plants();
        boolean roster = profile.layout() == Lumeria.Layout.ROSTER;
        Path target = outDir.resolve(roster ? RosterWriter.path(profile, year) : GridFormWriter.path(profile, year));
        OutputFile.check(target, List.of(Workbooks.extension(target.getFileName().toString())), replace, null);
        if (roster) {
            new RosterWriter(none, seed).write(outDir, profile, truth, year);
        } else {
            new GridFormWriter(none, seed).write(outDir, profile, truth, year);
        }
        return target;
    }
}
