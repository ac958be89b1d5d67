package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.report.ReportText;
import org.emisworkbench.store.FindingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The district summary's cover says what is in it: the key figures (enrolment, GER and NER where
 * available, PTR, open error findings) and the three things most worth attention. The expected figures
 * are computed here from the workspace (and checked against the fixture's own arithmetic), then read
 * back from the cover page of the PDF with PDFBox.
 */
class ReportCoverTest {
    @TempDir
    Path dir;

    private static Finding error(String rule, String school, String district, String cell) {
        return new Finding(new org.emisworkbench.model.FindingKey(null, rule, school, 2024, null, null, null, cell),
                rule + " title", Severity.ERROR, school, district, "enrolment", null, null,
                new org.emisworkbench.model.Texts(java.util.Map.of("en", "m", "fr", "m")), new SourceRef("f.xlsx", "Form", cell), null, null, null, null, null);
    }

    private static String coverText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            return s.getText(doc);
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void theCoverGivesTheKeyFiguresAndWhatIsMostWorthAttention() throws Exception {
        Path db = ReportFixture.create(dir);
        Path pdf = dir.resolve("d01.pdf");
        Map<String, IndicatorValue> v;
        long openErrors;
        long openImp02;
        try (Workbench wb = Workbench.open(db)) {
            // Errors in D01: two open IMP-02 and one TCH-02, of which one is confirmed correct; one in D02.
            new FindingStore(wb.workspace()).saveRun("default-census", "1", 2024, null, Set.of("IMP-02", "TCH-02"),
                    List.of(error("IMP-02", "S1", "D01", "C4"), error("IMP-02", "S2", "D01", "C5"),
                            error("TCH-02", "S1", "D01", "C6"), error("TCH-02", "S2", "D01", "C7"),
                            error("IMP-02", "S3", "D02", "C8")));
            FindingStore store = new FindingStore(wb.workspace());
            StoredFinding tch = store.list(new FindingFilter(2024, "D01", "S2", "TCH-02", null, null, null)).get(0);
            new ValidationService(wb).mark(tch.id(), FindingStatus.CONFIRMED, "checked by phone");
            List<StoredFinding> d01 = store.list(new FindingFilter(2024, "D01", null, null, null, null, null));
            List<StoredFinding> openErr = d01.stream().filter(f -> f.finding().severity() == Severity.ERROR)
                    .filter(f -> f.status() == FindingStatus.OPEN || f.status() == FindingStatus.QUERIED).toList();
            openErrors = openErr.size();
            openImp02 = openErr.stream().filter(f -> f.finding().ruleId().equals("IMP-02")).count();
            v = new IndicatorService(wb).compute(2024, AreaSelector.district("D01"), "primary").stream()
                    .collect(Collectors.toMap(IndicatorValue::id, Function.identity()));
            new ReportService(wb).district(2024, "D01", null, ReportOptions.defaults(), pdf);
        }
        // The fixture's arithmetic: (185 + 25) pupils, (185 + 25) / (6 + 1) pupils per teacher.
        assertEquals(210.0, v.get("enrolment_total").value(), 1e-9);
        assertEquals(30.0, v.get("pupil_teacher_ratio").value(), 1e-9);
        assertEquals(3, openErrors, "IMP-02 on S1 and S2, TCH-02 on S1; S2's TCH-02 is confirmed, S3 is in D02");
        assertEquals(2, openImp02);
        IndicatorValue completeness = v.get("completeness_pct");
        int notReturned = completeness.coverage().expected() - completeness.coverage().counted();
        assertEquals(1, notReturned, "2 of the 3 schools expected in D01 sent a return");

        ReportText t = new ReportText(Locale.ENGLISH);
        String cover = squash(coverText(pdf));
        assertTrue(cover.contains(squash("Key figures")), cover);
        assertTrue(cover.contains(squash("Enrolment " + t.value(v.get("enrolment_total")))), cover);
        assertTrue(cover.contains(squash("Pupil-teacher ratio " + t.value(v.get("pupil_teacher_ratio")))), cover);
        assertTrue(v.get("ger").available(), "the fixture has population for D01");
        assertTrue(cover.contains(squash("Gross enrolment ratio " + t.value(v.get("ger")))), cover);
        assertFalse(v.get("ner").available(), "the fixture gives no ages");
        assertFalse(cover.contains(squash("Net enrolment ratio")), "a ratio that cannot be computed is left out");
        assertTrue(cover.contains(squash("Open error findings " + openErrors)), cover);
        // The three things most worth attention: the schools not returned, then the rules by open errors.
        assertTrue(cover.contains(squash("Most worth attention")), cover);
        assertTrue(cover.contains(squash("1. " + notReturned + " of the " + completeness.coverage().expected()
                + " schools expected has not sent a return.")), cover);
        assertTrue(cover.contains(squash("2. " + openImp02 + " open errors of rule IMP-02")), cover);
        // S2 gives its women teachers only: the pupil-teacher ratio is partial (decision 0077), which the cover ranks
        // before the one open error of rule TCH-02.
        assertTrue(cover.contains(squash("3. Pupil-teacher ratio is a partial figure")), cover);
        assertFalse(cover.contains(squash("4.")), "three things, not more");
    }

    @Test
    void theFrenchCoverSaysTheSameInFrench() throws Exception {
        Path db = ReportFixture.create(dir);
        Path pdf = dir.resolve("d01-fr.pdf");
        try (Workbench wb = Workbench.open(db)) {
            new ReportService(wb).district(2024, "D01", null, ReportOptions.defaults().withLocale(Locale.FRENCH), pdf);
        }
        String cover = squash(coverText(pdf));
        assertTrue(cover.contains(squash("Chiffres clés")), cover);
        assertTrue(cover.contains(squash("Constats d'erreur ouverts 0")), cover);
        assertTrue(cover.contains(squash("1. 1 des 3 écoles attendues n'a pas envoyé son questionnaire.")), cover);
    }
}
