package org.emisworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which formulas take their value from another workbook, as sheets keep them (the import never follows them). */
class ExternalLinksTest {
    @Test
    void aBookInBracketsBeforeASheetOrNameIsAnotherWorkbook() {
        for (String f : new String[] {"[1]Sheet1!B4", "'[district.xlsx]Sheet 1'!B5", "[1]!Total", "SUM([2]Pupils!C2:C9)",
            "'C:\\data\\[d03.xlsx]Form'!A1", "A1+[3]S!B2"}) {
            assertEquals(true, ExternalLinks.refersToAnotherWorkbook(f), f);
        }
    }

    @Test
    void tablesTextAndPlainReferencesAreNot() {
        for (String f : new String[] {"SUM(B2:B5)", "SUM(Table1[Boys])", "Table1[[#This Row],[Boys]]",
            "\"[x]a!\"&A1", "Sheet2!B4", "'Other sheet'!C3", "[]!A1", "SUM(Pupils[Boys],Pupils[Girls])"}) {
            assertEquals(false, ExternalLinks.refersToAnotherWorkbook(f), f);
        }
    }
}
