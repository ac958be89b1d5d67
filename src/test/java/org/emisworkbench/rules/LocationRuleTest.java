package org.emisworkbench.rules;

import static org.emisworkbench.rules.RuleFixtures.census;
import static org.emisworkbench.rules.RuleFixtures.run;
import static org.emisworkbench.rules.RuleFixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.maps.AreaIndex;
import org.emisworkbench.maps.Boundary;
import org.emisworkbench.maps.Placement;
import org.emisworkbench.model.Finding;
import org.emisworkbench.rules.eval.SchoolPlaces;
import org.emisworkbench.testing.CensusBuilder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The {@code location} rule kind over districts drawn here, west of Greenwich and north of the equator
 * (negative longitudes): a concave L-shaped district (a point in its notch is outside though inside its
 * bounding box) and a triangle beside it.
 */
class LocationRuleTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static Geometry polygon(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        cs[cs.length - 1] = cs[0];
        return GF.createPolygon(cs);
    }

    /** L: from (-20, 10) 4° wide and 4° tall, the north-east quarter cut out. Triangle east of it. */
    private static final List<Boundary> AREAS = List.of(
            new Boundary("EL", "district", "Ell", polygon(-20, 10, -16, 10, -16, 12, -18, 12, -18, 14, -20, 14)),
            new Boundary("TR", "district", "Tri", polygon(-15, 10, -11, 10, -13, 14)),
            new Boundary("REG", "region", "Whole", polygon(-21, 9, -10, 9, -10, 15, -21, 15)));

    @Test
    void placesPointsAgainstConcaveAndTriangularDistricts() {
        AreaIndex index = new AreaIndex(AREAS);
        assertEquals(Placement.INSIDE, index.place("EL", 13.0, -19.0), "in the L's upright");
        assertEquals(Placement.INSIDE, index.place("el", 11.0, -16.5), "in its foot; codes in any case");
        assertEquals(Placement.OUTSIDE, index.place("EL", 13.0, -17.0), "in the notch, inside the bounding box");
        assertEquals(Placement.ZERO, index.place("EL", 0.0, 0.0));
        assertEquals(Placement.SWAPPED, index.place("TR", -13.0, 11.0), "latitude given as longitude");
        assertEquals(Placement.OUTSIDE, index.place("TR", 11.0, -19.0), "in the L, not the triangle");
        assertEquals(Placement.UNKNOWN, index.place("XX", 11.0, -19.0), "a district without a boundary");
        assertEquals(Placement.SWAPPED, index.place("XX", -13.0, 11.0), "…unless the point only makes sense swapped");
        assertEquals(Placement.UNKNOWN, index.place("EL", null, -19.0));
        assertEquals("TR", index.districtAt(-13, 11).orElseThrow());
        assertTrue(index.districtAt(-17, 13).isEmpty(), "regions are not districts");
    }

    @Test
    void theRuleNamesWhatIsWrongInEachLanguage() throws Exception {
        CensusBuilder c = census(2025);
        Map<String, Double[]> points = new HashMap<>();
        String[][] schools = {{"A", "EL", "13", "-19"}, {"B", "EL", "0", "0"}, {"C", "TR", "-13", "11"},
            {"D", "TR", "11", "-19"}, {"E", "EL", "13", "-17"}, {"F", "EL", null, null}, {"G", "XX", "11", "-19"}};
        for (String[] s : schools) {
            school(c, s[0], s[1], "primary");
            if (s[2] != null) {
                points.put(s[0], new Double[] {Double.valueOf(s[2]), Double.valueOf(s[3])});
            }
        }
        String rule = "{\"id\": \"LOC\", \"title\": \"t\", \"severity\": \"warning\", \"kind\": \"location\","
                + " \"message\": {\"en\": \"{school} ({district}) at {latitude}, {longitude} {problem}\","
                + " \"fr\": \"{school} : {problem}\", \"pt\": \"{school}: {problem}\"}}";
        List<Finding> f = run(rule, c.view(new SchoolPlaces(new AreaIndex(AREAS), points)));
        Map<String, String> said = new TreeMap<>();
        f.forEach(x -> said.put(x.schoolCode(), x.message().english()));
        assertEquals(Map.of(
                "B", "B (EL) at 0, 0 is a coordinate left at its default (0, 0), not a place",
                "C", "C (TR) at -13, 11 looks swapped: read the other way round, latitude and longitude fall inside"
                        + " its district",
                "D", "D (TR) at 11, -19 falls in district EL, outside its own",
                "E", "E (EL) at 13, -17 falls outside its district's boundary"), said);
        Finding d = f.stream().filter(x -> x.schoolCode().equals("D")).findFirst().orElseThrow();
        assertEquals("D : tombe dans le district EL, hors du sien", d.message().in("fr"));
        assertEquals("D: cai no distrito EL, fora do seu", d.message().in("pt"));
        assertTrue(run(rule, c.view()).isEmpty(), "without boundaries and points the rule says nothing");
    }

    /** 50,000 schools over 150 districts (a 15 × 10 grid of jagged cells) are placed well within a second. */
    @Test
    void fiftyThousandSchoolsArePlacedQuickly() {
        List<Boundary> grid = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            for (int j = 0; j < 10; j++) {
                double x = i * 0.5;
                double y = j * 0.5;
                List<Double> xy = new ArrayList<>();
                for (int k = 0; k <= 50; k++) { // a wavy south side of 50 segments, straight others
                    xy.add(x + 0.5 * k / 50);
                    xy.add(y + (k % 2 == 0 ? 0 : 0.001));
                }
                xy.addAll(List.of(x + 0.5, y + 0.5, x, y + 0.5));
                grid.add(new Boundary("G" + i + "-" + j, "district", null,
                        polygon(xy.stream().mapToDouble(Double::doubleValue).toArray())));
            }
        }
        AreaIndex index = new AreaIndex(grid);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        int inside = 0;
        long start = System.nanoTime();
        for (int n = 0; n < 50_000; n++) {
            int i = rng.nextInt(15);
            int j = rng.nextInt(10);
            double lon = i * 0.5 + 0.01 + rng.nextDouble() * 0.48;
            double lat = j * 0.5 + 0.01 + rng.nextDouble() * 0.48;
            String district = n % 100 == 0 ? "G" + ((i + 1) % 15) + "-" + j : "G" + i + "-" + j;
            if (index.place(district, lat, lon) == Placement.INSIDE) {
                inside++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(49_500, inside, "every school but the 1 in 100 given a neighbour's district");
        assertTrue(millis < 2_000, millis + " ms");
    }
}
