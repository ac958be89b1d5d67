package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window's texts and the core's texts: English and French have the same keys, every key the window
 * asks for exists, and every text formats. The core's own keys are checked by {@code CoreTextTest}.
 */
class MessagesBundleTest {
    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "core"})
    void englishAndFrenchHaveTheSameKeys(String bundle) throws IOException {
        Set<String> en = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
        Set<String> fr = new TreeSet<>(load(bundle + "_fr.properties").stringPropertyNames());
        Set<String> missingFr = new TreeSet<>(en);
        missingFr.removeAll(fr);
        Set<String> missingEn = new TreeSet<>(fr);
        missingEn.removeAll(en);
        assertEquals(Set.of(), missingFr, "keys missing in " + bundle + "_fr.properties");
        assertEquals(Set.of(), missingEn, "keys missing in " + bundle + ".properties");
    }

    /**
     * No file gives one key twice: the later text silently wins (a new key of the same name as an old one changed
     * every check's school line from "6 value(s)" to "values 6" in session 30).
     */
    @Test
    void noKeyIsGivenTwiceInOneFile() throws IOException {
        Set<String> twice = new TreeSet<>();
        int files = 0;
        try (Stream<Path> all = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path f : all.filter(p -> p.toString().endsWith(".properties")).toList()) {
                files++;
                Properties seen = new Properties() {
                    @Override
                    public synchronized Object put(Object key, Object value) {
                        if (containsKey(key)) {
                            twice.add(f.getFileName() + ": " + key);
                        }
                        return super.put(key, value);
                    }
                };
                try (var in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    seen.load(in);
                }
            }
        }
        assertTrue(files >= 12, "message files read: " + files);
        assertEquals(Set.of(), twice, "keys given twice");
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\\bt\\(\"([a-z][\\w.]*)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/emisworkbench/gui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher item = Pattern.compile("item\\(\"([a-z][\\w.]*)\"").matcher(Files.readString(f));
                while (item.find()) {
                    used.add(item.group(1));
                }
            }
        }
        for (Screen s : Screen.values()) {
            used.add(s.key());
        }
        for (Enum<?>[] values : new Enum<?>[][] {Severity.values(), FindingStatus.values(), FileOutcome.values()}) {
            for (Enum<?> e : values) {
                String prefix = e instanceof Severity ? "severity." : e instanceof FindingStatus ? "status."
                        : "outcome.";
                used.add(prefix + e.name());
            }
        }
        used.removeIf(k -> k.endsWith(".")); // prefixes of the keys built below
        used.add("sex.F");
        used.add("sex.M");
        for (Topic t : Topic.values()) {
            used.add("topic." + t.code());
        }
        assertTrue(used.size() > 150, "the scan found the keys: " + used.size());
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties"}) {
            Set<String> keys = load(bundle).stringPropertyNames();
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(keys);
            assertEquals(Set.of(), missing, "keys used by the code but missing in " + bundle);
        }
    }

    @Test
    void everyTextIsAValidPatternWithoutALostApostrophe() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties", "core.properties",
            "core_fr.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                new MessageFormat(text); // throws on a broken pattern
                assertFalse(text.replace("''", "").contains("'"), bundle + " " + key
                        + ": a single ' vanishes in MessageFormat; write '' or ’");
            }
        }
    }

    @Test
    void frenchIsReallyFrench() {
        assertEquals("_Accueil", Messages.forLanguage("fr").t("nav.home"));
        assertEquals("_Home", Messages.forLanguage("en").t("nav.home"));
        assertEquals("Importé", Messages.forLanguage("fr").t("outcome.IMPORTED"));
    }
}
