package org.emisworkbench.template;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A banner that states the census year after its words ({@code ANNUAL SCHOOL CENSUS 2024},
 * {@code Recensement scolaire 2023-2024}): the draft names its words as the year's label, so the year is
 * read from the workbook (CensusYears reads the year after its label in the same cell), not only from the
 * file's name, which a clerk may rename.
 */
final class DraftYearTitle {
    /**
     * Words (a dash or comma may stand between them: {@code QUESTIONNAIRE DE RENTRÉE - Année scolaire}, {@code
     * MINISTRY OF EDUCATION, HERITAGE AND ARTS - ANNUAL SCHOOL RETURN}), then a year or school year, at the end of
     * the cell or followed by a dash and the sheet's own words ({@code ANNUAL SCHOOL CENSUS 2024 — SCHOOL
     * IDENTIFICATION}, review 25). A title without a year ({@code TEACHERS BY CERTIFICATION AND SEX}) is no year label.
     */
    private static final Pattern TITLE = Pattern.compile(
            "^(\\p{L}[\\p{L}\\p{M} '’.,\\-–—]{2,}?)[\\s:：,\\-–—]+((?:SY)?(?:19|20)\\d{2}(?:\\s*[-/–]\\s*\\d{2,4})?)"
                    + "(?:\\s*[:：,\\-–—|(]\\s*\\p{L}[\\p{L}\\p{M} '’.,\\-–—)]*)?$",
            Pattern.CASE_INSENSITIVE);

    private DraftYearTitle() {
    }

    /** The words of the first banner cell stating a year that {@code years} reads, or empty. */
    static Optional<String> label(List<List<Cell>> rows, SchoolYears years) {
        return label(rows, years, words -> true);
    }

    /** The words of the first cell stating a year that {@code years} reads, the words such that {@code named}. */
    static Optional<String> label(List<List<Cell>> rows, SchoolYears years,
                                  java.util.function.Predicate<String> named) {
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() != CellKind.TEXT) {
                    continue;
                }
                // A year in other digits (QUESTIONNAIRE - Année scolaire ٢٠٢٤-٢٠٢٥, review 28) is that year: the
                // import's year label reads it so (YearParser), the title's words are the label either way.
                Matcher m = TITLE.matcher(org.emisworkbench.model.Digits.ascii(c.text()).strip());
                if (m.matches() && years.fromLabel(m.group(2)).isPresent() && named.test(m.group(1).strip())) {
                    return Optional.of(yearWords(m.group(1).strip()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The known year words ending a title's words ({@code Tahun Pelajaran} of {@code Rekap Peserta Didik SD - Kabupaten
     * Bogor - Tahun Pelajaran}, review 34), the longest of {@link FormDrafter#YEAR_LABELS}: the title's other words
     * name the district or the form, which another district's file of the same form does not share. The words as
     * they are when they end in no year word.
     */
    static String yearWords(String words) {
        for (int at = 0; at < words.length(); at++) {
            boolean wordStart = Character.isLetter(words.codePointAt(at))
                    && (at == 0 || !Character.isLetterOrDigit(words.codePointBefore(at)));
            // Two words at least (School year, Tahun Pelajaran): a lone Year or Ano would also label Year 1, Ano 1.
            String rest = words.substring(at);
            if (wordStart && at > 0 && rest.strip().contains(" ")
                    && FormDrafter.YEAR_LABELS.contains(HeaderText.fold(rest))) {
                return rest.strip();
            }
        }
        return words;
    }
}
