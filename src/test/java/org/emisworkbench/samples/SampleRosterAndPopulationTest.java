package org.emisworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rosters aggregate to the school's model figures; population gives a plausible primary GER. */
class SampleRosterAndPopulationTest {
    @TempDir
    Path out;

    @Test
    void rostersAddUpToTheModel() throws IOException {
        long seed = 31;
        SampleCountryGenerator.generate(out, seed, 30, Progress.NONE);
        SampleCountryGenerator.Plan plan = SampleCountryGenerator.plan(seed, 30);
        Set<String> planted = new HashSet<>();
        plan.plants().all().forEach(p -> planted.add(p.school));
        int checked = 0;
        for (SchoolProfile s : plan.model().schools) {
            if (s.layout() != Lumeria.Layout.ROSTER || planted.contains(s.code())) {
                continue;
            }
            for (int year : Lumeria.YEARS) {
                SchoolYear y = plan.model().year(s.code(), year);
                try (XSSFWorkbook wb = SampleFiles.open(out.resolve(RosterWriter.path(s, year)))) {
                    Sheet pupils = wb.getSheet("Pupils");
                    int[] sexes = new int[2];
                    int[] newG1 = new int[2];
                    int repeaters = 0;
                    for (Row r : pupils) {
                        if (r.getRowNum() == 0) {
                            continue;
                        }
                        int sex = r.getCell(2).getStringCellValue().toUpperCase().matches("F|FEMALE|GIRL") ? 1 : 0;
                        sexes[sex]++;
                        String grade = r.getCell(4).getStringCellValue();
                        String from = r.getCell(5) == null ? "" : r.getCell(5).getStringCellValue();
                        boolean g1 = grade.equals("G1") || grade.equals("Grade 1") || grade.equals("1st grade");
                        if (g1 && from.equals("New")) {
                            newG1[sex]++;
                        }
                        repeaters += from.equals("Repeater") ? 1 : 0;
                        int age = Period.between(dob(r.getCell(3)), LocalDate.of(year, 3, 1)).getYears();
                        assertTrue(age >= 4 && age <= 20, s.code() + " age " + age);
                    }
                    assertEquals(y.totalBySex(Lumeria.M), sexes[0], s.code());
                    assertEquals(y.totalBySex(Lumeria.F), sexes[1], s.code());
                    assertEquals(y.newEntrants(Lumeria.M), newG1[0], s.code());
                    assertEquals(y.newEntrants(Lumeria.F), newG1[1], s.code());
                    int modelRepeaters = 0;
                    for (int[] r : y.repeaters) {
                        modelRepeaters += r[0] + r[1];
                    }
                    assertEquals(modelRepeaters, repeaters, s.code());
                    long teachers = 0;
                    for (Row r : wb.getSheet("Staff")) {
                        teachers += r.getRowNum() > 0 && r.getCell(6).getStringCellValue().equals("Teaching") ? 1 : 0;
                    }
                    assertEquals(y.teachersTotal(), teachers, s.code());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 4);
    }

    private static LocalDate dob(Cell c) {
        return c.getCellType() == CellType.STRING
                ? LocalDate.parse(c.getStringCellValue(), DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                : c.getLocalDateTimeCellValue().toLocalDate();
    }

    @Test
    void primaryGerIsPlausible() {
        SampleCountryGenerator.Plan plan = SampleCountryGenerator.plan(2024, 420);
        for (Lumeria.District d : Lumeria.DISTRICTS) {
            for (int year : Lumeria.YEARS) {
                double enrolled = 0;
                for (SchoolProfile s : plan.model().schools) {
                    if (s.district().equals(d)) {
                        SchoolYear y = plan.model().year(s.code(), year);
                        for (int g = 1; g <= 6; g++) {
                            enrolled += y.enrol(g, 0) + y.enrol(g, 1);
                        }
                    }
                }
                double population = 0;
                for (int age = 6; age <= 11; age++) {
                    population += plan.model().population.count(d.code(), year, age, Lumeria.F)
                            + plan.model().population.count(d.code(), year, age, Lumeria.M);
                }
                double ger = 100 * enrolled / population;
                assertTrue(ger >= 88 && ger <= 112, d.code() + " " + year + " GER " + ger);
            }
        }
    }
}
