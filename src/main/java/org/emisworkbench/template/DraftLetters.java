package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * How a drafted template reads lone sex letters, from the language of the workbook's other headers
 * ({@link HeaderLanguage}) and the letters its headers use: a French workbook writing G beside F means
 * garçons; a Portuguese one writing H beside M means homens/mulheres (M female), and one writing F beside
 * M means feminino/masculino (M male), and one writing HM (homens e mulheres, the total) beside M means
 * mulheres; MF, the total of masculino and feminino ({@code MF | F}), says M is masculino as F beside it does. A
 * Portuguese M with neither H, F, MF nor HM beside it cannot be told and is never guessed.
 *
 * @param language the template's {@code language} to write, or null when the letters are English ones
 * @param mMale    true when M is masculino in a Portuguese workbook (written as the template's sex list)
 * @param mUnknown true when a Portuguese M stands alone: columns whose sex is M are left out
 */
record DraftLetters(String language, boolean mMale, boolean mUnknown) {
    private static final int ROWS = 20;

    static DraftLetters of(Collection<List<List<Cell>>> sheets) {
        List<String> texts = new ArrayList<>();
        Set<String> letters = new HashSet<>();
        for (List<List<Cell>> rows : sheets) {
            for (int r = 0; r < Math.min(ROWS, rows.size()); r++) {
                for (Cell c : rows.get(r)) {
                    if (c.kind() != CellKind.TEXT || c.isBlank()) {
                        continue;
                    }
                    texts.add(c.text());
                    for (String w : DraftVocabulary.fold(c.text()).split(" ")) {
                        if (w.length() == 1 && "fmhgblpv".contains(w) || w.equals("hm")) {
                            letters.add(w);
                        } else if (w.equals("mf") || w.equals("fm")) {
                            // MF (masculino e feminino, Angola's mapa: MF | F) is the total of the M and F letters:
                            // M is masculino there, as beside F (review 32: the draft wrote no language)
                            letters.add("m");
                            letters.add("f");
                        } else if (w.equals("laki") || w.equals("perempuan") || w.equals("hombres")
                                || w.equals("mujeres") || w.equals("varones")) {
                            // Laki-laki, Perempuan, Hombres, Mujeres, Varones written out: their letters as words,
                            // those words being read in their language only (SexLetters)
                            letters.add(w.substring(0, 1));
                        } else if (w.equals("ninos") || w.equals("ninas")) {
                            // Niños, Niñas (boys, girls) written out: read in Spanish only too, as hombres and mujeres
                            letters.add(w.equals("ninos") ? "h" : "m");
                        }
                    }
                }
            }
        }
        String lang = HeaderLanguage.guess(texts);
        SexLetters.Table table = SexLetters.table(lang);
        if (table == null || !letters.contains(table.sign())) {
            return new DraftLetters(null, false, false);
        }
        if (table.confirming().isEmpty() || table.confirming().stream().anyMatch(letters::contains)) {
            return new DraftLetters(lang, false, false);
        }
        // The sign alone: read as in English when an English letter stands beside it, else never guessed.
        return table.english().stream().anyMatch(letters::contains) ? new DraftLetters(lang, true, false)
                : new DraftLetters(lang, false, true);
    }

    /** The language whose sex letters the vocabulary reads headers with (null: English letters). */
    String matcherLanguage() {
        return mMale ? null : language;
    }

    /** True when the header's sex is a lone letter that cannot be told in this workbook. */
    boolean ambiguous(String header) {
        return mUnknown && SexLetters.hasLoneM(header);
    }
}
