package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emis boundaries}: the sample country's boundaries kept after its master list; a bad file refused in words. */
class BoundariesCliTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheSampleBoundariesAndReportsWhatIsLeftOver() throws Exception {
        Path db = dir.resolve("w.mv.db");
        CliRun imported = emis("import", "--db", db.toString(), "sample-workbooks/master-list.xlsx");
        assertEquals(0, imported.code(), imported.err());
        CliRun r = emis("boundaries", "--db", db.toString(), "sample-workbooks/boundaries.geojson");
        assertEquals(0, r.code(), r.err());
        assertEquals("boundaries.geojson: 5 district and 2 region boundaries kept (matched by \"code\")", r.out().trim());

        // Districts matched by a property holding names, not codes: nothing matches, nothing is replaced.
        CliRun byName = emis("boundaries", "--db", db.toString(), "--property", "name",
                "sample-workbooks/boundaries.geojson");
        assertNotEquals(0, byName.code());
        assertTrue(byName.err().contains("boundaries.geojson: no feature's property \"name\" is a district or region"
                + " code of the workspace; the features have the properties: code, name, level"), byName.err());
        CliRun again = emis("boundaries", "--db", db.toString(), "sample-workbooks/boundaries.geojson");
        assertTrue(again.out().contains(", in place of the 7 kept before"), again.out());
    }

    @Test
    void aBadFileIsRefusedNamingTheFeature() throws Exception {
        Path db = dir.resolve("w.mv.db");
        assertEquals(0, emis("import", "--db", db.toString(), "sample-workbooks/master-list.xlsx").code());
        Path bad = dir.resolve("roads.geojson");
        Files.writeString(bad, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"D01\",\"name\":\"Coast road\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
                + "[[150,-9],[151,-9]]}}]}");
        CliRun r = emis("boundaries", "--db", db.toString(), bad.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("roads.geojson, feature #1 (Coast road): it is a LineString: only Polygon and"
                + " MultiPolygon areas are read"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
