package org.emisworkbench.template;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a sheet's headers from the words census forms use (school, escola, école;
 * girls, raparigas, filles…), so that lone sex letters can be read as that language means them
 * ({@link SexLetters}). Letters themselves never vote: they are what is ambiguous.
 */
public final class HeaderLanguage {
    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("school", "code", "grade", "girls", "boys", "pupils", "learners", "teachers", "classrooms",
                    "repeaters", "enrolment", "enrollment", "name", "district", "region", "male", "female", "class",
                    "standard", "std", "qualified", "toilets", "electricity", "water", "new", "entrants", "good",
                    "fair", "poor", "ownership", "locality", "level"),
            "fr", Set.of("ecole", "eleves", "filles", "garcons", "enseignants", "salles", "redoublants", "effectifs",
                    "effectif", "nom", "cp1", "cp2", "ce1", "ce2", "cm1", "cm2", "circonscription", "departement",
                    "maitres", "qualifies", "etat", "bon", "mauvais", "statut", "milieu", "niveau", "inscrits",
                    "nouveaux", "latrines", "electricite", "eau", "potable", "annee", "scolaire", "de", "du", "des"),
            "pt", Set.of("escola", "codigo", "alunos", "matricula", "matriculados", "rapazes", "raparigas",
                    "meninos", "meninas", "homens", "mulheres", "professores", "docentes", "aula", "repetentes",
                    "distrito", "provincia", "nome", "ano", "anos", "da", "do", "dos", "das", "em", "estado",
                    "bom", "mau", "novos", "ingressos", "ensino", "nivel", "zona", "agua", "energia", "casas",
                    "banho", "qualificados", "formados", "masculino", "feminino", "sexo", "nascimento", "data", "aluno",
                    "turma", "situacao", "professor"),
            // Bahasa Indonesia (Dapodik exports): its L/P sex letters are read only when its words lead.
            "id", Set.of("sekolah", "nama", "kelas", "jumlah", "kabupaten", "kota", "kecamatan", "provinsi", "peserta",
                    "didik", "siswa", "guru", "laki", "perempuan", "negeri", "swasta", "npsn", "rombel", "tahun",
                    "ajaran", "semester", "rekapitulasi", "jenjang", "tanggal", "sumber"),
            // Spanish: only words Portuguese does not write alike (escuela, not escola; año folds to ano, lectivo and matriculados are Portuguese too).
            "es", Set.of("escuela", "nombre", "grado", "grados", "hombres", "mujeres", "varones", "ninos", "ninas",
                    "alumnos", "repitentes", "titulados", "institucion", "educativa", "maestros", "profesores", "aulas",
                    "el", "la", "los", "las", "del", "modular",
                    // A Central American national file's other sheets (review 31): exam results and school funds.
                    "evaluados", "aprobados", "reprobados", "desertores", "matematicas", "espanol", "mantenimiento",
                    "merienda", "establecimiento", "centros"));

    private HeaderLanguage() {
    }

    /**
     * {@code en}, {@code fr}, {@code pt}, {@code es} or {@code id}: the language most of the texts' distinct words belong
     * to; among languages tied on those, the one whose words occur most often (Código and Distrito are Portuguese words
     * too, Grado and del Spanish ones, but a header row says its grade word on every grade column: review 31); null
     * when none leads.
     */
    public static String guess(List<String> texts) {
        Map<String, Integer> distinct = new java.util.HashMap<>();
        Map<String, Integer> occurrences = new java.util.HashMap<>();
        Set<String> seen = new HashSet<>();
        for (String t : texts) {
            for (String w : HeaderText.fold(t).split(" ")) {
                if (w.length() < 2) {
                    continue;
                }
                boolean first = seen.add(w);
                WORDS.forEach((lang, words) -> {
                    if (words.contains(w)) {
                        occurrences.merge(lang, 1, Integer::sum);
                        distinct.merge(lang, first ? 1 : 0, Integer::sum);
                    }
                });
            }
        }
        java.util.Comparator<String> rank = java.util.Comparator.<String>comparingInt(distinct::get)
                .thenComparingInt(occurrences::get);
        String best = distinct.keySet().stream().max(rank).orElse(null);
        boolean tie = best != null && distinct.keySet().stream()
                .anyMatch(l -> !l.equals(best) && rank.compare(l, best) == 0);
        return tie ? null : best;
    }
}
