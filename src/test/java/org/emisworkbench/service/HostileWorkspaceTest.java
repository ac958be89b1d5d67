package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.testing.ChildJvm;
import org.emisworkbench.testing.HostileWorkspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace file never runs code (issue 12, item 1): files holding a trigger, a function, an
 * aggregate, a linked table, a view, a changed table, a domain, a schema, a user… — each written by
 * plain H2 into a copy of a real workspace — are refused with a plain message naming the object,
 * before H2 opens them: no payload runs and not a byte of the file changes.
 */
class HostileWorkspaceTest {
    @TempDir
    static Path dir;
    static Path hostile;
    static String builderOutput;

    @BeforeAll
    static void buildHostileFiles() throws Exception {
        Path clean = dir.resolve("clean.mv.db");
        try (Workbench wb = Workbench.open(clean)) {
            ImportReport r = new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(
                    List.of(WorkspaceSecurityTest.FORMS.resolve("SCH03001.xlsx")), null, null), Progress.NONE,
                    Cancellation.none());
            assertEquals(1, r.count(FileOutcome.IMPORTED));
        }
        hostile = dir.resolve("hostile");
        ChildJvm.Result built = ChildJvm.run(HostileWorkspaces.class, "256m", 120, TimeUnit.SECONDS,
                clean.toString(), hostile.toString());
        assertEquals(0, built.exitCode(), built.tail());
        builderOutput = built.output();
        System.setProperty(HostileWorkspaces.MARKERS, hostile.toString());
    }

    @Test
    void plainH2RunsTheCodeOfSuchFilesWhenItOpensThem() {
        // Why the check reads the file without opening it: opening alone starts triggers
        // and connects linked tables (decision 0009).
        for (String kind : List.of("trigger-source", "trigger-class", "linked-table", "storage-type")) {
            assertTrue(builderOutput.contains("LIVE " + kind + " "), kind + " runs on open:\n" + builderOutput);
        }
        assertEquals(HostileWorkspaces.kinds().size(), builderOutput.lines().filter(l -> l.startsWith("BUILT "))
                .count(), builderOutput);
    }

    @Test
    void everyKindOfForeignObjectIsRefusedBeforeAnythingRuns() throws Exception {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("trigger-source", "(trigger TRG_X on table SCHOOL)"),
                Map.entry("trigger-class", "(trigger TRG_C on table IMPORT_BATCH)"),
                Map.entry("alias-source", "(function PWN)"),
                Map.entry("alias-class", "(function SETPROP)"),
                Map.entry("alias-runtime", "(function RUNTIME)"),
                Map.entry("aggregate", "(aggregate function AGG)"),
                Map.entry("linked-table", "(linked table LT)"),
                Map.entry("view-calling-alias", "(function SETPROP)"),
                Map.entry("view-alone", "(view SCHOOL_VIEW)"),
                Map.entry("default-calling-function", "(table SCHOOL, in a form EMIS Workbench did not give it)"),
                Map.entry("check-calling-alias", "(function SETPROP)"),
                Map.entry("check-alone", "(constraint CK_Y on table SCHOOL)"),
                Map.entry("generated-column", "(table SCHOOL, in a form EMIS Workbench did not give it)"),
                Map.entry("domain", "(domain CODE_TEXT)"),
                Map.entry("sequence", "(sequence EXTRA_SEQ)"),
                Map.entry("constant", "(constant EXTRA_CONST)"),
                Map.entry("schema", "(schema EXTRA)"),
                Map.entry("table", "(table NOTES)"),
                Map.entry("user", "(user INTRUDER)"),
                Map.entry("role-and-right", "(role READERS)"),
                Map.entry("storage-type", "(storage type org.emisworkbench.testing.HostileWorkspaces$MarkerType)"));
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (String kind : HostileWorkspaces.kinds().keySet()) {
            if (kind.startsWith("history-")) {
                continue;
            }
            tried++;
            Path file = hostile.resolve(kind + ".mv.db");
            byte[] before = Files.readAllBytes(file);
            ServiceException e = assertThrows(ServiceException.class, () -> Workbench.open(file).close(), kind);
            String want = "%s.mv.db holds a database object EMIS Workbench did not create %s; it was not opened,"
                    .formatted(kind, expected.get(kind));
            if (!e.getMessage().startsWith(want)) {
                failures.add(kind + ": " + e.getMessage());
            }
            assertArrayEquals(before, Files.readAllBytes(file), kind + ": the file is left as it was");
            assertEquals(List.of(), HostileWorkspaces.markers(hostile), kind + ": nothing ran");
        }
        assertEquals(expected.size(), tried);
        assertEquals(List.of(), failures);
        assertNull(System.getProperty("emis.hostile.view"));
        assertNull(System.getProperty("emis.hostile.check"));
    }

    @Test
    void theSameRefusalInFrench() {
        ServiceException e = assertThrows(ServiceException.class,
                () -> Workbench.open(hostile.resolve("trigger-source.mv.db")).close());
        assertEquals("trigger-source.mv.db contient un objet de base de données qu’EMIS Workbench n’a pas créé"
                + " (le déclencheur TRG_X sur la table SCHOOL) ; il n’a pas été ouvert, pour protéger cet ordinateur."
                + " Le fichier peut aussi être endommagé, ou venir d’un autre programme. Aucune sauvegarde n’a été"
                + " trouvée à côté.",
                e.message().in(Locale.FRENCH));
    }

    @Test
    void aSchemaHistoryThatIsNotOursIsRefused() throws Exception {
        Path forged = hostile.resolve("history-checksum.mv.db");
        byte[] before = Files.readAllBytes(forged);
        ServiceException e = assertThrows(ServiceException.class, () -> Workbench.open(forged).close());
        assertEquals("history-checksum.mv.db holds a schema history EMIS Workbench did not write (step 1,"
                + " \"census schema\"); it was not opened, to protect this computer. The file may also be damaged, or"
                + " made by another program. No backup of it was found beside it.", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(forged));
        ServiceException later = assertThrows(ServiceException.class,
                () -> Workbench.open(hostile.resolve("history-extra-step.mv.db")).close());
        assertTrue(later.getMessage().startsWith("history-extra-step.mv.db was written by a newer EMIS Workbench"),
                later.getMessage());
    }

    @Test
    void aWorkspaceFolderCheckIsReadOnlyToo() throws Exception {
        // The workshop reset looks at a file before setting it aside: a file with code is "not a workspace".
        Path file = hostile.resolve("trigger-source.mv.db");
        byte[] before = Files.readAllBytes(file);
        assertEquals(org.emisworkbench.store.WorkspaceFiles.Found.OTHER,
                org.emisworkbench.store.WorkspaceFiles.inspect(file));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(), HostileWorkspaces.markers(hostile));
    }

    @Test
    void aWorkspacePathCannotCarryDatabaseSettings() throws Exception {
        Path marker = dir.resolve("marker-init");
        Path tricky = dir.resolve("w;INIT=CALL FILE_WRITE('ran', '" + marker + "')");
        ServiceException e = assertThrows(ServiceException.class, () -> Workbench.open(tricky).close());
        assertTrue(e.getMessage().contains("holds a semicolon"), e.getMessage());
        assertFalse(Files.exists(marker));
    }

    @Test
    void theRealWorkspaceStillOpensAndItsCopiesToo() throws Exception {
        Path copy = dir.resolve("copy.mv.db");
        Files.copy(dir.resolve("clean.mv.db"), copy);
        try (Workbench wb = Workbench.open(copy)) {
            assertEquals(1, wb.schools(2024, null).size());
        }
        try (Workbench wb = Workbench.open(copy)) {
            assertEquals(1, wb.batches().size());
        }
    }
}
