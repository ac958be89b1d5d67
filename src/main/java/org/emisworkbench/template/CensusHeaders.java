package org.emisworkbench.template;

import java.util.List;

/**
 * Whether a header or a label names census figures: the drafter's own vocabulary ({@link DraftVocabulary}),
 * so that "this looks like census data" means the same when drafting a template and when warning that an
 * import left figures unread. A phone, a year, a school code, a serial number or a ratio never does.
 */
public final class CensusHeaders {
    /**
     * Folded words that name a census topic or a sex when no field can be guessed from the text alone
     * ({@code Teachers} above {@code Female | Male}, {@code Filles} under a grade): English, French, Portuguese.
     */
    private static final List<String> TOPIC_WORDS = List.of("teacher", "teachers", "enseignant",
            "enseignants", "enseignantes", "maitres", "professores", "docentes", "pupils", "learners", "students",
            "eleves", "alunos", "enrolment", "enrollment", "effectif", "effectifs", "inscrits", "matricula",
            "classroom", "classrooms", "salles", "salas", "toilets", "latrines", "repeaters", "redoublants",
            "repetentes", "girls", "boys", "filles", "garcons", "female", "male", "females", "males", "women", "men",
            "femmes", "hommes", "raparigas", "rapazes", "feminino", "masculino", "qualified", "qualifies",
            "qualifiees", "trained", "desks", "benches", "tables bancs", "carteiras", "textbooks", "manuels",
            "livros");

    private CensusHeaders() {
    }

    /** Folded words of a label or header whose numbers are a year (opened, of the census), not counts. */
    private static final List<String> YEAR_WORDS = List.of("year", "years", "annee", "ano", "date");

    /**
     * True when the numbers under (or beside) this header are no census figures whatever the template says:
     * a phone, a remark, a ratio, a serial number, a school code or id, a year. Such a column left unread is
     * an unmatched column, never census data left unread.
     */
    public static boolean noFigures(String header) {
        return numbersBeside(header) != Numbers.FIGURES;
    }

    /** What the numbers beside a header or label are: figures, no figures, or no figures when they are years. */
    public enum Numbers { FIGURES, NO_FIGURES, NO_FIGURES_IF_YEARS }

    /**
     * What the numbers under (or beside) this header are ({@link #noFigures}), told apart further: {@link
     * Numbers#NO_FIGURES_IF_YEARS} when it is no figures only because it names a year while it may head counts, a
     * grade written as a year ({@code Year 1 / Yia 1}, a Pacific or British class) or last year's figures ({@code Last
     * year}, {@code Année précédente}): the numbers beside it are no census figures when they are years ({@code 2019}),
     * but counts are (review 30 B1). {@code Years of service}, {@code Year opened} stay no figures whatever they hold.
     */
    public static Numbers numbersBeside(String header) {
        if (header == null || header.isBlank()) {
            return Numbers.FIGURES;
        }
        if (DraftVocabulary.notCensus(header) || DraftVocabulary.serial(header)) {
            return Numbers.NO_FIGURES;
        }
        DraftVocabulary.Guess g = DraftVocabulary.guess(header, DraftVocabulary.GENERIC_GRADED);
        if (g != null) {
            return g.key() || g.field() != null && g.field().startsWith("school.") ? Numbers.NO_FIGURES
                    : Numbers.FIGURES;
        }
        String folded = " " + DraftVocabulary.fold(header) + " ";
        if (YEAR_WORDS.stream().noneMatch(w -> folded.contains(" " + w + " "))) {
            return Numbers.FIGURES;
        }
        return CodeLists.builtIn().require("grade").code(header) != null
                || EARLIER_YEAR_WORDS.stream().anyMatch(w -> folded.contains(" " + w + " "))
                ? Numbers.NO_FIGURES_IF_YEARS : Numbers.NO_FIGURES;
    }

    /** Words saying a year before the census year, folded: its figures are counts of that year. */
    private static final List<String> EARLIER_YEAR_WORDS = List.of("last", "previous", "prior", "precedente",
            "derniere", "anterior", "passado", "pasado");

    /** True when {@code text} names census figures (a field, a topic or a sex), false for anything else. */
    public static boolean census(String text) {
        if (text == null || text.isBlank() || DraftVocabulary.notCensus(text) || DraftVocabulary.serial(text)) {
            return false;
        }
        DraftVocabulary.Guess g = DraftVocabulary.guess(text, DraftVocabulary.GENERIC_GRADED);
        if (g != null) {
            return !g.key() && g.field() != null && !g.field().startsWith("school.");
        }
        if (TeacherStatusDrafter.names(text) || OfWhichLabels.partOf(text)) {
            return true; // teachers of a status (Titulaires H, Contractuels F); a count's part (Dont en bon état)
        }
        String folded = " " + DraftVocabulary.fold(text) + " ";
        for (String w : TOPIC_WORDS) {
            if (folded.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the numbers of a sheet no template reads are, for the line that says they were not read: counts (whole
     * numbers), money amounts, scores or percentages, or figures with decimals that no label names. A finance sheet
     * ({@code Teachers' salaries}) is money, never "census figures", though a census word stands in its header.
     */
    public enum Figures { COUNTS, MONEY, SCORES, DECIMALS }

    /**
     * Folded words saying the numbers beside them are money (English, French, Portuguese, Spanish) and currency
     * codes. {@code Grant} is not one: {@code Becas} (grants) counts the pupils who hold one.
     */
    private static final List<String> MONEY_WORDS = List.of("budget", "budgets", "spent", "spending", "expenditure",
            "expenditures", "expense", "expenses", "amount", "amounts", "cost", "costs", "salary", "salaries", "fee",
            "fees", "revenue", "revenues", "income", "funds", "funding", "finance", "finances", "allocation",
            "disbursed", "balance", "montant", "montants", "depense", "depenses", "cout", "couts", "recettes",
            "salaire", "salaires", "frais", "orcamento", "despesa", "despesas", "custo", "custos", "montante",
            "salario", "salarios", "receita", "receitas", "presupuesto", "gasto", "gastos", "monto", "importe",
            "usd", "eur", "gbp", "fcfa", "cfa", "xof", "xaf", "mzn", "aoa", "cve", "stn", "kes", "ugx", "tzs", "rwf",
            "etb", "ngn", "ghs", "zmw", "mwk",
            // A school's grants by name (Tanzania's capitation and development grants, review 32): money, where a
            // grant alone may count the pupils who hold one.
            "capitation", "capitation grant", "development grant", "school grant", "grant amount");

    /** Folded words saying the numbers beside them are scores, marks, rates, ratios or percentages (a pass rate). */
    private static final List<String> SCORE_WORDS = List.of("score", "scores", "mean", "average", "avg", "mark",
            "marks", "percent", "percentage", "pct", "rate", "rates", "moyenne", "moyennes", "taux", "pourcentage",
            "media", "medias", "nota", "notas", "taxa", "percentagem", "promedio", "puntaje", "puntuacion",
            "porcentaje", "tasa", "ratio", "ratios", "ptr", "pcr", "gpi");

    /** Currency signs, looked for in the text as written (folding drops them). */
    private static final String CURRENCY_SIGNS = "$€£¥₦₵₹";

    /**
     * What a number is, by the labels it stands under or beside (its column header first, then its row's label, then
     * the table's title: the first that names money or scores decides) and then by itself: a percentage sign makes
     * it a score, a whole number a count, anything else a figure with decimals.
     *
     * @param labels the texts naming the number, nearest first; null entries are skipped
     * @param shown  the number as the cell shows it ({@code 54.37}, {@code 62%})
     * @param whole  whether the number is a whole number
     */
    public static Figures figures(List<String> labels, String shown, boolean whole) {
        for (String label : labels) {
            if (label == null || label.isBlank()) {
                continue;
            }
            String folded = " " + DraftVocabulary.fold(label) + " ";
            if (label.chars().anyMatch(ch -> CURRENCY_SIGNS.indexOf(ch) >= 0)
                    || MONEY_WORDS.stream().anyMatch(w -> folded.contains(" " + w + " "))) {
                return Figures.MONEY;
            }
            if (label.contains("%") || SCORE_WORDS.stream().anyMatch(w -> folded.contains(" " + w + " "))) {
                return Figures.SCORES;
            }
        }
        if (shown != null && shown.contains("%")) {
            return Figures.SCORES;
        }
        return whole ? Figures.COUNTS : Figures.DECIMALS;
    }

    /**
     * Whether figures under these column headers and beside these row labels are counts of pupils by grade and sex
     * ({@code M | F} over rows {@code Grade 1 … Grade 3}): census data, though no header names a topic (the topic
     * is in a banner or title further up).
     */
    public static boolean gradesBySex(java.util.Collection<String> columns, java.util.Collection<String> rows) {
        return gradesBySex(CodeLists.merge(java.util.Map.of(), new java.util.ArrayList<>(), "census headers", null),
                columns, rows);
    }

    /**
     * The same with a template's code lists: its own grades ({@code 1º grado} under {@code Hombres | Mujeres}) make
     * a block of pupils by grade and sex as the built-in ones do (review 28, §10).
     */
    public static boolean gradesBySex(CodeLists lists, java.util.Collection<String> columns,
                                      java.util.Collection<String> rows) {
        return gradesBySex(lists, columns, rows, false);
    }

    /**
     * The same; with {@code gradeRowsAlone}, also rows that are every one a grade of {@code lists} (two or more),
     * whatever the columns say: a template's own grades ({@code 1º grado} … {@code 6º grado}) under sexes in a
     * language it has no words for ({@code Hombres | Mujeres}) are still pupils by grade, never dropped unsaid.
     */
    public static boolean gradesBySex(CodeLists lists, java.util.Collection<String> columns,
                                      java.util.Collection<String> rows, boolean gradeRowsAlone) {
        if (gradeRowsAlone && rows.size() >= 2 && !columns.isEmpty()
                && rows.stream().allMatch(h -> lists.require("grade").code(h) != null)) {
            return true;
        }
        CodeList sex = lists.require("sex");
        CodeList grade = lists.require("grade");
        return columns.stream().anyMatch(h -> sex.code(h) != null) && rows.stream().anyMatch(h -> grade.code(h) != null);
    }
}
