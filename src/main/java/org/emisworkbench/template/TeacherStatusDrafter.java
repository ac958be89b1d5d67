package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drafts {@code teachers.total} as the sum of the teachers of each status when a return counts them only by status,
 * as French-speaking ministries do ({@code Titulaires H | Titulaires F | Suppléants H | … | Maîtres des parents F}),
 * or by employer as Kenya's do ({@code TSC male | TSC female | BOM male | BOM female}, review 20).
 * Status is no canonical field, so the statuses add up into the teachers of each sex: none is dropped, none read
 * alone as if it were all the teachers ({@code Maîtres des parents} would otherwise be guessed as the total, since
 * {@code maîtres} names teachers). With a total of teachers of that sex given beside them, nothing is summed: the
 * total is read as {@code teachers.total}, even when a status column naming teachers ({@code Enseignants titulaires
 * H}, {@code Maîtres des parents H}) stood before it and took its guess, and the statuses stay unread, reported.
 */
final class TeacherStatusDrafter {
    /** Words (folded) naming teachers of one status; a column needs one, then a sex as its last word. */
    private static final Set<String> STATUSES = Set.of("titulaire", "titulaires", "suppleant", "suppleants",
            "suppleante", "suppleantes", "contractuel", "contractuels", "contractuelle", "contractuelles", "volontaire",
            "volontaires", "vacataire", "vacataires", "auxiliaire", "auxiliaires", "benevole", "benevoles", "maitre des parents",
            "maitres des parents", "maitres communautaires", "enseignants communautaires", "fonctionnaires",
            "permanent teachers", "contract teachers", "volunteer teachers", "community teachers", "volunteers",
            // UDISE+ and its like (review 28 F9): Regular teachers beside Contract teachers is no total alone.
            "regular teachers", "contractual teachers", "temporary teachers", "para teachers", "parateachers",
            "guest teachers", "part time teachers", "sessional teachers",
            "efetivos", "contratados", "voluntarios");

    private TeacherStatusDrafter() {
    }

    /**
     * Adds to {@code sums} the teachers of each sex counted by status, and returns the columns with every status
     * column unguessed (it is part of the sum, not the total). Where a total of teachers of a sex stands beside
     * the statuses, that total is read as {@code teachers.total} and no status is.
     *
     * @param teachersSex the sex of the teachers a header names as all of them ({@code Enseignants H} gives
     *                    {@code M}), or null: for a total left unguessed because a status guessed first took its
     *                    place
     */
    static List<ColumnMapping> apply(List<ColumnMapping> columns, List<SumMapping> sums,
                                     java.util.function.Function<String, String> teachersSex) {
        List<ColumnMapping> out = new ArrayList<>(columns);
        for (String sex : List.of("F", "M")) {
            List<ColumnMapping> statuses = new ArrayList<>();
            ColumnMapping total = null;
            for (ColumnMapping c : columns) {
                boolean status = !c.key() && !c.leftOut() && !c.total() && sex.equals(sexOf(c.header()))
                        && names(c.header()) && (c.field() == null || "teachers.total".equals(c.field()));
                if (status) {
                    statuses.add(c);
                } else if (total == null && !c.key() && !c.leftOut() && !c.total()
                        && ("teachers.total".equals(c.field()) && sex.equals(c.sex())
                        || c.field() == null && c.header() != null && sex.equals(teachersSex.apply(c.header())))) {
                    total = c;
                }
            }
            if (total != null && !statuses.isEmpty()) {
                // The teachers of this sex are given: the total is read, the statuses are not (adding them would
                // count the teachers twice; reading one would take the total's place).
                if (total.field() == null) {
                    out.set(out.indexOf(total), new ColumnMapping(total.col(), total.header(), "teachers.total", false,
                            false, sex, null, null, null, 0.8));
                }
                for (ColumnMapping c : statuses) {
                    if (c.field() != null) {
                        out.set(out.indexOf(c), ColumnMapping.unread(c.col(), c.header()));
                    }
                }
                continue;
            }
            if (statuses.size() < 2 || total != null) {
                continue;
            }
            sums.add(new SumMapping("teachers.total", sex, statuses.stream().map(c -> oneLine(c.header())).toList()));
            for (ColumnMapping c : statuses) {
                out.set(out.indexOf(c), ColumnMapping.unread(c.col(), c.header()));
            }
        }
        return out;
    }

    /**
     * Folded words naming who employs or pays teachers, or on what terms, that make a status only when they are all
     * the header says besides the sex and a word for teachers ({@code TSC male}, {@code BOM female}, {@code Gov't
     * male}, {@code PTA female}, {@code Teachers Permanent F}): alone in a longer header they may be about pupils
     * or the school.
     */
    private static final Set<String> EMPLOYERS = Set.of("tsc", "bom", "pta", "sgb", "smc", "gov t", "govt", "gov",
            "government", "permanent", "contract", "contractual", "temporary", "volunteer", "volunteers",
            "community", "pta paid", "contratado", "efectivo", "efectivos", "eventual", "eventuais", "titular",
            "titulares");
    /** Folded words for teachers, set aside around an employer word ({@code Teachers Permanent F}). */
    private static final Set<String> TEACHER_WORDS = Set.of("teacher", "teachers", "enseignant", "enseignants",
            "maitre", "maitres", "professor", "professores", "docente", "docentes");
    /** Last words that are the sex of children ({@code Boys}, {@code Filles}): such a column is pupils. */
    private static final Set<String> CHILDREN = Set.of("b", "g", "boy", "boys", "girl", "girls", "garcon", "garcons",
            "fille", "filles", "rapaz", "rapazes", "rapariga", "raparigas", "menino", "meninos", "menina", "meninas");

    /** True when the header names a status of teachers. */
    static boolean names(String header) {
        String f = " " + HeaderText.fold(header) + " ";
        if (STATUSES.stream().anyMatch(w -> f.contains(" " + w + " "))) {
            return true;
        }
        // "TSC male", "Teachers Permanent F": an employer word, then the sex of adults, nothing else but teachers.
        String folded = f.strip();
        int cut = folded.lastIndexOf(' ');
        if (cut < 0 || CHILDREN.contains(folded.substring(cut + 1))) {
            return false;
        }
        String rest = " " + folded.substring(0, cut) + " ";
        for (String w : TEACHER_WORDS) {
            rest = rest.replace(" " + w + " ", " ");
        }
        return EMPLOYERS.contains(rest.strip());
    }

    /** The sex a header's last word says ({@code Titulaires H}), or null. */
    static String sexOf(String header) {
        String[] words = HeaderText.fold(header).split(" ");
        return words.length < 2 ? null : CodeLists.sexOfWord(words[words.length - 1]);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
