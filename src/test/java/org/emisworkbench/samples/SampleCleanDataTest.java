package org.emisworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schools without a planted error stay inside the contract's clean-data bounds. */
class SampleCleanDataTest {
    @TempDir
    Path tmp;

    private static Set<String> plantedSchools(SampleCountryGenerator.Plan plan) {
        Set<String> out = new HashSet<>();
        plan.plants().all().forEach(p -> out.add(p.school));
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {25, 60, 420})
    void cleanSchoolsStayInBounds(int count) {
        SampleCountryGenerator.Plan plan = SampleCountryGenerator.plan(2024 + count, count);
        Set<String> planted = plantedSchools(plan);
        int clean = 0;
        for (SchoolProfile s : plan.model().schools) {
            if (planted.contains(s.code())) {
                continue;
            }
            clean++;
            SchoolYear a = plan.model().year(s.code(), 2024);
            SchoolYear b = plan.model().year(s.code(), 2025);
            schoolYearInBounds(s, a);
            schoolYearInBounds(s, b);
            double change = (double) b.total() / a.total() - 1;
            assertTrue(Math.abs(change) <= 0.20, s.code() + " change " + change);
            for (int g = Lumeria.firstGrade(s.level()) + 1; g <= Lumeria.lastGrade(s.level()); g++) {
                for (int sex = 0; sex < 2; sex++) {
                    assertTrue(b.enrol(g, sex) <= a.enrol(g - 1, sex) + b.repeaters[g][sex],
                            s.code() + " cohort G" + g);
                }
            }
        }
        assertTrue(clean > 0);
        for (int year : Lumeria.YEARS) {
            peersInBounds(plan, planted, year);
            distinctFigures(plan, planted, year);
        }
    }

    private static void schoolYearInBounds(SchoolProfile s, SchoolYear y) {
        String id = s.code();
        int total = y.total();
        assertTrue(total > 0 && y.teachersTotal() > 0 && y.usableClassrooms() > 0, id);
        double ptr = (double) total / y.teachersTotal();
        double pcr = (double) total / y.usableClassrooms();
        assertTrue(ptr >= 15 && ptr <= 55, id + " PTR " + ptr);
        assertTrue(pcr >= 15 && pcr <= 65, id + " PCR " + pcr);
        double girls = (double) y.totalBySex(Lumeria.F) / total;
        assertTrue(girls >= 0.40 && girls <= 0.60, id + " girls " + girls);
        for (int sex = 0; sex < 2; sex++) {
            assertTrue(y.qualified[sex] <= y.teachers[sex] && y.trained[sex] <= y.teachers[sex], id);
            if (s.offers(1)) {
                assertTrue(y.newEntrants(sex) <= y.enrol(1, sex), id + " new entrants");
            }
            for (int g = 0; g < Lumeria.GRADES; g++) {
                int e = y.enrol(g, sex);
                assertTrue(y.repeaters[g][sex] >= 0 && y.repeaters[g][sex] <= 0.15 * e, id + " repeaters G" + g);
                assertTrue(s.offers(g) || e == 0, id + " grade not offered " + g);
                int unknown = y.enrol[g][Lumeria.UNKNOWN_AGE][sex];
                assertTrue(unknown <= 1, id + " unknown ages");
                for (int a = 0; a < Lumeria.UNKNOWN_AGE; a++) {
                    int age = Lumeria.MIN_AGE + a;
                    int off = age - Lumeria.officialAge(g);
                    assertTrue(y.enrol[g][a][sex] >= 0, id);
                    assertTrue(y.enrol[g][a][sex] == 0 || off >= -1 && off <= 3, id + " age " + age + " in G" + g);
                }
            }
        }
    }

    /** Size within 0.6-1.6 x the peer median, and modified z-score below 3.5, among all returns. */
    private static void peersInBounds(SampleCountryGenerator.Plan plan, Set<String> planted, int year) {
        Map<String, List<SchoolProfile>> groups = new HashMap<>();
        for (SchoolProfile s : plan.model().schools) {
            if (!plan.plants().isMissing(s.code(), year)) {
                groups.computeIfAbsent(s.district().code() + s.level(), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<SchoolProfile> peers : groups.values()) {
            double[] sizes = peers.stream().mapToDouble(s -> plan.model().year(s.code(), year).total()).toArray();
            double median = median(sizes);
            double[] dev = new double[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                dev[i] = Math.abs(sizes[i] - median);
            }
            double mad = median(dev);
            for (int i = 0; i < sizes.length; i++) {
                if (planted.contains(peers.get(i).code())) {
                    continue;
                }
                double ratio = sizes[i] / median;
                assertTrue(ratio >= 0.6 && ratio <= 1.6, peers.get(i).code() + " size ratio " + ratio);
                if (mad > 0) {
                    double z = 0.6745 * (sizes[i] - median) / mad;
                    assertTrue(Math.abs(z) < 3.5, peers.get(i).code() + " " + year + " modified z " + z);
                }
            }
        }
    }

    private static void distinctFigures(SampleCountryGenerator.Plan plan, Set<String> planted, int year) {
        Set<String> seen = new HashSet<>();
        for (SchoolProfile s : plan.model().schools) {
            if (!planted.contains(s.code())) {
                assertTrue(seen.add(plan.model().year(s.code(), year).fingerprint()), s.code() + " copies figures");
            }
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The files print the model: a wide Pupils row's cells and cached totals equal the clean school's figures. */
    @Test
    void widePupilsMatchModel() throws IOException {
        SampleCountryGenerator.generate(tmp, 5, 60, Progress.NONE);
        SampleCountryGenerator.Plan plan = SampleCountryGenerator.plan(5, 60);
        Set<String> planted = plantedSchools(plan);
        int checked = 0;
        for (String file : List.of("2024/wide/D01-2024.xlsx", "2025/wide/D02-2025.xlsx")) {
        int year = Integer.parseInt(file.substring(0, 4));
        try (XSSFWorkbook wb = SampleFiles.open(tmp.resolve(file))) {
            Sheet pupils = wb.getSheet("Pupils");
            for (Row row : pupils) {
                String code = row.getCell(0) == null ? "" : row.getCell(0).toString().trim().toUpperCase();
                if (!code.matches("SCH\\d{5}") || planted.contains(code)) {
                    continue;
                }
                SchoolYear y = plan.model().years.containsKey(code) ? plan.model().year(code, year) : null;
                assertTrue(y != null, "unknown code [" + code + "]");
                double sumM = 0;
                for (int g = 0; g < Lumeria.GRADES; g++) {
                    sumM += SampleFiles.number(row.getCell(1 + 2 * g));
                }
                assertEquals(y.totalBySex(Lumeria.M), sumM, code);
                assertEquals(y.totalBySex(Lumeria.M), row.getCell(WideWriter.TOTAL_COL).getNumericCellValue(), code);
                assertEquals(y.totalBySex(Lumeria.F), row.getCell(WideWriter.TOTAL_COL + 1).getNumericCellValue(), code);
                checked++;
            }
        }
        }
        assertTrue(checked > 10, "checked " + checked);
    }
}
