package org.emisworkbench.model;

/**
 * A school whose return of the year came from an earlier file of the same name (and district) and that the file
 * imported now, a corrected copy of it, leaves out: its earlier return is kept as it was, never deleted without the
 * officer asking, and the import names it (review 17, item 2).
 *
 * @param schoolCode  the school's code
 * @param schoolName  its name as the workspace holds it, or null
 * @param earlierFile the earlier file's name, which holds the return kept
 */
public record KeptReturn(String schoolCode, String schoolName, String earlierFile) {
    /** {@code PL04 (Plains School 4)}, or the code alone without a name. */
    public String school() {
        return schoolName == null || schoolName.isBlank() ? schoolCode : schoolCode + " (" + schoolName + ")";
    }
}
