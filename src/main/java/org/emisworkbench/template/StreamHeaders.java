package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Headers of a column naming a sub-group of a school's pupils ({@code row.stream}, decision 0094): its stream, class
 * section, shift or session. The draft proposes such a column as the row's stream; the import names it when it is
 * left unread and a school's rows differ in it (the reason the school is given twice).
 */
public final class StreamHeaders {
    /** Folded headers: English, French (séance, vacation), Portuguese and Spanish (turno, jornada). */
    private static final Set<String> HEADERS = Set.of("stream", "streams", "class stream", "stream name", "section",
            "class section", "shift", "shifts", "school shift", "shift name", "session", "sessions", "seance",
            "seances", "vacation", "vacations", "turno", "turnos", "jornada", "sessao", "sesion");

    private StreamHeaders() {
    }

    /** True when a header names the row's sub-group (stream, section, shift, session…), as written or folded. */
    public static boolean names(String header) {
        return header != null && HEADERS.contains(DraftVocabulary.fold(header.replaceAll("\\s+", " ").strip()));
    }

    /**
     * True when column {@code col} below the header tells the rows of one school apart (the school's code in column
     * {@code keyCol}): some school has two rows or more, every school's rows say different things there, and one of
     * those things is said by two schools at least ({@code Morning}, {@code Afternoon} at every school), so that it is
     * a sub-group, not a name or a remark.
     */
    static boolean partsOfSchools(List<List<Cell>> rows, int lastHeaderRow, int keyCol, int col) {
        Map<String, List<String>> bySchool = new LinkedHashMap<>();
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            String key = null;
            String value = null;
            for (Cell c : rows.get(r)) {
                if (c.col() == keyCol && !c.isBlank()) {
                    key = c.text().strip();
                } else if (c.col() == col && !c.isBlank() && c.kind() == CellKind.TEXT) {
                    value = HeaderText.normalizeLabel(c.text());
                }
            }
            if (key != null && value != null) {
                bySchool.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        boolean several = false;
        Map<String, Integer> schoolsSaying = new LinkedHashMap<>();
        for (List<String> values : bySchool.values()) {
            Set<String> distinct = new LinkedHashSet<>(values);
            if (distinct.size() != values.size()) {
                return false; // "Morning" twice at one school: no part of it, a school given twice
            }
            several |= values.size() > 1;
            distinct.forEach(v -> schoolsSaying.merge(v, 1, Integer::sum));
        }
        return several && schoolsSaying.values().stream().anyMatch(n -> n > 1);
    }
}
