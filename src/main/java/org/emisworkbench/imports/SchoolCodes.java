package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.Message;
import org.emisworkbench.template.ColumnSpec;
import org.emisworkbench.template.CompiledTemplate;
import org.emisworkbench.template.HeaderMatcher;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.template.LabelSpec;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.Template;

/**
 * Guards school codes read from labels and roster key columns: a text that looks like a header or a
 * label never becomes a school's code, since every figure of the file would then be stored under a
 * school that does not exist. Signals, in order:
 * <ol>
 *   <li>it ends with a colon, as labels do ({@code District:});</li>
 *   <li>it is a label, key header, column header or header pattern of the template ({@code School name},
 *       {@code Census year}, {@code Grade 3 F});</li>
 *   <li>it is a header of the sheet's own header row ({@code Date of birth} repeated in the data);</li>
 *   <li>it has no digit and more than one word ({@code Head teacher}): codes are one word or carry a
 *       number.</li>
 * </ol>
 */
final class SchoolCodes {
    private final Set<String> texts = new HashSet<>();
    private final List<HeaderMatcher> matchers = new ArrayList<>();

    private SchoolCodes() {
    }

    /** The guard for one template: its label, key and header texts. */
    static SchoolCodes of(Template t) {
        SchoolCodes g = new SchoolCodes();
        if (t.year() != null) {
            t.year().labels().forEach(g::add);
        }
        for (int i = 0; i < t.sheets().size(); i++) {
            SheetSpec s = t.sheets().get(i);
            s.key().forEach(g::add);
            for (LabelSpec l : s.labels()) {
                l.labels().forEach(g::add);
            }
            for (ColumnSpec c : s.columns()) {
                c.headers().forEach(g::add);
            }
            if (!s.key().isEmpty() || !s.columns().isEmpty()) {
                g.matchers.add(CompiledTemplate.of(t).matcher(i));
            }
        }
        return g;
    }

    /** This guard plus the header texts of a sheet. */
    SchoolCodes withHeaders(Collection<String> headers) {
        SchoolCodes g = new SchoolCodes();
        g.texts.addAll(texts);
        g.matchers.addAll(matchers);
        headers.forEach(g::add);
        return g;
    }

    private void add(String text) {
        if (text != null && !HeaderText.normalizeLabel(text).isEmpty()) {
            texts.add(HeaderText.normalizeLabel(text));
        }
    }

    /** Why a value cannot be a school code, or null when it can. */
    Message refusal(String raw) {
        String t = raw == null ? "" : raw.strip();
        if (t.endsWith(":")) {
            return Message.of("code.suspect.colon");
        }
        if (t.startsWith("=")) {
            // A formula without its saved result (decision 0033): its text is no code.
            return Message.of("code.suspect.formula");
        }
        if (isHeader(t)) {
            return Message.of("code.suspect.header");
        }
        if (!t.chars().anyMatch(Character::isDigit) && t.contains(" ")) {
            return Message.of("code.suspect.words");
        }
        return null;
    }

    /**
     * True when the text is a label, key header, column header or header pattern of the template or a
     * header of the sheet: in a school-code cell of a data row, the header repeated.
     */
    boolean isHeader(String raw) {
        String t = raw == null ? "" : raw.strip();
        String n = HeaderText.normalizeLabel(t);
        if (n.isEmpty()) {
            return false;
        }
        boolean digit = t.chars().anyMatch(Character::isDigit);
        // Patterns expand to short forms ("1", "g1", "7 yrs"): a one-word code with a number (SCH01, 7)
        // is only compared with the literal texts, never with the expansions.
        boolean phrase = t.chars().anyMatch(Character::isLetter) && (t.contains(" ") || !digit);
        return texts.contains(n) || phrase && matchers.stream().anyMatch(m -> m.match(n) != null);
    }
}
