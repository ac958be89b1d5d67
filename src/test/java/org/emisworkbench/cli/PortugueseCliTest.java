package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.emisworkbench.model.Numbers;
import org.emisworkbench.service.ReportFixture;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Portuguese came as resource files only (decision 0016); this proves it reaches the user: the validation's
 * messages, the findings listing and the district summary PDF speak Portuguese with Portuguese numbers, and a
 * language the Workbench does not have is refused with the list of those it has.
 */
class PortugueseCliTest {
    private static final Locale PT = Locale.forLanguageTag("pt");
    @TempDir
    Path dir;
    Path db;
    String out;
    String err;

    @BeforeEach
    void fill() throws Exception {
        db = ReportFixture.create(dir);
    }

    /** Runs the command through the one CLI helper, keeping what it printed for the assertions. */
    private int run(String... args) {
        CliRun r = CliRun.emis(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    /** Whitespace of any kind (the no-break space of Portuguese numbers too) taken out, to compare PDF text. */
    private static String squash(String s) {
        return s.replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    @Test
    void portugueseNumbersAreWrittenThePortugueseWay() {
        Numbers n = Numbers.of(PT);
        assertEquals("92,1\u00a0%", n.percent(92.1));
        assertEquals("53\u00a0941", n.count(53941));
        assertEquals("0,99", n.index(0.99));
        assertEquals("+537,62\u00a0%", n.signedPercent(537.62));
    }

    @Test
    void validationAndFindingsSpeakPortuguese() throws Exception {
        int exit = run("validate", "--db", db.toString(), "--year", "2024", "--lang", "pt");
        assertTrue(exit == 0 || exit == 1, err.toString()); // 1: open errors were found
        assertTrue(out.toString().contains("Escola "), out.toString());
        assertEquals(0, run("findings", "--db", db.toString(), "--year", "2024", "--format", "json", "--status", "open", "--lang", "en"),
                err.toString());
        JsonNode english = new ObjectMapper().readTree(out.toString());
        assertEquals(0, run("findings", "--db", db.toString(), "--year", "2024", "--format", "json", "--status", "open", "--lang", "pt"),
                err.toString());
        JsonNode portuguese = new ObjectMapper().readTree(out.toString());
        // Open findings: those this run raised (the fixture's own, stored before with English and French texts
        // only, are resolved by the run when their rule no longer finds them).
        assertTrue(english.size() > 0, "the fixture raises findings");
        assertEquals(english.size(), portuguese.size());
        Map<Long, String> en = new HashMap<>();
        english.forEach(f -> en.put(f.get("id").asLong(), f.get("message").asText()));
        for (JsonNode f : portuguese) {
            String message = f.get("message").asText();
            assertNotEquals(en.get(f.get("id").asLong()), message, "not the English text");
            assertFalse(message.contains("{"), message);
            if (f.get("school").isTextual() && !message.startsWith(f.get("school").asText())) {
                // School findings of the default pack open with the school, in Portuguese
                assertTrue(message.startsWith("Escola ") || message.startsWith("A escola ")
                        || message.matches("^[A-Z]+\\d+:.*"), message);
            }
        }
    }

    @Test
    void theDistrictSummaryIsInPortuguese() throws Exception {
        Path pdf = dir.resolve("d01-pt.pdf");
        assertEquals(0, run("report", "--db", db.toString(), "--year", "2024", "--district", "D01", "--out",
                pdf.toString(), "--lang", "pt"), err.toString());
        String cover;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            cover = squash(s.getText(doc));
        }
        assertTrue(cover.contains(squash("Resumo distrital")), cover);
        assertTrue(cover.contains(squash("Números-chave")), cover);
        // The fixture: 2 of the 3 schools expected in D01 sent a return, 66.7 %, written 66,7 % in Portuguese;
        // (185 + 25) pupils for (6 + 1) teachers, 30.0 pupils per teacher, written 30,0.
        assertTrue(cover.contains(squash("2 das 3 escolas previstas enviaram o questionário (66,7 %)")), cover);
        assertTrue(cover.contains(squash("Rácio alunos/professor 30,0")), cover);
        assertFalse(cover.contains(squash("Key figures")), cover);
    }

    @Test
    void theRulesAreListedWithTheirPortugueseTitles() {
        assertEquals(0, run("rules", "--lang", "pt"), err.toString());
        assertTrue(out.toString().contains("Texto numa célula numérica"), out.toString());
        assertFalse(out.toString().contains("Text in a number cell"), out.toString());
    }

    @Test
    void aLanguageTheWorkbenchDoesNotHaveIsRefusedWithTheList() {
        assertEquals(2, run("findings", "--db", db.toString(), "--year", "2024", "--lang", "de"));
        assertTrue(err.toString().contains("'de' is not a language of the Workbench; the languages are en, fr, pt"),
                err.toString());
    }
}
