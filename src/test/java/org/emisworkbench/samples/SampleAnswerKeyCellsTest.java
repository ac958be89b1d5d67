package org.emisworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each answer-key entry points at the cell where its error can be seen. */
class SampleAnswerKeyCellsTest {
    private static final long SEED = 77;
    private static final int SCHOOLS = 70;

    @TempDir
    Path out;

    @Test
    void everyEntryPointsAtItsError() throws IOException {
        SampleCountryGenerator.generate(out, SEED, SCHOOLS, Progress.NONE);
        CountryModel model = SampleCountryGenerator.plan(SEED, SCHOOLS).model();
        List<Map<String, Object>> key = SampleFiles.answerKey(out);
        assertEquals(Set.copyOf(ErrorKinds.KEY_KINDS), Set.copyOf(key.stream().map(e -> e.get("kind")).toList()));
        for (Map<String, Object> e : key) {
            try (XSSFWorkbook wb = SampleFiles.open(out.resolve((String) e.get("file")))) {
                Sheet sheet = wb.getSheet((String) e.get("sheet"));
                assertNotNull(sheet, e.toString());
                Cell cell = SampleFiles.cell(sheet, (String) e.get("cell"));
                check(e, cell, sheet, model);
            }
        }
    }

    /**
     * Every school of the master list has a point inside its district's outline in boundaries.geojson,
     * except the three of the answer key's location errors: one at (0, 0), one inside its district only
     * when latitude and longitude are swapped, one outside (in another district).
     */
    @Test
    void everySchoolLiesInItsDistrictButThePlantedThree() throws IOException {
        SampleCountryGenerator.generate(out, SEED, SCHOOLS, Progress.NONE);
        Map<String, org.locationtech.jts.geom.Geometry> districts = new java.util.HashMap<>();
        for (var f : org.emisworkbench.maps.GeoJson.read(out.resolve("boundaries.geojson"))) {
            if (f.properties().get("level").equals("district")) {
                districts.put(f.properties().get("code"), f.geometry());
            }
        }
        assertEquals(Set.of("D01", "D02", "D03", "D04", "D05"), districts.keySet());
        Set<String> planted = new java.util.TreeSet<>();
        SampleFiles.answerKey(out).stream().filter(e -> e.get("kind").equals(ErrorKinds.LOCATION))
                .forEach(e -> planted.add((String) e.get("school")));
        assertEquals(3, planted.size());
        org.locationtech.jts.geom.GeometryFactory gf = new org.locationtech.jts.geom.GeometryFactory();
        Map<String, String> wrong = new java.util.TreeMap<>();
        int schools = 0;
        try (XSSFWorkbook wb = SampleFiles.open(out.resolve("master-list.xlsx"))) {
            Sheet sheet = wb.getSheet("Schools");
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                schools++;
                double lat = row.getCell(8).getNumericCellValue();
                double lon = row.getCell(9).getNumericCellValue();
                var district = districts.get(row.getCell(2).getStringCellValue());
                if (district.covers(gf.createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat)))) {
                    continue;
                }
                String code = row.getCell(0).getStringCellValue();
                wrong.put(code, lat == 0 && lon == 0 ? "zero"
                        : district.covers(gf.createPoint(new org.locationtech.jts.geom.Coordinate(lat, lon))) ? "swapped"
                        : districts.values().stream().anyMatch(d -> d.covers(gf.createPoint(
                        new org.locationtech.jts.geom.Coordinate(lon, lat)))) ? "in another district" : "nowhere");
            }
        }
        assertEquals(SCHOOLS, schools);
        assertEquals(planted, wrong.keySet());
        assertEquals(Set.of("zero", "swapped", "in another district"), Set.copyOf(wrong.values()), wrong.toString());
    }

    private void check(Map<String, Object> e, Cell c, Sheet sheet, CountryModel model) {
        String kind = (String) e.get("kind");
        String school = (String) e.get("school");
        int year = (Integer) e.get("year");
        String what = e.toString();
        SchoolYear y = school.isEmpty() ? null : model.year(school, year);
        switch (kind) {
            case ErrorKinds.MISSING_RETURN -> {
                assertEquals(school, c.getStringCellValue(), what);
                SchoolProfile s = profile(model, school);
                Path form = out.resolve(s.layout() == Lumeria.Layout.ROSTER ? RosterWriter.path(s, year)
                        : GridFormWriter.path(s, year));
                assertFalse(Files.exists(form), what);
                if (s.layout() == Lumeria.Layout.WIDE) {
                    try (XSSFWorkbook wide = SampleFiles.open(out.resolve(WideWriter.path(s.district(), year)))) {
                        for (Row row : wide.getSheet("Pupils")) {
                            Cell key = row.getCell(0);
                            assertFalse(key != null && key.toString().trim().equalsIgnoreCase(school), what);
                        }
                    } catch (IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                }
            }
            case ErrorKinds.TEXT_IN_NUMBER -> assertTrue(
                    Set.of("twelve", "n/a", "-").contains(text(c)), what);
            case ErrorKinds.NEGATIVE_COUNT -> assertTrue(number(c) < 0, what);
            case ErrorKinds.FRACTIONAL_COUNT -> assertTrue(number(c) % 1 != 0, what);
            case ErrorKinds.FORMULA_ERROR -> {
                assertEquals(CellType.FORMULA, c.getCellType(), what);
                assertEquals(CellType.ERROR, c.getCachedFormulaResultType(), what);
                assertTrue(Set.of("#DIV/0!", "#REF!").contains(((org.apache.poi.xssf.usermodel.XSSFCell) c)
                        .getErrorCellString()), what);
            }
            case ErrorKinds.UNKNOWN_CODE -> assertTrue(
                    Set.of("Privat", "Urbn", "Femaler", "Grade 13").contains(text(c)), what);
            case ErrorKinds.BLANK_KEY -> {
                assertEquals("", school);
                assertTrue(SampleFiles.isBlank(c), what);
                Row row = sheet.getRow(new org.apache.poi.ss.util.CellReference((String) e.get("cell")).getRow());
                assertTrue(row.getCell(1).getNumericCellValue() > 0, what);
            }
            case ErrorKinds.MISSING_REQUIRED -> assertTrue(SampleFiles.isBlank(c), what);
            case ErrorKinds.TOTAL_MISMATCH -> {
                assertEquals(CellType.NUMERIC, c.getCellType(), what);
                double sum = 0;
                for (int r = c.getRowIndex() - 1; sheet.getRow(r).getCell(0) == null
                        || !sheet.getRow(r).getCell(0).toString().equals("Age"); r--) {
                    Cell above = sheet.getRow(r).getCell(c.getColumnIndex());
                    boolean sameSex = sheet.getRow(r).getCell(1) == null || sheet.getRow(r).getCell(1).getCellType()
                            != CellType.STRING || sheet.getRow(r).getCell(1).getStringCellValue()
                            .equals(sheet.getRow(c.getRowIndex()).getCell(1).toString());
                    if (above != null && above.getCellType() == CellType.NUMERIC && sameSex) {
                        sum += above.getNumericCellValue();
                    }
                }
                assertTrue(c.getNumericCellValue() != sum, what);
            }
            case ErrorKinds.REPEATERS_EXCEED -> {
                int[] n = numbers((String) e.get("note"));
                assertEquals(n[0], number(c), what);
                assertTrue(n[0] > n[1], what);
            }
            case ErrorKinds.NEW_ENTRANTS_EXCEED -> {
                assertTrue(number(c) > 0, what);
                assertTrue(y.newEntrants(Lumeria.M) > y.enrol(1, Lumeria.M)
                        || y.newEntrants(Lumeria.F) > y.enrol(1, Lumeria.F), what);
            }
            case ErrorKinds.COHORT -> {
                int[] n = numbers((String) e.get("note"));
                assertEquals(2025, year);
                assertTrue(number(c) > 0 && n[2] > n[5] + n[6], what);
            }
            case ErrorKinds.AGE_IMPLAUSIBLE -> {
                if (c.getCellType() == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)) {
                    assertTrue(c.getNumericCellValue() > 0, what);
                    Row label = sheet.getRow(c.getRowIndex());
                    Row top = label.getCell(0) != null ? label : sheet.getRow(c.getRowIndex() - 1);
                    assertEquals("< 5 years", top.getCell(0).getStringCellValue(), what);
                } else {
                    LocalDate dob = c.getLocalDateTimeCellValue().toLocalDate();
                    int age = java.time.Period.between(dob, LocalDate.of(year, 3, 1)).getYears();
                    assertTrue(age >= 19, what);
                    String grade = sheet.getRow(c.getRowIndex()).getCell(4).getStringCellValue();
                    assertTrue(Set.of("G2", "Grade 2", "2nd grade").contains(grade), what);
                }
            }
            case ErrorKinds.PTR -> assertTrue(y.total() / number(c) > 100 && number(c) == y.teachersTotal(), what);
            case ErrorKinds.PCR -> assertTrue(y.total() / number(c) > 120 && y.fair == 0, what);
            case ErrorKinds.TEACHERS_NO_PUPILS -> assertTrue(number(c) > 0 && y.total() == 0, what);
            case ErrorKinds.ENROLMENT_CHANGE -> {
                assertTrue(number(c) > 0, what);
                double change = (double) y.total() / model.year(school, 2024).total() - 1;
                assertTrue(Math.abs(change) >= 0.6, what);
            }
            case ErrorKinds.GIRLS_SHARE -> {
                double girls = c.getNumericCellValue();
                assertEquals(y.totalBySex(Lumeria.F), girls, what);
                assertTrue(girls / y.total() < 0.2 || girls / y.total() > 0.8, what);
            }
            case ErrorKinds.DUPLICATE_SCHOOL -> {
                assertEquals(school, c.getStringCellValue(), what);
                boolean earlier = false;
                for (int r = 1; r < c.getRowIndex(); r++) {
                    Row row = sheet.getRow(r);
                    earlier |= row != null && row.getCell(0) != null && school.equals(row.getCell(0).toString().trim());
                }
                assertTrue(earlier, what);
            }
            case ErrorKinds.IDENTICAL_RETURNS -> {
                assertTrue(number(c) > 0, what);
                String source = ((String) e.get("note")).replaceAll(".* ", "");
                assertEquals(model.year(source, year).fingerprint(), y.fingerprint(), what);
            }
            case ErrorKinds.OUTLIER -> {
                assertEquals(y.totalBySex(Lumeria.M), c.getNumericCellValue(), what);
                double[] peers = model.schools.stream().filter(s -> !s.code().equals(school)
                        && s.district().equals(profile(model, school).district())
                        && s.level().equals(profile(model, school).level()))
                        .mapToDouble(s -> model.year(s.code(), year).total()).sorted().toArray();
                assertTrue(y.total() >= 6 * peers[peers.length / 2], what + Arrays.toString(peers));
            }
            case ErrorKinds.LOCATION -> {
                assertEquals("Latitude", sheet.getRow(0).getCell(c.getColumnIndex()).getStringCellValue(), what);
                assertEquals(school, sheet.getRow(c.getRowIndex()).getCell(0).getStringCellValue(), what);
                assertEquals(2025, year, what);
            }
            default -> throw new AssertionError("Unchecked kind " + kind);
        }
    }

    private static SchoolProfile profile(CountryModel model, String code) {
        return model.schools.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static int[] numbers(String note) {
        return java.util.regex.Pattern.compile("\\d+").matcher(note).results()
                .mapToInt(m -> Integer.parseInt(m.group())).toArray();
    }

    private static String text(Cell c) {
        assertEquals(CellType.STRING, c.getCellType());
        return c.getStringCellValue();
    }

    private static double number(Cell c) {
        assertNotNull(c);
        return c.getCellType() == CellType.FORMULA ? c.getNumericCellValue() : c.getNumericCellValue();
    }
}
