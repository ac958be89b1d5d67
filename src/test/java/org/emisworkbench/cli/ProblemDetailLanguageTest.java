package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.testing.CliRun;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detail of an import problem inside a finding (IMP-08: a total typed over by hand) is in the reader's
 * language, as the rest of the finding; a detail an older workspace stored as English text still shows, as it is.
 */
class ProblemDetailLanguageTest {
    private static final String OLD_TEXT = "the total says 99 but the grades add up to 98 (an older workspace)";

    @TempDir
    Path dir;

    @Test
    void aTotalTypedOverIsExplainedInFrenchAndPortugueseAndAnOlderEnglishDetailStaysAsItWas() throws Exception {
        // Two forms of the sample district D03 whose totals were typed over by hand (the trainer's guide).
        for (String school : List.of("SCH03007", "SCH03073")) {
            Files.copy(Path.of("sample-workbooks/2024/forms/D03/" + school + ".xlsx"), dir.resolve(school + ".xlsx"));
        }
        Path db = dir.resolve("w.mv.db");
        CliRun imported = emis("import", "--db", db.toString(), dir.resolve("SCH03007.xlsx").toString(),
                dir.resolve("SCH03073.xlsx").toString());
        assertTrue(imported.code() <= 1, imported.err());

        // As an older workspace kept it: only English text for SCH03073's problem. SQL readers of the column
        // still find the English text first in the new ones.
        JdbcDataSource ds = new JdbcDataSource();
        // As the workbench opens it: no compaction on close, which H2 2.3 can get wrong (see Workspace.url).
        ds.setURL("jdbc:h2:file:" + dir.resolve("w") + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0");
        ds.setUser("emis");
        ds.setPassword("");
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT detail FROM import_problem WHERE kind ="
                    + " 'TOTAL_MISMATCH' AND school_code = 'SCH03007'"); ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "SCH03007's total is a problem");
                assertTrue(rs.getString(1).startsWith("the total"), rs.getString(1));
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE import_problem SET detail = ? WHERE kind ="
                    + " 'TOTAL_MISMATCH' AND school_code = 'SCH03073'")) {
                ps.setString(1, OLD_TEXT);
                assertEquals(1, ps.executeUpdate());
            }
        }
        CliRun validated = emis("validate", "--db", db.toString(), "--year", "2024");
        assertTrue(validated.code() <= 1, validated.err());

        String english = findings(db, "en", "SCH03007");
        assertTrue(english.contains(" says ") && english.contains(" add up to "), english);
        String french = findings(db, "fr", "SCH03007");
        assertTrue(french.contains(" indique ") && french.contains(" font "), french);
        assertFalse(french.contains(" says ") || french.contains("add up to"), french);
        String portuguese = findings(db, "pt", "SCH03007");
        assertTrue(portuguese.contains(" indica ") && portuguese.contains(" somam "), portuguese);
        assertFalse(portuguese.contains(" says ") || portuguese.contains("add up to"), portuguese);

        String older = findings(db, "fr", "SCH03073");
        assertTrue(older.contains("n'est pas égal à la somme de ses parties (" + OLD_TEXT + ")"), older);
    }

    private static String findings(Path db, String lang, String school) {
        CliRun r = emis("findings", "--db", db.toString(), "--year", "2024", "--rule", "IMP-08", "--school", school,
                "--lang", lang);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().filter(l -> l.contains(school)).toList();
        assertFalse(lines.isEmpty(), r.out());
        return String.join("\n", lines);
    }

    @Test
    void theWordsOfADetailOutliveTheWorkspaceAndAPlainDetailStaysText() {
        ImportProblem worded = ImportProblem.worded(ProblemKind.TOTAL_MISMATCH, "Form", "U28", "SCH03007",
                "enrolment", "120", Message.of("import.detail.totalGrades", 120, 118));
        String stored = worded.storedDetail(1000);
        assertTrue(stored.startsWith("the total says 120 but the grades add up to 118"), stored);
        ImportProblem back = ImportProblem.stored(ProblemKind.TOTAL_MISMATCH, "Form", "U28", "SCH03007", "enrolment",
                "120", stored);
        assertEquals("the total says 120 but the grades add up to 118", back.detail());
        assertEquals("le total indique 120 mais les classes font 118", back.detail(java.util.Locale.FRENCH));
        // Too long to keep its words: the English text alone, never a cut encoding.
        assertEquals("the total says 120 but the grades add up to 118", worded.storedDetail(50));
        ImportProblem plain = ImportProblem.stored(ProblemKind.TOTAL_MISMATCH, "Form", "U28", "SCH03007", "enrolment",
                "120", OLD_TEXT);
        assertEquals(OLD_TEXT, plain.detail(java.util.Locale.FRENCH));
        // Words from a newer version whose text this one lacks: the English text shows.
        ImportProblem newer = ImportProblem.stored(ProblemKind.TOTAL_MISMATCH, "Form", "U28", "SCH03007", "enrolment",
                "120", "the newer words\u001Eimport.detail.fromTheFuture\u001Fs120");
        assertEquals("the newer words", newer.detail(java.util.Locale.FRENCH));
    }

    /** Words holding phrases and lists (a school named in a list, a header that differs) keep them when stored. */
    @Test
    void wordsWithPhrasesAndListsAreStoredWhole() {
        Message detail = Message.of("import.detail.andThen", Message.of("import.detail.schoolsNamed", 2, "Kara",
                List.of(Message.of("import.detail.listedSchool", "K-1", "Kara"),
                        Message.of("import.detail.listedSchoolIn", "K-2", "Kara", "D02")),
                Message.of("import.detail.remedyCode")), Message.of("import.detail.itsRowsNotCounted"));
        ImportProblem worded = ImportProblem.worded(ProblemKind.SCHOOL_NAME_UNMATCHED, "List", "B4", null,
                "school.name", "Kara", detail);
        ImportProblem back = ImportProblem.stored(ProblemKind.SCHOOL_NAME_UNMATCHED, "List", "B4", null,
                "school.name", "Kara", worded.storedDetail(1000));
        assertEquals(detail.english(), back.detail());
        assertEquals("2 écoles de la liste des écoles s’appellent « Kara » : K-1 « Kara », K-2 « Kara » (district D02) ;"
                + " donnez le code de l’école ; ses lignes ne sont pas comptées", back.detail(java.util.Locale.FRENCH));
        // Brackets that do not pair are no words: the English text shows.
        ImportProblem broken = ImportProblem.stored(ProblemKind.SCHOOL_NAME_UNMATCHED, "List", "B4", null,
                "school.name", "Kara", "the text\u001Eimport.detail.andThen\u001Fm\u001Cimport.detail.remedyCode");
        assertEquals("the text", broken.detail(java.util.Locale.FRENCH));
    }
}
