package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.SchoolStructure;

/**
 * The built-in code lists and their aliases, gathered from real census forms (English, French and
 * Portuguese). Lone sex letters whose meaning depends on the language are settled by {@link SexLetters}.
 */
final class BuiltInCodeLists {
    static final Set<String> NAMES = Set.of("sex", "grade", "age", "ownership", "locality", "level", "gender", "yesno",
            "status", "staff_type", "employment", "qualification", "disability", "topic", "total");

    /** Highest grade number the grade aliases cover (G1 … G13, decision 0072). */
    static final int MAX_GRADE = SchoolStructure.MAX_GRADES;

    /**
     * The few spellings of the 13th grade (Uganda's S6, Sri Lanka's grade 13), {@code %d} its number: only the common
     * ones, as every alias of the grade list multiplies the headers a template's {@code {grade}} patterns expand to.
     * Not the bare number: a count of 13 pupils beside a grade would read as a second grade header, and a form's
     * table of grades down its rows would no longer fit its own template (FormTeachersByLevelTest).
     */
    static final List<String> THIRTEENTH_FORMS = List.of("g%d", "grade %d", "class %d", "year %d", "std %d");

    /**
     * French primary grade names (CP1 … CM2; CI in countries where the first year is the "cours
     * d'initiation", SIL where it is the "section d'initiation au langage", as in Cameroon and Gabon). A bare
     * "CP" is left out: it is the first year in some countries, the second in others.
     */
    private static final String[][] FRENCH_PRIMARY = {{"cp1", "ci", "sil"}, {"cp2"}, {"ce1"}, {"ce2"}, {"cm1"}, {"cm2"}};
    /**
     * French lower-secondary years counted down from 6e (sixième), which follows CM2: 6e is the seventh
     * year of schooling, 3e the tenth (the collège of francophone Africa and France).
     */
    private static final String[][] FRENCH_COLLEGE = {{"6e", "6ème", "6eme", "6è"}, {"5e", "5ème", "5eme", "5è"},
        {"4e", "4ème", "4eme", "4è"}, {"3e", "3ème", "3eme", "3è"}};

    /** I … XII, lower case as headers are compared. */
    private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};

    private BuiltInCodeLists() {
    }

    static Map<String, Map<String, List<String>>> definitions() {
        Map<String, Map<String, List<String>>> m = new LinkedHashMap<>();
        m.put("sex", sex());
        m.put("grade", grades());
        m.put("age", ages());
        m.put("ownership", ordered(
                "public", List.of("government", "govt", "gov", "state", "public school", "publique", "public (government)", "público",
                        "pública", "publico", "publica", "negeri",
                        // Uganda's and Kenya's government-aided schools: founded by a church, run and paid for by
                        // the state (teachers on its payroll, capitation grants), counted as government (0075).
                        // Only the whole value: "Private aided", "Grant-aided mission" stay unguessed.
                        "government aided", "government-aided", "govt aided", "govt. aided", "gov aided"),
                "private", List.of("private school", "independent",
                        // Nepal's name for its private schools (beside Community and Religious ones).
                        "institutional", "institutional school", "privé", "prive", "privado", "privada", "privée",
                        "privee", "privé laïc", "prive laic", "privé laïque", "prive laique", "privée laïque",
                        "privee laique", "privado laico", "privada laica",
                        // Bahasa Indonesia: sekolah negeri (state) and swasta (private), as Dapodik's Status says.
                        "swasta"),
                "community", List.of("communal", "community school", "communautaire", "comunitária", "comunitaria",
                        "comunitário", "comunitario", "école communautaire", "ecole communautaire"),
                "faith", List.of("faith-based", "faith based", "mission", "religious", "church", "confessionnel",
                        // A school's authority is often the church itself: "Catholic", "Anglican", "Islamic".
                        "catholic", "roman catholic", "anglican", "methodist", "lutheran", "presbyterian",
                        "adventist", "sda", "islamic", "muslim", "catholique", "protestant", "protestante", "islamique",
                        "católica", "catolica", "católico", "catolico", "confessionnelle",
                        // French-speaking Africa writes the faith-based schools as private ones of a faith.
                        "privé confessionnel", "prive confessionnel", "privée confessionnelle",
                        "privee confessionnelle", "privé confessionnelle", "prive confessionnelle",
                        "privado religioso", "privada religiosa", "religiosa", "religioso")));
        m.put("locality", ordered(
                "urban", List.of("town", "city", "urbain", "u", "urbano", "urbana"),
                "rural", List.of("village", "countryside", "r")));
        // The sexes a school admits (decision 0116): single-sex schools are the rule in Pakistan, Afghanistan, parts of
        // the Gulf and many secondary systems. The words are those of a school's kind, not a pupil's sex: a lone M or F
        // is left to the sex list, where it means a pupil.
        m.put("gender", ordered(
                "boys", List.of("boys school", "boys' school", "boys only", "garçons", "garcons",
                        "école de garçons", "ecole de garcons", "masculin", "masculina", "masculino", "rapazes",
                        "لڑکوں کا", "لڑکے", "بنين", "للبنين", "ذكور"),
                "girls", List.of("girls school", "girls' school", "girls only", "filles",
                        "école de filles", "ecole de filles", "féminin", "feminin", "feminina", "feminino",
                        "raparigas", "meninas", "لڑکیوں کا", "لڑکیاں", "بنات", "للبنات", "إناث"),
                "mixed", List.of("mixte", "mista", "misto", "co-education", "coeducation", "co-educational",
                        "coeducational", "co-ed", "coed", "boys and girls", "boys & girls", "garçons et filles",
                        "mixto", "مخلوط", "مختلطة", "مختلط")));
        m.put("level", ordered(
                "pre_primary", List.of("pre-primary", "preprimary", "pre primary"),
                "primary", List.of("primaire", "basic"),
                "lower_secondary", List.of("lower secondary", "junior secondary"),
                "upper_secondary", List.of("upper secondary", "senior secondary"),
                "secondary", List.of("secondaire"),
                "primary_secondary", List.of("primary and secondary", "primary & secondary", "primary/secondary",
                        "primary-secondary", "primary + secondary", "combined", "all levels")));
        m.put("yesno", ordered(
                "yes", List.of("y", "1", "true", "oui", "x", "available", "functional", "sim", "sí", "si", "✓", "✔"),
                "no", List.of("n", "0", "false", "non", "not available", "none", "não", "nao")));
        m.put("status", ordered(
                "new", List.of("new entrant", "new entry", "new pupil", "nouveau", "n"),
                "repeater", List.of("repeating", "repeat", "rep", "r", "redoublant", "repetente"),
                "transferred_in", List.of("transferred in", "transferred-in", "transfer in", "transfer",
                        "transferred", "t", "ti")));
        m.put("topic", topics());
        // The headings of a total of both sexes (a grid's Total column or row, checked, never stored): a template adds
        // its own language's (المجموع) here, as sex has no code for both (review 27 F6).
        m.put("total", ordered("total", HeaderText.TOTAL_WORDS.stream().filter(w -> !w.equals("total")).sorted()
                .toList()));
        m.put("staff_type", ordered(
                // A head teacher (directeur, director) is left out on purpose: some teach, some do not (reported).
                "teaching", List.of("teacher", "teaching staff", "enseignant", "enseignante", "instituteur",
                        "institutrice", "professeur", "personnel enseignant", "professor", "professora", "docente",
                        "pessoal docente", "t"),
                "non_teaching", List.of("non-teaching", "non teaching", "nonteaching", "support staff", "support",
                        "administrative", "admin", "non-teaching staff", "personnel non enseignant",
                        "personnel administratif", "administratif", "não docente", "nao docente",
                        "pessoal não docente", "administrativo")));
        m.put("employment", ordered(
                "full_time", List.of("full time", "full-time", "fulltime", "ft", "full", "temps plein",
                        "tempo inteiro", "tempo integral"),
                "part_time", List.of("part time", "part-time", "parttime", "pt", "part", "temps partiel",
                        "tempo parcial")));
        // Qualified teacher (SDG 4.c): the minimum academic qualification; degree or diploma by default.
        m.put("qualification", ordered(
                "yes", List.of("degree", "diploma", "bachelor", "bachelor's degree", "bachelors", "master",
                        "master's degree", "masters", "phd", "doctorate", "teaching diploma", "qualified",
                        "b.ed", "bed", "licence", "maîtrise"),
                "no", List.of("certificate", "cert", "none", "no qualification", "unqualified", "high school",
                        "secondary school", "secondary", "certificat", "aucun", "sans diplôme", "sans diplome",
                        "sem habilitações", "nenhuma", "untrained", "not trained", "non qualifié", "non qualifiée",
                        "non qualifie", "não qualificado", "nao qualificado")));
        m.put("disability", ordered(
                "none", List.of("no", "n", "n/a", "na", "-", "nil", "aucun", "aucune"),
                "seeing", List.of("visual", "sight", "blind", "vision", "visual impairment"),
                "hearing", List.of("deaf", "hearing impairment", "auditory"),
                "walking", List.of("physical", "mobility", "walking/climbing", "motor"),
                "learning", List.of("intellectual", "cognition", "cognitive", "remembering"),
                "communication", List.of("speech", "communicating"),
                "self_care", List.of("self-care", "self care"),
                "other", List.of("multiple", "others")));
        return m;
    }

    private static Map<String, List<String>> ordered(Object... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> aliases = (List<String>) pairs[i + 1];
            m.put((String) pairs[i], aliases);
        }
        return m;
    }

    /**
     * The topics a row's {@code row.topic} cell names ({@code dataElement} holding {@code Enrolment},
     * {@code Redoublants}): the topic words headers are drafted with ({@link TopicWords}), as written
     * and folded, plus the spellings a data element is given in an aggregate system; and the teachers' and
     * classrooms' fields ({@code teachers.qualified} for {@code Qualified teachers}, {@link TopicWords#counted}).
     */
    private static Map<String, List<String>> topics() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String code : List.of("enrolment", "repeaters", "new_entrants", "disabled")) {
            m.put(code, new ArrayList<>(List.of(code.replace('_', ' '))));
        }
        for (String[] w : TopicWords.WORDS) {
            if (w[0].length() > 3 && !m.get(w[1]).contains(w[0])) {
                m.get(w[1]).add(w[0]); // not "rep" or "ne": too short to name a topic on their own
            }
        }
        for (String[] w : new String[][] {{"enrollment", "enrolment"}, {"pupils enrolled", "enrolment"},
            {"élèves", "enrolment"}, {"effectifs", "enrolment"}, {"matrícula", "enrolment"}, {"repeater", "repeaters"},
            {"repetentes", "repeaters"}, {"new entrant", "new_entrants"}, {"new entrants", "new_entrants"},
            {"nouveaux inscrits", "new_entrants"}, {"pupils with disabilities", "disabled"}, {"learners with disabilities", "disabled"},
            {"learners with disability", "disabled"},
            {"élèves handicapés", "disabled"}}) {
            if (!m.get(w[1]).contains(w[0])) {
                m.get(w[1]).add(w[0]);
            }
        }
        // Teachers and classrooms as a data element names them (Teachers total, Qualified teachers, Classrooms).
        for (String[] w : TopicWords.counted()) {
            List<String> a = m.computeIfAbsent(w[1], k -> new ArrayList<>());
            if (!a.contains(w[0])) {
                a.add(w[0]);
            }
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return m;
    }

    private static Map<String, List<String>> sex() {
        List<String> girls = new ArrayList<>(List.of("f", "female", "females", "girl", "girls", "g", "fille", "filles",
                "féminin", "feminin", "féminine", "w", "woman", "women", "femme", "femmes", "fem", "rapariga",
                "raparigas", "menina", "meninas", "mulher", "mulheres", "feminino", "femininos"));
        List<String> boys = new ArrayList<>(List.of("m", "male", "males", "boy", "boys", "b", "garçon", "garcon",
                "garçons", "garcons", "masculin", "man", "men", "homme", "hommes", "h", "rapaz", "rapazes", "menino",
                "meninos", "homem", "homens", "masculino", "masculinos"));
        return ordered("F", List.copyOf(girls), "M", List.copyOf(boys));
    }

    /**
     * Boys' and girls' words of forms written in one local language only (review 30 C3), boys first, each pair as its
     * country's forms write it (docs/templates.md lists them). Read by {@link CodeList#code} where a whole cell, header
     * or side of {@code Boys / Boe} names a sex, never as a word inside a longer text ({@code Hand gel}, {@code Wi-Fi}
     * name no sex), and not held as spellings of the list: with them the built-in wide template's {grade} {sex}
     * patterns expanded past the limit of headers a sheet may have.
     */
    static final List<String[]> LOCAL_SEX_WORDS = List.of(
            new String[] {"boe", "gel"}, // Bislama: Vanuatu's census forms (Boys / Boe, Girls / Gel)
            new String[] {"ወንድ", "ሴት"}, // Amharic: Ethiopia's school census (Male / ወንድ, Female / ሴት)
            new String[] {"پسر", "دختر"}, // Dari: Afghanistan's school census (boy, girl)
            new String[] {"ذکور", "اناث"}, // Dari: the same census's male and female (ذکور / Male)
            // Arabic (Morocco's school census, review 32 B1): the same words with the Arabic kaf, with and without
            // the hamza under the alef as typed.
            new String[] {"ذكور", "إناث"},
            new String[] {"ذكور", "اناث"},
            new String[] {"ကျား", "မ"}, // Burmese: Myanmar's school census (Boys / ကျား, Girls / မ), review 32 B2
            new String[] {"छात्र", "छात्रा"}, // Nepali: Nepal's district enrolment sheets (छात्र boys, छात्रा girls), issue #11
            new String[] {"ប្រុស", "ស្រី"}, // Khmer: Cambodia's school forms (ប្រុស boys, ស្រី girls; often សរុប | ស្រី only)
            new String[] {"nam", "nữ"}, // Vietnamese: MOET's district sheets (Nam | Nữ | Tổng số), review 33 style 4
            new String[] {"ຊາຍ", "ຍິງ"}, // Lao: province sheets (ຊາຍ boys, ຍິງ girls; often ລວມ | ຍິງ only), review 33
            new String[] {"বালক", "বালিকা"}, // Bengali: Bangladesh's APSC pupils (বালক boys, বালিকা girls), review 33
            new String[] {"পুরুষ", "মহিলা"}, // Bengali: the same form's teachers (পুরুষ men, মহিলা women)
            new String[] {"لڑکے", "لڑکیاں"}, // Urdu: Punjab's school census (لڑکے boys, لڑکیاں girls), review 33 style 3
            new String[] {"gason", "fi"}, // Haitian Creole: MENFP's forms (Gason | Fi)
            new String[] {"lahy", "vavy"}, // Malagasy: Madagascar's school statistics (Lahy | Vavy)
            new String[] {"zazalahy", "zazavavy"}, // Malagasy: the same pupils as children (zaza), review 34
            new String[] {"wavulana", "wasichana"}); // Swahili: Tanzania's school census (Wavulana | Wasichana)

    /**
     * Spellings of a numbered pre-primary year, {@code %d} its number: two only, as every alias of the grade list
     * multiplies the headers a template's {@code {grade}} patterns expand to (with twelve, the built-in templates no
     * longer loaded in a 46 MB heap). Other spellings ({@code PP 1}, {@code KG-2}, {@code ECE 1}, {@code Nursery 2})
     * are read by their shape where a cell names a grade ({@link CodeList#code}), not inside a column header.
     */
    static final List<String> PRE_PRIMARY_YEAR_FORMS = List.of("pp%d", "kg%d");

    private static Map<String, List<String>> grades() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("PP", List.of("pre-primary", "preprimary", "pre primary", "pre-school", "preschool", "kg",
                "kindergarten", "kinder", "ecd", "ece", "ecce", "nursery", "reception", "k", "maternelle", "grade r", "grade-r",
                "gr r",
                // Nepal's pre-primary class (PPC), written with the early childhood development centre (ECD) it
                // grew from: "ECD/PPC", one year before Class 1.
                "ppc", "ecd/ppc", "iniciação", "classe de iniciação"));
        // Numbered pre-primary years (Kenya PP1/PP2, Ghana KG1/KG2, Zambia ECE 1…): a workspace of that many
        // pre-primary years keeps them apart (decision 0066); one of a single year adds them, and says so (IMP-34).
        for (int y = 1; y <= SchoolStructure.MAX_PRE_PRIMARY; y++) {
            List<String> a = new ArrayList<>();
            for (String form : PRE_PRIMARY_YEAR_FORMS) {
                a.add(String.format(java.util.Locale.ROOT, form, y));
            }
            m.put("PP" + y, a);
        }
        String[] ordinal = {"", "1st", "2nd", "3rd"};
        for (int g = 1; g <= SchoolStructure.GRADES; g++) {
            List<String> a = new ArrayList<>();
            String th = g < ordinal.length ? ordinal[g] : g + "th";
            for (String form : List.of("%d", "%d.0", "g%d", "g %d", "g-%d", "grade %d", "grade%d", "grade-%d",
                    "class %d", "class%d", "classe %d", "classe%d", "std %d", "std%d", "standard %d", "p%d", "year %d", "yr %d",
                    "%dª classe", "%da classe", "%d.ª classe", "%dª", "%dº ano", "%d.º ano", "%do ano", "ano %d",
                    "primary %d", "p.%d", "p %d", "gr %d", "gr. %d", "gr.%d", "std. %d", "std.%d")) {
                a.add(String.format(java.util.Locale.ROOT, form, g));
            }
            // "Class IV", "Std VII": classes numbered in Roman figures (South Asia, East Africa).
            for (String word : List.of("class", "std", "standard", "grade")) {
                a.add(word + " " + ROMAN[g - 1]);
            }
            a.add(th + " grade");
            a.add(th);
            a.add(th + " class");
            // French "1re année", "2e année" (primary years counted as years; "6e" alone is the collège's sixième).
            String fr = g == 1 ? "1re" : g + "e";
            for (String year : List.of(" année", " annee")) {
                a.add(fr + year);
                a.add((g == 1 ? "1ère" : g + "ème") + year);
                a.add((g == 1 ? "1ere" : g + "eme") + year);
            }
            if (g <= FRENCH_PRIMARY.length) {
                a.addAll(List.of(FRENCH_PRIMARY[g - 1]));
            } else if (g - FRENCH_PRIMARY.length <= FRENCH_COLLEGE.length) {
                a.addAll(List.of(FRENCH_COLLEGE[g - FRENCH_PRIMARY.length - 1]));
            }
            m.put("G" + g, a);
        }
        m.put("G" + MAX_GRADE, THIRTEENTH_FORMS.stream()
                .map(f -> String.format(java.util.Locale.ROOT, f, MAX_GRADE)).toList());
        return m;
    }

    private static Map<String, List<String>> ages() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("*", List.of("all ages", "all"));
        m.put("?", List.of("unknown", "age unknown", "unknown age", "not known", "not stated", "inconnu",
                "âge inconnu", "age inconnu"));
        for (int n = 2; n <= 12; n++) {
            List<String> a = new ArrayList<>();
            for (String form : List.of("< %d", "<%d", "< %d years", "<%d years", "< %d yrs", "under %d",
                    "under %d years", "less than %d", "less than %d years", "below %d", "moins de %d ans", "< %d ans",
                    "younger than %d")) {
                a.add(String.format(java.util.Locale.ROOT, form, n));
            }
            int k = n - 1;
            for (String form : List.of("%d and under", "%d years and under", "%d or less", "%d years or less",
                    "<= %d", "≤ %d", "%d-")) {
                a.add(String.format(java.util.Locale.ROOT, form, k));
            }
            m.put("-" + k, a);
        }
        for (int n = 0; n <= 30; n++) {
            List<String> a = new ArrayList<>();
            for (String form : List.of("%d.0", "%d years", "%d year", "%d yrs", "%d yr", "%d y", "%d ans", "%d an",
                    "age %d", "aged %d", "%d years old", "%d anos", "idade %d")) {
                a.add(String.format(java.util.Locale.ROOT, form, n));
            }
            m.put(Integer.toString(n), a);
        }
        for (int n = 5; n <= 30; n++) {
            List<String> a = new ArrayList<>();
            for (String form : List.of("%d +", "%d+ years", "%d + years", "%d+ yrs", "%d years and over",
                    "%d and over", "%d or more", "%d years or more", "%d years and above", "%d and above",
                    ">= %d", "≥ %d", "%d ans et plus", "%d ans +", "%d+ ans", "%d anos e mais", "%d e mais anos", "%d+ anos")) {
                a.add(String.format(java.util.Locale.ROOT, form, n));
            }
            // "Over 11" and "plus de 11 ans": older than 11, i.e. 12 and over.
            for (String form : List.of("over %d", "over %d years", "older than %d", "above %d", "plus de %d ans", "> %d",
                    ">%d", "mais de %d anos")) {
                a.add(String.format(java.util.Locale.ROOT, form, n - 1));
            }
            m.put(n + "+", a);
        }
        return m;
    }
}
