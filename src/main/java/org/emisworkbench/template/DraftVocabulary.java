package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The headers census workbooks use for each canonical field, in English, French, Portuguese and Spanish, written as one
 * wide sheet spec so that guessing a header is the same look-up (and the same header search) as
 * reading it with a real template. Every alias is also registered folded (no accents, punctuation as
 * spaces) so "Nom de l’école" and "Nom de l'ecole" are one header.
 *
 * <p>Graded families are listed once per topic; a bare {@code "{grade} {sex}"} family is marked
 * {@link #GENERIC_GRADED}: its topic comes from the sheet's name (a "Repeaters" sheet holds repeaters).
 */
final class DraftVocabulary {
    /** Field written on the generic graded family; replaced by the sheet's topic when drafting. */
    static final String GENERIC_GRADED = "enrolment";

    static final List<String> KEY = List.of("School code", "Code", "School ID", "School No", "School No.",
            "School number", "EMIS code", "EMIS", "EMIS no", "EMIS No.", "EMIS number", "Centre No", "Centre No.",
            "Centre number", "Registration No", "Registration No.", "Registration number", "Reg. No", "Reg. No.", "emiscode", "School EMIS code",
            "Code école", "Code de l'école", "Code établissement", "Code de l'établissement", "N° école",
            "No école", "Numéro école", "Identifiant école", "ID école", "Code EMIS", "Código da escola",
            "Código escola", "Código", "Cód. escola", "Código EMIS", "Número da escola",
            // National school numbers under their own names (review 29): Indonesia's NPSN (nomor pokok sekolah
            // nasional), India's UDISE code, Bangladesh's EIIN, Kenya's NEMIS code, Peru's código modular.
            "NPSN", "UDISE code", "UDISE+ code", "UDISE", "UDISE+", "EIIN", "EIIN No", "EIIN No.", "EIIN number",
            "NEMIS", "NEMIS code", "NEMIS No", "NEMIS No.", "NEMIS number", "Código modular", "Cód. modular",
            // Spanish (review 28, F6): Peru's código modular, Colombia's código DANE, Argentina's CUE, Chile's RBD.
            "Código de la escuela", "Código de escuela", "Código de la institución",
            "Código de la institución educativa", "Código del establecimiento", "Código del centro", "Código DANE",
            "CUE", "RBD",
            // Central America and Mexico (review 31): Honduras' SACE code, Guatemala's and El Salvador's código de
            // establecimiento / de centro, Mexico's clave de centro de trabajo (CCT), Ecuador's AMIE code.
            "Código SACE", "SACE", "Código Centro", "Código de centro", "Código de centro educativo", "Código del centro educativo",
            "Código de establecimiento", "CCT", "Clave CCT", "Clave de centro de trabajo", "Clave del centro de trabajo",
            "AMIE", "Código AMIE",
            // A secondary school's registration number (Tanzania's "School reg. no." S.1200) and the census number
            // Sri Lanka's school census gives each school (review 32).
            "School reg. no", "School reg. no.", "School reg no", "School registration no", "School registration no.",
            "School registration number", "Census No", "Census No.", "Census number", "School census no",
            "School census no.", "School census number",
            // Kenya's NEMIS exports also head the school's code "Institution Code" (review 30, A1).
            "Institution code", "Institution ID", "Institution No", "Institution No.", "Institution number",
            // Arabic (Morocco's code of the établissement, review 32 B1; Mauritania's and the Mashreq's school code).
            "رمز المؤسسة", "رمز المدرسة", "رقم المؤسسة", "رقم المدرسة",
            // Nepali (Nepal's EMIS code, विद्यालय कोड) and Khmer (Cambodia's school code, លេខកូដសាលា), issue #11.
            "विद्यालय कोड", "विद्यालयको कोड", "លេខកូដសាលា", "លេខកូដ សាលា",
            // Vietnamese (MOET's mã trường) and Lao (ລະຫັດໂຮງຮຽນ), the school's code (review 33).
            "Mã trường", "Mã số trường", "ລະຫັດໂຮງຮຽນ", "ລະຫັດ ໂຮງຮຽນ",
            // Madagascar's code of the école primaire publique (EPP) and collège (CEG), Dari's school code
            // (کود مکتب, also spelt کد مکتب) and Amharic's (የትምህርት ቤት ኮድ), review 34.
            "Code EPP", "Code CEG", "Code de l'EPP", "کود مکتب", "کد مکتب", "كود مكتب", "የትምህርት ቤት ኮድ",
            "የትምህርት ቤቱ ኮድ");

    /**
     * One family of headers meaning one field; {@code sex} fixed where the word itself says it ({@code Enseignantes},
     * female teachers), else null.
     */
    record Entry(String field, List<String> headers, List<String> patterns, String grade, boolean generic,
                 boolean total, String sex) {
        Entry(String field, List<String> headers, List<String> patterns, String grade, boolean generic) {
            this(field, headers, patterns, grade, generic, false, null);
        }

        Entry(String field, List<String> headers, List<String> patterns, String grade, boolean generic,
              boolean total) {
            this(field, headers, patterns, grade, generic, total, null);
        }
    }

    private static final List<Entry> ENTRIES = entries();
    private static final SheetSpec SPEC = spec();
    private static final HeaderMatcher MATCHER = HeaderMatcher.compile(SPEC, CodeLists.builtIn(), new ArrayList<>(),
            "vocabulary");
    /** The vocabulary with the sex letters of a language ({@link SexLetters}), compiled on first use. */
    private static final java.util.Map<String, HeaderMatcher> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    private DraftVocabulary() {
    }

    /** The matcher of every known header, key included. */
    static HeaderMatcher matcher() {
        return MATCHER;
    }

    /** The matcher whose sex letters mean what they mean in {@code language} (null: English). */
    static HeaderMatcher matcher(String language) {
        if (SexLetters.of(language).isEmpty()) {
            return MATCHER;
        }
        return BY_LANGUAGE.computeIfAbsent(language, l -> HeaderMatcher.compile(SPEC, lists(l), new ArrayList<>(),
                "vocabulary"));
    }

    /** The built-in sex list with a language's lone letters ({@link SexLetters}: French G is garçons). */
    static CodeList sexes(String language) {
        return lists(language).require("sex");
    }

    /** The grades in the workbook's language: the built-in ones with its own spellings ({@code Kelas 1} in {@code id}). */
    static CodeList grades(String language) {
        return lists(language).require("grade");
    }

    private static CodeLists lists(String language) {
        return CodeLists.merge(java.util.Map.of(), new ArrayList<>(), "vocabulary", language);
    }

    /** The family of a matched column index. */
    static Entry entry(int column) {
        return ENTRIES.get(column);
    }

    /** Lower case, accents dropped, anything but letters and digits turned into single spaces. */
    static String fold(String text) {
        return HeaderText.fold(text);
    }

    /**
     * What a header probably means.
     *
     * @param field      canonical field, or null for the key column
     * @param key        true for the school-code column
     * @param total      true for a total column of the field
     * @param confidence 0 … 1: 0.95 a known header as written, 0.9 a known family, 0.8 the same once
     *                   accents and punctuation are set aside, 0.5 a guess from words in the header
     */
    record Guess(String field, boolean key, boolean total, String sex, String grade, String age, double confidence) {
    }

    /** What a sub-column under a grade and a sex holds ({@link #subColumn}): its part of the grade's pupils. */
    enum SubColumn {
        /** Pupils not repeating the grade ({@code New}, {@code Nouveaux}, {@code Novos}). */
        NEW,
        /** The same, in words that say new entrants ({@code New entrants}, {@code Nouveaux inscrits}). */
        NEW_ENTRANTS,
        /** Pupils repeating the grade ({@code Rep}, {@code Repeaters}, {@code Redoublants}, {@code Repetentes}). */
        REPEATERS
    }

    /**
     * Folded words of the sub-columns a district return sets under each grade and sex (decision 0060), in English,
     * French and Portuguese: the grade's pupils are the new ones and the repeaters added up.
     */
    private static final java.util.Map<String, SubColumn> SUB_COLUMNS = subColumns();

    private static java.util.Map<String, SubColumn> subColumns() {
        java.util.Map<String, SubColumn> m = new java.util.HashMap<>();
        for (String w : List.of("new", "new pupils", "new learners", "new enrolment", "new enrollment", "nouveaux",
                "nouveau", "nouv", "novos", "novo", "non repeaters", "non repeating")) {
            m.put(w, SubColumn.NEW);
        }
        for (String w : List.of("new entrants", "new entrant", "nouveaux inscrits", "nouveaux entrants",
                "nouveaux admis", "novos ingressos", "novos ingressados", "ingressos")) {
            m.put(w, SubColumn.NEW_ENTRANTS);
        }
        for (String w : List.of("rep", "reps", "repeaters", "repeater", "repeating", "repeat", "redoublants",
                "redoublant", "red", "redoub", "repetentes", "repetente", "rept",
                // "Effectif | dont redoublants" (of which repeaters, review 34): a part of the Effectif beside it.
                "dont redoublants", "dont redoublant", "dont red", "dont redoub", "dont repetentes")) {
            m.put(w, SubColumn.REPEATERS);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** French "dont" (of which) before the repeaters' word: what follows it is a part of the column before. */
    private static final java.util.regex.Pattern OF_WHICH_REPEATERS = java.util.regex.Pattern.compile(
            "(?iu)(?<=^|\\s)dont\\s+(?=red)");

    /** What a sub-column's own header says it holds ({@code New}, {@code Rep}…), or null for anything else. */
    static SubColumn subColumn(String header) {
        return header == null ? null : SUB_COLUMNS.get(fold(header));
    }

    /**
     * Words of headers that hold no census figure (people's names, contacts, remarks), in English, French
     * and Portuguese, folded: such columns are drafted as left out on purpose ({@code ignore}).
     */
    private static final List<String> NOT_CENSUS = List.of("head teacher", "headteacher", "head master",
            "headmaster", "principal", "director", "directeur", "directrice", "diretor", "diretora", "phone",
            "telephone", "tel", "mobile", "cell", "helpline", "hotline", "fax", "whatsapp", "contact", "email",
            "e mail", "courriel", "address", "adresse", "endereco", "remark", "remarks", "comment", "comments",
            "commentaire", "commentaires", "observation", "observations", "observacao", "observacoes", "note", "notes",
            "signature", "assinatura", "pupil name",
            "learner name", "teacher name", "staff name", "nom de l eleve", "nom du directeur", "nome do aluno",
            "nome do diretor", "guardian", "parent", "tuteur", "encarregado",
            // Ratios and rates worked out in the workbook: the workbench computes its own from the counts.
            "ptr", "pcr", "ratio", "ratios", "rate", "rates", "taux", "gpi", "percentage", "pourcentage",
            "percentagem");

    /**
     * Folded words naming a sub-group of the pupils a sheet counts by grade (caste, ethnic or minority groups:
     * Nepal's {@code Dalit Girls | Janajati Boys} beside {@code Class 1 Girls}…). Such columns count some of the same
     * pupils again: never enrolment of their own, never added to it, so the draft leaves them out on purpose.
     */
    private static final List<String> SUB_GROUPS = List.of("dalit", "dalits", "janajati", "janajatis", "adivasi",
            "indigenous", "minority", "minorities", "ethnic", "caste", "castes", "scheduled caste", "scheduled tribe",
            "tribal", "madhesi", "minorite", "minorites", "autochtone", "autochtones", "indigena", "indigenas");

    /** True when a header names a sub-group of the pupils ({@code Dalit Girls}, {@code Janajati}). */
    static boolean subGroup(String header) {
        String f = " " + fold(header) + " ";
        for (String w : SUB_GROUPS) {
            if (f.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folded words naming pupils taught without a grade: the Philippines' {@code Non-Graded (SNEd)} classes of
     * learners with disabilities, a {@code classe spéciale}, an {@code ungraded} class. Every enrolment figure the
     * workspace keeps has a grade, so the draft leaves such columns out on purpose and says so (review 33).
     */
    private static final List<String> UNGRADED = List.of("non graded", "nongraded", "ungraded", "sned",
            "non gradue", "non gradues", "non graduee", "non graduees", "sans niveau", "classe speciale",
            "classes speciales", "sin grado", "no graduado", "no graduados", "sem classe", "nao seriado",
            "nao seriados");

    /** True when a header names pupils without a grade ({@code Non-Graded (SNEd) Male}, {@code Classe spéciale}). */
    static boolean ungraded(String header) {
        String f = " " + fold(header) + " ";
        for (String w : UNGRADED) {
            if (f.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folded headers that say a school's kind without saying which kind: its values tell whether it is the
     * ownership ({@code Community}, {@code Institutional}) or the level ({@code Basic}, {@code Secondary}).
     */
    private static final Set<String> SCHOOL_KIND = Set.of("school type", "type of school", "type", "school category",
            "category", "school kind", "type d ecole", "type de l ecole", "type d etablissement", "categorie",
            "tipo de escola", "tipo", "categoria");

    /** True when a header says a school's kind without saying which ({@code School Type}, {@code Category}). */
    static boolean schoolKind(String header) {
        return SCHOOL_KIND.contains(fold(header));
    }

    /**
     * Folded headers of a column that may say which sexes a school admits (decision 0116): Punjab's {@code Gender}
     * over Boys/Girls/Mixed, a French {@code Sexe}, a school's {@code Type}. The values decide
     * ({@link WideColumnGuesses}): a pupil's sex column has the same headers.
     */
    private static final Set<String> SCHOOL_GENDER = Set.of("gender", "sex", "sexe", "genre", "genero", "sexo",
            "school gender", "gender of school", "school sex", "boys girls mixed", "boys girls or mixed");

    /** True when a header (or a side of a bilingual one) may say the sexes a school admits, or its kind. */
    static boolean schoolGender(String header) {
        if (header == null) {
            return false;
        }
        List<String> sides = new ArrayList<>(HeaderText.bilingualSides(header.strip()));
        sides.add(header);
        for (String side : sides) {
            String f = fold(side);
            if (SCHOOL_GENDER.contains(f) || SCHOOL_KIND.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** Folded headers of a column numbering the rows (serial numbers, row ids), in English, French, Portuguese. */
    private static final Set<String> SERIAL = Set.of("s n", "sn", "s no", "sr no", "sl no", "no", "n", "nr",
            "serial", "serial no", "serial number", "row", "row no", "row id", "row number", "id", "item", "num",
            "numero", "numero d ordre", "n d ordre", "ordre", "ord", "n o", "line", "ligne",
            // Nº and N.º with the ordinal sign (U+00BA, a letter, kept by the fold), Portuguese and Spanish registers
            // (review 33 6b); Vietnamese STT (số thứ tự).
            "nº", "n º", "stt");

    /** True when a header says its column numbers the rows ({@code S/N}, {@code No.}, {@code N°}, {@code Row id}). */
    static boolean serial(String header) {
        return SERIAL.contains(fold(header));
    }

    /** True when a header names something that is no census figure (a phone, a remark, a person's name). */
    static boolean notCensus(String header) {
        String f = " " + fold(header) + " ";
        for (String w : NOT_CENSUS) {
            if (f.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The graded topic a sheet's name suggests; enrolment when it says none. */
    static String sheetTopic(String sheetName) {
        String f = fold(sheetName);
        if (f.contains("repe") || f.contains("redoubl") || f.contains("repet") || f.contains("repit")) {
            return "repeaters";
        }
        if (f.contains("new entr") || f.contains("nouveau") || f.contains("intake") || f.contains("admis")
                || f.contains("ingress")) {
            return "new_entrants";
        }
        if (f.contains("disab") || f.contains("handicap") || f.contains("deficien")) {
            return "disabled";
        }
        return "enrolment";
    }

    /** The best guess for one header, or null when nothing known resembles it. */
    static Guess guess(String header, String sheetTopic) {
        return guess(header, sheetTopic, null);
    }

    /** The best guess for one header of a sheet in {@code language} (null: English sex letters). */
    static Guess guess(String header, String sheetTopic, String language) {
        return guess(header, sheetTopic, language, true);
    }

    /**
     * As {@link #guess(String, String, String)}; {@code moveTopic} false once a topic word has been moved first
     * ({@link #topicInside}): a header naming two topics would otherwise move them in turn for ever.
     */
    private static Guess guess(String header, String sheetTopic, String language, boolean moveTopic) {
        header = OfWhichSex.sexAlone(header);
        if (header != null) {
            // "6ème G dont redoublants" (Effectif | dont redoublants, review 34): "of which repeaters" are the
            // repeaters, a part of the Effectif beside them, as "6ème G Redoublants" is read.
            header = OF_WHICH_REPEATERS.matcher(header).replaceAll("");
        }
        if (header == null || header.isBlank()) {
            return null;
        }
        HeaderMatcher matcher = matcher(language);
        Guess g = fromMatch(matcher.match(header), sheetTopic, 0.95, 0.9);
        if (g != null) {
            return g;
        }
        String folded = fold(header);
        g = fromMatch(matcher.match(folded), sheetTopic, 0.8, 0.8);
        if (g != null) {
            return g;
        }
        for (String[] w : TopicWords.WORDS) {
            if (!folded.startsWith(w[0]) || folded.length() == w[0].length()) {
                continue;
            }
            char next = folded.charAt(w[0].length());
            if (next != ' ' && !Character.isDigit(next) && next != 'g') {
                continue;
            }
            String rest = folded.substring(w[0].length()).strip();
            HeaderMatcher.Match m = matcher.match(rest);
            if (m != null && m.column() >= 0 && ENTRIES.get(m.column()).generic()) {
                // "Matriculados 1ª Classe HM": the topic's total of both sexes for the grade, a check.
                return new Guess(w[1], false, ENTRIES.get(m.column()).total(), m.sex(), m.grade(), m.age(), 0.9);
            }
            Guess shaped = gradeBesideSex(rest, w[1], language);
            if (shaped != null) {
                // "Effectif 2nde G": a grade read by its shape only (the lycée's 2nde, Tle) after the topic's word.
                return new Guess(w[1], false, shaped.total(), shaped.sex(), shaped.grade(), null, 0.85);
            }
            String sex = lists(language).require("sex").code(rest);
            if (sex != null && w[1].equals("new_entrants")) {
                return new Guess("new_entrants", false, false, sex, "G1", null, 0.85);
            }
        }
        Guess inside = moveTopic ? topicInside(folded, sheetTopic, language) : null;
        if (inside != null) {
            return inside;
        }
        String expanded = expandAbbreviations(header);
        if (!expanded.equals(header)) {
            return guess(expanded, sheetTopic, language, moveTopic);
        }
        Guess shaped = gradeBesideSex(header, sheetTopic, language);
        if (shaped == null) {
            shaped = totalBesideSex(header, sheetTopic, language);
        }
        return shaped != null ? shaped : byWords(folded);
    }

    /**
     * A header made of a total word and a sex, or of two total words, with no grade ({@code कुल जम्मा छात्रा}, the
     * grand total's girls, under a band {@code कुल जम्मा} over {@code छात्रा | छात्र | जम्मा}; {@code कुल जम्मा
     * जम्मा} its total of both sexes): the sheet topic's total of that sex over every grade, a check, as {@code
     * Total Girls} is. Review 32: a Nepali district sheet's grand total columns were left unread and the check failed
     * on them. Null when no split of its words gives both.
     */
    private static Guess totalBesideSex(String header, String sheetTopic, String language) {
        String[] words = header.strip().split("\\s+");
        CodeList sexes = language == null ? CodeLists.forDrafting().require("sex") : lists(language).require("sex");
        for (int k = 1; k < words.length; k++) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            for (String[] totalSex : List.of(new String[] {head, tail}, new String[] {tail, head})) {
                if (!HeaderText.isTotalWord(totalSex[0])) {
                    continue;
                }
                String sex = sexes.code(totalSex[1]);
                if (sex != null || HeaderText.isTotalWord(totalSex[1])) {
                    return new Guess(sheetTopic, false, true, sex, null, null, 0.8);
                }
            }
        }
        return null;
    }

    /**
     * A header made of a grade read by its shape ({@code 1° Grado}, {@code 2do. grado}, {@code 1ère AF}: never held as
     * spellings the header patterns expand, see {@link CodeList#code}) and a sex or a total word, in either order
     * ({@code 1° Grado H}, {@code Niñas 3er grado}, {@code 1ère AF Garçons}, {@code 6° Grado Total}): what the
     * {@code {grade} {sex}} family says of a grade it can spell (review 31: a Honduran one-row-per-school file).
     * Null when no split of its words gives both.
     */
    private static Guess gradeBesideSex(String header, String sheetTopic, String language) {
        String[] words = header.strip().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        CodeLists lists = lists(language);
        CodeList grades = lists.require("grade");
        // Without the workbook's language (the header row is being looked for), the sex words only some languages
        // read (Niños, Hombres) are known as the draft knows them; the template then says the language.
        CodeList sexes = language == null ? CodeLists.forDrafting().require("sex") : lists.require("sex");
        for (int k = 1; k < words.length; k++) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            for (String[] gradeSex : List.of(new String[] {head, tail}, new String[] {tail, head})) {
                String grade = grades.code(gradeSex[0]);
                if (grade == null) {
                    continue;
                }
                String sex = sexes.code(gradeSex[1]);
                if (sex != null) {
                    return new Guess(sheetTopic, false, false, sex, grade, null, 0.8);
                }
                if (HeaderText.isTotalWord(gradeSex[1]) || fold(gradeSex[1]).equals("hm")) {
                    return new Guess(sheetTopic, false, true, null, grade, null, 0.8);
                }
            }
        }
        // A grand-total band in a language of its own over the sexes ("Tổng cộng" over "Nam | Nữ | Tổng số",
        // "ລວມທັງໝົດ" over "ລວມ | ຍິງ", review 33): the topic's total of that sex, or of both, a check like "Total M".
        for (int k = 1; k < words.length; k++) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            if (HeaderText.isTotalWord(head)) {
                String sex = sexes.code(tail);
                if (sex != null || HeaderText.isTotalWord(tail)) {
                    return new Guess(sheetTopic, false, true, sex, null, null, 0.8);
                }
            }
        }
        return null;
    }

    /**
     * A topic word between the grade and the sex ({@code Grade 1 Repeaters Boys}: a three-row header with the
     * grade merged over {@code Enrolled | Repeaters}, each merged over {@code Boys | Girls}) read as if it came
     * first ({@code Repeaters Grade 1 Boys}); null when no such word makes the header a known one.
     */
    private static Guess topicInside(String folded, String sheetTopic, String language) {
        String padded = " " + folded + " ";
        for (String[] w : TopicWords.WORDS) {
            int at = padded.indexOf(" " + w[0] + " ");
            if (w[0].length() < 3 || at <= 0) {
                continue;
            }
            String rest = (folded.substring(0, at) + " " + folded.substring(Math.min(folded.length(),
                    at + w[0].length()))).strip().replaceAll(" +", " ");
            Guess g = rest.isEmpty() ? null : guess(w[0] + " " + rest, sheetTopic, language, false);
            if (g != null && !g.key() && w[1].equals(g.field())) {
                return g;
            }
        }
        return null;
    }

    /**
     * The rows with the abbreviations of their text cells written out ({@link #expandAbbreviations}), over the
     * rows where a header is looked for; the rows themselves when none is cut short.
     */
    static List<List<org.emisworkbench.workbook.Cell>> writtenOut(List<List<org.emisworkbench.workbook.Cell>> rows) {
        List<List<org.emisworkbench.workbook.Cell>> out = new ArrayList<>(rows.size());
        boolean changed = false;
        for (int r = 0; r < rows.size(); r++) {
            List<org.emisworkbench.workbook.Cell> row = rows.get(r);
            if (r >= HeaderLocator.SEARCH_ROWS) {
                out.add(row);
                continue;
            }
            List<org.emisworkbench.workbook.Cell> copy = new ArrayList<>(row.size());
            for (org.emisworkbench.workbook.Cell c : row) {
                String text = c.kind() == org.emisworkbench.workbook.CellKind.TEXT && c.text() != null
                        ? expandAbbreviations(c.text()) : c.text();
                changed |= text != null && !text.equals(c.text());
                copy.add(text == null || text.equals(c.text()) ? c
                        : new org.emisworkbench.workbook.Cell(c.row(), c.col(), c.kind(), text, c.number()));
            }
            out.add(copy);
        }
        return changed ? out : rows;
    }

    /** Every word of the known headers, folded: what an abbreviation ("établ.") may stand for. */
    private static final Set<String> WORDS = words();

    private static Set<String> words() {
        Set<String> all = new java.util.TreeSet<>();
        List<String> texts = new ArrayList<>(KEY);
        for (Entry e : ENTRIES) {
            texts.addAll(e.headers());
            texts.addAll(e.patterns());
        }
        for (String[] w : TopicWords.WORDS) {
            texts.add(w[0]);
        }
        for (String t : texts) {
            for (String w : fold(t.replaceAll("\\{[a-z]+}", " ")).split(" ")) {
                if (w.length() > 3) {
                    all.add(w);
                }
            }
        }
        return all;
    }

    private static final java.util.regex.Pattern ABBREVIATED = java.util.regex.Pattern.compile("(\\p{L}{3,})\\.");

    /** Where the words of a database export's field name meet: {@code School|Name}, {@code EMIS|Code}, {@code _}. */
    private static final java.util.regex.Pattern RUN_TOGETHER = java.util.regex.Pattern.compile(
            "(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|_+");

    /**
     * The header written out: the words of a field name run together by a database export set apart
     * ({@code SchoolName}, {@code EMISCode}, {@code Year_Level}: {@code School Name}, {@code EMIS Code}, {@code Year
     * Level}), and each word cut short by a dot ({@code Code établ.}, {@code Nbre d'enseign.}) written out when
     * exactly one word of the known headers begins so; unchanged when none or several do ({@code No.}). Only a
     * header without spaces is set apart, so that {@code McKinley Primary} stays as written.
     */
    static String expandAbbreviations(String header) {
        if (header.strip().indexOf(' ') < 0) {
            header = RUN_TOGETHER.matcher(header.strip()).replaceAll(" ").strip();
        }
        java.util.regex.Matcher m = ABBREVIATED.matcher(header);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String prefix = fold(m.group(1));
            List<String> fits = WORDS.stream().filter(w -> w.startsWith(prefix) && w.length() > prefix.length())
                    .toList();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(fits.size() == 1 ? fits.get(0)
                    : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Guess fromMatch(HeaderMatcher.Match m, String sheetTopic, double literal, double family) {
        if (m == null) {
            return null;
        }
        if (m.column() == HeaderMatcher.KEY) {
            return new Guess(null, true, false, null, null, null, literal);
        }
        Entry e = ENTRIES.get(m.column());
        String field = e.generic() ? sheetTopic : e.field();
        return new Guess(field, false, e.total(), m.sex() != null ? m.sex() : e.sex(),
                m.grade() != null ? m.grade() : e.grade(), m.age(), e.patterns().isEmpty() ? literal : family);
    }

    /** Last resort: telling words anywhere in the header, with the sex if one word gives it. */
    private static Guess byWords(String folded) {
        List<String> words = List.of(folded.split(" "));
        Set<String> sexesSaid = new LinkedHashSet<>();
        for (String w : words) {
            String code = CodeLists.sexOfWord(w);
            if (code != null) {
                sexesSaid.add(code);
            }
        }
        String sex = sexesSaid.size() == 1 ? sexesSaid.iterator().next() : null;
        String field = null;
        if (has(folded, "qualif", "certified", "certificated", "licensed") && !has(folded, "non ", "unqualif", "sans ",
                "not ", "uncertif", "unlicens")) {
            field = "teachers.qualified";
        } else if (has(folded, "trained", "forme") && !has(folded, "non ", "untrained", "not ")) {
            field = "teachers.trained";
        } else if (has(folded, "teacher", "enseignant", "maitre") && !has(folded, "non ", "toilet", "latrine",
                "unqualif", "untrained", "uncertif", "unlicens", "not ", "sans ")) {
            // "Unqualified teachers F" is a part of the teachers, never their total (TeacherSumDrafter adds it in).
            field = "teachers.total";
        } else if (has(folded, "toilet", "latrine", "wc")) {
            field = has(folded, "girl", "fille") ? "facilities.toilets_girls"
                    : has(folded, "boy", "garcon") ? "facilities.toilets_boys"
                    : has(folded, "staff", "enseignant", "personnel", "teacher") ? "facilities.toilets_staff"
                    : has(folded, "access", "handicap") ? "facilities.toilets_accessible"
                    : has(folded, "mixed", "mixte") ? "facilities.toilets_mixed" : null;
            sex = null;
        } else if (has(folded, "classroom", "salle", "sala de aula", "salas de aula")) {
            // Rooms needing repair are still used (fair); unusable rooms are the poor ones (review 17).
            field = has(folded, "good", "bon", "bom", "boa") ? "classrooms.good" : has(folded, "fair", "moyen", "passable",
                    "repair", "repar", "rehabilit", "razoav") ? "classrooms.fair"
                    : has(folded, "poor", "bad", "mauvais", "unusable", "inutilis", "inutiliz", "mau ")
                    ? "classrooms.poor"
                    : has(folded, "temporar", "provisoire", "paillote") ? "classrooms.temporary"
                    : has(folded, "semi") ? "classrooms.semi_permanent"
                    : has(folded, "permanent", "en dur") ? "classrooms.permanent"
                    // "Classrooms", "Number of classrooms", "Salles de classe": all rooms, whatever their state.
                    : "classrooms.total";
            sex = null;
        } else if (has(folded, "handwash", "hand wash", "lave mains", "lavage des mains", "lavage mains")) {
            field = "facilities.handwashing";
            sex = null;
        } else if (has(folded, "internet")) {
            field = "facilities.internet";
            sex = null;
        } else if (has(folded, "computer", "ordinateur")) {
            field = "facilities.computers";
            sex = null;
        } else if (has(folded, "adapted", "adaptee", "adapte ", "ramp", "accessib")) {
            // Infrastructure or materials adapted to pupils with disabilities (accessible toilets are above).
            field = "facilities.adapted_infrastructure";
            sex = null;
        } else if (has(folded, "electric")) {
            field = "facilities.electricity";
            sex = null;
        } else if (has(folded, "drinking", "potable")) {
            field = "facilities.drinking_water";
            sex = null;
        } else if (has(folded, "school name", "nom de l ecole", "nom ecole", "nom de l etablissement")) {
            field = "school.name";
            sex = null;
        }
        if (field != null && field.startsWith("teachers.") && sex == null) {
            // A count by sex whose header names no sex is too loose a guess ("Head teacher phone").
            return null;
        }
        return field == null ? null : new Guess(field, false, false, sex, null, null, 0.5);
    }

    private static boolean has(String text, String... parts) {
        for (String p : parts) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static SheetSpec spec() {
        List<ColumnSpec> columns = new ArrayList<>();
        for (Entry e : ENTRIES) {
            columns.add(new ColumnSpec(withFolded(e.headers()), withFolded(e.patterns()), e.total() ? null : e.field(),
                    e.sex(), e.grade(), null, e.total() ? e.field() : null, null));
        }
        return new SheetSpec(List.of("*"), false, null, withFolded(KEY), null, columns, null, null, null);
    }

    static List<String> withFolded(List<String> texts) {
        Set<String> all = new LinkedHashSet<>(texts);
        for (String t : texts) {
            String f = fold(t);
            if (!f.isEmpty()) {
                all.add(f);
            }
        }
        return List.copyOf(all);
    }

    private static List<Entry> entries() {
        List<Entry> e = new ArrayList<>();
        plain(e, "school.name", "School name", "Name of school", "Name", "School", "Nom de l'école", "Nom école",
                "Nom", "École", "Établissement", "Nom de l'établissement", "Nom établissement", "Nom de l'etablissement",
                "Nome da escola", "Nome escola", "Nome", "Escola", "Nama sekolah",
                "Nombre de la escuela", "Nombre de escuela", "Nombre de la institución",
                "Nombre de la institución educativa", "Nombre del establecimiento", "Nombre del centro", "Escuela",
                // Arabic (review 32 B1): the name of the établissement, of the school.
                "اسم المؤسسة", "اسم المدرسة",
                // Nepali and Khmer (issue #11): the school's name, विद्यालयको नाम, ឈ្មោះសាលា.
                "विद्यालयको नाम", "विद्यालय नाम", "ឈ្មោះសាលា", "ឈ្មោះ សាលា",
                // Vietnamese, Lao and Bengali (review 33): tên trường, ຊື່ໂຮງຮຽນ, বিদ্যালয়ের নাম.
                "Tên trường", "ຊື່ໂຮງຮຽນ", "ຊື່ ໂຮງຮຽນ", "বিদ্যালয়ের নাম", "বিদ্যালয় নাম",
                // Dari and Amharic (review 34): نام مکتب, the school's name; የትምህርት ቤት ስም.
                "نام مکتب", "اسم مکتب", "የትምህርት ቤት ስም", "የትምህርት ቤቱ ስም",
                "Institución educativa", "Centro educativo", "Nombre del centro educativo", "Centro escolar",
                // Not "Nombre" alone: in French it is "number" (Nombre | 12 under Nouveaux inscrits).
                // The school's name in a DHIS2 export: the organisation unit's name beside its uid or code.
                "orgunitname", "Org unit name", "ouname", "OU name", "Organisation unit name",
                "Organization unit name", "Organisationunitname", "Organizationunitname",
                "Nom de l'unité d'organisation", "Nom unité d'organisation", "Nome da unidade organizacional",
                "Nome unidade organizacional");
        plain(e, "school.district", "District", "District code", "Code district", "Code du district",
                "Circonscription", "Département", "Inspection", "IEPP", "Sous-préfecture", "Distrito",
                "Código do distrito",
                // The Portuguese-speaking district: Angola's município (province › município › comuna), Portugal's
                // and Cape Verde's concelho (review 25, F10.6).
                "Município", "Código do município", "Concelho", "Código do concelho",
                // The education district under its national names: CEB (Burkina Faso), IEF (Senegal), IEP and
                // IPD (several francophone systems), SDEJT (Mozambique's district education service).
                "CEB", "Circonscription d'éducation de base", "IEF", "Inspection de l'éducation et de la formation",
                "IEP", "Inspection de l'enseignement primaire", "IPD", "Inspection pédagogique", "SDEJT",
                // The district under other national names: Ethiopia's woreda (review 27, F11), Kenya's and Uganda's
                // sub-county, Nigeria's local government area, Bangladesh's upazila, Pakistan's and India's tehsil.
                "Woreda", "Woreda code", "Sub-county", "Sub county", "Subcounty", "LGA", "Local government area",
                "Upazila", "Tehsil",
                // Myanmar's township (မြို့နယ်), whose township education office is the education district (review 32
                // B2), in English and Burmese.
                "Township", "Township code", "Township ID", "မြို့နယ်", "မြို့နယ်ကုဒ်",
                // Arabic (review 32 B1): Morocco's provincial directorate of education (المديرية الإقليمية, the
                // district under the regional academy), also written without its adjective or by its old name.
                "المديرية الإقليمية", "المديرية", "النيابة", "النيابة الإقليمية",
                // Nepali जिल्ला and Khmer ស្រុក, the district (issue #11).
                "जिल्ला", "ស្រុក",
                // Vietnamese huyện, Lao ເມືອງ and Bangladesh's upazila in Bengali, উপজেলা (review 33).
                "Huyện", "ເມືອງ", "উপজেলা",
                // Dari ولسوالی (Afghanistan's district) and Amharic ወረዳ (Ethiopia's woreda), review 34.
                "ولسوالی", "ወረዳ");
        plain(e, "school.district_name", "District name", "Nom du district", "Nom de la circonscription",
                "Nome do distrito", "Township name", "မြို့နယ်အမည်");
        plain(e, "school.region", "Region", "Région", "Province", "Regional office", "Académie", "DREN", "Província",
                "Island", "Island group",
                // Arabic (review 32 B1): Morocco's regional academy of education and training (AREF), the region.
                "الأكاديمية الجهوية", "الأكاديمية", "الجهة",
                // Nepali प्रदेश and Khmer ខេត្ត, the province (issue #11).
                "प्रदेश", "ខេត្ត",
                // Vietnamese tỉnh and Lao ແຂວງ, the province (review 33).
                "Tỉnh", "ແຂວງ",
                // Dari ولایت, Afghanistan's province (review 34).
                "ولایت");
        plain(e, "school.ownership", "Ownership", "Owner", "Authority", "Managing authority", "Education authority", "Management",
                "Proprietor", "Statut", "Statut de l'école", "Secteur", "Public/privé", "Propriétaire", "Gestion",
                "Natureza", "Tutela", "Público/privado");
        plain(e, "school.locality", "Locality", "Location", "Urban/rural", "Urban or rural", "Milieu", "Zone",
                "Urbain/rural", "Localité", "Milieu d'implantation", "Meio", "Urbano/rural", "Localização", "Zona", "Zona urbana/rural");
        plain(e, "school.level", "Level", "School level", "Levels offered", "Niveau", "Niveau d'enseignement",
                "Ordre d'enseignement", "Cycle", "Nível", "Nível de ensino");
        plain(e, "school.latitude", "Latitude", "Lat");
        plain(e, "school.longitude", "Longitude", "Long", "Lon");
        plain(e, "school.status", "Status", "School status", "Operational status", "État", "Fonctionnement");
        e.add(new Entry(GENERIC_GRADED, List.of(), List.of("{grade} {sex}", "{sex} {grade}", "{grade}{sex}"),
                null, true));
        // Totals by sex of the sheet's graded topic: compared with the columns they add up, never stored.
        e.add(new Entry(GENERIC_GRADED, List.of(), List.of("Total {sex}", "{sex} total", "Total enrolment {sex}",
                "Total effectif {sex}", "Total effectifs {sex}", "Total élèves {sex}", "Total repeaters {sex}",
                "Total redoublants {sex}", "Total alunos {sex}", "Total matrícula {sex}", "Total repetentes {sex}",
                "Alunos total {sex}",
                // Bahasa Indonesia's jumlah (Dapodik's "Jumlah L | P | Total").
                "Jumlah {sex}"), null, true, true));
        // Totals of both sexes, per grade or of the whole sheet: checks too, kept by the drafter only where the
        // girls' and boys' columns they add up are on the sheet (TemplateDrafter.bothSexesTotals).
        e.add(new Entry(GENERIC_GRADED, List.of(), List.of("{grade} Total", "{grade} T", "Total {grade}", "{grade} HM",
                "{grade} H+M"), null,
                true, true));
        e.add(new Entry(GENERIC_GRADED, List.of("Total", "Totals", "Grand total", "Overall total", "Total général",
                "Totaux", "Total enrolment", "Total pupils", "Total élèves", "Total effectif", "Total effectifs",
                "Effectif total", "Ensemble", "Total (B+G)", "Total (G+B)", "Total (M+F)", "Total (F+M)",
                "Total (G+F)", "Total alunos", "Total geral", "HM", "Total HM", "Jumlah", "Jumlah Total"), List.of(), null,
                true, true));
        bySex(e, "teachers.total", "Teachers", "Total teachers", "Teaching staff", "Enseignants", "Total enseignants",
                "Nombre d'enseignants", "Maîtres", "Personnel enseignant", "Professores", "Docentes",
                "Número de professores", "Número de docentes", "Maestros", "Profesores",
                // Arabic (review 32 B1): the teachers of a primary school (الأساتذة, المدرسون, المعلمون).
                "الأساتذة", "عدد الأساتذة", "المدرسون", "المدرسين", "عدد المدرسين", "المعلمون", "المعلمين",
                "عدد المعلمين", "هيئة التدريس",
                // Nepali and Khmer (issue #11): teachers, शिक्षक, គ្រូបង្រៀន.
                "शिक्षक", "शिक्षक संख्या", "គ្រូបង្រៀន", "ចំនួនគ្រូបង្រៀន",
                // Bengali (review 33): teachers, the number of teachers (শিক্ষক, শিক্ষকের সংখ্যা).
                "শিক্ষক", "শিক্ষকের সংখ্যা",
                // Dari (review 34): teachers, معلمین, استادان (Afghanistan's forms).
                "معلمین", "استادان", "تعداد معلمین");
        // The teachers' word alone ("Teachers", "Enseignants", "Professores") is the teachers of both sexes, as
        // "Total" is the pupils': a check beside both sexes, the other sex by difference beside one (decision
        // 0044). Only the whole header: "Enseignants qualifiés" is a part of them, matched above or not at all.
        e.add(new Entry("teachers.total", List.of("Teachers", "Total teachers", "Number of teachers",
                "Teachers (total)", "Teachers total", "Teaching staff", "Enseignants", "Nombre d'enseignants", "Total enseignants", "Personnel enseignant",
                "Professores", "Número de professores", "Total professores", "Docentes", "Número de docentes",
                "Total docentes", "Maestros", "Profesores", "الأساتذة", "عدد الأساتذة", "المدرسون", "عدد المدرسين",
                "المعلمون", "عدد المعلمين", "शिक्षक", "शिक्षक संख्या", "គ្រូបង្រៀន", "ចំនួនគ្រូបង្រៀន", "শিক্ষক",
                "শিক্ষকের সংখ্যা", "معلمین", "استادان", "تعداد معلمین"), List.of(),
                null, false,
                true));
        e.add(new Entry("teachers.qualified", List.of("Enseignants qualifiés", "Professores qualificados",
                "Docentes titulados",
                "Total qualified teachers", "Qualified teachers", "Number of qualified teachers",
                "Nombre d'enseignants qualifiés", "Número de professores qualificados"), List.of(), null, false, true));
        // "Com formação pedagógica": the trained row of the Lusophone mapa's teachers (review 25).
        e.add(new Entry("teachers.trained", List.of("Trained teachers", "Total trained teachers",
                "Number of trained teachers", "Enseignants formés", "Professores formados", "Com formação pedagógica",
                "Com formação"),
                List.of(), null, false, true));
        // The feminine of the word says the sex: female teachers.
        e.add(new Entry("teachers.total", List.of("Enseignantes", "Nombre d'enseignantes", "Professoras",
                "Número de professoras"), List.of(), null, false, false, "F"));
        e.add(new Entry("teachers.qualified", List.of("Enseignantes qualifiées", "Professoras qualificadas"),
                List.of(), null, false, false, "F"));
        bySex(e, "teachers.qualified", "Qualified", "Qualified teachers", "Enseignants qualifiés", "Qualifiés",
                "Maîtres qualifiés", "Professores qualificados", "Qualificados",
                // Spanish: a titulado teacher holds the teaching degree (título pedagógico).
                "Titulados", "Docentes titulados");
        // Pacific and Anglophone returns say the same by certification or registration (review 21): a
        // certified, certificated or licensed teacher is a qualified one; the unnegated word only (TeacherSumDrafter
        // adds "Uncertified", "Non-certified", "Unlicensed" into the teachers' total).
        bySex(e, "teachers.qualified", "Certified", "Certified teachers", "Certificated", "Certificated teachers",
                "Licensed", "Licensed teachers");
        // "Com formação (pedagógica)" by sex: the trained row of a Mozambican Professores | H | M | HM table (review
        // 31 C3), its partner "Sem formação" the untrained (TeacherSumDrafter, FormCrossTabs add both).
        bySex(e, "teachers.trained", "Trained", "Trained teachers", "Enseignants formés", "Formés",
                "Maîtres formés", "Professores formados", "Formados", "Com formação", "Com formação pedagógica");
        bySex(e, "teachers.full_time", "Full time", "Full-time", "Full-time teachers", "Temps plein",
                "Enseignants à temps plein");
        bySex(e, "teachers.part_time", "Part time", "Part-time", "Part-time teachers", "Temps partiel",
                "Enseignants à temps partiel");
        bySex(e, "teachers.non_teaching", "Non-teaching staff", "Non teaching", "Support staff",
                "Personnel non enseignant");
        plain(e, "classrooms.total", "Classrooms", "Number of classrooms", "Total classrooms", "Classrooms total",
                "No. of classrooms", "Salles de classe", "Nombre de salles de classe", "Nombre de salles",
                "Total salles de classe", "Salas de aula", "Número de salas de aula", "Total salas de aula",
                // Arabic (review 32 B1): Morocco's classrooms (الحجرات, القاعات), "number of" them.
                "الحجرات", "عدد الحجرات", "حجرات الدراسة", "القاعات", "عدد القاعات", "قاعات الدراسة",
                "الحجرات الدراسية", "القاعات الدراسية", "الفصول", "عدد الفصول",
                // Dari (review 34): the number of classrooms, تعداد صنوف درسی.
                "تعداد صنوف درسی", "صنوف درسی", "تعداد صنف های درسی");
        plain(e, "classrooms.good", "Good", "Good condition", "Classrooms good", "Classrooms in good condition",
                "Good classrooms", "Bon état", "Bon", "Salles de classe en bon état", "Salles en bon état",
                "Salles de classe bon", "Salles de classe bon état", "Salas de aula em bom estado",
                "Salas em bom estado", "Bom estado", "Bom", "Boa", "Boas", "Bons", "Em bom estado", "Bonne",
                "Bonnes", "Bonnes salles");
        plain(e, "classrooms.fair", "Fair", "Fair condition", "Classrooms fair", "Classrooms in fair condition",
                "État moyen", "Moyen", "Passable", "Salles de classe en état moyen", "Salles de classe moyen",
                "Salles de classe passable", "Salas de aula em estado razoável", "Salas de aula razoáveis",
                "Estado razoável", "Needs repair", "Need repair", "Needing repair", "In need of repair",
                "Requires repair", "À réhabiliter", "À réparer", "À rénover", "Precisa reparação",
                "Precisa de reparação", "Precisam de reparação", "Necessita reparação");
        plain(e, "classrooms.poor", "Poor", "Bad", "Poor condition", "Classrooms poor",
                "Classrooms in poor condition", "Mauvais état", "Mauvais", "Salles de classe en mauvais état",
                "Salles de classe mauvais", "Salles de classe mauvais état", "Salas de aula em mau estado",
                "Salas em mau estado", "Mau estado", "Unusable", "Not usable", "Inutilisable", "Inutilisables",
                "Inutilizável", "Inutilizáveis");
        plain(e, "classrooms.permanent", "Permanent", "Permanent classrooms", "Salles permanentes",
                "Salles en dur", "En dur", "Salles de classe en dur", "Salas de aula convencionais",
                "Salas de aula permanentes", "Salas convencionais");
        plain(e, "classrooms.semi_permanent", "Semi-permanent", "Semi permanent", "Semi-permanent classrooms",
                "Semi-dur", "Salles semi-permanentes", "Salles de classe semi-dur");
        plain(e, "classrooms.temporary", "Temporary", "Temporary classrooms", "Salles provisoires", "Provisoire",
                "Abris provisoires", "Salles de classe provisoires", "Paillote", "Paillotes", "En paillote",
                "Salles en paillote", "Abris en paillote", "Salas de aula precárias",
                "Salas de aula provisórias", "Salas precárias");
        plain(e, "facilities.electricity", "Electricity", "Has electricity", "Power", "Électricité",
                "Accès à l'électricité", "Courant électrique", "Electricidade", "Energia eléctrica",
                "Energia elétrica");
        plain(e, "facilities.drinking_water", "Drinking water", "Water", "Safe drinking water", "Eau potable", "Eau",
                "Point d'eau", "Accès à l'eau potable", "Basic drinking water", "Eau potable de base", "Água potável", "Água");
        plain(e, "facilities.handwashing", "Handwashing", "Hand washing", "Handwashing facilities", "Lave-mains",
                "Dispositif de lavage des mains", "Basic handwashing", "Handwashing with soap",
                "Handwashing with soap and water", "Handwashing station", "Lavage des mains", "Point de lavage des mains",
                "Lave-mains avec savon", "Dispositif de lavage des mains avec eau et savon");
        plain(e, "facilities.internet", "Internet", "Internet access", "Internet for teaching",
                "Internet for pedagogical purposes", "Internet for learning", "Accès à internet",
                "Internet pour l'enseignement", "Internet à usage pédagogique", "Connexion internet");
        plain(e, "facilities.computers", "Computers", "Computers for teaching",
                "Computers for pedagogical purposes", "Computers for learning", "Ordinateurs",
                "Ordinateurs pour l'enseignement", "Ordinateurs à usage pédagogique", "Ordinateurs pour les élèves");
        plain(e, "facilities.adapted_infrastructure", "Adapted infrastructure", "Accessible infrastructure",
                "Adapted infrastructure for disabilities", "Ramps", "Infrastructure adapted to pupils with disabilities",
                "Infrastructure and materials adapted to pupils with disabilities", "Adapted materials",
                "Infrastructure adaptée", "Infrastructures adaptées", "Rampes d'accès",
                "Infrastructures adaptées aux élèves handicapés",
                "Infrastructures et matériels adaptés aux élèves handicapés", "Matériel adapté");
        plain(e, "facilities.toilets_girls", "Toilets girls", "Girls toilets", "Girls' toilets", "Toilets for girls",
                "Latrines girls", "Toilettes filles", "Latrines filles", "Latrines pour filles",
                "Casas de banho raparigas", "Latrinas raparigas", "Latrinas meninas");
        plain(e, "facilities.toilets_boys", "Toilets boys", "Boys toilets", "Boys' toilets", "Toilets for boys",
                "Latrines boys", "Toilettes garçons", "Latrines garçons", "Latrines pour garçons",
                "Casas de banho rapazes", "Latrinas rapazes", "Latrinas meninos");
        plain(e, "facilities.toilets_mixed", "Mixed toilets", "Toilets mixed", "Toilettes mixtes", "Latrines mixtes");
        plain(e, "facilities.toilets_staff", "Staff toilets", "Toilets staff", "Toilets for staff",
                "Toilettes enseignants", "Latrines enseignants", "Latrines du personnel");
        plain(e, "facilities.toilets_accessible", "Accessible toilets", "Toilets accessible",
                "Toilettes accessibles", "Latrines accessibles");
        return List.copyOf(e);
    }

    private static void plain(List<Entry> e, String field, String... headers) {
        e.add(new Entry(field, List.of(headers), List.of(), null, false));
    }

    private static void bySex(List<Entry> e, String field, String... words) {
        List<String> patterns = new ArrayList<>();
        for (String w : words) {
            patterns.add(w + " {sex}");
            patterns.add("{sex} " + w);
        }
        e.add(new Entry(field, List.of(), patterns, null, false));
    }
}
