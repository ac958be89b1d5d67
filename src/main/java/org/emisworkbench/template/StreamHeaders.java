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
    /**
     * Folded headers: English, French (séance, vacation), Portuguese and Spanish (turno, jornada; curso, the day or
     * night course of a Mozambican secondary school).
     */
    private static final Set<String> HEADERS = Set.of("stream", "streams", "class stream", "stream name", "section",
            "class section", "shift", "shifts", "school shift", "shift name", "session", "sessions", "seance",
            "seances", "vacation", "vacations", "turno", "turnos", "jornada", "sessao", "sesion", "curso", "cursos");

    /**
     * Folded words of a cell naming a shift or session, the day and night courses of a school ({@code Morning},
     * {@code Diurno}, {@code Nocturno}, {@code Soir}): a column whose cells say them and tell each school's rows apart
     * names the row's stream whatever its header. Also among the words of a banner naming a part of the pupils
     * ({@link BandWords}).
     */
    static final List<String> SHIFT_WORDS = List.of("day", "night", "morning", "afternoon", "evening", "diurno",
            "nocturno", "noturno", "manha", "tarde", "noite", "matutino", "vespertino", "matin", "apres-midi",
            "apres midi", "soir", "jour", "nuit");

    private StreamHeaders() {
    }

    /** True when a header names the row's sub-group (stream, section, shift, session…), as written or folded. */
    public static boolean names(String header) {
        return header != null && HEADERS.contains(DraftVocabulary.fold(header.replaceAll("\\s+", " ").strip()));
    }

    /**
     * True when every text below the header in column {@code col} says a shift or session ({@link #SHIFT_WORDS}:
     * {@code Diurno}, {@code Curso nocturno}, {@code Morning shift}), and there is one at least.
     */
    static boolean valuesAreShifts(List<List<Cell>> rows, int lastHeaderRow, int col) {
        boolean any = false;
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() != col || c.isBlank()) {
                    continue;
                }
                String folded = HeaderText.fold(c.text());
                if (c.kind() != CellKind.TEXT || SHIFT_WORDS.stream().noneMatch(w -> BandWords.hasWord(folded, w))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * True when column {@code col} below the header tells the rows of one school apart (the school's code in column
     * {@code keyCol}): some school has two rows or more, every school's rows say different things there, and one of
     * those things is said by two schools at least ({@code Morning}, {@code Afternoon} at every school), so that it is
     * a sub-group, not a name or a remark. A row with its code cell blank below a school's row is that school's (its
     * code written once, or merged down its rows: {@code keyContinues}).
     */
    static boolean partsOfSchools(List<List<Cell>> rows, int lastHeaderRow, int keyCol, int col) {
        Map<String, List<String>> bySchool = new LinkedHashMap<>();
        String above = null;
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
            key = key != null ? key : above;
            above = key;
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
