package org.emisworkbench.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The schools of the workspace's master list by name, read-only, for a register that names its schools
 * without their codes (decision 0037). Names are compared after {@link #key}: case, accents, punctuation
 * and repeated spaces do not count, and {@code École primaire publique} / {@code École primaire} are read as
 * their usual abbreviations {@code EPP} / {@code EP} (never one as the other). Nothing else is guessed: a
 * name that matches no school, or several, is no match.
 */
public final class SchoolNames {
    /** No master list in the workspace: no name can be matched. */
    public static final SchoolNames NONE = new SchoolNames(List.of(), false);
    /**
     * No workspace at hand (a template checked on its own): each name stands for a school of its own, to be
     * matched against the master list at import. Never used to store anything.
     */
    public static final SchoolNames AT_IMPORT = new SchoolNames(List.of(), true);

    /** A master-list school: its code, name, and district as code and (when known) name. */
    public record Listed(String code, String name, String district, String districtName) {
        /** {@code D01-042 "EP Kara" (district D01)}, as a candidate is named in a problem. */
        public String describe() {
            return code + " \"" + name + "\"" + (district == null ? "" : " (district " + district + ")");
        }
    }

    private final Map<String, List<Listed>> byKey = new HashMap<>();
    private final int size;
    private final boolean atImport;

    private SchoolNames(List<Listed> schools, boolean atImport) {
        this.atImport = atImport;
        for (Listed s : schools) {
            if (s.name() != null && !key(s.name()).isEmpty()) {
                byKey.computeIfAbsent(key(s.name()), k -> new ArrayList<>()).add(s);
            }
        }
        size = schools.size();
    }

    public static SchoolNames of(List<Listed> schools) {
        return schools.isEmpty() ? NONE : new SchoolNames(List.copyOf(schools), false);
    }

    /** True when the workspace has no master list to match names against. */
    public boolean isEmpty() {
        return size == 0 && !atImport;
    }

    /** True for {@link #AT_IMPORT}: names are left to be matched at import. */
    public boolean atImport() {
        return atImport;
    }

    /**
     * The master-list schools a name may be, within the district when one is given (matched against the
     * district's code or name, compared as names are): one school is a match; none or several are not.
     */
    public List<Listed> candidates(String name, String district) {
        List<Listed> same = byKey.getOrDefault(key(name), List.of());
        if (district == null || key(district).isEmpty()) {
            return same;
        }
        String d = key(district);
        return same.stream().filter(s -> d.equals(key(s.district())) || d.equals(key(s.districtName()))).toList();
    }

    /**
     * A name as compared: lower case, accents and apostrophes dropped ({@code St. Mary's} is {@code St Marys}),
     * other punctuation read as a space, spaces single, the French
     * {@code école primaire (publique)} written as {@code ep(p)}.
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        s = s.replaceAll("^ecole primaire publique ", "epp ").replaceAll("^ecole primaire ", "ep ");
        return s;
    }
}
