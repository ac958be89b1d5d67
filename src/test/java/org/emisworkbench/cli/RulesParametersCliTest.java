package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emis rules --set NAME=VALUE}: an officer changes a threshold of the pack in a workspace, not in its JSON. */
class RulesParametersCliTest {
    @TempDir
    Path dir;
    String out;
    String err;

    /** Runs the command through the one CLI helper, keeping what it printed for the assertions. */
    private int run(String... args) {
        CliRun r = CliRun.emis(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    @Test
    void aParameterIsSetListedAndResetInTheWorkspace() {
        String db = dir.resolve("census").toString();
        assertEquals(2, run("rules", "--db", db, "--set", "pupils_per_teacher_max=80"));
        assertTrue(err.contains("There is no workspace"), "a mistyped workspace is refused, not created: " + err);
        org.emisworkbench.service.Workbench.open(dir.resolve("census")).close();
        assertEquals(0, run("rules", "--db", db), err.toString());
        assertTrue(out.toString().matches("(?s).*\\npupils_per_teacher_max +100 +1 to 1000 +Pupils per teacher above.*"),
                out.toString());

        assertEquals(0, run("rules", "--db", db, "--set", "pupils_per_teacher_max=80", "--set",
                "outlier_min_peers=6", "--lang", "fr"), err.toString());
        assertTrue(out.toString().contains("Au plus 80 élèves par enseignant"), out.toString());
        assertTrue(out.toString().matches("(?s).*\\npupils_per_teacher_max +80 \\* \\(100\\) +1 to 1000 +Élèves par.*"),
                out.toString());
        assertTrue(out.toString().matches("(?s).*\\noutlier_min_peers +6 \\* \\(5\\) +3 to 1000, whole .*"), out.toString());

        // Kept in the workspace: listed again without --set.
        assertEquals(0, run("rules", "--db", db));
        assertTrue(out.toString().contains("Pupils per teacher at most 80"), out.toString());

        // Out of range: refused with the JSON path, and the values set before are kept.
        assertEquals(2, run("rules", "--db", db, "--set", "outlier_min_peers=2"));
        assertTrue(err.toString().contains("parameters.outlier_min_peers: the value set, 2, is outside the allowed range"
                + " 3 to 1000, whole numbers only"), err.toString());
        assertEquals(0, run("rules", "--db", db, "--reset", "pupils_per_teacher_max"));
        assertTrue(out.toString().contains("Pupils per teacher at most 100"), out.toString());
        assertTrue(out.toString().contains("outlier_min_peers                6 * (5)"), out.toString());

        // Without a workspace there is nowhere to keep a value.
        assertEquals(2, run("rules", "--set", "pupils_per_teacher_max=80"));
        assertTrue(err.toString().contains("--set and --reset keep values in a workspace: give it with --db"),
                err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void validateAndFindingsSayWhichValuesTheFindingsWereRaisedWith() throws Exception {
        String db = org.emisworkbench.service.ReportFixture.create(dir).toString();
        assertEquals(0, run("rules", "--db", db, "--set", "pupils_per_teacher_usual_max=30"), err.toString());
        run("validate", "--db", db, "--year", "2024");
        assertTrue(err.toString().contains("Parameters set in this workspace (the pack's value in brackets): "
                + "pupils_per_teacher_usual_max = 30 (70)"), err.toString());
        assertEquals(0, run("findings", "--db", db, "--year", "2024"), err.toString());
        assertTrue(err.toString().contains("Parameters set in this workspace for 2024's findings (the pack's value"
                + " in brackets): pupils_per_teacher_usual_max = 30 (70)"), err.toString());
    }
}
