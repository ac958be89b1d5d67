package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.report.QueryWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every query workbook of a district of the sample country, in English and in French, speaks to a head
 * teacher: no statistic, no internal name, no figure with a ".0", and each in the language asked.
 */
class QuerySampleCountryTest {
    private static final Pattern OFFICER_WORDS = Pattern.compile(
            "z-score|score z|MAD|interquartile|quartile|median|médiane|primary_secondary|teachers\\.[a-z]|enrolment\\["
                    + "|\\d\\.0\\b|age -\\d|\\band -|\\{\\d\\}|School SCH|École SCH");

    @TempDir
    Path dir;

    private static List<String> messages(List<Path> files) throws Exception {
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f); Workbook wb = WorkbookFactory.create(in)) {
                Sheet sh = wb.getSheetAt(0);
                for (int r = QueryWorkbook.TABLE_ROW + 1; r <= sh.getLastRowNum(); r++) {
                    Row row = sh.getRow(r);
                    out.add(row.getCell(2).getStringCellValue());
                }
            }
        }
        return out;
    }

    @Test
    void theQueriesOfADistrictSpeakToHeadTeachersInTheirLanguage() throws Exception {
        List<String> en;
        List<String> fr;
        try (Workbench wb = SampleCountryFixture.copy(dir.resolve("sample.mv.db"))) {
            QueryService q = new QueryService(wb);
            en = messages(q.forDistrict(2025, "D03", Locale.ENGLISH, dir.resolve("en"), Progress.NONE,
                    Cancellation.none()));
            fr = messages(q.forDistrict(2025, "D03", Locale.FRENCH, dir.resolve("fr"), Progress.NONE,
                    Cancellation.none()));
        }
        assertFalse(en.isEmpty(), "D03 has open findings in 2025");
        assertTrue(en.size() == fr.size());
        en.forEach(m -> assertFalse(OFFICER_WORDS.matcher(m).find(), m));
        fr.forEach(m -> assertFalse(OFFICER_WORDS.matcher(m).find(), m));
        en.forEach(m -> assertTrue(m.contains("Please") || m.contains("please"), m));
        fr.forEach(m -> assertTrue(m.contains("Veuillez"), m));
        assertTrue(en.stream().anyMatch(m -> m.matches("Your return shows \\d+ pupils; similar schools in D03 have about "
                + "\\d+\\. Please check this figure\\.")), "an outlier told as the issue asks: " + en);
    }

    /** A school with teachers and no pupils is asked about that once, not about each ratio it upsets. */
    @Test
    void aSchoolIsAskedAboutTheCauseNotItsConsequences() throws Exception {
        try (Workbench wb = SampleCountryFixture.copy(dir.resolve("sample.mv.db"))) {
            List<org.emisworkbench.model.StoredFinding> all = new ValidationService(wb).findings(
                    new org.emisworkbench.model.FindingFilter(2024, null, "SCH03002", null, null, null));
            long open = all.stream().filter(f -> f.status() == org.emisworkbench.model.FindingStatus.OPEN).count();
            long folded = all.stream().filter(f -> f.status() == org.emisworkbench.model.FindingStatus.OPEN
                    && f.folded()).count();
            assertTrue(folded > 0 && all.stream().anyMatch(f -> f.finding().ruleId().equals("TCH-01")), all.toString());
            List<String> asked = messages(List.of(new QueryService(wb).forSchool(2024, "SCH03002", Locale.ENGLISH,
                    dir.resolve("one"))));
            assertEquals(open - folded, asked.size(), asked.toString());
        }
    }
}
