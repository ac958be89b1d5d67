package org.emisworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence the core can send to the officer has its words in English and in French: the keys
 * written in the core's code, the codes of its enums, and the window's variants of advice.
 */
class CoreTextTest {
    /** The packages whose messages reach the officer through {@link Message}. */
    private static final List<String> CORE = List.of("model", "template", "imports", "store", "indicators",
            "service", "samples", "charts");
    /** First parts of the core's keys; a literal starting with one of them is a key. */
    private static final Pattern KEY = Pattern.compile("\"((?:advice|area|bench|chart|error|import|ind|match|problem"
            + "|progress|queries|rejected|report|samples|service|skip|validation|workbook|workspace)\\.[A-Za-z.]+)\"");
    private static final CoreText EN = CoreText.of(Locale.ENGLISH);
    private static final CoreText FR = CoreText.of(Locale.FRENCH);

    static Set<String> keysInTheCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String pkg : CORE) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/emisworkbench", pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(f);
                    Matcher m = KEY.matcher(code);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        // Keys made of a prefix and a word: "workbook.looksLike." + what the file looks like.
        String problems = Files.readString(Path.of("src/main/java/org/emisworkbench/workbook/Problems.java"));
        assertTrue(problems.contains("\"workbook.looksLike.\" + "), "the looksLike keys are still built this way");
        for (String f : List.of("Workbooks.java", "OoxmlKinds.java", "FileSniffer.java")) {
            Matcher m = Pattern.compile("(?:notExcel\\(file, |return |\\? |: )\"([a-zA-Z0-9]+)\"").matcher(
                    Files.readString(Path.of("src/main/java/org/emisworkbench/workbook", f)));
            while (m.find()) {
                keys.add("workbook.looksLike." + m.group(1));
            }
        }
        keys.removeIf(k -> k.endsWith("."));
        return keys;
    }

    @Test
    void everyKeyWrittenInTheCoreHasItsTextInBothLanguages() throws IOException {
        Set<String> keys = keysInTheCode();
        assertTrue(keys.size() > 150, "the scan found " + keys.size() + " keys");
        assertTrue(keys.contains("workbook.looksLike.text") && keys.contains("workbook.looksLike.word"), keys.toString());
        Set<String> missingEn = new TreeSet<>();
        Set<String> missingFr = new TreeSet<>();
        for (String k : keys) {
            if (!EN.has(k)) {
                missingEn.add(k);
            }
            if (!FR.has(k)) {
                missingFr.add(k);
            }
        }
        assertEquals(Set.of(), missingEn, "keys missing in core.properties");
        assertEquals(Set.of(), missingFr, "keys missing in core_fr.properties");
    }

    @Test
    void everyCodeOfTheCoreEnumsHasItsText() {
        for (ProblemKind k : ProblemKind.values()) {
            assertTrue(EN.has(k.message().key()) && FR.has(k.message().key()), k.name());
        }
        for (SkipReason r : SkipReason.values()) {
            assertTrue(EN.has(r.message().key()) && FR.has(r.message().key()), r.name());
        }
    }

    @Test
    void aRefusalReadsInFrenchWithItsPartsInFrenchToo() {
        Message m = Message.of("workbook.notExcel", "notes.xlsx", Message.of("workbook.looksLike.text"));
        assertEquals("notes.xlsx is not an Excel workbook: it looks like a text file (such as CSV). Open it in Excel,"
                + " save it as an Excel workbook (.xlsx) and import again.", m.english());
        assertEquals("notes.xlsx n’est pas un classeur Excel : on dirait un fichier texte (par exemple CSV). Ouvrez-le"
                + " dans Excel, enregistrez-le comme classeur Excel (.xlsx) et importez-le à nouveau.",
                m.in(Locale.FRENCH));
    }

    @Test
    void yearsAndCountsReadAsPlainDigitsAndListsAsPhrases() {
        assertEquals("There are no returns for 2024 in this workspace.", Message.of("service.noReturns", 2024).english());
        Message reason = Message.of("match.reason", "sample-wide", List.of(Message.of("match.sheet", "Pupils", 92L),
                Message.of("match.noSheet", "Staff")), 1, 3);
        assertEquals("sample-wide: Pupils 92%, no sheet Staff; 1 of 3 visible sheet(s) used", reason.english());
        assertEquals("sample-wide : Pupils 92 %, pas de feuille Staff ; 1 feuille(s) visible(s) sur 3 utilisée(s)",
                reason.in(Locale.FRENCH));
    }

    @Test
    void theWindowGivesItsOwnAdviceWhereTheCommandLineNamesAnOption() {
        Message m = Message.of("import.noYear", "D01.xlsx", Message.of("advice.giveYear"));
        assertTrue(m.english().endsWith("Give it with --year."), m.english());
        assertTrue(CoreText.forWindow(Locale.ENGLISH).render(m).endsWith("Type it in the Year box and import it again."));
        assertTrue(CoreText.forWindow(Locale.FRENCH).render(m).startsWith("D01.xlsx : l’année du recensement"));
    }

    @Test
    void anUnknownKeyShowsAsItselfRatherThanFailing() {
        assertEquals("!no.such.key![x]", EN.render(Message.of("no.such.key", "x")));
    }
}
