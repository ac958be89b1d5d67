package org.emisworkbench.model;

/**
 * A school whose return of the year came from an earlier file and that the file imported now, a corrected copy of
 * it, leaves out: its earlier return is kept as it was, still counting, never deleted without the officer asking, and
 * the import names it on a line of its own with the command to withdraw it (review 17, item 2; review 22, item 4).
 * A corrected copy is a file of the same name, or one of another name that gives most of the earlier file's schools
 * again; a school left out is also named, whatever the file, when it is a likely typo (IMP-35) of a school the file
 * gives: a phantom school made by a mistyped code the officer corrected, whose figures would count twice.
 *
 * @param schoolCode  the school's code
 * @param schoolName  its name as the workspace holds it, or null
 * @param earlierFile the earlier file's name, which holds the return kept
 * @param figures     how many of its figures count now
 * @param typoOf      the code of the school this one is a likely typo of (its open IMP-35 finding) and that the file
 *                    imported now gives, or null
 * @param typoCell    where the earlier file held the mistyped code ({@code Enseignants!A7}), or null
 */
public record KeptReturn(String schoolCode, String schoolName, String earlierFile, int figures, String typoOf,
                         String typoCell) {
    /** A school left out of a file of the same name, not known as a typo. */
    public KeptReturn(String schoolCode, String schoolName, String earlierFile) {
        this(schoolCode, schoolName, earlierFile, 0, null, null);
    }

    /** {@code PL04 (Plains School 4)}, or the code alone without a name. */
    public String school() {
        return schoolName == null || schoolName.isBlank() ? schoolCode : schoolCode + " (" + schoolName + ")";
    }

    /** True when the school left out looks like the mistyped code of a school the file now gives. */
    public boolean likelyTypo() {
        return typoOf != null;
    }

    /**
     * Its line of the import's summary: the school, where its return came from, and the exact command that
     * withdraws it from the workspace {@code db} (as the officer types it).
     */
    public Message line(String db, int year) {
        String command = withdrawCommand(db, year);
        if (likelyTypo()) {
            return Message.of("import.returnKept.typo", schoolCode, school(), earlierFile,
                    typoCell == null ? "" : typoCell, typoOf, figures,
                    Message.of("import.returnKept.typoCommand", command, typoOf));
        }
        return Message.of("import.returnKept.school", schoolCode, school(), earlierFile, figures,
                Message.verbatim(command));
    }

    /** The command that withdraws its return of {@code year} from the workspace {@code db}. */
    public String withdrawCommand(String db, int year) {
        return "emis withdraw --db " + quoted(db) + " --year " + year + " --school " + quoted(schoolCode);
    }

    /** A value as it can be typed again on a command line: quoted when it holds anything but plain characters. */
    public static String quoted(String value) {
        return value.matches("[A-Za-z0-9._/:@+-]+") ? value : "\"" + value.replace("\"", "\\\"") + "\"";
    }
}
