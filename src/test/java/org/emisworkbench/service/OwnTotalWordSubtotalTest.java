package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.StoredFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 29 F3: a district's subtotal row labelled in the template's own language ({@code Igiteranyo Umurenge wa
 * Kati}, the Kinyarwanda total word the template adds to its {@code total} list) whose sums do not agree was reported
 * as a row without a school code. The template's total words now label subtotal rows as the built-in ones do: the
 * wrong figure is a TOTAL_MISMATCH at its cell, and no school lacks its code. Swahili's {@code Jumla} (the word of
 * the review) is built in since review 30 C3, so its subtotal needs no word of the template's.
 */
class OwnTotalWordSubtotalTest {
    private static final String TEMPLATE = """
            {"id": "kata", "version": 1, "layout": "wide",%s
             "sheets": [{"names": ["Shule"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;
    private static final String OWN_WORD = """
             "codeLists": {"total": {"total": ["Igiteranyo"]}},""";

    @TempDir
    java.nio.file.Path dir;

    @Test
    void aSubtotalLabelledWithTheTemplatesTotalWordIsCheckedAsASubtotal() throws Exception {
        List<StoredFinding> found = importWith(OWN_WORD, "Igiteranyo Umurenge wa Kati");
        List<String> rules = found.stream().map(x -> x.finding().ruleId() + "@" + x.finding().source().cell()).toList();
        assertTrue(rules.contains("IMP-08@C4"), "the boys' subtotal typed over: " + rules);
        assertFalse(rules.stream().anyMatch(r -> r.startsWith("IMP-06")), "no row without school code: " + rules);
        assertEquals(1, rules.size(), rules.toString());
    }

    @Test
    void withoutTheWordTheSameRowIsARowWithoutCode() throws Exception {
        List<StoredFinding> found = importWith("", "Igiteranyo Umurenge wa Kati");
        List<String> rules = found.stream().map(x -> x.finding().ruleId()).toList();
        assertTrue(rules.contains("IMP-06"), rules.toString());
    }

    @Test
    void aSwahiliSubtotalIsCheckedWithoutAWordOfTheTemplates() throws Exception {
        List<StoredFinding> found = importWith("", "Jumla Kata ya Kati");
        List<String> rules = found.stream().map(x -> x.finding().ruleId() + "@" + x.finding().source().cell()).toList();
        assertEquals(List.of("IMP-08@C4"), rules);
    }

    private List<StoredFinding> importWith(String codeLists, String subtotalLabel) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); TemplateImports imports = new TemplateImports(dir)) {
            Sheet s = wb.createSheet("Shule");
            TotalRowMessagesTest.row(s, 0, "School code", "School name", "Grade 1 Boys", "Grade 1 Girls");
            TotalRowMessagesTest.row(s, 1, "TZ-101", "Mapinduzi", 40, 45);
            TotalRowMessagesTest.row(s, 2, "TZ-102", "Uhuru", 38, 41);
            TotalRowMessagesTest.row(s, 3, "", subtotalLabel, 40 + 38 + 5, 45 + 41); // boys typed over
            TotalRowMessagesTest.row(s, 4, "TZ-201", "Amani", 20, 22);
            FileResult f = imports.importWith(wb, "kata-2024.xlsx", TEMPLATE.formatted(codeLists), 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            return imports.validate(2024).stream().filter(x -> x.finding().ruleId().startsWith("IMP-")
                    && x.finding().source() != null).toList();
        }
    }
}
