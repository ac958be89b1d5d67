package org.emisworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.emisworkbench.model.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Languages are data (decision 0016): every language of {@code i18n/languages.properties} has every text of
 * the English files, and no code chooses a language by its name.
 */
class LanguagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LanguagesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertNotNull(in, "i18n/" + name + " is missing");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "core", "report", "indicators"})
    void everyLanguageHasEveryTextOfTheEnglishFiles(String bundle) throws IOException {
        assertTrue(Languages.codes().size() >= 2 && Languages.codes().get(0).equals(Languages.BASE), Languages.codes().toString());
        Set<String> english = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
        assertTrue(!english.isEmpty(), bundle);
        for (String lang : Languages.codes().subList(1, Languages.codes().size())) {
            Properties texts = load(bundle + "_" + lang + ".properties");
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(texts.stringPropertyNames());
            Set<String> extra = new TreeSet<>(texts.stringPropertyNames());
            extra.removeAll(english);
            assertEquals(Set.of(), missing, "keys missing in " + bundle + "_" + lang + ".properties");
            assertEquals(Set.of(), extra, "keys of " + bundle + "_" + lang + ".properties not in the English file");
            List<String> blank = texts.stringPropertyNames().stream()
                    .filter(k -> texts.getProperty(k).isBlank() && !load0(bundle).getProperty(k).isBlank()).toList();
            assertEquals(List.of(), blank, bundle + "_" + lang);
            if (!bundle.equals("report") && !bundle.equals("indicators")) {
                // The window's and the core's texts go through MessageFormat: each must parse, with the
                // same arguments as the English one.
                for (String k : texts.stringPropertyNames()) {
                    MessageFormat f = new MessageFormat(texts.getProperty(k), Locale.forLanguageTag(lang));
                    MessageFormat e = new MessageFormat(load0(bundle).getProperty(k), Locale.ENGLISH);
                    assertTrue(f.getFormatsByArgumentIndex().length <= e.getFormatsByArgumentIndex().length,
                            bundle + "_" + lang + " " + k + " uses arguments English has not");
                }
            }
        }
    }

    private static Properties load0(String bundle) {
        try {
            return load(bundle + ".properties");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * No code names a language of the window, the reports or the rules: {@code "fr"} appears only in the
     * template package, where it is the language of a workbook's headers (data the school wrote), not the
     * Workbench's own.
     */
    @Test
    void noCodeChoosesALanguageByItsName() throws IOException {
        Pattern named = Pattern.compile("\"(fr|pt)\"|Locale\\.FRENCH|\\bmessage(En|Fr)\\b|\\btitle(En|Fr)\\b");
        List<String> found = new ArrayList<>();
        Path root = Path.of("src/main/java/org/emisworkbench");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (root.relativize(f).startsWith("template")) {
                    continue; // HeaderLanguage, SexLetters, DraftLetters: the language of a sheet's headers
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = named.matcher(line);
                    if (m.find()) {
                        found.add(root.relativize(f) + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        // The one allowed: packs written before titles were objects by language give the French title as title_fr.
        found.removeIf(s -> s.startsWith("rules/pack/RuleReader.java") && s.contains("FRENCH_OF_OLD_PACKS = Locale.FRENCH"));
        assertEquals(List.of(), found);
    }
}
