package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.SecondaryYears;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * East-African secondary returns as a new user brings them (issue #11): Uganda's row per class stream ({@code S1}
 * streams A, B, C: parts of one grade, added), day and boarding pupils with their total, {@code Government aided}
 * ownership and teachers by qualification; Kenya's row per school with each Form's streams as columns. The figures
 * are drawn here; the template is drafted as {@code emis template draft --primary N} drafts it, and the import must
 * store enrolment by grade and sex with the streams added, the ownership, and teachers by sex.
 */
class SecondaryStreamsDraftTest {
    private static final int YEAR = 2025;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** One Ugandan school: code, name, ownership as written, the code it is, and its streams per class. */
    private record Ug(String code, String name, String owner, String ownership, Map<String, List<String>> streams) {
    }

    private static final List<Ug> UGANDA = List.of(
            new Ug("UG-S01", "Kira Secondary", "Government", "public",
                    streams("S1", "A,B,C", "S2", "North,South", "S3", "A", "S4", "A", "S5", "Arts,Sciences")),
            new Ug("UG-S02", "St Mary's SS Kisubi", "Government aided", "public",
                    streams("S1", "A,B", "S2", "A", "S3", "East,West", "S4", "A")),
            new Ug("UG-S03", "Hilltop College", "Private", "private",
                    streams("S1", "A", "S2", "A", "S3", "A", "S4", "A")),
            new Ug("UG-S04", "Bweyogerere Community SS", "Community", "community",
                    streams("S1", "Red,Blue", "S2", "Red", "S4", "A")));

    private static Map<String, List<String>> streams(String... classAndStreams) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < classAndStreams.length; i += 2) {
            m.put(classAndStreams[i], List.of(classAndStreams[i + 1].split(",")));
        }
        return m;
    }

    /** Expected pupils per school, grade number (S1 = 8 after seven years of primary) and sex [boys, girls]. */
    private final Map<String, Map<Integer, int[]>> pupils = new LinkedHashMap<>();
    /** Expected teachers per school [men, women]. */
    private final Map<String, int[]> teachers = new LinkedHashMap<>();

    private XSSFWorkbook uganda() {
        return uganda(false);
    }

    /** With {@code wrongTotal}, the first row's Total Boys says 3 more than its day and boarding boys. */
    private XSSFWorkbook uganda(boolean wrongTotal) {
        Random random = new Random(11);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "School Code", "School Name", "Ownership", "Class", "Stream", "Day Boys", "Day Girls",
                "Boarding Boys", "Boarding Girls", "Total Boys", "Total Girls");
        int r = 1;
        for (Ug s : UGANDA) {
            for (Map.Entry<String, List<String>> c : s.streams().entrySet()) {
                int grade = 7 + Integer.parseInt(c.getKey().substring(1));
                for (String stream : c.getValue()) {
                    int dayB = 5 + random.nextInt(30);
                    int dayG = 5 + random.nextInt(30);
                    int boardB = random.nextInt(25);
                    int boardG = random.nextInt(25);
                    int[] sum = pupils.computeIfAbsent(s.code(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(grade, k -> new int[2]);
                    sum[0] += dayB + boardB;
                    sum[1] += dayG + boardG;
                    Sheets.row(sh, r, s.code(), s.name(), s.owner(), c.getKey(), stream, dayB, dayG, boardB, boardG,
                            dayB + boardB + (wrongTotal && r == 1 ? 3 : 0), dayG + boardG);
                    r++;
                }
            }
        }
        Sheet t = wb.createSheet("Teachers");
        Sheets.row(t, 0, "School Code", "School Name", "Graduate M", "Graduate F", "Diploma M", "Diploma F",
                "Licensed M", "Licensed F");
        r = 1;
        for (Ug s : UGANDA) {
            int[] q = new int[6];
            for (int i = 0; i < 6; i++) {
                q[i] = random.nextInt(15);
            }
            teachers.put(s.code(), new int[] {q[0] + q[2] + q[4], q[1] + q[3] + q[5]});
            Sheets.row(t, r++, s.code(), s.name(), q[0], q[1], q[2], q[3], q[4], q[5]);
        }
        return wb;
    }

    private Path write(XSSFWorkbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** Drafts {@code wb} with {@code primary} years of primary, then imports it with the draft. */
    private DraftedImports.Run draftAndImport(XSSFWorkbook wb, String name, int primary) throws Exception {
        Path file = write(wb, name);
        String json = workshop.draft(file, "drafted", new SecondaryYears(primary)).draft().json();
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        FileResult f = imports.importWith(new XSSFWorkbook(Files.newInputStream(file)), "again-" + name,
                json.replace("\"id\" : \"drafted\"", "\"id\": \"drafted\""));
        return new DraftedImports.Run(json, null, f);
    }

    @Test
    void ugandaStreamsAreAddedIntoTheirClassDayAndBoardingOnceAndTeachersBySex() throws Exception {
        DraftedImports.Run run = draftAndImport(uganda(), "uganda-secondary-2025.xlsx", 7);
        String json = run.json().replaceAll("\\s", "");
        // The class in the row, its stream telling the parts apart; day and boarders added, their total checked.
        assertTrue(json.contains("{\"headers\":[\"Class\"],\"field\":\"row.grade\"}"), run.json());
        assertTrue(json.contains("{\"headers\":[\"Stream\"],\"field\":\"row.stream\"}"), run.json());
        assertTrue(json.contains("\"sumOf\":[\"DayBoys\",\"BoardingBoys\"],\"field\":\"enrolment\",\"sex\":\"M\""),
                run.json());
        assertTrue(json.contains("\"total\":\"enrolment\""), run.json());
        assertTrue(json.contains("\"sumOf\":[\"GraduateF\",\"DiplomaF\",\"LicensedF\"],\"field\":\"teachers.total\""),
                run.json());
        assertFalse(json.contains("\"S01\""), "a school code is no year: " + run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(UGANDA.size(), f.schoolsAdded(), run.json());
        assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), f.problems() + "\n" + run.json());
        assertEquals(0, DraftedImports.count(f, "UNKNOWN_CODE"), f.problems() + "\n" + run.json());
        assertEquals(0, DraftedImports.count(f, "UNREAD_FIGURES"), f.problems() + "\n" + run.json());
        assertEquals(0, DraftedImports.count(f, "TOTAL_MISMATCH"), f.problems() + "\n" + run.json());
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        try (Workbench w = imports.open()) {
            for (Ug s : UGANDA) {
                assertEquals(s.ownership(), imports.school(w, s.code()).ownership(), s.owner());
                for (Map.Entry<Integer, int[]> g : pupils.get(s.code()).entrySet()) {
                    imports.assertEnrolment(w, s.code(), g.getKey(), g.getValue()[1], g.getValue()[0]);
                }
                int[] tm = teachers.get(s.code());
                imports.assertFigure(w, s.code(), Topic.TEACHERS, 0, tm[1], tm[0]);
            }
        }
    }

    @Test
    void aTotalDisagreeingWithDayAndBoardingIsSaidAtItsCellAndTheirSumStored() throws Exception {
        DraftedImports.Run run = draftAndImport(uganda(true), "uganda-wrong-2025.xlsx", 7);
        FileResult f = run.result();
        assertEquals(1, DraftedImports.count(f, "TOTAL_MISMATCH"), f.problems() + "\n" + run.json());
        assertEquals("Enrolment!J2", DraftedImports.first(f, "TOTAL_MISMATCH"), f.problems().toString());
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        try (Workbench w = imports.open()) {
            int[] s1 = pupils.get("UG-S01").get(8);
            imports.assertEnrolment(w, "UG-S01", 8, s1[1], s1[0]);
        }
    }

    /** Kenya: Forms 1–4 after eight years of primary, each Form's streams as columns, a row per school. */
    private static final String[][] KENYA_STREAMS = {{"East", "West"}, {"East", "West", "North"}, {"East"},
            {"East", "West"}};
    private static final String[] KENYA = {"KE-101", "KE-102", "KE-103"};

    private XSSFWorkbook kenya(boolean twoHeaderRows) {
        Random random = new Random(254);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form enrolment");
        List<Object> top = new ArrayList<>(List.of("School Code", "School Name"));
        List<Object> mid = new ArrayList<>(java.util.Arrays.asList(null, null));
        List<Object> low = new ArrayList<>(java.util.Arrays.asList(null, null));
        List<int[]> merges = new ArrayList<>();
        for (int form = 0; form < KENYA_STREAMS.length; form++) {
            int first = top.size();
            for (String stream : KENYA_STREAMS[form]) {
                for (String sex : new String[] {"Boys", "Girls"}) {
                    int col = top.size();
                    top.add(twoHeaderRows ? (col == first ? "Form " + (form + 1) : null)
                            : "Form " + (form + 1) + " " + stream + " " + sex);
                    mid.add(twoHeaderRows && sex.equals("Boys") ? stream : null);
                    low.add(sex);
                }
            }
            merges.add(new int[] {first, top.size() - 1});
        }
        int rows;
        if (twoHeaderRows) {
            Sheets.row(sh, 0, top.toArray());
            Sheets.row(sh, 1, mid.toArray());
            Sheets.row(sh, 2, low.toArray());
            for (int[] m : merges) {
                sh.addMergedRegion(new CellRangeAddress(0, 0, m[0], m[1]));
            }
            for (int c = 2; c < top.size(); c += 2) {
                sh.addMergedRegion(new CellRangeAddress(1, 1, c, c + 1));
            }
            sh.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
            sh.addMergedRegion(new CellRangeAddress(0, 2, 1, 1));
            rows = 3;
        } else {
            Sheets.row(sh, 0, top.toArray());
            rows = 1;
        }
        for (int s = 0; s < KENYA.length; s++) {
            List<Object> row = new ArrayList<>(List.of(KENYA[s], "Kenya High " + s));
            for (int form = 0; form < KENYA_STREAMS.length; form++) {
                int[] sum = pupils.computeIfAbsent(KENYA[s], k -> new LinkedHashMap<>())
                        .computeIfAbsent(9 + form, k -> new int[2]);
                for (int i = 0; i < KENYA_STREAMS[form].length; i++) {
                    int b = 10 + random.nextInt(40);
                    int g = 10 + random.nextInt(40);
                    sum[0] += b;
                    sum[1] += g;
                    row.add(b);
                    row.add(g);
                }
            }
            Sheets.row(sh, rows + s, row.toArray());
        }
        return wb;
    }

    private void assertKenya(DraftedImports.Run run) throws Exception {
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(0, DraftedImports.count(f, "UNREAD_FIGURES"), f.problems() + "\n" + run.json());
        assertEquals(0, DraftedImports.count(f, "UNMATCHED_COLUMN"), f.problems() + "\n" + run.json());
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        try (Workbench w = imports.open()) {
            for (String s : KENYA) {
                for (Map.Entry<Integer, int[]> g : pupils.get(s).entrySet()) {
                    imports.assertEnrolment(w, s, g.getKey(), g.getValue()[1], g.getValue()[0]);
                }
            }
        }
    }

    @Test
    void kenyaStreamColumnsOfAFormAreAdded() throws Exception {
        DraftedImports.Run run = draftAndImport(kenya(false), "kenya-forms-2025.xlsx", 8);
        String json = run.json().replaceAll("\\s", "");
        assertTrue(json.contains("\"sumOf\":[\"Form2EastBoys\",\"Form2WestBoys\",\"Form2NorthBoys\"],"
                + "\"field\":\"enrolment\",\"sex\":\"M\",\"grade\":\"G10\""), run.json());
        assertKenya(run);
    }

    @Test
    void kenyaFormsMergedOverStreamsOverSexesAreAdded() throws Exception {
        assertKenya(draftAndImport(kenya(true), "kenya-forms-merged-2025.xlsx", 8));
    }

    @Test
    void withoutTheYearsOfPrimaryTheClassColumnIsNamedWithTheOption() throws Exception {
        Path file = write(uganda(), "uganda-2025.xlsx");
        TemplateWorkshop.DraftResult d = workshop.draft(file, "uganda");
        String note = d.notes().stream().filter(n -> n.key().equals("draft.secondaryYearsRows")).map(Object::toString)
                .findFirst().orElseThrow(() -> new AssertionError(d.notes().toString()));
        assertTrue(note.contains("Class") && note.contains("\"S1\"") && note.contains("--primary"), note);
        assertFalse(d.draft().json().contains("\"G8\""), "never guessed: " + d.draft().json());
    }

    @Test
    void withoutTheYearsOfPrimaryFormColumnsAreNamedWithTheOption() throws Exception {
        Path file = write(kenya(false), "kenya-2025.xlsx");
        TemplateWorkshop.DraftResult d = workshop.draft(file, "kenya");
        String notes = d.notes().toString();
        assertTrue(notes.contains("--primary"), notes);
        assertTrue(notes.contains("Form 1 East Boys"), notes);
        assertFalse(d.draft().json().contains("\"G9\""), "never guessed: " + d.draft().json());
    }
}
