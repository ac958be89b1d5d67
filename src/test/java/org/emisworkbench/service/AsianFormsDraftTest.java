package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.ScriptDigits;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 33: {@code emis template draft} refused Vietnamese and Lao district sheets and drafted nothing of Bengali
 * forms or Urdu district sheets, and took a teachers' sheet's {@code Total} for the pupils'. Each workbook is written
 * here with POI in the reviewed style, drafted, checked and imported with the draft unedited, and its figures read
 * back against the numbers the test wrote (decision 0115).
 */
class AsianFormsDraftTest {
    private static final int YEAR = 2024;
    private static final String BENGALI = "০১২৩৪৫৬৭৮৯";
    private static final String LAO = "໐໑໒໓໔໕໖໗໘໙";

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /**
     * Vietnam's district sheet: {@code STT | Mã trường | Tên trường}, {@code Lớp 1}…{@code Lớp 5} merged over {@code
     * Nam | Nữ | Tổng số}, the school's total likewise under {@code Tổng cộng}, a {@code Cộng xã …} subtotal row after each commune's schools and a district total.
     * {@code f[s][g] = {girls, boys}}; {@code wrongSubtotal} adds 10 to the first commune's Lớp 1 Nam subtotal.
     */
    private static XSSFWorkbook vietnameseSheet(String[] codes, int[][][] f, boolean wrongSubtotal) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("TH");
        Sheets.row(sh, 0, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CẦN GIUỘC");
        Sheets.row(sh, 1, "THỐNG KÊ HỌC SINH TIỂU HỌC - Năm học 2024-2025");
        Object[] head = new Object[3 + 18];
        Object[] sexes = new Object[head.length];
        head[0] = "STT";
        head[1] = "Mã trường";
        head[2] = "Tên trường";
        for (int g = 0; g < 6; g++) {
            head[3 + 3 * g] = g < 5 ? "Lớp " + (g + 1) : "Tổng cộng";
            sexes[3 + 3 * g] = "Nam";
            sexes[4 + 3 * g] = "Nữ";
            sexes[5 + 3 * g] = "Tổng số";
        }
        Sheets.row(sh, 3, head);
        Sheets.row(sh, 4, sexes);
        for (int c = 0; c < 3; c++) {
            sh.addMergedRegion(new CellRangeAddress(3, 4, c, c));
        }
        for (int g = 0; g < 6; g++) {
            sh.addMergedRegion(new CellRangeAddress(3, 3, 3 + 3 * g, 5 + 3 * g));
        }
        int r = 5;
        int[] all = new int[18];
        String[] communes = {"Tân Kim", "Long Hậu"};
        int per = codes.length / communes.length;
        for (int k = 0; k < communes.length; k++) {
            int[] sub = new int[18];
            for (int s = k * per; s < (k + 1) * per; s++) {
                Object[] row = new Object[head.length];
                row[0] = s + 1;
                row[1] = codes[s];
                row[2] = "Trường TH " + communes[k] + " " + (s + 1);
                for (int g = 0; g < 6; g++) {
                    // The sixth band, Tổng cộng, is the school's total of the five grades by sex.
                    int[] v = new int[3];
                    for (int k2 = g < 5 ? g : 0; k2 < (g < 5 ? g + 1 : 5); k2++) {
                        v[0] += f[s][k2][1];
                        v[1] += f[s][k2][0];
                        v[2] += f[s][k2][0] + f[s][k2][1];
                    }
                    for (int i = 0; i < 3; i++) {
                        row[3 + 3 * g + i] = v[i];
                        sub[3 * g + i] += v[i];
                        all[3 * g + i] += v[i];
                    }
                }
                Sheets.row(sh, r++, row);
            }
            Object[] subtotal = new Object[head.length];
            subtotal[2] = "Cộng xã " + communes[k];
            for (int i = 0; i < 18; i++) {
                subtotal[3 + i] = sub[i] + (wrongSubtotal && k == 0 && i == 0 ? 10 : 0);
            }
            Sheets.row(sh, r++, subtotal);
        }
        Object[] total = new Object[head.length];
        total[2] = "Tổng cộng toàn huyện";
        for (int i = 0; i < 18; i++) {
            total[3 + i] = all[i];
        }
        Sheets.row(sh, r, total);
        return wb;
    }

    private static int[][][] figures(int schools, int grades, long seed) {
        int[][][] f = new int[schools][][];
        for (int s = 0; s < schools; s++) {
            f[s] = OneLanguageDraftTest.figures(grades, seed + s);
        }
        return f;
    }

    @Test
    void vietnameseDistrictSheetIsDraftedAndImported() throws Exception {
        String[] codes = {"80506436", "80506159", "80506121", "80507001", "80507002", "80507003"};
        int[][][] f = figures(codes.length, 5, 300);
        Path folder = Files.createDirectories(dir.resolve("vn"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(vietnameseSheet(codes, f, false), folder,
                "can_giuoc_" + YEAR + ".xlsx");
        assertFalse(run.json().contains("codeLists"), "no codeLists needed: " + run.json());
        assertTrue(run.json().contains("Năm học"), "the year label is drafted: " + run.json());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        assertEquals(codes.length, run.result().schoolsAdded(), "subtotal rows are no schools: " + run.result());
        assertEquals(0, DraftedImports.count(run.result(), "BLANK_KEY"), run.result().problems().toString());
        assertEquals(0, DraftedImports.count(run.result(), "TOTAL_MISMATCH"), run.result().problems().toString());
        assertTrue(run.check().clean(), "template check passes, the Tổng cộng band checked: " + run.check());
        DraftedImports.assertNoUnread(run);
        assertEquals(codes.length * 5L * 2, run.result().valuesStored(), run.result().problems() + run.json());
        try (var w = imports.open()) {
            for (int s = 0; s < codes.length; s++) {
                for (int g = 0; g < 5; g++) {
                    imports.assertEnrolment(w, codes[s], g + 1, f[s][g][0], f[s][g][1]);
                }
            }
        }
    }

    /**
     * One wrong commune subtotal: {@code Cộng} is a subtotal word, so the row is still a subtotal and its wrong figure
     * is pointed at, where every subtotal row was reported as a row without a school code before (review 33 style 4).
     */
    @Test
    void aWrongVietnameseSubtotalIsPointedAt() throws Exception {
        String[] codes = {"80506436", "80506159", "80506121", "80507001", "80507002", "80507003"};
        int[][][] f = figures(codes.length, 5, 400);
        Path folder = Files.createDirectories(dir.resolve("vnbad"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(vietnameseSheet(codes, f, true), folder,
                "can_giuoc_bad_" + YEAR + ".xlsx");
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        assertEquals(codes.length, run.result().schoolsAdded(), run.result().toString());
        assertEquals(0, DraftedImports.count(run.result(), "BLANK_KEY"), run.result().problems().toString());
        assertEquals(1, DraftedImports.count(run.result(), "TOTAL_MISMATCH"), run.result().problems().toString());
        assertEquals("TH!D9", DraftedImports.first(run.result(), "TOTAL_MISMATCH"), run.result().problems().toString());
        try (var w = imports.open()) {
            imports.assertEnrolment(w, codes[0], 1, f[0][0][0], f[0][0][1]);
        }
    }

    /** Laos's province sheet: {@code ຊັ້ນ ປ.1} merged over {@code ລວມ | ຍິງ} (total, girls), some in Lao digits. */
    @Test
    void laoProvinceSheetIsDraftedAndImportedWithBoysByDifference() throws Exception {
        String[] codes = {"1401569", "1401693", "1401998", "1402010"};
        int[][][] f = figures(codes.length, 5, 500);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("ປະຖົມ");
        Sheets.row(sh, 0, "ພະແນກສຶກສາທິການ ແລະ ກິລາ ແຂວງສາລະວັນ");
        Sheets.row(sh, 1, "ສົກຮຽນ 2024-2025");
        Object[] head = new Object[2 + 10];
        Object[] sexes = new Object[head.length];
        head[0] = "ລະຫັດໂຮງຮຽນ";
        head[1] = "ຊື່ໂຮງຮຽນ";
        for (int g = 0; g < 5; g++) {
            head[2 + 2 * g] = "ຊັ້ນ ປ." + (g + 1);
            sexes[2 + 2 * g] = "ລວມ";
            sexes[3 + 2 * g] = "ຍິງ";
        }
        Sheets.row(sh, 3, head);
        Sheets.row(sh, 4, sexes);
        sh.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
        for (int g = 0; g < 5; g++) {
            sh.addMergedRegion(new CellRangeAddress(3, 3, 2 + 2 * g, 3 + 2 * g));
        }
        for (int s = 0; s < codes.length; s++) {
            Object[] row = new Object[head.length];
            row[0] = codes[s];
            row[1] = "ໂຮງຮຽນປະຖົມ ສາລະວັນ " + (s + 1);
            for (int g = 0; g < 5; g++) {
                int t = f[s][g][0] + f[s][g][1];
                row[2 + 2 * g] = (s + g) % 4 == 1 ? ScriptDigits.of(t, LAO) : t;
                row[3 + 2 * g] = f[s][g][0];
            }
            Sheets.row(sh, 5 + s, row);
        }
        Path folder = Files.createDirectories(dir.resolve("lao"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "salavan_" + YEAR + ".xlsx");
        assertTrue(run.json().contains("differenceOf"), "boys = total − girls: " + run.json());
        assertFalse(run.json().contains("codeLists"), "no codeLists needed: " + run.json());
        assertTrue(run.check().clean(), "template check passes: " + run.check());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        DraftedImports.assertNoUnread(run);
        assertEquals(codes.length * 5L * 2, run.result().valuesStored(), run.result().problems() + run.json());
        try (var w = imports.open()) {
            for (int s = 0; s < codes.length; s++) {
                for (int g = 0; g < 5; g++) {
                    imports.assertEnrolment(w, codes[s], g + 1, f[s][g][0], f[s][g][1]);
                }
            }
        }
    }

    /**
     * Bangladesh's APSC form: labels in Bengali (name, EIIN, upazila, school year in Bengali digits), the table
     * {@code শ্রেণি | বালক | বালিকা | মোট} from {@code প্রাক-প্রাথমিক} to class 5 (classes by word or by numeric ordinal),
     * the figures in Bengali digits, and the teachers by {@code পুরুষ | মহিলা | মোট}. {@code f[0]} is pre-primary.
     */
    private static XSSFWorkbook bengaliForm(String eiin, int[][] f, int[] teachers, boolean numericOrdinals) {
        String[] words = {"প্রথম", "দ্বিতীয়", "তৃতীয়", "চতুর্থ", "পঞ্চম"};
        String[] numeric = {"১ম", "২য়", "৩য়", "৪র্থ", "৫ম"};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("বিদ্যালয় তথ্য");
        Sheets.row(sh, 0, "বার্ষিক প্রাথমিক বিদ্যালয় শুমারি (APSC)");
        Sheets.row(sh, 1, "শিক্ষাবর্ষ " + ScriptDigits.of(YEAR, BENGALI));
        Sheets.row(sh, 3, "বিদ্যালয়ের নাম", "সরকারি প্রাথমিক বিদ্যালয় " + eiin);
        Sheets.row(sh, 4, "EIIN", Long.valueOf(eiin));
        Sheets.row(sh, 5, "উপজেলা", "ফুলবাড়ী");
        Sheets.row(sh, 7, "শ্রেণিভিত্তিক শিক্ষার্থীর সংখ্যা");
        Sheets.row(sh, 8, "শ্রেণি", "বালক", "বালিকা", "মোট");
        int boys = 0;
        int girls = 0;
        for (int g = 0; g < f.length; g++) {
            String label = g == 0 ? "প্রাক-প্রাথমিক" : (numericOrdinals ? numeric : words)[g - 1] + " শ্রেণি";
            Sheets.row(sh, 9 + g, label, ScriptDigits.of(f[g][1], BENGALI), ScriptDigits.of(f[g][0], BENGALI),
                    ScriptDigits.of(f[g][0] + f[g][1], BENGALI));
            boys += f[g][1];
            girls += f[g][0];
        }
        Sheets.row(sh, 9 + f.length, "মোট", ScriptDigits.of(boys, BENGALI), ScriptDigits.of(girls, BENGALI),
                ScriptDigits.of(boys + girls, BENGALI));
        Sheets.row(sh, 11 + f.length, "শিক্ষক");
        Sheets.row(sh, 12 + f.length, "পদ", "পুরুষ", "মহিলা", "মোট");
        Sheets.row(sh, 13 + f.length, "শিক্ষকের সংখ্যা", ScriptDigits.of(teachers[1], BENGALI),
                ScriptDigits.of(teachers[0], BENGALI), ScriptDigits.of(teachers[0] + teachers[1], BENGALI));
        return wb;
    }

    @Test
    void bengaliFormsAreDraftedAndImportedWithClassesByWordOrByNumber() throws Exception {
        for (boolean numeric : new boolean[] {false, true}) {
            String eiin = numeric ? "108593" : "105662";
            int[][] f = OneLanguageDraftTest.figures(6, numeric ? 610 : 600);
            int[] teachers = {numeric ? 5 : 6, numeric ? 2 : 1};
            Path folder = Files.createDirectories(dir.resolve("bd" + numeric));
            DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
            DraftedImports.Run run = imports.draftCheckImport(bengaliForm(eiin, f, teachers, numeric), folder,
                    "apsc-" + eiin + "-" + YEAR + ".xlsx");
            assertTrue(run.json().contains("\"grids\""), "the table is drafted: " + run.json());
            assertTrue(run.json().contains("শিক্ষাবর্ষ"), "the year label is drafted: " + run.json());
            assertFalse(run.json().contains("codeLists"), "no codeLists needed: " + run.json());
            assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
            DraftedImports.assertNoUnread(run);
            assertEquals(0, DraftedImports.count(run.result(), "UNKNOWN_CODE"), run.result().problems().toString());
            assertEquals(6L * 2 + 2, run.result().valuesStored(), run.result().problems() + run.json());
            try (var w = imports.open()) {
                int pp = GradeSystem.standard().byCode("PP").orElseThrow().slot();
                imports.assertEnrolment(w, eiin, pp, f[0][0], f[0][1]);
                for (int g = 1; g < 6; g++) {
                    imports.assertEnrolment(w, eiin, g, f[g][0], f[g][1]);
                }
                imports.assertFigure(w, eiin, Topic.TEACHERS, 0, teachers[0], teachers[1]);
                assertEquals("ফুলবাড়ী", imports.school(w, eiin).district());
            }
        }
    }

    /**
     * Punjab's district sheet in Urdu: {@code کچی} (Katchi, pre-primary) and {@code جماعت اول}…{@code جماعت پنجم}
     * merged over {@code لڑکے | لڑکیاں}, the code and name headed in both languages, some counts in Urdu digits.
     */
    @Test
    void urduDistrictSheetIsDraftedAndImported() throws Exception {
        String[] codes = {"35228422", "35220184", "35231107"};
        String[] classes = {"کچی", "جماعت اول", "جماعت دوم", "جماعت سوم", "جماعت چہارم", "جماعت پنجم"};
        int[][][] f = figures(codes.length, classes.length, 700);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "محکمہ سکول ایجوکیشن پنجاب");
        Object[] head = new Object[2 + 2 * classes.length];
        Object[] sexes = new Object[head.length];
        head[0] = "ای ایم آئی ایس کوڈ / EMIS Code";
        head[1] = "سکول کا نام / School Name";
        for (int g = 0; g < classes.length; g++) {
            head[2 + 2 * g] = classes[g];
            sexes[2 + 2 * g] = "لڑکے";
            sexes[3 + 2 * g] = "لڑکیاں";
        }
        Sheets.row(sh, 2, head);
        Sheets.row(sh, 3, sexes);
        sh.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
        for (int g = 0; g < classes.length; g++) {
            sh.addMergedRegion(new CellRangeAddress(2, 2, 2 + 2 * g, 3 + 2 * g));
        }
        for (int s = 0; s < codes.length; s++) {
            Object[] row = new Object[head.length];
            row[0] = Long.valueOf(codes[s]);
            row[1] = "GPS Chak No." + (s + 1);
            for (int g = 0; g < classes.length; g++) {
                row[2 + 2 * g] = (s + g) % 3 == 0 ? ScriptDigits.of(f[s][g][1], ScriptDigits.PERSIAN) : f[s][g][1];
                row[3 + 2 * g] = f[s][g][0];
            }
            Sheets.row(sh, 4 + s, row);
        }
        Path folder = Files.createDirectories(dir.resolve("pk"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "kasur_" + YEAR + ".xlsx");
        assertFalse(run.json().contains("codeLists"), "no codeLists needed: " + run.json());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        DraftedImports.assertNoUnread(run);
        assertEquals(codes.length * 6L * 2, run.result().valuesStored(), run.result().problems() + run.json());
        int pp = GradeSystem.standard().byCode("PP").orElseThrow().slot();
        try (var w = imports.open()) {
            for (int s = 0; s < codes.length; s++) {
                imports.assertEnrolment(w, codes[s], pp, f[s][0][0], f[s][0][1]);
                for (int g = 1; g < classes.length; g++) {
                    imports.assertEnrolment(w, codes[s], g, f[s][g][0], f[s][g][1]);
                }
            }
        }
    }

    /**
     * The DepEd teachers' sheet: positions {@code Teacher I}…{@code Master Teacher I} over {@code Male | Female}, and
     * their {@code Total} likewise. The teachers are the sum of the positions; the Total is theirs, checked against
     * it, not the pupils' (review 33 styles 1 and 5).
     */
    @Test
    void teachersByPositionAreSummedAndTheirTotalIsTheTeachers() throws Exception {
        String[] codes = {"127336", "126307", "126679"};
        String[] positions = {"Teacher I", "Teacher II", "Teacher III", "Master Teacher I"};
        int[][][] f = figures(codes.length, positions.length, 800);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Teachers");
        Sheets.row(sh, 0, "Teaching Personnel by Position and Sex, SY 2024-2025");
        Object[] head = new Object[2 + 2 * positions.length + 2];
        Object[] sexes = new Object[head.length];
        head[0] = "School ID";
        head[1] = "Name of School";
        for (int p = 0; p <= positions.length; p++) {
            head[2 + 2 * p] = p < positions.length ? positions[p] : "Total";
            sexes[2 + 2 * p] = "Male";
            sexes[3 + 2 * p] = "Female";
        }
        Sheets.row(sh, 2, head);
        Sheets.row(sh, 3, sexes);
        sh.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
        for (int p = 0; p <= positions.length; p++) {
            sh.addMergedRegion(new CellRangeAddress(2, 2, 2 + 2 * p, 3 + 2 * p));
        }
        int[][] sums = new int[codes.length][2];
        for (int s = 0; s < codes.length; s++) {
            Object[] row = new Object[head.length];
            row[0] = Long.valueOf(codes[s]);
            row[1] = "School " + (s + 1);
            for (int p = 0; p < positions.length; p++) {
                row[2 + 2 * p] = f[s][p][1];
                row[3 + 2 * p] = f[s][p][0];
                sums[s][0] += f[s][p][0];
                sums[s][1] += f[s][p][1];
            }
            row[2 + 2 * positions.length] = sums[s][1];
            row[3 + 2 * positions.length] = sums[s][0];
            Sheets.row(sh, 4 + s, row);
        }
        Path folder = Files.createDirectories(dir.resolve("ph"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "malaybalay_" + YEAR + ".xlsx");
        assertTrue(run.json().contains("\"total\" : \"teachers.total\""), "the Total is the teachers': " + run.json());
        assertFalse(run.json().contains("\"total\" : \"enrolment\""), run.json());
        assertTrue(run.check().clean(), "template check passes: " + run.check());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        DraftedImports.assertNoUnread(run);
        assertEquals(0, DraftedImports.count(run.result(), "TOTAL_MISMATCH"), run.result().problems().toString());
        assertEquals(codes.length * 2L, run.result().valuesStored(), run.result().problems() + run.json());
        try (var w = imports.open()) {
            for (int s = 0; s < codes.length; s++) {
                imports.assertFigure(w, codes[s], Topic.TEACHERS, 0, sums[s][0], sums[s][1]);
            }
        }
    }
}
