package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;

/**
 * The text a header of several rows is read as, when its cells are written in several languages (review 32): each
 * language's words joined with its own, a line of one more language stacked under a cell being one more side of it.
 */
class LanguageLinesOfHeaderRowsTest {
    /** Rows of text cells, each row's texts from column 0, null where blank. */
    private static List<List<Cell>> rows(String[]... rows) {
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    row.add(new Cell(r, c, CellKind.TEXT, rows[r][c], Double.NaN));
                }
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void aSinhalaLineOverTamilAndEnglishIsOneMoreSideOfTheSameWords() {
        List<List<Cell>> header = rows(
                new String[] {"පාසල් අංකය / பாடசாலை இலக்கம் / Census No.", "1 ශ්‍රේණිය / தரம் 1 / Grade 1", null},
                new String[] {null, "පිරිමි", "ගැහැණු"},
                new String[] {null, "ஆண் / Boys", "பெண் / Girls"});
        String[] texts = HeaderLocator.columnTexts(header, 0, 2);
        assertEquals("1 ශ්‍රේණිය පිරිමි / தரம் 1 ஆண் / Grade 1 Boys", texts[1]);
        assertEquals("1 ශ්‍රේණිය ගැහැණු / தரம் 1 பெண் / Grade 1 Girls", texts[2]);
        // The same words in one cell of three parts read alike.
        String[] oneCell = HeaderLocator.columnTexts(rows(
                new String[] {"Census No.", "1 ශ්‍රේණිය / தரம் 1 / Grade 1", null},
                new String[] {null, "පිරිමි / ஆண் / Boys", "ගැහැණු / பெண் / Girls"}), 0, 1);
        assertArrayEquals(new String[] {"Census No.", texts[1], texts[2]}, oneCell);
    }

    @Test
    void sidesGoTogetherByTheirScriptAndAHeadingInOneLanguageGoesWithEach() {
        // English first above, Amharic first below: each side joins the side in its own script.
        assertEquals("Grade 1 M / 1ኛ ክፍል ወንድ", HeaderLocator.joined("Grade 1 / 1ኛ ክፍል", "ወንድ / M", false));
        // Two sides in one script go together by their place, as before.
        assertEquals("Grade 1 Boys / Grade 1 Garçons", HeaderLocator.joined("Grade 1", "Boys / Garçons", true));
        // A heading carried over the columns it spans is never a language line: it goes with each side.
        assertEquals("1 ශ්‍රේණිය ஆண் / 1 ශ්‍රේණිය Boys", HeaderLocator.joined("1 ශ්‍රේණිය", "ஆண் / Boys", false));
        // Its own cell in a script of no side below is one more language of the words below.
        assertEquals("පිරිමි / ஆண் / Boys", HeaderLocator.joined("පිරිමි", "ஆண் / Boys", true));
        // One line over one line is one header, whatever the scripts.
        assertEquals("Grade 1 ወንድ", HeaderLocator.joined("Grade 1", "ወንድ", true));
    }

    @Test
    void theScriptOfATextIgnoresDigitsAndMarks() {
        assertEquals(Character.UnicodeScript.SINHALA, HeaderText.script("1 ශ්‍රේණිය"));
        assertEquals(Character.UnicodeScript.LATIN, HeaderText.script("Grade 1"));
        assertNull(HeaderText.script("Grade 1 ශ්‍රේණිය"));
        assertNull(HeaderText.script("2024"));
        assertEquals(List.of("සිංහල", "தமிழ்", "English"), HeaderText.bilingualSides("සිංහල / தமிழ் /\nEnglish"));
    }
}
