package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 21 §5 and what it left open: {@code template check} shows the file-level school-code problems the import
 * then reports (IMP-25 leading zeros, IMP-31 a school on one sheet, IMP-35 a likely typo), of the file itself and,
 * with {@code --db}, against the workspace's schools; a typo code that an earlier import already made a school of is
 * still said when a file names it again; {@code trace} and {@code indicators} name the stored look-alike of a code
 * they do not know. The workbooks are written here: a long export with codes typed as numbers and one written
 * {@code 0104013} as text, a two-sheet file whose header stands on row 3 under a title, a form with
 * {@code Enseignants | Hommes | 3 | Femmes | 2} and no colon; every expected cell is counted as it is written.
 */
class CheckCodesLikeImportCliTest {
    @TempDir
    Path dir;

    private static final String LONG = """
            {"id": "long-zeros", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["export"], "key": ["SCHOOL_ID"],
               "columns": [{"headers": ["SCHOOL"], "field": "school.name"},
                           {"headers": ["CLASS"], "field": "row.grade"},
                           {"headers": ["GENDER"], "field": "row.sex"},
                           {"headers": ["PUPILS"], "field": "enrolment"}]}]}
            """;

    /** The (cell, kind) pairs of a check's problem lines ({@code export!A24 CODE_LEADING_ZEROS: …}). */
    private static Set<String> checkProblems(String out) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^  (\\S+!\\S+) ([A-Z_]+): ").matcher(out);
        while (m.find()) {
            found.add(m.group(1) + " " + m.group(2));
        }
        return found;
    }

    /**
     * A long export: four rows (G1, G2 × M, F) per code, codes typed as numbers, a code given as text where it is
     * text ({@code 0104013}); returns the 1-based row of each code's first row.
     */
    private static java.util.Map<String, Integer> longExport(Path file, List<Object> codes) throws Exception {
        java.util.Map<String, Integer> firstRow = new java.util.LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("export");
            Sheets.row(s, 0, "SCHOOL_ID", "SCHOOL", "CLASS", "GENDER", "PUPILS");
            int r = 1;
            for (Object code : codes) {
                String name = "Mwembe " + String.valueOf(code).replaceFirst("^0+", "");
                firstRow.putIfAbsent(String.valueOf(code), r + 1);
                for (String g : new String[] {"Grade 1", "Grade 2"}) {
                    for (String sex : new String[] {"Male", "Female"}) {
                        Sheets.row(s, r, code, name, g, sex, 10 + r);
                        r++;
                    }
                }
            }
            wb.write(out);
        }
        return firstRow;
    }

    @Test
    void aLeadingZeroTwinInTheFileIsListedAtTheCellTheImportNames() throws Exception {
        Path template = dir.resolve("long-zeros.json");
        Files.writeString(template, LONG);
        Path file = dir.resolve("zeros-2024.xlsx");
        // 104013 written 0104013 on the sixth block of rows: a code of its own to the import.
        var rows = longExport(file, List.of(104011, 104012, 104013, 104014, 104015, "0104013"));
        String cell = "export!A" + rows.get("0104013");
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err()); // a warning, no figure left unread
        assertEquals(Set.of(cell + " CODE_LEADING_ZEROS"), checkProblems(check.out()), check.out());
        assertTrue(check.out().contains("the same file holds school 104013"), check.out());
        CliRun imp = CliRun.emis("import", "--db", dir.resolve("z.mv.db").toString(), "--template",
                template.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains(cell + ": school code 0104013 differs from school 104013 of the same file"),
                imp.out());
    }

    @Test
    void withTheWorkspaceTheCheckComparesCodesWithItsSchoolsAsTheImportDoes() throws Exception {
        Path template = dir.resolve("long-zeros.json");
        Files.writeString(template, LONG);
        Path db = dir.resolve("w.mv.db");
        Path first = dir.resolve("d01-2023.xlsx");
        longExport(first, List.of(104011, 104012, 104013));
        CliRun one = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), first.toString());
        assertEquals(0, one.code(), one.out() + one.err());
        // The next year's file: 104013 written with its zero, 104O12 with a letter O; nothing in the file to compare.
        Path next = dir.resolve("d01-2024.xlsx");
        var rows = longExport(next, List.of(104011, "104O12", "0104013"));
        CliRun alone = CliRun.emis("template", "check", "--template", template.toString(), next.toString());
        assertEquals(Set.of(), checkProblems(alone.out()), alone.out());
        CliRun check = CliRun.emis("template", "check", "--db", db.toString(), "--template", template.toString(),
                next.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        Set<String> expected = Set.of("export!A" + rows.get("0104013") + " CODE_LEADING_ZEROS",
                "export!A" + rows.get("104O12") + " CODE_LIKELY_TYPO");
        assertEquals(expected, checkProblems(check.out()), check.out());
        assertTrue(check.out().contains("the workspace holds school 104013"), check.out());
        assertTrue(check.out().contains("looks like a typo for school 104012 (Mwembe 104012) of the workspace"),
                check.out());
        // The import says the same at the same cells.
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), next.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("export!A" + rows.get("0104013") + ": school code 0104013 differs from school"
                + " 104013 of the workspace"), imp.out());
        assertTrue(imp.out().contains("export!A" + rows.get("104O12") + ": school code 104O12 looks like a typo for"
                + " school 104012 (Mwembe 104012) of the workspace"), imp.out());
    }

    private static final String[] FJ = {"FJ2101", "FJ2102", "FJ2103", "FJ2104"};

    /** Enrolment and Teachers, each header on row 3 under a title; the Teachers sheet's codes as given. */
    private Path twoSheets(String name, String[] teacherCodes) throws Exception {
        return twoSheets(name, teacherCodes, 0);
    }

    /** As above, each pupil figure {@code more} higher (a corrected return, another file to the import). */
    private Path twoSheets(String name, String[] teacherCodes, int more) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet e = wb.createSheet("Enrolment");
            Sheet t = wb.createSheet("Teachers");
            Sheets.row(e, 0, "LAUTOKA DISTRICT — ENROLMENT 2024");
            Sheets.row(t, 0, "LAUTOKA DISTRICT — TEACHERS 2024");
            Sheets.row(e, 2, "School Code", "School Name", "Class 1 Boys", "Class 1 Girls", "Class 2 Boys",
                    "Class 2 Girls");
            Sheets.row(t, 2, "School Code", "Male teachers", "Female teachers");
            for (int i = 0; i < FJ.length; i++) {
                Sheets.row(e, 3 + i, FJ[i], "Lautoka School " + i, 30 + i + more, 31 + i, 28 + i, 27 + i);
                Sheets.row(t, 3 + i, teacherCodes[i], 2 + i, 3);
            }
            wb.write(out);
        }
        return file;
    }

    private Path draft(Path file) {
        Path template = dir.resolve(file.getFileName() + ".json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", template.toString(), "--force");
        assertEquals(0, d.code(), d.out() + d.err());
        return template;
    }

    @Test
    void aTypoOnOneSheetIsListedByTheCheckAsTheImportSaysIt() throws Exception {
        String[] typed = FJ.clone();
        typed[2] = "FJ21O3";
        Path file = twoSheets("lautoka-2024.xlsx", typed);
        Path template = draft(file);
        // The third school's rows: row 6 of each sheet (title, blank row, header, then the schools).
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        Set<String> expected = Set.of("Teachers!A6 CODE_LIKELY_TYPO", "Teachers!A6 SCHOOL_ON_ONE_SHEET",
                "Enrolment!A6 SCHOOL_ON_ONE_SHEET");
        assertEquals(expected, checkProblems(check.out()), check.out());
        Path db = dir.resolve("fj.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("Teachers!A6: school code FJ21O3 looks like a typo for school FJ2103"), imp.out());
        assertTrue(imp.out().contains("Teachers!A6: school FJ21O3 has figures on sheet Teachers only"), imp.out());
        assertTrue(imp.out().contains("Enrolment!A6: school FJ2103 has figures on sheet Enrolment only"), imp.out());

        // Imported again: FJ21O3 is a school of the workspace now (the phantom), FJ2103 too; the typo is still said,
        // by the import and by the check given the workspace.
        // The school's return sent again with one figure corrected, the typo still in it.
        Path copy = twoSheets("lautoka-again-2024.xlsx", typed, 1);
        CliRun again = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), copy.toString());
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("Teachers!A6: school code FJ21O3 looks like a typo for school FJ2103"
                + " (Lautoka School 2) of the same file"), again.out());
        CliRun withDb = CliRun.emis("template", "check", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(expected, checkProblems(withDb.out()), withDb.out());

        // The corrected file names FJ2103 only: nothing is said of it, though FJ21O3 stays in the workspace.
        Path fixed = twoSheets("lautoka-corrected-2024.xlsx", FJ.clone());
        CliRun corrected = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                fixed.toString());
        assertEquals(0, corrected.code(), corrected.out() + corrected.err());
        // No code of it is said a typo; the phantom FJ21O3 it leaves out is named apart (NOT IN THIS FILE).
        assertFalse(corrected.out().contains("looks like a typo") || corrected.out().contains("CODE_LIKELY_TYPO"),
                corrected.out());
        assertTrue(corrected.out().contains("NOT IN THIS FILE: FJ21O3"), corrected.out());
        CliRun fixedCheck = CliRun.emis("template", "check", "--db", db.toString(), "--template", template.toString(),
                fixed.toString());
        assertEquals(Set.of(), checkProblems(fixedCheck.out()), fixedCheck.out());
    }

    @Test
    void traceAndIndicatorsNameTheStoredLookAlikeOfACodeTheyDoNotKnow() throws Exception {
        Path template = dir.resolve("long-zeros.json");
        Files.writeString(template, LONG);
        Path db = dir.resolve("tg.mv.db");
        Path file = dir.resolve("tg-2024.xlsx");
        longExport(file, List.of("TG-0101", "TG-01O2", "TG-0103"));
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        CliRun trace = CliRun.emis("trace", "--db", db.toString(), "--school", "TG-0102", "--year", "2024", "--slot",
                "G1", "--sex", "M");
        assertEquals(2, trace.code(), trace.out() + trace.err());
        assertTrue(trace.err().contains("No stored figure for TG-0102 2024 enrolment G1 M."), trace.err());
        assertTrue(trace.err().contains("No school has the code TG-0102 in this workspace; did you mean TG-01O2"
                + " (Mwembe TG-01O2)?"), trace.err());
        CliRun held = CliRun.emis("trace", "--db", db.toString(), "--school", "TG-01O2", "--year", "2024", "--slot",
                "G1", "--sex", "M");
        assertEquals(0, held.code(), held.out() + held.err());
        // A code held but without that figure names no other school.
        CliRun noFigure = CliRun.emis("trace", "--db", db.toString(), "--school", "TG-0101", "--year", "2024",
                "--slot", "G5", "--sex", "M");
        assertFalse(noFigure.err().contains("did you mean"), noFigure.err());
        CliRun ind = CliRun.emis("indicators", "--db", db.toString(), "--year", "2024", "--school", "TG-0102",
                "--format", "json");
        assertTrue(ind.err().contains("did you mean TG-01O2 (Mwembe TG-01O2)?"), ind.err());
        CliRun q = CliRun.emis("queries", "--db", db.toString(), "--year", "2024", "--school", "TG-0102", "--out",
                dir.resolve("q").toString());
        assertTrue(q.err().contains("There is no return of school TG-0102 for 2024. No school has the code TG-0102"
                + " in this workspace; did you mean TG-01O2 (Mwembe TG-01O2)?"), q.err());
        CliRun fr = CliRun.emis("trace", "--db", db.toString(), "--school", "TG-0102", "--year", "2024", "--slot",
                "G1", "--sex", "M", "--lang", "fr");
        assertTrue(fr.err().contains("vouliez-vous dire TG-01O2"), fr.err());
    }

    /** A form per sheet: code, name, a table of grades over boys and girls, teachers by sex on one row, rooms. */
    private Path forms(String name) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (int k = 0; k < 2; k++) {
                Sheet s = wb.createSheet("Fiche " + (k + 1));
                Sheets.row(s, 0, "FICHE D'ENQUÊTE SCOLAIRE");
                Sheets.row(s, 2, "Code de l'école", null, "BJ-20" + k);
                Sheets.row(s, 3, "Nom de l'école", null, "EPP Cotonou " + k);
                Sheets.row(s, 5, "Effectifs par classe");
                Sheets.row(s, 6, "Classe", "Garçons", "Filles");
                String[] classes = {"CI", "CP", "CE1", "CE2", "CM1", "CM2"};
                for (int i = 0; i < classes.length; i++) {
                    Sheets.row(s, 7 + i, classes[i], 20 + i + k, 22 + i);
                }
                Sheets.row(s, 25, "Enseignants", "Hommes", 3 + k, "Femmes", 2);
                Row rooms = s.createRow(27);
                rooms.createCell(0).setCellValue("Salles de classe");
                rooms.createCell(2).setCellValue(4 + k);
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void aLabelReadBySexIsNotAlsoNotReadAndTheFrenchCheckIsFrench() throws Exception {
        Path file = forms("fiches-2024.xlsx");
        Path template = draft(file);
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("A26 Enseignants → teachers.total M = 3 (C26)"), check.out());
        assertTrue(check.out().contains("A26 Enseignants → teachers.total F = 2 (E26)"), check.out());
        assertFalse(check.out().contains("NOT READ"), check.out());
        assertTrue(check.out().contains("by topic: teachers 4, classrooms 2, enrolment 24"), check.out());

        CliRun fr = CliRun.emis("template", "check", "--template", template.toString(), file.toString(), "--lang",
                "fr");
        assertEquals(0, fr.code(), fr.out() + fr.err());
        assertFalse(fr.out().contains("NOT READ"), fr.out());
        assertTrue(fr.out().contains("par thème : enseignants 4, salles de classe 2, effectifs 24"), fr.out());
        List<String> english = new ArrayList<>();
        Pattern words = Pattern.compile("(?i)\\b(label|grid|school|sum|teachers|classrooms|enrolment)\\b(?!\\.)");
        List<String> lines = fr.out().lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.size() > 15, fr.out());
        for (String line : lines) {
            // The status tags stay English by design, and what a line reads into is the template's field code, as
            // the template writes it (→ teachers.total M, → enrolment).
            String text = line.replaceFirst("^  (read|NOT READ|WARNING)\\b", "").replace(file.toString(), "")
                    .replaceAll("→ [a-z_.]+", "→");
            Matcher m = words.matcher(text);
            if (m.find()) {
                english.add(m.group() + " in: " + line);
            }
        }
        assertEquals(List.of(), english, fr.out());
        assertTrue(fr.out().contains("  libellé   A26 Enseignants → teachers.total M = 3 (C26)"), fr.out());
        assertTrue(fr.out().contains("  tableau   A6 Effectifs par classe → enrolment"), fr.out());
        assertTrue(fr.out().lines().anyMatch(l -> l.startsWith("  école   BJ-200")), fr.out());
    }

    @Test
    void aLongExportsRowDimensionsAreInFrench() throws Exception {
        Path template = dir.resolve("long-zeros.json");
        Files.writeString(template, LONG);
        Path file = dir.resolve("fr-2024.xlsx");
        longExport(file, List.of(104011, 104012));
        CliRun fr = CliRun.emis("template", "check", "--template", template.toString(), file.toString(), "--lang",
                "fr");
        assertTrue(fr.out().contains("→ classe de la ligne"), fr.out());
        assertTrue(fr.out().contains("→ sexe de la ligne"), fr.out());
        assertTrue(fr.out().contains("par thème : effectifs 8"), fr.out());
        CliRun pt = CliRun.emis("template", "check", "--template", template.toString(), file.toString(), "--lang",
                "pt");
        assertTrue(pt.out().contains("→ sexo da linha"), pt.out());
        assertTrue(pt.out().contains("por tema: matrícula 8"), pt.out());
    }
}
