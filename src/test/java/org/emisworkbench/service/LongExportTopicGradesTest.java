package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An aggregate export whose data elements name the topic with the grade ({@code Enrolment Grade 1}) is drafted
 * with no hand edit (the values become aliases of their grades in the template's own grade list); one naming two
 * topics, or none giving a grade, is refused saying that, not that no school code column was found. Workbooks
 * written here; expected figures added up from the rows written.
 */
class LongExportTopicGradesTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    private static XSSFWorkbook export(List<Object[]> lines) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("data");
        Sheets.row(s, 0, "orgUnit", "period", "dataElement", "categoryOptionCombo", "value");
        for (int i = 0; i < lines.size(); i++) {
            Sheets.row(s, i + 1, lines.get(i));
        }
        return wb;
    }

    private Path write(XSSFWorkbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    @Test
    void dataElementsNamingTheTopicAndTheGradeAreDraftedAndImported() throws Exception {
        List<String> schools = List.of("ZX-101", "ZX-102", "ZX-103");
        Random rnd = new Random(27);
        List<Object[]> lines = new ArrayList<>();
        Map<String, Integer> expected = new HashMap<>();
        for (String s : schools) {
            for (int g = 1; g <= 4; g++) {
                for (String sex : List.of("Female", "Male")) {
                    int n = 10 + rnd.nextInt(40);
                    lines.add(new Object[] {s, "2024", "Enrolment Grade " + g, sex, n});
                    expected.put(s + "|" + g + "|" + sex.charAt(0), n);
                }
            }
        }
        Collections.shuffle(lines, rnd);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(export(lines), "elements-2024.xlsx");
        assertTrue(run.json().contains("\"Enrolment Grade 3\""), "the values are aliases of their grade: " + run.json());
        DraftedImports.assertClean(run, schools.size());
        try (Workbench w = imports.open()) {
            for (var e : expected.entrySet()) {
                String[] k = e.getKey().split("\\|");
                int v = w.whereFrom(k[0], YEAR, Topic.ENROLMENT, Integer.parseInt(k[1]), Sex.valueOf(k[2]),
                        AgeGroup.ALL).orElseThrow(() -> new AssertionError("no figure " + e.getKey())).value();
                assertEquals(e.getValue(), v, e.getKey());
            }
        }
    }

    @Test
    void anExportThatCannotBeDraftedSaysWhatIsMissing() throws Exception {
        List<Object[]> twoTopics = new ArrayList<>();
        List<Object[]> noGrade = new ArrayList<>();
        for (String s : List.of("ZX-201", "ZX-202")) {
            for (int g = 1; g <= 3; g++) {
                for (String sex : List.of("Female", "Male")) {
                    twoTopics.add(new Object[] {s, "2024", "Enrolment Grade " + g, sex, 20 + g});
                    twoTopics.add(new Object[] {s, "2024", "Repeaters Grade " + g, sex, 3 + g});
                }
            }
            for (String sex : List.of("Female", "Male")) {
                noGrade.add(new Object[] {s, "2024", "Enrolment", sex, 120});
                noGrade.add(new Object[] {s, "2024", "Teachers", sex, 6});
            }
        }
        List<Message> topics = notes(write(export(twoTopics), "topics-2024.xlsx"));
        assertTrue(topics.stream().anyMatch(n -> n.key().equals("draft.longExportTopics")
                && n.args().get(3).equals("enrolment, repeaters")), topics.toString());
        List<Message> grades = notes(write(export(noGrade), "nograde-2024.xlsx"));
        assertTrue(grades.stream().anyMatch(n -> n.key().equals("draft.longExportNoGrade")), grades.toString());
        for (List<Message> notes : List.of(topics, grades)) {
            assertFalse(notes.stream().anyMatch(n -> n.key().equals("draft.noHeader")), notes.toString());
        }
    }

    private List<Message> notes(Path file) throws Exception {
        try {
            return workshop.draft(file, "x").notes();
        } catch (ServiceException e) {
            // Nothing drafted: the notes are the refusal's words.
            assertEquals("draft.nothing", e.message().key());
            List<Message> said = new ArrayList<>();
            for (Object o : ((org.emisworkbench.model.BulletList) e.message().args().get(1)).items()) {
                said.add((Message) o);
            }
            return said;
        }
    }
}
