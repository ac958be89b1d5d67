package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line says where the backup before an import is, lists the backups of a workspace (even a
 * damaged one) and restores one: {@code emis import}, {@code emis backups}, {@code emis restore}.
 */
class BackupCliTest {
    static final String FORMS = "sample-workbooks/2024/forms/D03/";

    @TempDir
    Path dir;

    @Test
    void importSaysWhereTheBackupIsBackupsListsItAndRestoreGivesItBack() throws Exception {
        Path db = dir.resolve("census.mv.db");
        CliRun first = emis("import", "--db", db.toString(), FORMS + "SCH03001.xlsx");
        assertEquals(0, first.code(), first.err());
        assertTrue(!first.out().contains("backup"), "nothing to keep before the first import: " + first.out());
        CliRun none = emis("backups", "--db", db.toString());
        assertEquals("No backup beside " + db + ".", none.out().trim());

        CliRun second = emis("import", "--db", db.toString(), "--keep-backups", "2", FORMS + "SCH03002.xlsx");
        assertEquals(0, second.code(), second.err());
        Matcher said = Pattern.compile("A backup of the workspace as it was before this import: (\\S+\\.mv\\.db) \\(the"
                + " newest 2 are kept\\)\\.").matcher(second.out());
        assertTrue(said.find(), second.out());
        Path backup = Path.of(said.group(1));
        assertEquals(db.getParent(), backup.getParent());
        assertTrue(Files.isRegularFile(backup));
        assertTrue(second.err().contains("Keeping a backup…"), "the progress line says so: " + second.err());

        CliRun json = emis("import", "--db", db.toString(), "--format", "json", FORMS + "SCH03003.xlsx");
        assertEquals(0, json.code(), json.err());
        Path newest = Path.of(json.json().get("backup").asText());
        assertTrue(Files.isRegularFile(newest), json.out());

        CliRun list = emis("backups", "--db", db.toString());
        assertEquals(0, list.code(), list.err());
        String[] lines = list.out().split("\\R");
        assertEquals(3, lines.length, list.out());
        assertTrue(lines[1].matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  before an import +\\d+ KB  "
                + Pattern.quote(newest.toString())), lines[1]);
        assertTrue(lines[2].endsWith(backup.toString()), lines[2]);
        JsonNode listed = emis("backups", "--db", db.toString(), "--format", "json").json();
        assertEquals(2, listed.size());
        assertEquals("before-import", listed.get(0).get("kind").asText());
        assertEquals(Files.size(newest), listed.get(0).get("bytes").asLong());

        // Damaged: every command refuses it naming the newest backup; the list still works; restoring
        // the backup gives back the workspace before the third file.
        byte[] whole = Files.readAllBytes(db);
        Files.write(db, Arrays.copyOf(whole, whole.length / 2 + 1000));
        CliRun info = emis("db-info", "--db", db.toString());
        assertEquals(2, info.code());
        assertTrue(info.err().contains("The last backup is " + newest + ": open that file instead, or restore it over"
                + " census.mv.db."), info.err());
        assertEquals(list.out(), emis("backups", "--db", db.toString()).out());
        CliRun restored = emis("restore", "--db", db.toString(), "--backup", newest.toString());
        assertEquals(0, restored.code(), restored.err());
        assertEquals("Restored " + newest + " over " + db + ".\nThe replaced workspace is kept as "
                + dir.resolve("census.before-restore.mv.db") + ".", restored.out().trim().replace("\r\n", "\n"));
        CliRun after = emis("db-info", "--db", db.toString());
        assertEquals(0, after.code(), after.err());
        String files = after.out().substring(after.out().indexOf("imported file(s)") - 2);
        assertTrue(files.startsWith("2 imported file(s)") && files.contains("SCH03001.xlsx")
                && files.contains("SCH03002.xlsx") && !files.contains("SCH03003.xlsx"), after.out());

        CliRun bad = emis("restore", "--db", db.toString(), "--backup", dir.resolve("nothing.mv.db").toString());
        assertEquals(2, bad.code());
        assertEquals("error: nothing.mv.db is not a workspace backup.", bad.err().trim());
        CliRun tooMany = emis("import", "--db", db.toString(), "--keep-backups", "0", FORMS + "SCH03003.xlsx");
        assertEquals(2, tooMany.code(), tooMany.err());
        assertTrue(tooMany.err().contains("--keep-backups must be 1 to 20"), tooMany.err());
    }
}
