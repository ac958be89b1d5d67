package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A native DHIS2 export whose data elements are teachers and classrooms as well as pupils: {@code row.topic} reads
 * {@code Teachers total}, {@code Qualified teachers}, {@code Teachers (trained)}, {@code Enseignants},
 * {@code Classrooms}, {@code Permanent classrooms} as the teachers' and classrooms' fields, the sex of a teachers' row
 * from its category option combo ({@code Female}; {@code default}: both sexes, sex not reported), the grade and sex
 * of a pupils' row as before; a teachers' combo naming no sex ({@code Standard 1}) is reported at its cell and its
 * figure not read. The draft writes {@code row.topic} for such a file by itself.
 */
class Dhis2TeachersClassroomsCliTest {
    private static final String TEMPLATE = """
            {"id": "dhis2-staff", "version": 1, "layout": "wide", "year": {"columns": ["period"]},
             "sheets": [{"names": ["*"], "key": ["orgUnit"], "columns": [
               {"headers": ["orgUnitName"], "field": "school.name"},
               {"headers": ["dataElement"], "field": "row.topic"},
               {"headers": ["categoryOptionCombo"], "field": "row.grade+row.sex"},
               {"headers": ["value"], "field": "row.value"}]}]}
            """;

    /** dataElement, categoryOptionCombo, the stored topic, item and sex it is expected as (sex "" = not reported). */
    private static final String[][] ELEMENTS = {
        {"Enrolment", "Standard 1, Male", "enrolment", "G1", "M"},
        {"Enrolment", "Female, Standard 1", "enrolment", "G1", "F"},
        {"Teachers total", "Female", "teachers", "total", "F"},
        {"Teachers total", "Male", "teachers", "total", "M"},
        {"Qualified teachers", "Female", "teachers", "qualified", "F"},
        {"Teachers (trained)", "default", "teachers", "trained", ""},
        {"Classrooms", "default", "classrooms", "total", ""},
        {"Permanent classrooms", "default", "classrooms", "permanent", ""}};
    private static final String[] SCHOOLS = {"Hq3kPz9aLmT", "Jw7bX2cQpLs"};

    @TempDir
    Path dir;

    private static int value(int school, int element) {
        return 3 + element * 2 + school * 5;
    }

    /** The export, figures as text; {@code extra} rows appended; {@code pupilsFirst} rows of pupils above all. */
    private Path export(String name, int pupilsFirst, List<String[]> extra) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("data");
            int r = 0;
            row(s, r++, "orgUnit", "orgUnitName", "period", "dataElement", "categoryOptionCombo", "value");
            for (int k = 0; k < pupilsFirst; k++) {
                // Grades 2 and up of the same schools, pupils and repeaters, each sex: none of the figures below.
                int grade = 2 + k / 8 % 5;
                row(s, r++, SCHOOLS[k % 2], "School " + k % 2, "2024", k / 2 % 2 == 0 ? "Enrolment" : "Repeaters",
                        k / 4 % 2 == 0 ? "Standard " + grade + ", Male" : "Female, Standard " + grade,
                        String.valueOf(10 + k % 7));
            }
            for (int i = 0; i < SCHOOLS.length; i++) {
                for (int e = 0; e < ELEMENTS.length; e++) {
                    row(s, r++, SCHOOLS[i], "School " + i, "2024", ELEMENTS[e][0], ELEMENTS[e][1],
                            String.valueOf(value(i, e)));
                }
            }
            for (String[] x : extra) {
                row(s, r++, x);
            }
            wb.write(out);
        }
        return file;
    }

    private static void row(Sheet s, int r, String... cells) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }

    /** school|topic|item|sex → value, of the long CSV export. */
    private Map<String, Integer> stored(String db, String out) throws Exception {
        CliRun x = emis("export", "--db", db, "--year", "2024", "--format", "long-csv", "--include-unchecked", "--out",
                dir.resolve(out).toString());
        assertEquals(0, x.code(), x.err() + x.out());
        Map<String, Integer> m = new TreeMap<>();
        List<String> lines = Files.readAllLines(dir.resolve(out), StandardCharsets.UTF_8);
        List<String> head = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            m.put(v[head.indexOf("school_code")] + "|" + v[head.indexOf("topic")] + "|" + v[head.indexOf("item")] + "|"
                    + v[head.indexOf("sex")], Integer.parseInt(v[head.indexOf("value")]));
        }
        return m;
    }

    private static Map<String, Integer> expected() {
        Map<String, Integer> m = new TreeMap<>();
        for (int i = 0; i < SCHOOLS.length; i++) {
            for (int e = 0; e < ELEMENTS.length; e++) {
                m.put(SCHOOLS[i] + "|" + ELEMENTS[e][2] + "|" + ELEMENTS[e][3] + "|" + ELEMENTS[e][4], value(i, e));
            }
        }
        return m;
    }

    @Test
    void teachersAndClassroomsAreReadByTheirDataElement() throws Exception {
        Path template = Files.writeString(dir.resolve("dhis2-staff.json"), TEMPLATE);
        List<String[]> extra = new ArrayList<>();
        extra.add(new String[] {"Kp4nV8sRtUw", "Ecole 3", "2024", "Enseignants", "Féminin", "9"});
        extra.add(new String[] {"Kp4nV8sRtUw", "Ecole 3", "2024", "Salles de classe", "default", "6"});
        extra.add(new String[] {"Kp4nV8sRtUw", "Ecole 3", "2024", "Qualified teachers", "Standard 1", "4"});
        Path file = export("dhis2-2024.xlsx", 0, extra);
        String db = dir.resolve("w.mv.db").toString();
        CliRun imported = emis("import", "--db", db, "--template", template.toString(), file.toString());
        assertEquals(0, imported.code(), imported.err() + imported.out());
        int lastRow = 1 + SCHOOLS.length * ELEMENTS.length + extra.size();
        assertTrue(imported.out().contains("UNKNOWN_CODE 1"), imported.out());

        Map<String, Integer> want = expected();
        want.put("Kp4nV8sRtUw|teachers|total|F", 9);
        want.put("Kp4nV8sRtUw|classrooms|total|", 6);
        assertEquals(want, stored(db, "long.csv"));

        CliRun check = emis("template", "check", "--template", template.toString(), file.toString());
        assertTrue(check.out().contains("data!E" + lastRow), check.out());
        assertTrue(check.out().contains("Standard 1"), check.out());
    }

    @Test
    void theDraftReadsTheDataElementsAsTopics() throws Exception {
        // Pupils' rows first (as DHIS2 sorts them), the teachers and classrooms below: the header stays row 1.
        Path file = export("dhis2-draft-2024.xlsx", 40, List.of());
        Path drafted = dir.resolve("drafted.json");
        CliRun draft = emis("template", "draft", file.toString(), "--out", drafted.toString());
        assertEquals(0, draft.code(), draft.err() + draft.out());
        String json = Files.readString(drafted);
        assertTrue(json.contains("\"row.topic\""), json);
        String db = dir.resolve("d.mv.db").toString();
        CliRun imported = emis("import", "--db", db, "--template", drafted.toString(), file.toString());
        assertEquals(0, imported.code(), imported.err() + imported.out());
        Map<String, Integer> got = stored(db, "drafted.csv");
        Map<String, Integer> want = expected();
        for (Map.Entry<String, Integer> e : want.entrySet()) {
            assertEquals(e.getValue(), got.get(e.getKey()), e.getKey() + " in " + got);
        }
        assertFalse(want.isEmpty());
    }
}
