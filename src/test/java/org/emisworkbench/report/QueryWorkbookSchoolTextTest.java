package org.emisworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query workbook speaks to a head teacher: the school's figures in words, as whole numbers, with
 * no statistics (scores, MAD, quartiles) and no internal names (level codes, field names), in the
 * language asked. The findings below carry the officer's messages as the default pack writes them.
 */
class QueryWorkbookSchoolTextTest {
    private static final Pattern OFFICER_WORDS = Pattern.compile(
            "z-score|score z|MAD|interquartile|quartile|median|médiane|primary_secondary|teachers\\.total"
                    + "|enrolment\\[|\\d\\.0\\b|age -\\d|\\band -|\\{\\d\\}");

    @TempDir
    Path dir;

    private static Finding finding(String rule, String grade, Sex sex, String age, Double left, Double right,
                                         String en, String fr, String cellValue) {
        return new Finding(new org.emisworkbench.model.FindingKey(null, rule, "SCH03002", 2025, grade, sex, age, null), rule,
                Severity.WARNING, "SCH03002", "D03", "enrolment, teachers.total", left, right,
                new org.emisworkbench.model.Texts(java.util.Map.of("en", en, "fr", fr)), new SourceRef("sch03002.xlsx", "Form", "C12"), cellValue, null, null,
                null, null);
    }

    private static List<Finding> findings() {
        return List.of(
                finding("OUT-02", null, null, null, 0.0, 354.0,
                        "School SCH03002: enrolment 0, modified z-score -6.45 against D03 × primary_secondary (14) (median 354, MAD 37)",
                        "École SCH03002 : effectifs 0, score z modifié -6,45 parmi D03 × primary_secondary (14) (médiane 354, MAD 37)",
                        null),
                finding("OUT-03", null, null, null, 1480.0, 354.0,
                        "School SCH03002: enrolment 1480 lies 4.84 interquartile ranges beyond the quartiles of D03 × primary_secondary (14) (Q1 300, Q3 410)",
                        "École SCH03002 : effectifs 1480 à 4,84 écarts interquartiles au-delà des quartiles de D03 × primary_secondary (14) (Q1 300, Q3 410)",
                        null),
                finding("AGE-01", "G1", Sex.F, "-4", 3.0, null,
                        "School SCH03002, G1 F: 3 pupils aged -4, far from the official age 6 (plausible 5 to 8)",
                        "École SCH03002, G1 F : 3 élèves âgés -4, loin de l'âge officiel 6 (plausible 5 à 8)", "3"),
                finding("IMP-01", null, null, null, null, null,
                        "Form!C12: '-' is not a number", "Form!C12 : « - » n'est pas un nombre", "-"),
                finding("IMP-08", null, null, null, null, null,
                        "Form!C12: the total 5 does not equal the sum of its parts (3 and -)",
                        "Form!C12 : le total 5 n'est pas la somme de ses parties (3 et -)", "5"),
                finding("CHG-03", null, null, null, 2.0, 9.0,
                        "School SCH03002: teachers.total went from 9.0 to 2.0 (-77.8 %)",
                        "École SCH03002 : teachers.total est passé de 9.0 à 2.0 (-77,8 %)", "2"));
    }

    private List<String> messages(Locale locale) throws Exception {
        Path file = dir.resolve("q-" + locale.getLanguage() + ".xlsx");
        QueryWorkbook.write(new QueryWorkbook.SchoolQuery("SCH03002", "Coral Bay Primary", "D03", 2025, findings()),
                locale, LocalDate.of(2026, 1, 5), file);
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sh = wb.getSheetAt(0);
            for (int r = QueryWorkbook.TABLE_ROW + 1; r <= sh.getLastRowNum(); r++) {
                out.add(sh.getRow(r).getCell(2).getStringCellValue());
            }
        }
        return out;
    }

    @Test
    void theSchoolReadsItsFiguresNotTheStatistics() throws Exception {
        List<String> en = messages(Locale.ENGLISH);
        assertEquals(findings().size(), en.size());
        assertEquals("Your return shows 0 pupils; similar schools in D03 have about 354. Please check this figure.",
                en.get(0));
        assertEquals("Your return shows 1,480 pupils; similar schools in D03 have about 354. Please check this figure.",
                en.get(1));
        assertTrue(en.get(2).startsWith("Your return shows 3 pupils aged 4 or under, grade G1, girls,"), en.get(2));
        assertEquals("This cell holds a dash or a blank where a number is expected. Please give the figure, even if it is zero.",
                en.get(3));
        assertEquals("Teachers in your return this year: 2; last year: 9. Please check this figure.", en.get(5));
        en.forEach(m -> assertFalse(OFFICER_WORDS.matcher(m).find(), m));
    }

    @Test
    void inFrenchTheSchoolReadsFrench() throws Exception {
        List<String> fr = messages(Locale.FRENCH);
        assertEquals(findings().size(), fr.size());
        assertEquals("Votre questionnaire déclare 0 élèves ; les écoles semblables de D03 en ont environ 354. "
                + "Veuillez vérifier ce chiffre.", fr.get(0));
        assertTrue(fr.get(2).startsWith("Votre questionnaire déclare 3 élèves âgés de 4 ans ou moins, classe G1, filles,"),
                fr.get(2));
        fr.forEach(m -> assertFalse(OFFICER_WORDS.matcher(m).find(), m));
        fr.forEach(m -> assertFalse(m.contains("Your ") || m.contains("Please"), m));
    }

    @Test
    void everyRuleOfTheDefaultPackHasASchoolSentenceInBothLanguages() throws Exception {
        List<Rule> rules = new PackLoader(org.emisworkbench.rules.expr.FieldCatalog.standard(
                org.emisworkbench.model.GradeSystem.standard())).loadDefault().rules();
        assertTrue(rules.size() > 40, "the default pack is read");
        for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ReportText t = new ReportText(l);
            for (Rule r : rules) {
                if (r.id().startsWith("DST")) {
                    continue; // a district's finding is never sent to a school
                }
                assertTrue(t.has("query.finding." + r.id()), l + " " + r.id());
                assertFalse(OFFICER_WORDS.matcher(t.get("query.finding." + r.id()).replaceAll("\\{\\d\\}", "")).find(), r.id());
            }
        }
    }

    @Test
    void anotherPacksMessageIsKeptAndStaysText() throws Exception {
        Finding other = new Finding(new org.emisworkbench.model.FindingKey("mine", "OUT-02", "SCH03002", 2025, null, null, null, null),
                "Mine", Severity.INFO, "SCH03002", "D03", "enrolment", 0.0, 354.0,
                new org.emisworkbench.model.Texts(java.util.Map.of("en", "=1+1 is not what we expected", "fr", "=1+1 n'est pas attendu")), null, null, null, null, null, null);
        Path file = dir.resolve("other.xlsx");
        QueryWorkbook.write(new QueryWorkbook.SchoolQuery("SCH03002", "X", "D03", 2025, List.of(other)),
                Locale.ENGLISH, LocalDate.of(2026, 1, 5), file);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals("'=1+1 is not what we expected",
                    wb.getSheetAt(0).getRow(QueryWorkbook.TABLE_ROW + 1).getCell(2).getStringCellValue());
        }
    }
}
