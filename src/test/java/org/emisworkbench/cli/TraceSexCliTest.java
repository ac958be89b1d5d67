package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emis trace --sex} reads what its help and messages say: M and F in every language (never M = mulheres),
 * and the --lang's letters and words (French G = garçons, English G = girls, Portuguese H = homens); anything else
 * is refused in the officer's language, saying what is accepted. The school has 21 boys and 34 girls in Grade 1,
 * so a sex read the wrong way round shows.
 */
class TraceSexCliTest {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void writeAndImport() throws Exception {
        Path file = dir.resolve("returns-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Returns");
            String[] head = {"School code", "School name", "District", "Grade 1 Boys", "Grade 1 Girls"};
            Row h = sh.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Row r = sh.createRow(1);
            r.createCell(0).setCellValue("S1");
            r.createCell(1).setCellValue("One");
            r.createCell(2).setCellValue("D1");
            r.createCell(3).setCellValue(21);
            r.createCell(4).setCellValue(34);
            wb.write(out);
        }
        Path template = dir.resolve("t.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        db = dir.resolve("ws.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
    }

    private static CliRun trace(String sex, String lang) {
        return CliRun.emis("trace", "--db", db.toString(), "--school", "S1", "--year", "2024", "--slot", "G1",
                "--sex", sex, "--lang", lang);
    }

    private static void reads(String sex, String lang, String expected) {
        CliRun r = trace(sex, lang);
        assertEquals(0, r.code(), sex + " --lang " + lang + ": " + r.out() + r.err());
        int value = expected.equals("M") ? 21 : 34;
        // The code, with its word where the language needs one: M is mulheres on a Portuguese return (review 20).
        String shown = switch (lang) {
            case "fr" -> expected.equals("M") ? "M (masculin)" : "F (féminin)";
            case "pt" -> expected.equals("M") ? "M (masculino: rapazes, homens)" : "F (feminino: raparigas, mulheres)";
            default -> expected;
        };
        assertTrue(r.out().startsWith("S1 2024 enrolment G1 " + shown + " = " + value), sex + " --lang " + lang
                + ": " + r.out());
    }

    @Test
    void theCodesMeanTheSameInEveryLanguage() {
        for (String lang : new String[] {"en", "fr", "pt"}) {
            reads("M", lang, "M");
            reads("F", lang, "F");
            reads("f", lang, "F");
        }
    }

    @Test
    void eachLanguagesLettersAndWordsAreRead() {
        reads("G", "fr", "M");           // garçons
        reads("garçons", "fr", "M");
        reads("filles", "fr", "F");
        reads("G", "en", "F");           // girls
        reads("boys", "en", "M");
        reads("B", "en", "M");
        reads("H", "pt", "M");           // homens
        reads("raparigas", "pt", "F");
        reads("mulheres", "pt", "F");
    }

    @Test
    void anythingElseIsRefusedSayingWhatIsAccepted() {
        CliRun en = trace("X", "en");
        assertNotEquals(0, en.code(), en.out());
        assertTrue(en.err().contains("--sex X is not a sex: give M or F (in every language), or boys, girls, B, G"
                + " (G = girls); with --lang fr, G is garçons."), en.err());
        CliRun fr = trace("X", "fr");
        assertNotEquals(0, fr.code(), fr.out());
        assertTrue(fr.err().contains("--sex X n'est pas un sexe : indiquez M ou F (dans toutes les langues), ou"
                + " garçons, filles, G (G = garçons)."), fr.err());
        CliRun pt = trace("X", "pt");
        assertNotEquals(0, pt.code(), pt.out());
        assertTrue(pt.err().contains("--sex X não é um sexo: indique M ou F (em todas as línguas; M é sempre"
                + " masculino, nunca mulheres)"), pt.err());
        // Without --sex, a figure by sex says what to give, in the officer's language.
        CliRun none = CliRun.emis("trace", "--db", db.toString(), "--school", "S1", "--year", "2024", "--slot", "G1",
                "--lang", "fr");
        assertNotEquals(0, none.code(), none.out());
        assertTrue(none.err().contains("--sex est nécessaire pour enrolment : M ou F"), none.err());
    }
}
