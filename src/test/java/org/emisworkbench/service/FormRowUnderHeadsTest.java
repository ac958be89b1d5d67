package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One school's form with its classrooms in a small table: the heads across ({@code Good | Needs repair | Unusable |
 * Total}), the label {@code Classrooms} heading the row of figures under them (review 17, item 1: the draft read the
 * label as all the rooms from the Good cell, 5 rooms for 8). The draft reads each figure by its head; a template
 * reading one cell as two figures of the topic is refused; the check shows each label's value and cell. The
 * workbooks are written here in English, French and Portuguese spellings, the rooms drawn at random; the expected
 * figures are those written, the ratio worked out here.
 */
class FormRowUnderHeadsTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** One form's words; {@code heads} are good, needs repair, unusable and (when not null) total. */
    private record Words(String codeLabel, String nameLabel, String roomsTitle, String roomsLabel, String[] heads,
                         String pupilsTitle, String gradeHead, String[] grades, String[] sexes) {
    }

    private static final Words ENGLISH = new Words("School code:", "School name:", "SCHOOL BUILDINGS", "Classrooms",
            new String[] {"Good", "Needs repair", "Unusable", "Total"}, "PUPILS ENROLLED", "Grade",
            new String[] {"Grade 1", "Grade 2", "Grade 3"}, new String[] {"Boys", "Girls"});
    private static final Words FRENCH = new Words("Code école :", "Nom de l'école :", "LOCAUX", "Salles de classe",
            new String[] {"Bon état", "À réhabiliter", "Inutilisables", "Total"}, "EFFECTIFS", "Classe",
            new String[] {"CP1", "CP2", "CE1"}, new String[] {"Garçons", "Filles"});
    private static final Words PORTUGUESE = new Words("Código da escola:", "Nome da escola:", "INSTALAÇÕES",
            "Salas de aula", new String[] {"Bom", "Precisa reparação", "Inutilizável", null}, "ALUNOS MATRICULADOS",
            "Classe", new String[] {"1ª Classe", "2ª Classe", "3ª Classe"}, new String[] {"Rapazes", "Raparigas"});

    /** The plural spellings of a Mozambican form (review 17b: "Boas" was not read, the ratio came out 130). */
    private static final Words PORTUGUESE_PLURAL = new Words("Código da escola:", "Nome da escola:", "INSTALAÇÕES",
            "Salas de aula", new String[] {"Boas", "Precisam de reparação", "Inutilizáveis", "Total"},
            "ALUNOS MATRICULADOS", "Classe", new String[] {"1ª Classe", "2ª Classe", "3ª Classe"},
            new String[] {"Rapazes", "Raparigas"});

    /** good, needs repair, unusable as written; the pupils written. */
    private int[] rooms;
    private int pupils;

    @Test
    void englishRoomsAreReadByTheirHeadsAndTheRatioUsesUsableRooms() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(form(ENGLISH, "FM-7001", 11), "fm7001-2024.xlsx");
        assertRoomsRead(imports, run, "FM-7001", ENGLISH);
        try (Workbench w = imports.open()) {
            IndicatorService.Row ratio = w.indicators().schoolRows(YEAR, "FM-7001", Locale.ENGLISH).stream()
                    .filter(r -> r.id().equals("pupil_classroom_ratio_usable")).findFirst().orElseThrow();
            assertEquals(pupils / (double) (rooms[0] + rooms[1]), ratio.value(), 0.05,
                    "pupils per room in good or fair condition: " + ratio);
        }
    }

    @Test
    void frenchRoomsAreReadByTheirHeads() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(form(FRENCH, "EPP-204", 12), "epp204-2024.xlsx");
        assertRoomsRead(imports, run, "EPP-204", FRENCH);
    }

    @Test
    void portugueseRoomsWithoutATotalAreReadByTheirHeads() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(form(PORTUGUESE, "EP-3310", 13), "ep3310-2024.xlsx");
        assertRoomsRead(imports, run, "EP-3310", PORTUGUESE);
    }

    @Test
    void portuguesePluralRoomsAreReadByTheirHeadsAndTheRatioUsesUsableRooms() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(form(PORTUGUESE_PLURAL, "EP-0101", 14), "ep0101-2024.xlsx");
        assertRoomsRead(imports, run, "EP-0101", PORTUGUESE_PLURAL);
        try (Workbench w = imports.open()) {
            IndicatorService.Row ratio = w.indicators().schoolRows(YEAR, "EP-0101", Locale.ENGLISH).stream()
                    .filter(r -> r.id().equals("pupil_classroom_ratio_usable")).findFirst().orElseThrow();
            assertEquals(pupils / (double) (rooms[0] + rooms[1]), ratio.value(), 0.05,
                    "pupils per room in good or fair condition: " + ratio);
        }
    }

    /** The template the reviewer's draft was: Good read below itself, Classrooms right of itself, one cell. */
    @Test
    void aTemplateReadingOneCellAsTwoFiguresIsRefusedAndTheCheckShowsTheCell() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        String json = """
                {"id": "one-cell-twice", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Return"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"},
                              {"labels": ["Good"], "field": "classrooms.good", "position": "below"},
                              {"labels": ["Classrooms"], "field": "classrooms.total"}]}]}
                """;
        FileResult f = imports.importWith(form(ENGLISH, "FM-7002", 14), "fm7002-2024.xlsx", json);
        assertEquals(FileOutcome.FAILED, f.outcome(), "refused: " + f.message());
        assertEquals("rejected.cellReadTwice", f.outcomeMessage().key());
        String cell = "B" + (ROOMS_ROW + 2);
        assertTrue(f.message().contains("cell " + cell) && f.message().contains("classrooms.good")
                && f.message().contains("classrooms.total"), f.message());
        try (Workbench w = imports.open()) {
            assertTrue(w.schools(YEAR, null).stream().noneMatch(s -> s.code().equals("FM-7002")), "nothing stored");
        }
        TemplateWorkshop.CheckReport check = workshop.check(dir.resolve("fm7002-2024.xlsx"),
                TemplateLoader.parse(json, "one-cell-twice.json", null), null, Cancellation.none());
        assertNotNull(check.refused(), "the check says the import would refuse the file");
        List<String> labels = check.sheets().get(0).labelsFound();
        assertTrue(labels.contains("A" + (ROOMS_ROW + 2) + " Classrooms → classrooms.total = " + rooms[0]
                + " (" + cell + ")"), "the label's value and cell are shown: " + labels);
        assertTrue(labels.contains("B" + (ROOMS_ROW + 1) + " Good → classrooms.good = " + rooms[0] + " (" + cell
                + ")"), labels.toString());
        assertTrue(labels.contains("A2 School code: → school.code = \"FM-7002\" (B2)"), labels.toString());
    }

    private void assertRoomsRead(DraftedImports imports, DraftedImports.Run run, String code, Words words)
            throws Exception {
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message() + "\n" + run.json());
        assertNull(run.check().refused(), run.json());
        String[] fields = {"classrooms.good", "classrooms.fair", "classrooms.poor", "classrooms.total"};
        int total = rooms[0] + rooms[1] + rooms[2];
        List<String> labels = run.check().sheets().get(0).labelsFound();
        for (int k = 0; k < fields.length; k++) {
            if (words.heads()[k] == null) {
                assertFalse(run.json().contains(fields[k]), "no total on the form, none read: " + run.json());
                continue;
            }
            String cell = (char) ('B' + k) + String.valueOf(ROOMS_ROW + 2);
            String expected = "A" + (ROOMS_ROW + 2) + " " + words.roomsLabel() + " → " + fields[k] + " = "
                    + (k < 3 ? rooms[k] : total) + " (" + cell + ")";
            assertTrue(labels.contains(expected), expected + " in " + labels + "\n" + run.json());
        }
        try (Workbench w = imports.open()) {
            var rows = new SchoolDetails(w).figures(code, YEAR, imports.school(w, code).district());
            for (int k = 0; k < fields.length; k++) {
                int slot = Topic.CLASSROOMS.fixedSlots().indexOf(fields[k].substring("classrooms.".length()));
                var row = rows.stream().filter(r -> r.topic() == Topic.CLASSROOMS && r.slot() == slot).findFirst();
                if (words.heads()[k] == null) {
                    assertTrue(row.isEmpty() || row.get().total() == null, "no total stored: " + row);
                    continue;
                }
                assertTrue(row.isPresent(), fields[k] + " in " + rows);
                assertEquals(k < 3 ? rooms[k] : total, row.get().total(), fields[k]);
            }
        }
    }

    /** 0-based row of the heads over the rooms; the rooms' row is the next one. */
    private static final int ROOMS_ROW = 4;

    /** The form: code and name, the rooms' table (heads, then the label and its figures), pupils by grade. */
    private XSSFWorkbook form(Words words, String code, long seed) {
        Random random = new Random(seed);
        rooms = new int[] {3 + random.nextInt(6), 1 + random.nextInt(4), random.nextInt(3) + 1};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        text(s, 0, 0, "RETURN " + YEAR);
        text(s, 1, 0, words.codeLabel());
        text(s, 1, 1, code);
        text(s, 2, 0, words.nameLabel());
        text(s, 2, 1, "School " + code);
        text(s, ROOMS_ROW - 1, 0, words.roomsTitle());
        text(s, ROOMS_ROW + 1, 0, words.roomsLabel());
        for (int k = 0; k < 4; k++) {
            if (words.heads()[k] == null) {
                continue;
            }
            text(s, ROOMS_ROW, 1 + k, words.heads()[k]);
            number(s, ROOMS_ROW + 1, 1 + k, k < 3 ? rooms[k] : rooms[0] + rooms[1] + rooms[2]);
        }
        int top = ROOMS_ROW + 3;
        text(s, top, 0, words.pupilsTitle());
        text(s, top + 1, 0, words.gradeHead());
        text(s, top + 1, 1, words.sexes()[0]);
        text(s, top + 1, 2, words.sexes()[1]);
        pupils = 0;
        for (int g = 0; g < words.grades().length; g++) {
            int boys = 20 + random.nextInt(20);
            int girls = 20 + random.nextInt(20);
            pupils += boys + girls;
            text(s, top + 2 + g, 0, words.grades()[g]);
            number(s, top + 2 + g, 1, boys);
            number(s, top + 2 + g, 2, girls);
        }
        return wb;
    }

    private static void text(Sheet s, int r, int c, String v) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        row.createCell(c).setCellValue(v);
    }

    private static void number(Sheet s, int r, int c, int v) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        row.createCell(c).setCellValue(v);
    }
}
