package org.emisworkbench.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One list of codes with their aliases: raw text (normalised with {@link HeaderText#normalizeLabel})
 * → canonical code. Every code is also an alias of itself. Immutable.
 */
public final class CodeList {
    private final String name;
    private final Map<String, String> byAlias;
    private final Map<String, List<String>> aliases;

    CodeList(String name, Map<String, String> byAlias, Map<String, List<String>> aliases) {
        this.name = name;
        this.byAlias = Collections.unmodifiableMap(new LinkedHashMap<>(byAlias));
        this.aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    }

    public String name() {
        return name;
    }

    private static final java.util.regex.Pattern PRE_PRIMARY_YEAR = java.util.regex.Pattern.compile(
            "(?:pp|kg|ece|ecd|nursery|pre-primary|preprimary|pre primary|preschool|pre-school)[ .-]?([1-3])");

    /**
     * The years of the école fondamentale, the n-th year being grade n: Mauritania's {@code 1AF} … {@code 6AF} and Haiti's
     * {@code 1ère AF}, {@code 2e AF}, {@code 3ème A.F.}, {@code 4e année fondamentale} … {@code 9e AF}, normalised.
     */
    private static final java.util.regex.Pattern FUNDAMENTAL_YEAR = java.util.regex.Pattern.compile(
            "([1-9])\\s*(?:re|ère|ere|er|e|ème|eme|è)?\\.?\\s*(?:af|a\\.\\s?f\\.?|année fondamentale|annee fondamentale)");

    /**
     * A Spanish grade ({@code 1º grado}, {@code 1° grado}, {@code 1er grado}, {@code 2do. grado}, {@code grado 3}; review
     * 28, F6), read by its shape as a year of the école fondamentale is, never held as spellings of the list.
     */
    private static final java.util.regex.Pattern SPANISH_GRADE = java.util.regex.Pattern.compile(
            "(1[0-2]|[1-9])\\s*(?:º|°|o|er|ero|ro|do|to|vo|no|mo)?\\.?\\s*grado|grado\\s*(1[0-2]|[1-9])");

    /**
     * Arabic ordinals one to six, masculine then feminine, as grade numbers ({@code الأول} "the first" … {@code السادس}
     * "the sixth"), each with and without the hamza as typed: Mauritania's bilingual forms write {@code السنة الأولى}
     * beside or instead of 1AF (review 27), Morocco's {@code المستوى الأول} … {@code المستوى السادس} (review 32 B1).
     */
    private static final List<String> ARABIC_ORDINALS = List.of("الأول|الاول|الأولى|الاولى", "الثاني|الثانية",
            "الثالث|الثالثة", "الرابع|الرابعة", "الخامس|الخامسة", "السادس|السادسة");

    /**
     * A primary year named in Arabic: a year, level, class or grade word ({@code السنة}, {@code المستوى} also typed
     * {@code المستوي}, {@code القسم}, {@code الصف}) then an ordinal ({@link #ARABIC_ORDINALS}) or a number in any
     * digits ({@code المستوى ٣}), then perhaps "primary" ({@code السنة الأولى ابتدائي}, {@code الصف الثاني الابتدائي}).
     */
    private static final java.util.regex.Pattern ARABIC_PRIMARY_YEAR = java.util.regex.Pattern.compile(
            "(?:السنة|المستوى|المستوي|القسم|الصف) (?:(" + String.join(")|(", ARABIC_ORDINALS)
                    + ")|(\\p{Nd}{1,2}))(?: (?:ابتدائي|ابتدائية|الابتدائي|الابتدائية|إبتدائي|الإبتدائي))?");

    /**
     * A grade as forms written in one local language only name it (review 30 C3), its number in any digits or, after
     * a word, in Roman figures: Bislama {@code Yia 1}, {@code Klas 1} (Vanuatu), Dari {@code صنف ۱} (Afghanistan),
     * Swahili {@code Darasa la 1}, {@code Darasa la IV} (Tanzania), Amharic {@code 1ኛ ክፍል}, {@code ክፍል 1} (Ethiopia),
     * Nepali {@code कक्षा १} (Nepal), Khmer {@code ថ្នាក់ទី១}, written with or without a space (Cambodia; issue #11),
     * Vietnamese {@code Lớp 1}, Urdu {@code جماعت ۱}, Bengali {@code শ্রেণি ১} and its numeric ordinals {@code ১ম শ্রেণি},
     * {@code ২য় শ্রেণি}, {@code ৪র্থ শ্রেণি} (Bangladesh), Lao {@code ຊັ້ນ ປ.1}, {@code ປ.1} (ປ for ປະຖົມ, primary; review 33),
     * Malagasy {@code Taona 1} (review 34).
     */
    private static final java.util.regex.Pattern LOCAL_GRADE = java.util.regex.Pattern.compile(
            "(?:yia|klas|taona|صنف|darasa la|darasa|ክፍል|कक्षा|lớp|جماعت|শ্রেণি|শ্রেণী) (\\p{Nd}{1,2}|[ivx]{1,4})"
                    + "|(\\p{Nd}{1,2}) ?ኛ ክፍል|ថ្នាក់ទី ?(\\p{Nd}{1,2})"
                    + "|(\\p{Nd}{1,2}) ?(?:ম|\u09DF|র্থ|ষ্ঠ) ?শ্রেণ[িী]|(?:ຊັ້ນ ?ປ\\.? ?|ປ\\. ?)(\\p{Nd}{1,2})");

    /**
     * Primary classes named by an ordinal word (review 33): Bengali {@code প্রথম শ্রেণি} … {@code দশম শ্রেণি}
     * (Bangladesh's APSC), Urdu {@code جماعت اول} … {@code جماعت دہم} (Punjab; the heh written ہ or ه). One group per
     * grade in each language, Bengali first.
     */
    private static final List<String> BENGALI_ORDINALS = List.of("প্রথম", "দ্বিতী\u09DF", "তৃতী\u09DF", "চতুর্থ",
            "পঞ্চম", "ষষ্ঠ", "সপ্তম", "অষ্টম", "নবম", "দশম");
    private static final List<String> URDU_ORDINALS = List.of("اول", "دوم", "سوم", "چہارم|چهارم", "پنجم", "ششم",
            "ہفتم|هفتم", "ہشتم|هشتم", "نہم|نهم", "دہم|دهم", "یازدہم|یازدهم", "دوازدہم|دوازدهم");
    /**
     * Malagasy ordinals one to seven after {@code Taona} (year): {@code Taona voalohany} … {@code Taona fahafito}
     * (Madagascar's primary years T1 … T5 and the collège's, review 34).
     */
    private static final List<String> MALAGASY_ORDINALS = List.of("voalohany", "faharoa", "fahatelo", "fahefatra",
            "fahadimy", "fahenina", "fahafito");
    /**
     * The same Persian ordinals after Dari's class word ({@code صنف اول} … {@code صنف دوازدهم}, Afghanistan's forms,
     * review 34), then the Malagasy ones: groups numbered Bengali first, then Urdu and Dari, then Malagasy.
     */
    private static final java.util.regex.Pattern ORDINAL_GRADE = java.util.regex.Pattern.compile(
            "(?:(" + String.join(")|(", BENGALI_ORDINALS) + ")) ?শ্রেণ[িী]|(?:جماعت|صنف) (?:("
                    + String.join(")|(", URDU_ORDINALS) + "))|taona (?:(" + String.join(")|(", MALAGASY_ORDINALS)
                    + "))");

    /**
     * The years of the French lycée, after the collège's 3e (G10) as the built-in list counts it (decision 0120):
     * {@code 2nde}/{@code Seconde} G11, {@code 1ère}/{@code Première} G12, {@code Tle}/{@code Terminale} G13. Not
     * {@code 2nd}, the English second grade.
     */
    private static final List<String> LYCEE_YEARS = List.of("2nde|2de|seconde", "1ère|1ere|1re|première|premiere",
            "tle|terminale");
    private static final java.util.regex.Pattern LYCEE_YEAR = java.util.regex.Pattern.compile(
            "(?:(" + String.join(")|(", LYCEE_YEARS) + "))");

    /** The lycée's first year, Seconde: the year after the collège's 3e, G10 in the built-in list. */
    private static final int FRENCH_LYCEE_FIRST = 11;

    /** Madagascar's primary years by their short name, {@code T1} … {@code T5} (taona, year; review 34). */
    private static final java.util.regex.Pattern MALAGASY_YEAR = java.util.regex.Pattern.compile("t([1-9])");

    /**
     * Pre-primary classes named in one local language (review 33): Punjab's {@code کچی} ({@code Katchi}, the class
     * before Class 1) and Bangladesh's {@code প্রাক-প্রাথমিক}, read by shape as a numbered pre-primary year is.
     */
    private static final java.util.Set<String> LOCAL_PRE_PRIMARY = java.util.Set.of("katchi", "kachi", "katchi class",
            "کچی", "کچی جماعت", "جماعت کچی", "প্রাক-প্রাথমিক", "প্রাক প্রাথমিক", "প্রাক-প্রাথমিক শ্রেণি",
            "প্রাক-প্রাথমিক শ্রেণী");

    /** A level with the grades it spans in brackets: {@code basic (1-8)}, {@code secondary (grades 9-12)}. */
    private static final java.util.regex.Pattern LEVEL_WITH_GRADES = java.util.regex.Pattern.compile(
            "(.+?)\\s*\\(\\s*(?:grades?|classes?|class|gr\\.?|std\\.?|standards?|years?|classe)?\\s*\\d{1,2}\\s*"
                    + "(?:-|–|to|à|a)\\s*\\d{1,2}\\s*\\)");

    /** The word that starts a degree's subject: {@code Bachelor of …}, {@code Licence en …}, {@code Licenciatura em …}. */
    private static final java.util.regex.Pattern SUBJECT_OF_DEGREE = java.util.regex.Pattern.compile(
            "\\s(?:of|in|en|em|de|da|do|du|des|d')\\s");

    /** The canonical code of a raw value, or null when the value is not in the list. */
    public String code(String raw) {
        if (raw == null) {
            return null;
        }
        // Normalised once: the exact spelling and every fallback below compare this one text.
        String n = HeaderText.normalizeLabel(raw);
        String hit = byAlias.get(n);
        if (hit == null && raw.indexOf('.') > 0) {
            // Numbers read from NUMBER cells may come as "1.0": try the integral text as well.
            if (n.endsWith(".0")) {
                hit = byAlias.get(n.substring(0, n.length() - 2));
            }
        }
        if (hit == null && "grade".equals(name)) {
            // "PP 1", "KG-2", "ECE 1", "Nursery 2": a numbered pre-primary year in a spelling the list does not hold
            // (the list keeps only PP1 and KG1: each grade alias multiplies what {grade} patterns expand to).
            java.util.regex.Matcher m = PRE_PRIMARY_YEAR.matcher(n);
            hit = m.matches() && aliases.containsKey("PP" + m.group(1)) ? "PP" + m.group(1) : null;
        }
        if (hit == null) {
            hit = byShape(n);
        }
        if (hit == null && "age".equals(name)) {
            // "14 ans et +", "moins de 6": a band written in words the list does not spell out (AgeBandText).
            String band = AgeBandText.code(n);
            hit = band != null && aliases.containsKey(band) ? band : null;
        }
        if (hit == null && "level".equals(name)) {
            // "Basic (1-8)", "Secondary (Grades 9-12)": the level with the grades it spans, which the list's code
            // already says; read by the words before the brackets.
            java.util.regex.Matcher m = LEVEL_WITH_GRADES.matcher(n);
            hit = m.matches() ? byAlias.get(m.group(1).strip()) : null;
        }
        if (hit == null && "ownership".equals(name)) {
            // "Provincial Government", "Church of Melanesia": an authority's name with one word the list knows.
            hit = byWord(n);
        }
        if (hit == null && "qualification".equals(name)) {
            // "Bachelor of Elementary Education", "Master of Arts in Education": a degree read by its words as an
            // authority's name is; the words after "of"/"in" name its subject or level ("Secondary"), not the degree.
            hit = byWord(SUBJECT_OF_DEGREE.split(n, 2)[0]);
        }
        if (hit == null) {
            // "Class 1 / Klas 1": a bilingual code is read by the side the list knows, when the sides agree.
            for (String side : HeaderText.bilingualSides(n)) {
                String s = byAlias.get(HeaderText.normalizeLabel(side));
                s = s == null ? byShape(HeaderText.normalizeLabel(side)) : s;
                if (s != null && hit != null && !s.equals(hit)) {
                    return null;
                }
                if (s == null && CodeLists.namesDimension(side)) {
                    // "Class 1 / Female" is a grade and a sex, not one thing in two languages.
                    return null;
                }
                hit = s == null ? hit : s;
            }
        }
        return hit;
    }

    /**
     * The code of a grade or sex read by its shape or from the few words of one-language forms, held apart from the
     * list's spellings ({@link #primaryYear}, {@link BuiltInCodeLists#LOCAL_SEX_WORDS}); null for any other text or
     * list.
     */
    private String byShape(String normalized) {
        if ("grade".equals(name)) {
            return primaryYear(normalized);
        }
        if (!"sex".equals(name)) {
            return null;
        }
        for (String[] pair : BuiltInCodeLists.LOCAL_SEX_WORDS) {
            String code = pair[0].equals(normalized) ? "M" : pair[1].equals(normalized) ? "F" : null;
            if (code != null) {
                return aliases.containsKey(code) ? code : null;
            }
        }
        return null;
    }

    /**
     * The grade of a year of the école fondamentale ({@code 1AF}, {@code 1ère AF}, {@code 4e année fondamentale}), of a
     * Spanish grade ({@code 1º grado}, {@link #SPANISH_GRADE}), of a one-language form's grade ({@code Yia 1}, {@code
     * صنف ۱}, {@code 1ኛ ክፍል}, {@link #LOCAL_GRADE}) or of a primary year by its Arabic name or with its
     * number as an English word ({@code Class One}), {@code normalized}; null for
     * any other text. Read by its shape where a cell names a grade (a table's row, a class column), as a numbered
     * pre-primary year is, and not held as spellings of the list: each grade alias multiplies what a template's
     * {@code {grade}} patterns expand to, and the built-in templates must load in a small heap
     * (MemoryStarvedImportTest).
     */
    private String primaryYear(String normalized) {
        java.util.regex.Matcher m = FUNDAMENTAL_YEAR.matcher(normalized);
        String code = m.matches() ? "G" + m.group(1) : null;
        java.util.regex.Matcher es = code == null ? SPANISH_GRADE.matcher(normalized) : null;
        if (es != null && es.matches()) {
            code = "G" + (es.group(1) != null ? es.group(1) : es.group(2));
        }
        java.util.regex.Matcher ar = code == null ? ARABIC_PRIMARY_YEAR.matcher(normalized) : null;
        for (int g = 1; ar != null && ar.matches() && code == null && g <= ar.groupCount(); g++) {
            if (ar.group(g) != null) {
                int n = g <= ARABIC_ORDINALS.size() ? g : gradeNumber(ar.group(g));
                code = n > 0 ? "G" + n : null;
            }
        }
        // Bengali's য় is typed as one letter (U+09DF) or as য and a nukta, which Unicode's NFC keeps: compared as one.
        String local = normalized.replace("\u09AF\u09BC", "\u09DF");
        java.util.regex.Matcher lg = code == null ? LOCAL_GRADE.matcher(local) : null;
        for (int g = 1; lg != null && lg.matches() && code == null && g <= lg.groupCount(); g++) {
            int n = lg.group(g) == null ? 0 : gradeNumber(lg.group(g));
            code = n > 0 ? "G" + n : null;
        }
        java.util.regex.Matcher ord = code == null ? ORDINAL_GRADE.matcher(local) : null;
        for (int g = 1; ord != null && ord.matches() && code == null && g <= ord.groupCount(); g++) {
            int n = g <= BENGALI_ORDINALS.size() ? g : g <= BENGALI_ORDINALS.size() + URDU_ORDINALS.size()
                    ? g - BENGALI_ORDINALS.size() : g - BENGALI_ORDINALS.size() - URDU_ORDINALS.size();
            code = ord.group(g) != null ? "G" + n : null;
        }
        java.util.regex.Matcher ly = code == null ? LYCEE_YEAR.matcher(normalized) : null;
        for (int g = 1; ly != null && ly.matches() && code == null && g <= ly.groupCount(); g++) {
            code = ly.group(g) != null ? "G" + (FRENCH_LYCEE_FIRST + g - 1) : null;
        }
        java.util.regex.Matcher mg = code == null ? MALAGASY_YEAR.matcher(normalized) : null;
        if (mg != null && mg.matches()) {
            code = "G" + mg.group(1);
        }
        if (code == null && LOCAL_PRE_PRIMARY.contains(local)) {
            code = "PP";
        }
        java.util.regex.Matcher w = code == null ? WORD_GRADE.matcher(normalized) : null;
        if (w != null && w.matches()) {
            code = "G" + (NUMBER_WORDS.indexOf(w.group(1)) + 1);
        }
        return code != null && aliases.containsKey(code) ? code : null;
    }

    /** A grade's number in any script's digits ({@code ۳}) or in Roman figures ({@code iv}); 0 for none. */
    private static int gradeNumber(String text) {
        int roman = ROMAN_GRADES.indexOf(text);
        if (roman >= 0) {
            return roman + 1;
        }
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            int d = Character.digit(text.charAt(i), 10);
            if (d < 0) {
                return 0;
            }
            n = n * 10 + d;
        }
        return n;
    }

    private static final List<String> ROMAN_GRADES = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix",
            "x", "xi", "xii");

    /** Numbers written as English words, one to twelve: {@code Class One} … (Bangladesh's APSC form, review 29 F4). */
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** A grade with its number written as a word: {@code Class One}, {@code Grade Five}, {@code Standard Two}. */
    private static final java.util.regex.Pattern WORD_GRADE = java.util.regex.Pattern.compile(
            "(?:class|grade|std\\.?|standard|year) (" + String.join("|", NUMBER_WORDS) + ")");

    /**
     * Words of an authority's name that turn its other words round: run by others with the state's grant ({@code
     * Government aided}), or not by the state ({@code Non-government}): no owner is guessed from its words then.
     */
    private static final java.util.Set<String> NO_GUESS = java.util.Set.of("aided", "assisted", "grant",
            "subsidised", "subsidized", "non", "not");

    /**
     * The code of a value whose words name one code only ({@code Provincial Government} → public, {@code Church of
     * Melanesia}, {@code Catholic Mission} → faith; a degree, {@code Bachelor of Arts} → yes, {@code High School
     * Graduate} → no): null when no word is a spelling of the list, when words name two
     * codes ({@code Private church}), or when a word turns the others round ({@code Government aided}, {@code Non-government}).
     */
    private String byWord(String normalized) {
        String found = null;
        String[] words = normalized.split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (NO_GUESS.contains(word)) {
                return null;
            }
            // A spelling of two words counts as one ("High School Graduate", "Roman Catholic Mission").
            for (String run : i + 1 < words.length ? List.of(word, word + " " + words[i + 1]) : List.of(word)) {
                String code = word.isEmpty() ? null : byAlias.get(run);
                if (code != null && found != null && !found.equals(code)) {
                    return null;
                }
                found = code == null ? found : code;
            }
        }
        return found;
    }

    /** True when {@code text} is one of the list's spellings as written (no bilingual sides tried). */
    boolean byAliasContains(String text) {
        return text != null && byAlias.containsKey(HeaderText.normalizeLabel(text));
    }

    /** Canonical codes in list order. */
    public List<String> codes() {
        return List.copyOf(aliases.keySet());
    }

    /** Normalised aliases of a code (the code itself included). */
    public List<String> aliasesOf(String code) {
        return aliases.getOrDefault(code, List.of());
    }

    /**
     * The same list with some one-letter aliases given to other codes ({@link SexLetters}): a letter may
     * then no longer mean the code it names ({@code m} = F in Portuguese).
     */
    CodeList withLetters(Map<String, String> letters) {
        if (letters.isEmpty()) {
            return this;
        }
        Map<String, String> by = new LinkedHashMap<>(byAlias);
        Map<String, List<String>> al = new LinkedHashMap<>();
        aliases.forEach((code, list) -> al.put(code, new java.util.ArrayList<>(list)));
        letters.forEach((letter, code) -> {
            al.values().forEach(list -> list.remove(letter));
            al.computeIfAbsent(code, c -> new java.util.ArrayList<>()).add(letter);
            by.put(letter, code);
        });
        al.replaceAll((code, list) -> List.copyOf(list));
        return new CodeList(name, by, al);
    }

    /** Every normalised alias → its code; used to expand header patterns. */
    public Map<String, String> aliasTable() {
        return byAlias;
    }
}
