package org.emisworkbench.template;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.model.SchoolAttribute;

/**
 * Rows that head a group of schools on a wide sheet: one text alone on its row, often merged across, above the
 * schools of a district, zone or region ({@code DISTRICT: MONGU}, {@code Kalabo District}, {@code Zona 3}). Such a
 * row is never a school; with the sheet's {@code groupRows} it gives the schools below it, up to the next such row,
 * the attribute it names (decision 0047).
 */
public final class GroupRows {
    /** What a group heading can give its schools: where they are and who runs them, never who they are. */
    public static final Set<SchoolAttribute> ATTRIBUTES = EnumSet.of(SchoolAttribute.DISTRICT,
            SchoolAttribute.DISTRICT_NAME, SchoolAttribute.REGION, SchoolAttribute.LOCALITY, SchoolAttribute.OWNERSHIP,
            SchoolAttribute.LEVEL);

    /**
     * Words naming a district; then a region or province; then the other groups of schools (one list of each, read
     * by group headings, banners, forms' labels and population files alike: {@link #namesArea}).
     */
    private static final String DISTRICT_WORDS = "district|distrito|département|departement|circonscription|lga"
            + "|county|sub-county|subcounty|division";
    private static final String REGION_WORDS = "region|région|regiao|região|province|provincia|província|prefecture"
            + "|préfecture";
    private static final String OTHER_GROUP_WORDS = "districts|zone|zones|circuit|cluster|inspection|zona|commune"
            + "|municipio|município|area";
    /**
     * The département of Haiti, France, Benin, Senegal…: the level above the district where an area below it is named
     * beside it ({@link #BELOW_DEPARTEMENT_WORDS}), the district where it is the only area named (review 32 B3).
     */
    private static final Pattern DEPARTEMENT_WORD = word("département|departement");
    /**
     * Areas below a département: Haiti's commune, district scolaire and zone, France's and Benin's arrondissement and
     * commune. Their order is the one in which one of them is drafted as the district in the département's stead.
     */
    private static final List<String> BELOW_DEPARTEMENT_WORDS = List.of("district scolaire", "arrondissement",
            "commune", "zone");
    /** Words naming a group of schools, in the languages of the field. */
    private static final Pattern GROUP_WORD = word(DISTRICT_WORDS + "|" + REGION_WORDS + "|" + OTHER_GROUP_WORDS);
    /** Words naming a district, then a region: what a heading naming them gives its schools in a draft. */
    private static final Pattern DISTRICT_WORD = word(DISTRICT_WORDS);
    private static final Pattern REGION_WORD = word(REGION_WORDS);

    /** One of {@code words} as a whole word, in any case. */
    private static Pattern word(String words) {
        return Pattern.compile("(?iu)(?<![\\p{L}])(" + words + ")(?![\\p{L}])");
    }

    /** {@code DISTRICT: MONGU}, {@code Zone - Nyungwe}: a word or two, a colon or dash, the group's name. */
    private static final Pattern NAMED = Pattern.compile("(?u)^\\s*([\\p{L}][\\p{L} .'’-]{0,30}?)\\s*[:–—-]\\s*(\\S.*)$");

    private GroupRows() {
    }

    /** The attribute a sheet's {@code groupRows} names, or null when it names none a heading can give. */
    public static SchoolAttribute attribute(String field) {
        if (field == null) {
            return null;
        }
        for (SchoolAttribute a : ATTRIBUTES) {
            if (a.field().equalsIgnoreCase(field.strip())) {
                return a;
            }
        }
        return null;
    }

    /**
     * True when a heading names a kind of group other than the one {@code field} is ({@code Zone 2} under {@code
     * "groupRows": "school.district"}: a zone within the district, whose name is no district). A heading naming no
     * kind ({@code SENANGA}) or the field's own kind gives the field.
     */
    public static boolean namesOtherGroup(String heading, String field) {
        if (!namesGroup(heading)) {
            return false;
        }
        SchoolAttribute a = attribute(field);
        if (a == SchoolAttribute.DISTRICT || a == SchoolAttribute.DISTRICT_NAME) {
            return !DISTRICT_WORD.matcher(heading).find();
        }
        if (a == SchoolAttribute.REGION) {
            // A département heads a region's schools where a lower area is named too (belowDepartement).
            return !REGION_WORD.matcher(heading).find() && !DEPARTEMENT_WORD.matcher(heading).find();
        }
        return false;
    }

    /** True when a text alone on its row names a group of schools ({@code District}, {@code Zone} in it). */
    public static boolean namesGroup(String text) {
        return text != null && GROUP_WORD.matcher(text).find();
    }

    /**
     * True when a header or label names an area ({@code District code}, {@code Commune}, {@code Área}): the words of
     * group headings ({@link #namesGroup}), read once accents are set aside. A population file's key is such a column.
     */
    public static boolean namesArea(String text) {
        return text != null && (namesGroup(text) || namesGroup(HeaderText.fold(text)));
    }

    /** True when a label or heading names a département ({@code Département}, {@code Departement : Ouest}). */
    public static boolean namesDepartement(String text) {
        return text != null && DEPARTEMENT_WORD.matcher(text).find();
    }

    /**
     * Where {@code text} stands among the areas below a département ({@code District scolaire} 0, {@code
     * Arrondissement} 1, {@code Commune} 2, {@code Zone} 3), by its folded words; -1 when it names none, or names a
     * département itself.
     */
    public static int belowDepartement(String text) {
        if (text == null || namesDepartement(text)) {
            return -1;
        }
        String f = " " + HeaderText.fold(text) + " ";
        for (int i = 0; i < BELOW_DEPARTEMENT_WORDS.size(); i++) {
            if (f.contains(" " + BELOW_DEPARTEMENT_WORDS.get(i) + " ")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A draft's labels or columns {@code items} with the one whose {@code text} names a département read ({@code field})
     * as the district read as the region instead ({@code readAs}), when an area below the département is named beside
     * it ({@link #departementField}) and nothing reads the region yet; and an area below it left unread ({@code
     * unread}) read as the district in its stead: in that order, one the vocabulary reads as the district ({@code
     * District} left unread as the département took its meaning), a district scolaire, an arrondissement, a commune;
     * never a zone, whose word also says urban or rural. The items as given when the département stays the district.
     * One rule for the form drafter's labels and the wide drafter's columns (review 32 B3).
     */
    static <T> List<T> departementAsRegion(List<T> items, java.util.function.Function<T, String> text,
                                           java.util.function.Function<T, String> field,
                                           java.util.function.Predicate<T> unread,
                                           java.util.function.BiFunction<T, String, T> readAs) {
        T dep = items.stream().filter(i -> SchoolAttribute.DISTRICT.field().equals(field.apply(i))
                && namesDepartement(text.apply(i))).findFirst().orElse(null);
        if (dep == null || items.stream().anyMatch(i -> SchoolAttribute.REGION.field().equals(field.apply(i)))
                || !SchoolAttribute.REGION.field().equals(departementField(items.stream().filter(i -> i != dep)
                        .map(text).toList()))) {
            return items;
        }
        java.util.function.ToIntFunction<T> rank = i -> {
            String t = text.apply(i);
            if (namesDepartement(t)) {
                return Integer.MAX_VALUE;
            }
            DraftVocabulary.Guess g = DraftVocabulary.guess(t, "enrolment");
            int below = belowDepartement(t);
            return g != null && SchoolAttribute.DISTRICT.field().equals(g.field()) ? -1
                    : below < 0 ? Integer.MAX_VALUE : below;
        };
        T lower = items.stream().filter(i -> unread.test(i) && rank.applyAsInt(i) < BELOW_DEPARTEMENT_WORDS.size() - 1)
                .min(java.util.Comparator.comparingInt(rank)).orElse(null);
        return items.stream().map(i -> i == dep ? readAs.apply(i, SchoolAttribute.REGION.field())
                : i == lower ? readAs.apply(i, SchoolAttribute.DISTRICT.field()) : i).toList();
    }

    /**
     * The field a département is drafted as beside the other areas {@code others} a form, sheet or file names: the
     * region when one of them is an area below it ({@link #belowDepartement}), else the district, as today.
     */
    public static String departementField(java.util.Collection<String> others) {
        return others.stream().anyMatch(o -> belowDepartement(o) >= 0) ? SchoolAttribute.REGION.field()
                : SchoolAttribute.DISTRICT.field();
    }

    /**
     * What a draft has headings give their schools: {@code school.district} when the heading names a district
     * ({@code DISTRICT: MONGU}, {@code Distrito de Ribaué}), {@code school.region} a region or province; null for
     * other groups (a zone, a cluster), which the officer may still map by hand.
     */
    public static String draftedField(String heading) {
        return draftedField(heading, List.of());
    }

    /**
     * As {@link #draftedField(String)}, a département heading giving the region when {@code others} (the sheet's other
     * texts alone on their rows) name an area below it ({@link #departementField}).
     */
    public static String draftedField(String heading, java.util.Collection<String> others) {
        if (heading == null) {
            return null;
        }
        if (namesDepartement(heading)) {
            return departementField(others);
        }
        if (DISTRICT_WORD.matcher(heading).find()) {
            return SchoolAttribute.DISTRICT.field();
        }
        return REGION_WORD.matcher(heading).find() ? SchoolAttribute.REGION.field() : null;
    }

    /**
     * The heading of a group in a sheet's sampled rows below its header ({@code firstRow}, 0-based): the first row
     * holding one text alone, nothing else, that names a district or region ({@link #draftedField}) and has figures
     * below it; or null.
     */
    public static String firstHeading(java.util.List<java.util.List<org.emisworkbench.workbook.Cell>> rows,
                                      int firstRow) {
        for (int r = Math.max(0, firstRow); rows != null && r < rows.size(); r++) {
            String text = null;
            int filled = 0;
            for (org.emisworkbench.workbook.Cell c : rows.get(r)) {
                if (!c.isBlank()) {
                    filled++;
                    text = c.kind() == org.emisworkbench.workbook.CellKind.TEXT ? c.text() : null;
                }
            }
            if (filled == 1 && text != null && draftedField(text) != null && figuresBelow(rows, r)) {
                return text.strip();
            }
        }
        return null;
    }

    /** The texts standing alone on their rows (group headings, banners, notes): what other areas a sheet names. */
    public static List<String> textsAlone(java.util.List<java.util.List<org.emisworkbench.workbook.Cell>> rows) {
        List<String> out = new java.util.ArrayList<>();
        for (java.util.List<org.emisworkbench.workbook.Cell> row : rows == null ? List.<java.util.List<
                org.emisworkbench.workbook.Cell>>of() : rows) {
            List<org.emisworkbench.workbook.Cell> filled = row.stream().filter(c -> !c.isBlank()).toList();
            if (filled.size() == 1 && filled.get(0).kind() == org.emisworkbench.workbook.CellKind.TEXT) {
                out.add(filled.get(0).text());
            } else if (filled.size() == 2 && filled.get(0).kind() == org.emisworkbench.workbook.CellKind.TEXT
                    && namesGroup(filled.get(0).text())) {
                out.add(filled.get(0).text());
            }
        }
        return out;
    }

    /** {@code District: Lautoka/Yasawa}, {@code Région : Kara}: the word naming the group alone, a colon, the name. */
    private static final Pattern BANNER = Pattern.compile("(?iu)^\\s*(" + DISTRICT_WORDS + "|" + REGION_WORDS
            + ")\\s*:\\s*(\\S.*)$");
    /** {@code District:} or {@code Province} alone in a cell, its name in the next filled cell. */
    private static final Pattern BANNER_LABEL = Pattern.compile("(?iu)^\\s*(" + DISTRICT_WORDS + "|" + REGION_WORDS
            + ")\\s*:?\\s*$");

    /**
     * A banner row above a wide sheet's header naming the district (region, province) of the whole sheet, as a
     * heading ({@code District: Lautoka/Yasawa}), or null: one cell holding the word naming the group, a colon and
     * the name ({@code District: Lautoka/Yasawa}, {@code Région : Kara}), or two cells, the word (with or without
     * its colon) then the name, and nothing else on the row. Only the word itself labels the banner: a title
     * ({@code WESTERN PROVINCE - ENROLMENT BY STANDARD}) names no group of the sheet.
     */
    public static String banner(java.util.List<org.emisworkbench.workbook.Cell> row) {
        java.util.List<org.emisworkbench.workbook.Cell> filled = row == null ? java.util.List.of()
                : row.stream().filter(c -> !c.isBlank()).toList();
        if (filled.size() == 1 && filled.get(0).kind() == org.emisworkbench.workbook.CellKind.TEXT) {
            Matcher m = BANNER.matcher(filled.get(0).text().strip());
            return m.matches() ? m.group(1) + ": " + m.group(2).strip() : null;
        }
        if (filled.size() == 2 && filled.get(0).kind() == org.emisworkbench.workbook.CellKind.TEXT) {
            Matcher m = BANNER_LABEL.matcher(filled.get(0).text());
            return m.matches() && !filled.get(1).shown().isEmpty() ? m.group(1) + ": " + filled.get(1).shown() : null;
        }
        return null;
    }

    /**
     * The banner above a wide sheet's header ({@code headerRow}, 0-based) naming a district, else one naming a
     * region or province ({@link #banner}), the last of them as the import takes it; null when there is none.
     */
    public static String bannerAbove(java.util.List<java.util.List<org.emisworkbench.workbook.Cell>> rows,
                                     int headerRow) {
        String district = null;
        String region = null;
        for (int r = 0; rows != null && r < Math.min(headerRow, rows.size()); r++) {
            String b = banner(rows.get(r));
            if (b != null && SchoolAttribute.DISTRICT.field().equals(draftedField(b))) {
                district = b;
            } else if (b != null) {
                region = b;
            }
        }
        return district != null ? district : region;
    }

    /**
     * True when a row below {@code r} holds a figure: a heading heads schools below it. A text alone after the last
     * row of figures is a note under the table ({@code Source: School returns, compiled by District Education
     * Office}), never a group of schools (review 21).
     */
    private static boolean figuresBelow(java.util.List<java.util.List<org.emisworkbench.workbook.Cell>> rows, int r) {
        for (int below = r + 1; below < rows.size(); below++) {
            for (org.emisworkbench.workbook.Cell c : rows.get(below)) {
                if (c.kind() == org.emisworkbench.workbook.CellKind.NUMBER) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The group's own name in a heading: after its colon or dash ({@code DISTRICT: MONGU} → {@code MONGU}), else
     * without the word naming the kind of group ({@code Kalabo District} → {@code Kalabo}) when letters remain,
     * else the heading as written ({@code District 4}, {@code KALABO}).
     */
    public static String value(String text) {
        String t = text.strip();
        Matcher m = NAMED.matcher(t);
        if (m.matches() && namesGroup(m.group(1))) {
            return m.group(2).strip();
        }
        // "Circonscription de Kara", "Distrito de Ribaué", "District of Mongu": the name after its little word.
        String rest = GROUP_WORD.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").strip()
                .replaceFirst("(?iu)^(de la|de l'|de l’|d'|d’|de|du|des|da|do|das|dos|of)\\s*", "").strip();
        return rest.chars().anyMatch(Character::isLetter) ? rest : t;
    }
}
