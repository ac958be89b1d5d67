package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.StoredFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip on a workspace the test builds itself, in a shape the sample country never has: the
 * master list imported before the returns, one file holding two districts' schools, figures by single
 * age without an all-ages row, a school name that is a formula, population for one district only.
 */
class DistrictPackageOtherDataTest {
    @TempDir
    Path dir;

    @Test
    void twoDistrictsOfOneFileComeBackWithTheSameFiguresIndicatorsAndFindings() throws Exception {
        Path source = ReportFixture.create(dir);
        List<Path> packages = new ArrayList<>();
        try (Workbench wb = Workbench.open(source)) {
            StoredFinding ptr = wb.validation().findings(new FindingFilter(2024, "D02", null, null, null, null)).get(0);
            wb.validation().mark(ptr.id(), org.emisworkbench.model.FindingStatus.CONFIRMED, "Deux classes, vérifié");
            for (int year : List.of(2023, 2024)) {
                for (String d : List.of("D01", "D02")) {
                    Path out = dir.resolve(d + "-" + year + ".emis.zip");
                    wb.packages().write(year, d, out, false, Progress.NONE, Cancellation.none());
                    packages.add(out);
                }
            }
        }
        Path national = dir.resolve("national.mv.db");
        try (Workbench d = Workbench.open(source); Workbench n = Workbench.open(national)) {
            List<Message> refused = new ArrayList<>();
            assertEquals(4, n.packages().importPackages(packages, Progress.NONE, Cancellation.none(), refused).size());
            assertEquals(List.of(), refused);
            for (int year : List.of(2023, 2024)) {
                List<String> figures = figures(d, year);
                assertFalse(figures.isEmpty());
                assertEquals(figures, figures(n, year), "figures of " + year);
                assertEquals(d.schools(year, null), n.schools(year, null), "schools of " + year);
                assertEquals(d.indicators().compute(year, AreaSelector.country(), null),
                        n.indicators().compute(year, AreaSelector.country(), null), "indicators of " + year);
                assertEquals(d.indicators().computeAll(year, AreaSelector.Kind.DISTRICT, null),
                        n.indicators().computeAll(year, AreaSelector.Kind.DISTRICT, null), "districts of " + year);
                assertEquals(findings(d, year), findings(n, year), "findings of " + year);
            }
            assertEquals(2, findings(n, 2024).size());
            assertTrue(findings(n, 2024).stream().anyMatch(f -> f.contains("| CONFIRMED | Deux classes, vérifié |")));
            // Schools on the master list without a return (S4) are expected nationally too.
            assertEquals(d.tableCounts().get("master_school"), n.tableCounts().get("master_school"));
            assertTrue(d.tableCounts().get("master_school").get(0) > 0);
        }
    }

    private List<String> figures(Workbench wb, int year) throws Exception {
        Path out = Files.createTempFile(dir, "figures", ".csv");
        try {
            wb.exchange().exportLong(year, null, out, true, Progress.NONE, Cancellation.none());
        } catch (ServiceException e) {
            return List.of(); // no returns that year
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
        lines.sort(null);
        return lines;
    }

    private static List<String> findings(Workbench wb, int year) {
        List<String> out = new ArrayList<>();
        for (StoredFinding f : wb.validation().findings(new FindingFilter(year, null, null, null, null, null))) {
            out.add(f.finding() + " | " + f.status() + " | " + f.comment() + " | " + f.packId());
        }
        out.sort(null);
        return out;
    }
}
