package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review 32 (A): a district's total row labelled in Nepali (जम्मा) or Khmer (សរុប) alone, its word not built in, was
 * read as a school. The total words of South and South-East Asian returns are built in: alone, beside English, and
 * opening a subtotal's label; school names that merely begin with the same letters stay schools.
 */
class AsianTotalWordsTest {
    @Test
    void totalWordsOfSouthAndSouthEastAsiaAreTotals() {
        for (String w : List.of("जम्मा", "कुल जम्मा", "कुल", "योग", "মোট", "সর্বমোট", "එකතුව", "மொத்தம்", "សរុប",
                "ລວມ", "รวม", "Tổng", "Tổng số", "Tổng cộng")) {
            assertTrue(HeaderText.isTotalWord(w), w);
            assertTrue(HeaderText.isTotalLabel(w), w);
        }
        assertTrue(HeaderText.isTotalWord("जम्मा / Total"));
        assertTrue(HeaderText.isTotalWord("එකතුව / Total"));
        // A subtotal naming what it adds up: "जम्मा ललितपुर" (total Lalitpur), "សរុប ស្រុកបាទី" (total Bati district).
        assertTrue(HeaderText.isTotalLabel("जम्मा ललितपुर"));
        assertTrue(HeaderText.isTotalLabel("សរុប ស្រុកបាទី"));
    }

    @Test
    void schoolNamesBeginningAlikeAreNoTotals() {
        for (String name : List.of("जमुना माध्यमिक विद्यालय", "कुलेश्वर आधारभूत विद्यालय", "Tổ 3 school",
                "សាលាបឋមសិក្សា សរុបទី", "Kulu Primary School")) {
            assertFalse(HeaderText.isTotalLabel(name), name);
            assertFalse(HeaderText.isTotalWord(name), name);
        }
    }
}
