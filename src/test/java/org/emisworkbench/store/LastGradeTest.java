package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whether a stored row has a figure in G13's slot (decision 0072), rows of girls and boys included. */
class LastGradeTest {
    private static Object[] row(int length, int at, int value) {
        Object[] vals = new Object[length];
        vals[at] = value;
        return vals;
    }

    @Test
    void aGirlsAndBoysRowStoredBeforeG13ExistedHasNothingInIt() {
        // 13 slots (PP, G1-G12) for girls then 13 for boys: index 13 is the boys' PP, not a G13 figure.
        assertFalse(LastGrade.holds(row(26, 13, 40), true, 13));
        // The same index in a one-sex row of 14 slots is G13.
        assertTrue(LastGrade.holds(row(14, 13, 40), false, 13));
        // 14 slots each: the boys' G13 is index 27, the girls' index 13.
        assertTrue(LastGrade.holds(row(28, 27, 5), true, 13));
        assertTrue(LastGrade.holds(row(28, 13, 5), true, 13));
        assertFalse(LastGrade.holds(row(28, 12, 5), true, 13));
        assertFalse(LastGrade.holds(row(13, 12, 5), false, 13));
    }
}
