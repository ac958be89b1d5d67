package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook of one sheet per grade (decision 0117, issue #11): Francophone district returns with a sheet
 * {@code CP1} … {@code CM2} (Madagascar, Senegal) or {@code 1re année} … {@code 6e année} (DRC), each a row per school,
 * schools in another order on every other sheet, one school absent from the last grade, repeaters left blank when
 * there are none, and a total row. One template entry {@code "{grade}"} reads them all, each sheet for its grade; the
 * draft proposes that entry and is imported without an edit. Every stored figure is compared with the figures this
 * test wrote. A sheet named by no grade of the list, by a grade another sheet has given, or by a grade the workspace
 * does not keep, is said, never skipped in silence.
 */
class OneSheetPerGradeCliTest {
    @TempDir
    Path dir;

    private static final List<String> SCHOOLS = List.of("MG-101", "MG-102", "MG-103", "MG-104", "MG-105", "MG-106",
            "MG-107");

    /** The figures written: school, topic, grade, sex → value (a blank repeaters cell is not there). */
    private final Map<String, Long> written = new TreeMap<>();

    private static String key(String school, String topic, String grade, String sex) {
        return school + " " + topic + " " + grade + " " + sex;
    }

    /**
     * Sheets named {@code names} (grade {@code G1}… in that order), each {@code Code | Nom | Garçons | Filles |
     * Redoublants garçons | Redoublants filles | Total} on one header row ({@code band} false), or {@code Effectifs} over
     * {@code Nouveaux | Redoublants} over {@code G | F} then {@code Total} over {@code G | F | T} ({@code band} true); the
     * pupils written are remembered in {@link #written}.
     */
    private Path workbook(String file, List<String> names, boolean band) throws Exception {
        Random random = new Random(117);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (int g = 0; g < names.size(); g++) {
                String grade = "G" + (g + 1);
                Sheet s = wb.createSheet(names.get(g));
                Sheets.row(s, 0, "Circonscription scolaire d'Antsirabe II — Année scolaire 2024-2025");
                Sheets.row(s, 1, "Effectifs des élèves : " + names.get(g));
                int first;
                if (band) {
                    Sheets.row(s, 3, "Code", "Nom de l'école", "Effectifs", null, null, null, "Total");
                    Sheets.row(s, 4, null, null, "Nouveaux", null, "Redoublants");
                    Sheets.row(s, 5, null, null, "G", "F", "G", "F", "G", "F", "T");
                    s.addMergedRegion(new CellRangeAddress(3, 5, 0, 0));
                    s.addMergedRegion(new CellRangeAddress(3, 5, 1, 1));
                    s.addMergedRegion(new CellRangeAddress(3, 3, 2, 5));
                    s.addMergedRegion(new CellRangeAddress(4, 4, 2, 3));
                    s.addMergedRegion(new CellRangeAddress(4, 4, 4, 5));
                    s.addMergedRegion(new CellRangeAddress(3, 4, 6, 8));
                    first = 6;
                } else {
                    Sheets.row(s, 3, "Code", "Nom de l'école", "Garçons", "Filles", "Redoublants garçons",
                            "Redoublants filles", "Total");
                    first = 4;
                }
                List<String> order = new ArrayList<>(SCHOOLS);
                if (g % 2 == 1) {
                    Collections.reverse(order); // every other sheet lists the schools the other way round
                }
                if (g == names.size() - 1) {
                    order.remove("MG-104"); // no class of the last grade at this school
                }
                int r = first;
                long[] sums = new long[7];
                for (String school : order) {
                    int newBoys = 10 + random.nextInt(40);
                    int newGirls = 10 + random.nextInt(40);
                    // No repeaters: the cell is left blank, as the forms are filled in.
                    Integer repBoys = random.nextInt(4) == 0 ? null : 1 + random.nextInt(6);
                    Integer repGirls = random.nextInt(4) == 0 ? null : 1 + random.nextInt(6);
                    int boys = newBoys + (repBoys == null ? 0 : repBoys);
                    int girls = newGirls + (repGirls == null ? 0 : repGirls);
                    if (band) {
                        Sheets.row(s, r, school, "EPP " + school, newBoys, newGirls, repBoys, repGirls, boys, girls,
                                boys + girls);
                    } else {
                        Sheets.row(s, r, school, "EPP " + school, boys, girls, repBoys, repGirls, boys + girls);
                    }
                    written.put(key(school, "enrolment", grade, "M"), (long) boys);
                    written.put(key(school, "enrolment", grade, "F"), (long) girls);
                    if (repBoys != null) {
                        written.put(key(school, "repeaters", grade, "M"), (long) repBoys);
                    }
                    if (repGirls != null) {
                        written.put(key(school, "repeaters", grade, "F"), (long) repGirls);
                    }
                    long[] row = band ? new long[] {newBoys, newGirls, repBoys == null ? 0 : repBoys,
                        repGirls == null ? 0 : repGirls, boys, girls, boys + girls} : new long[] {boys, girls,
                        repBoys == null ? 0 : repBoys, repGirls == null ? 0 : repGirls, boys + girls, 0, 0};
                    for (int i = 0; i < sums.length; i++) {
                        sums[i] += row[i];
                    }
                    r++;
                }
                Sheets.row(s, r, null, "TOTAL CISCO", sums[0], sums[1], sums[2], sums[3], sums[4],
                        band ? sums[5] : null, band ? sums[6] : null);
            }
            return Sheets.save(wb, dir.resolve(file));
        }
    }

    /** The figures stored, under the keys {@link #written} uses. */
    private Map<String, Long> stored(Path db) throws Exception {
        return LongCsv.figures(db, 2024, dir.resolve(db.getFileName() + ".csv"),
                row -> key(row.get("school_code"), row.get("topic"), row.get("item"), row.get("sex")));
    }

    private void draftedAndImported(String file, List<String> names, boolean band) throws Exception {
        Path wb = workbook(file, names, band);
        Path json = dir.resolve(file + ".json");
        CliRun draft = CliRun.emis("template", "draft", wb.toString(), "--out", json.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        String template = Files.readString(json);
        // One entry for the six sheets, not one per sheet with the grade written on every column.
        assertTrue(template.contains("\"{grade}\""), template);
        assertFalse(template.contains("\"grade\""), template);
        assertTrue(draft.out().contains(String.join(", ", names)), draft.out());
        Path db = dir.resolve(file + ".mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", json.toString(), wb.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertFalse(imp.out().contains("NOT READ"), imp.out());
        assertFalse(imp.out().contains("BLANK_KEY"), imp.out());
        // Every column is read or checked: the totals too (Total G | F | T under the band), and none disagrees.
        assertFalse(imp.out().contains("UNREAD_FIGURES"), imp.out());
        assertFalse(imp.out().contains("TOTAL_MISMATCH"), imp.out());
        Map<String, Long> got = stored(db);
        assertEquals(written, got, imp.out());
        // Six grades of seven schools but one: the figures are those of 41 rows, the blank repeaters not stored.
        assertEquals(41, got.keySet().stream().filter(k -> k.contains(" enrolment ") && k.endsWith(" M")).count());
    }

    @Test
    void sheetsNamedCp1ToCm2WithOneHeaderRowAreDraftedAsOneEntryAndReadForTheirGrades() throws Exception {
        draftedAndImported("antsirabe-2024.xlsx", List.of("CP1", "CP2", "CE1", "CE2", "CM1", "CM2"), false);
    }

    @Test
    void sheetsNamedByYearsWithNewAndRepeatersUnderOneBandAreDraftedAsOneEntry() throws Exception {
        // Written without their accents, as many clerks type them: still the grades of the list.
        draftedAndImported("kasai-EP-2024.xlsx", List.of("1re année", "2e annee", "3e année", "4e annee", "5e année",
                "6e année"), true);
    }

    /** A template of one entry for the grades' sheets, written by hand as docs/templates.md shows it. */
    private Path handTemplate() throws Exception {
        return Files.writeString(dir.resolve("by-grade.json"), """
                {"id": "by-grade", "version": 1, "layout": "wide", "language": "fr", "year": {"fromFileName": true},
                 "sheets": [{"names": ["{grade}"], "headerRow": 4, "key": ["Code"],
                   "columns": [{"headers": ["Nom de l'école"], "field": "school.name"},
                               {"patterns": ["{sex}"], "field": "enrolment"},
                               {"patterns": ["Redoublants {sex}"], "field": "repeaters"},
                               {"headers": ["Total"], "total": "enrolment"}]}]}
                """);
    }

    @Test
    void aSheetNamedByNoGradeOrByAGradeAlreadyReadIsSaidWithItsFile() throws Exception {
        // CI is CP1's other name (the first year where it is the cours d'initiation); a bare CP is no grade of the
        // built-in list (the first year in some countries, the second in others).
        Path wb = workbook("tulear-2024.xlsx", List.of("CP1", "CP2", "CE1", "CI", "CP", "Grade 13"), false);
        Path db = dir.resolve("messages.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", handTemplate().toString(),
                wb.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        String out = imp.out().replace('\n', ' ');
        assertTrue(out.contains("tulear-2024.xlsx, sheet \"CP\": NOT READ: the template reads one sheet per grade"
                + " [{grade}], and this sheet's name is no grade of its grade list"), imp.out());
        assertTrue(out.contains("tulear-2024.xlsx, sheet \"CI\": NOT READ: its name names grade G1, as sheet \"CP1\""
                + " does"), imp.out());
        // A grade the workspace does not keep (twelve grades): its figures are said column by column, not stored.
        assertTrue(out.contains("figures under Grade 13!C not stored: grade G13 is not in the workspace"), imp.out());
        // The three sheets read are those of G1 (CP1), G2 and G3; the CI, CP and Grade 13 sheets' figures are not
        // stored: they were written for G4, G5 and G6 (their places in the workbook).
        Map<String, Long> got = stored(db);
        Map<String, Long> readOnly = new TreeMap<>(written);
        readOnly.keySet().removeIf(k -> k.contains(" G4 ") || k.contains(" G5 ") || k.contains(" G6 "));
        assertEquals(readOnly, got, imp.out());
        // template check fails on a sheet of figures not read.
        CliRun check = CliRun.emis("template", "check", "--template", handTemplate().toString(), wb.toString());
        assertTrue(check.out().contains("sheet \"CP\": NOT READ"), check.out());
    }
}
