package org.emisworkbench.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.emisworkbench.model.Languages;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.Texts;

/**
 * A finding's cell and words as the flat columns of a package's findings part ({@code source_file},
 * {@code message_fr}…). Written and read here only, so the package writer and reader cannot drift apart.
 */
final class FindingColumns {
    private FindingColumns() {
    }

    /** {@code prefix_file}, {@code prefix_sheet} and {@code prefix_cell}, all null when there is no cell. */
    static void putSource(Map<String, Object> row, String prefix, SourceRef source) {
        row.put(prefix + "_file", source == null ? null : source.file());
        row.put(prefix + "_sheet", source == null ? null : source.sheet());
        row.put(prefix + "_cell", source == null ? null : source.cell());
    }

    static SourceRef source(PackageRow r, String prefix) {
        String file = r.text(prefix + "_file", 500);
        String sheet = r.text(prefix + "_sheet", 100);
        String cell = r.text(prefix + "_cell", 40);
        return file == null && sheet == null && cell == null ? null : new SourceRef(file, sheet, cell);
    }

    /** One column per language the finding is worded in: message_en, message_fr, message_pt… */
    static void putMessages(Map<String, Object> row, Texts message) {
        for (String lang : Languages.codes()) {
            if (message.has(lang)) {
                row.put("message_" + lang, message.in(lang));
            }
        }
    }

    /** A finding's words in each language the package gives; {@link Texts#NONE} when none. */
    static Texts messages(PackageRow r) {
        Map<String, String> by = new LinkedHashMap<>();
        for (String lang : Languages.codes()) {
            String t = r.text("message_" + lang, PackageRow.TEXT);
            if (t != null) {
                by.put(lang, t);
            }
        }
        return by.isEmpty() ? Texts.NONE : new Texts(by);
    }
}
