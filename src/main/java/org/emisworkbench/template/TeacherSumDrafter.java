package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drafts {@code teachers.total} as a sum when a return gives teachers only split by qualification or
 * training: {@code Trained M} beside {@code Untrained M}, {@code Qualified F} beside {@code Unqualified F},
 * {@code Enseignants formés H} beside {@code Enseignants non formés H}. The qualified (trained) column is
 * guessed as its own field; its partner with a negation is left unguessed. Given for both sexes together
 * ({@code Qualified teachers | Unqualified teachers}, {@code "sex": "both"}), so is their sum. Without the sum, pupil-teacher
 * ratio and every teacher rule would be "not available" on such a return (issue #11, item 2).
 */
final class TeacherSumDrafter {
    private static final Set<String> SPLIT_FIELDS = Set.of("teachers.qualified", "teachers.trained");
    /**
     * Words that negate the qualification word they stand before, as written at the start of a word in a
     * folded header (punctuation folded to spaces: "non-qualifiés" reads "non qualifies").
     */
    private static final List<String> NEGATIONS = List.of("un", "non ", "not ", "sans ", "nao ");

    private TeacherSumDrafter() {
    }

    /**
     * Words naming a level of teacher qualification (folded), a column per level as Pacific and Anglophone
     * returns give them ({@code Certificate M | Diploma M | Degree M | Untrained M}).
     */
    private static final Set<String> LEVELS = Set.of("certificate", "certificates", "diploma", "diplomas", "degree",
            "degrees", "bachelor", "bachelors", "master", "masters", "phd", "doctorate", "certificat", "diplome",
            "licence", "maitrise", "doctorat", "certificado", "licenciatura", "bacharelato", "mestrado",
            "doutoramento", "graduate", "graduates", "licensed", "licenced",
            // Ethiopia's levels as its forms abbreviate them, BA/BSc and MA/MSc (folded "ba bsc"), and in Amharic:
            // ዲፕሎማ (diploma), ዲግሪ (degree), ማስተርስ (masters); review 34.
            "ba", "bsc", "ma", "msc", "ዲፕሎማ", "ዲግሪ", "ማስተርስ");
    /** Headers (folded) of the teachers without training or qualification beside the levels, and what the levels are. */
    private static final List<String[]> WITHOUT = List.of(new String[] {"untrained", "teachers.trained"},
            new String[] {"not trained", "teachers.trained"}, new String[] {"non formes", "teachers.trained"},
            new String[] {"sans formation", "teachers.trained"}, new String[] {"sem formacao", "teachers.trained"},
            new String[] {"nao formados", "teachers.trained"}, new String[] {"unqualified", "teachers.qualified"},
            new String[] {"not qualified", "teachers.qualified"}, new String[] {"non qualifies", "teachers.qualified"},
            new String[] {"sans qualification", "teachers.qualified"},
            new String[] {"nao qualificados", "teachers.qualified"},
            // Certified teachers are the qualified ones (section 10 of templates.md), beside the uncertified.
            new String[] {"uncertified", "teachers.qualified"}, new String[] {"non certified", "teachers.qualified"},
            new String[] {"not certified", "teachers.qualified"});

    /**
     * A teacher's position with its rank, once its sex word is taken off and folded: the Philippines' DepEd {@code
     * Teacher I}, {@code Teacher II}, {@code Teacher III}, {@code Master Teacher I}, {@code Head Teacher III} (review
     * 33 style 1). Every teacher holds one position, so the teachers of a sex are the sum of the positions.
     */
    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile(
            "(?:(?:master|head|senior|principal) )?teachers? (?:[ivx]{1,4}|[1-9])");

    /**
     * Teachers of one sex given by position ({@code Teacher I Male | Teacher II Male | Master Teacher I Male}, two
     * positions or more): drafted as a sum into {@code teachers.total}, as levels of qualification are ({@link
     * #byLevel}); the one position the vocabulary guessed as the teachers ({@code Teacher I}) is then read only in
     * the sum. {@code columns} as they come out, with the sums added to {@code sums}.
     */
    static List<ColumnMapping> byPosition(List<ColumnMapping> columns, List<SumMapping> sums) {
        List<ColumnMapping> out = new ArrayList<>(columns);
        for (String sex : List.of("F", "M")) {
            List<ColumnMapping> positions = columns.stream().filter(c -> c.header() != null && !c.key() && !c.total()
                    && !c.leftOut() && (c.field() == null || "teachers.total".equals(c.field()))
                    && sex.equals(sexOf(c.header())) && POSITION.matcher(withoutLastWord(c.header())).matches())
                    .toList();
            if (positions.size() < 2 || sums.stream().anyMatch(s -> "teachers.total".equals(s.field())
                    && sex.equals(s.sex()))) {
                continue;
            }
            sums.add(new SumMapping("teachers.total", sex, positions.stream().map(c -> oneLine(c.header())).toList()));
            for (ColumnMapping c : positions) {
                out.set(out.indexOf(c), ColumnMapping.unread(c.col(), c.header()));
            }
        }
        return out;
    }

    /**
     * A sheet whose figures are all teachers' ({@code Teacher I M | … | Total M}, {@code Qualifiés H | Non qualifiés
     * H | Total H}): its totals of a sex are the teachers' total, {@code "total": "teachers.total"}, not the pupils'
     * the vocabulary guesses for a bare {@code Total} (review 33 styles 1 and 5). Only where nothing on the sheet
     * reads a pupils' figure and something reads the teachers.
     */
    static List<ColumnMapping> totalsOfTeachers(List<ColumnMapping> columns, List<SumMapping> sums) {
        boolean teachers = sums.stream().anyMatch(s -> s.field().startsWith("teachers."))
                || columns.stream().anyMatch(c -> !c.total() && c.field() != null && c.field().startsWith("teachers."));
        boolean pupils = sums.stream().anyMatch(s -> !s.field().startsWith("teachers.")
                && !s.field().startsWith("school.")) || columns.stream().anyMatch(c -> !c.total() && c.field() != null
                && !c.field().startsWith("teachers.") && !c.field().startsWith("school."));
        if (!teachers || pupils) {
            return columns;
        }
        List<ColumnMapping> out = new ArrayList<>(columns);
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping c = out.get(i);
            if (c.total() && "enrolment".equals(c.field()) && c.grade() == null && c.age() == null) {
                out.set(i, new ColumnMapping(c.col(), c.header(), "teachers.total", false, true, c.sex(), null, null,
                        null, c.confidence()));
            }
        }
        return out;
    }

    /** A header without its last word ({@code Teacher II} of {@code Teacher II Male}), folded. */
    private static String withoutLastWord(String header) {
        String f = HeaderText.fold(header);
        int space = f.lastIndexOf(' ');
        return space < 0 ? "" : f.substring(0, space);
    }

    /** The sums to add to a sheet whose columns were guessed as {@code columns}; empty when none fits. */
    static List<SumMapping> guess(List<ColumnMapping> columns) {
        List<SumMapping> sums = new ArrayList<>();
        // "both": Qualified teachers | Unqualified teachers, no sex anywhere (decision 0058).
        for (String sex : List.of("F", "M", org.emisworkbench.model.Sex.BOTH_TOGETHER)) {
            boolean totalGiven = columns.stream().anyMatch(c -> "teachers.total".equals(c.field()) && !c.total()
                    && sex.equals(c.sex()) && c.grade() == null && c.age() == null);
            if (totalGiven || org.emisworkbench.model.Sex.BOTH_TOGETHER.equals(sex) && (!sums.isEmpty()
                    || columns.stream().anyMatch(c -> "teachers.total".equals(c.field()) && !c.total()))) {
                continue;
            }
            if (byLevel(columns, sex, sums)) {
                continue;
            }
            for (ColumnMapping q : columns) {
                if (q.field() == null || !SPLIT_FIELDS.contains(q.field()) || q.total() || !sex.equals(q.sex())) {
                    continue;
                }
                ColumnMapping partner = partner(columns, q);
                if (partner != null) {
                    sums.add(new SumMapping("teachers.total", sex, List.of(oneLine(q.header()),
                            oneLine(partner.header()))));
                    break;
                }
            }
        }
        return sums;
    }

    /**
     * A {@code Total} beside teachers split by qualification ({@code Qualified F | Qualified M | Unqualified F |
     * Unqualified M | Total}) adds up every teacher: once both sexes' {@code teachers.total} are drafted as sums,
     * it is their total for both sexes ({@code "total": "teachers.total"}), compared on every row and never stored.
     * Only when every other column is read, left out or added into those sums: else it may add something more.
     *
     * @param bothSexesTotal whether an unread header names a total of both sexes ({@code Total}, {@code Total
     *                       général})
     */
    static List<ColumnMapping> withTotalOfSums(List<ColumnMapping> columns, List<SumMapping> sums,
                                               java.util.function.Predicate<String> bothSexesTotal) {
        Set<String> parts = new java.util.HashSet<>();
        Set<String> sexes = new java.util.HashSet<>();
        for (SumMapping s : sums) {
            if ("teachers.total".equals(s.field())) {
                sexes.add(s.sex());
                s.headers().forEach(h -> parts.add(oneLine(h)));
            }
        }
        if (sexes.size() < 2) {
            return columns;
        }
        ColumnMapping total = null;
        for (ColumnMapping c : columns) {
            if (c.reads() || c.key() || c.leftOut() || parts.contains(oneLine(c.header()))) {
                continue;
            }
            if (total != null || !bothSexesTotal.test(c.header())) {
                return columns;
            }
            total = c;
        }
        if (total == null) {
            return columns;
        }
        List<ColumnMapping> out = new ArrayList<>(columns);
        out.set(out.indexOf(total), new ColumnMapping(total.col(), total.header(), "teachers.total", false, true, null,
                null, null, null, 0.8));
        return out;
    }

    /**
     * Teachers of one sex given per qualification level beside those without ({@code Certificate M | Diploma M |
     * Degree M | Untrained M}): {@code teachers.total} is the sum of them all, and the trained (or qualified, as
     * the column without says) teachers the sum of the levels. False when the sheet is not so.
     */
    private static boolean byLevel(List<ColumnMapping> columns, String sex, List<SumMapping> sums) {
        List<String> levels = new ArrayList<>();
        String without = null;
        String field = null;
        for (ColumnMapping c : columns) {
            if (c.reads() || c.leftOut() || c.header() == null || !sex.equals(sexOf(c.header()))) {
                continue;
            }
            String f = " " + HeaderText.fold(c.header()) + " ";
            String[] w = WITHOUT.stream().filter(x -> f.contains(" " + x[0] + " ")).findFirst().orElse(null);
            if (w != null) {
                if (without != null) {
                    return false;
                }
                without = oneLine(c.header());
                field = w[1];
            } else if (java.util.Arrays.stream(f.strip().split(" ")).anyMatch(LEVELS::contains)) {
                levels.add(oneLine(c.header()));
            }
        }
        String levelsField = field;
        if (without == null && levels.size() >= 2) {
            // "Graduate M | Diploma M | Licensed M" (Uganda): every teacher has one level, none is said to be
            // without; the teachers are their sum. Which levels are qualified is the country's to say: not guessed.
            sums.add(new SumMapping("teachers.total", sex, levels));
            return true;
        }
        if (levels.isEmpty() || without == null || columns.stream().anyMatch(c -> levelsField.equals(c.field())
                && sex.equals(c.sex()))) {
            return false;
        }
        List<String> all = new ArrayList<>(levels);
        all.add(without);
        sums.add(new SumMapping("teachers.total", sex, all));
        sums.add(new SumMapping(field, sex, levels));
        return true;
    }

    /**
     * The columns with a {@code Licensed M} guessed as qualified teachers left unread where other levels of the same
     * sex stand beside it unread ({@code Graduate M | Diploma M | Licensed M}): there it is one level among others
     * (in Uganda the teachers licensed without a teaching qualification), added into the teachers by {@link #guess},
     * not the qualified teachers alone.
     */
    static List<ColumnMapping> licensedAmongLevels(List<ColumnMapping> columns) {
        List<ColumnMapping> out = new ArrayList<>(columns);
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping c = out.get(i);
            String f = " " + HeaderText.fold(c.header() == null ? "" : c.header()) + " ";
            String sex = c.header() == null ? null : sexOf(c.header());
            if (!"teachers.qualified".equals(c.field()) || c.total() || sex == null || !(f.contains(" licensed ")
                    || f.contains(" licenced "))) {
                continue;
            }
            boolean others = columns.stream().anyMatch(o -> !o.reads() && !o.leftOut() && o.header() != null
                    && sex.equals(sexOf(o.header())) && java.util.Arrays.stream(HeaderText.fold(o.header())
                    .split(" ")).anyMatch(LEVELS::contains));
            if (others) {
                out.set(i, ColumnMapping.unread(c.col(), c.header()));
            }
        }
        return out;
    }

    /**
     * True when a row's text names one level of teacher qualification, or the teachers without one: {@code Diploma},
     * {@code Degree}, {@code Certificate}, East Africa's teacher grades {@code Grade A}, {@code Grade B} (a letter,
     * never a school grade's number), {@code Untrained}, {@code Unqualified}.
     */
    static boolean isLevel(String text) {
        String f = " " + HeaderText.fold(text) + " ";
        return java.util.Arrays.stream(f.strip().split(" ")).anyMatch(LEVELS::contains)
                || f.matches(" grade [a-d] ") || WITHOUT.stream().anyMatch(x -> f.contains(" " + x[0] + " "));
    }

    /**
     * What the levels beside {@code text} are when it names the teachers without a level ({@code Untrained}:
     * {@code teachers.trained}; {@code Unqualified}, {@code Uncertified}: {@code teachers.qualified}), else null.
     */
    static String withoutLevel(String text) {
        String f = " " + HeaderText.fold(text) + " ";
        return WITHOUT.stream().filter(x -> f.contains(" " + x[0] + " ")).map(x -> x[1]).findFirst().orElse(null);
    }

    /** The sex a header's last word says ({@code Certificate M}, {@code Diploma Female}), or null. */
    private static String sexOf(String header) {
        String[] words = HeaderText.fold(header).split(" ");
        return words.length < 2 ? null : CodeLists.sexOfWord(words[words.length - 1]);
    }

    /** The unread column whose header is {@code q}'s with a negation before one of its words. */
    private static ColumnMapping partner(List<ColumnMapping> columns, ColumnMapping q) {
        String wanted = HeaderText.fold(q.header());
        for (ColumnMapping c : columns) {
            if (c.reads() || c.leftOut() || c.header() == null) {
                continue;
            }
            String h = HeaderText.fold(c.header());
            for (String neg : NEGATIONS) {
                for (int i = h.indexOf(neg); i >= 0; i = h.indexOf(neg, i + 1)) {
                    if ((i == 0 || h.charAt(i - 1) == ' ') && (h.substring(0, i) + h.substring(i + neg.length()))
                            .equals(wanted)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
