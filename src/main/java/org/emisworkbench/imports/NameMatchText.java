package org.emisworkbench.imports;

import java.util.List;
import org.emisworkbench.model.SchoolNames;

/**
 * The details of the problems a name read through the master list gives (decision 0037), worded once for
 * registers ({@link RosterTable}) and district lists ({@link WideNameKeys}).
 */
final class NameMatchText {
    private NameMatchText() {
    }

    /** {@code read as school KS-101 by its name "Kasama basic" (master list: …)}. */
    static String readAs(String code, String raw, SchoolNames.Listed school) {
        return "read as school " + code + " by its name \"" + raw + "\" (master list: " + school.describe() + ")";
    }

    /**
     * A name of no master-list school, or of several (then listed, followed by {@code remedy}); {@code where}
     * names the district looked in, or is empty.
     */
    static String notOne(String raw, String where, List<SchoolNames.Listed> found, String remedy) {
        return found.isEmpty() ? "no school of the master list is named \"" + raw + "\"" + where
                : found.size() + " schools of the master list are named \"" + raw + "\"" + where + ": "
                + String.join(", ", found.stream().map(SchoolNames.Listed::describe).toList()) + "; " + remedy;
    }
}
