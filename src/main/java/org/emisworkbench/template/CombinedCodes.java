package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cell naming two or three dimensions of its row together ({@code Standard 3, Female}, {@code Female, Standard 3},
 * {@code G3 F}, {@code Age 7 - Female}): a column {@code "field": "row.grade+row.sex"} (docs/templates.md, section
 * 10). The text is cut into words at commas, slashes, semicolons, dashes, brackets and spaces; the words are shared
 * out, in order, into one run per dimension, and each run is read through its dimension's code list
 * ({@link CodeList#code}, with every reading of a grade by its shape that list does). The cell says its dimensions only when exactly one
 * reading gives each one code: none, or two readings disagreeing, and it says nothing ({@code null}).
 *
 * <p>A column holds few distinct texts (a DHIS2 export has one per category option combo): each is read once.
 */
public final class CombinedCodes {
    /** Most texts remembered; past it, texts are read again (a column of free text is no combo column). */
    private static final int CACHED = 4096;
    // Brackets part words too: Teachers (female), Standard 3 (Girls).
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[^,/;()\\-\\s]+");

    /**
     * What one cell says.
     *
     * @param codes each dimension's code, in the column's order of dimensions
     * @param texts each dimension's part of the cell as written ({@code Standard 3})
     */
    public record Reading(Map<String, String> codes, Map<String, String> texts) {
    }

    private final List<String> dims;
    private final List<CodeList> lists;
    private final Map<String, Reading> read = new HashMap<>();
    /** For a cell naming its topic with other dimensions: the readings of a topic counted without grade or age. */
    private final List<CombinedCodes> ungraded;
    private static final Reading NONE = new Reading(Map.of(), Map.of());

    /**
     * @param dims  the dimensions the cell gives ({@code grade}, {@code sex}, {@code age})
     * @param lists their code lists, in the same order
     */
    public CombinedCodes(List<String> dims, List<CodeList> lists) {
        this(dims, lists, true);
    }

    private CombinedCodes(List<String> dims, List<CodeList> lists, boolean ungraded) {
        this.dims = List.copyOf(dims);
        this.lists = List.copyOf(lists);
        List<CombinedCodes> without = new ArrayList<>();
        if (ungraded && dims.contains("topic") && dims.size() > 1) {
            // A teachers' or classrooms' data element names no grade or age (Teachers Female, Classrooms): its topic
            // with its sex, or its topic alone, is read too, whether the template or the draft reads the column.
            if (dims.contains("sex") && dims.size() > 2) {
                without.add(new CombinedCodes(List.of("topic", "sex"), List.of(list("topic"), list("sex")), false));
            }
            without.add(new CombinedCodes(List.of("topic"), List.of(list("topic")), false));
        }
        this.ungraded = List.copyOf(without);
    }

    /** The dimensions read, in order. */
    /** The code list a dimension of the cell is read with ({@code sex}), or null when the cell does not give it. */
    public CodeList list(String dimension) {
        int i = dims.indexOf(dimension);
        return i < 0 ? null : lists.get(i);
    }

    public List<String> dimensions() {
        return dims;
    }

    /**
     * What {@code raw} says of each dimension, or null when it does not give each exactly one code. A cell naming its
     * topic with other dimensions may instead name a topic counted without grade or age ({@code Teachers Female},
     * {@code Classrooms}) with its sex or alone: the reading then gives those only.
     */
    public Reading read(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Reading r = read.get(raw);
        if (r == null) {
            r = readNow(raw);
            for (int k = 0; r == null && k < ungraded.size(); k++) {
                Reading fixed = ungraded.get(k).read(raw);
                String topic = fixed == null ? null : fixed.codes().get("topic");
                if (topic != null && CanonicalField.parse(topic).map(f -> f.kind() == CanonicalField.Kind.FIXED)
                        .orElse(false)) {
                    r = fixed;
                }
            }
            if (read.size() < CACHED) {
                read.put(raw, r == null ? NONE : r);
            }
        }
        return r == NONE ? null : r;
    }

    private Reading readNow(String raw) {
        List<int[]> words = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(raw);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        if (words.size() < dims.size() || words.size() > 12) {
            return null;
        }
        List<Reading> found = new ArrayList<>();
        cut(raw, words, 0, new ArrayList<>(), found);
        Reading only = null;
        for (Reading r : found) {
            if (only != null && !only.codes().equals(r.codes())) {
                return null; // two readings saying different things: the cell is not clear
            }
            only = only == null ? r : only;
        }
        return only;
    }

    /** Every way of cutting the words from {@code from} into runs, one per dimension still free. */
    private void cut(String raw, List<int[]> words, int from, List<String> runs, List<Reading> found) {
        if (runs.size() == dims.size()) {
            if (from == words.size()) {
                assign(runs, found);
            }
            return;
        }
        int left = dims.size() - runs.size() - 1;
        for (int to = from + 1; to <= words.size() - left; to++) {
            runs.add(raw.substring(words.get(from)[0], words.get(to - 1)[1]));
            cut(raw, words, to, runs, found);
            runs.remove(runs.size() - 1);
        }
    }

    /** Each order of the dimensions over the runs that reads every run in its list. */
    private void assign(List<String> runs, List<Reading> found) {
        permute(runs, new int[dims.size()], new boolean[dims.size()], 0, found);
    }

    private void permute(List<String> runs, int[] dimOfRun, boolean[] used, int run, List<Reading> found) {
        if (run == runs.size()) {
            Map<String, String> codes = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (int d = 0; d < dims.size(); d++) {
                for (int r = 0; r < runs.size(); r++) {
                    if (dimOfRun[r] == d) {
                        codes.put(dims.get(d), lists.get(d).code(runs.get(r)));
                        texts.put(dims.get(d), runs.get(r).strip());
                    }
                }
            }
            found.add(new Reading(Map.copyOf(codes), Map.copyOf(texts)));
            return;
        }
        for (int d = 0; d < dims.size(); d++) {
            if (!used[d] && lists.get(d).code(runs.get(run)) != null) {
                used[d] = true;
                dimOfRun[run] = d;
                permute(runs, dimOfRun, used, run + 1, found);
                used[d] = false;
            }
        }
    }
}
