package org.emisworkbench.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.Topic;
import org.emisworkbench.store.BatchHeader;
import org.emisworkbench.store.BatchWriter;
import org.emisworkbench.store.FindingStore;
import org.emisworkbench.store.Workspace;

/**
 * A small workspace for report tests: two districts (D01 Akuna, D02 Bela) of region R1, years 2023 and
 * 2024, a master list, population of D01, findings. D01 primary PTR 2024 = (185 + 25) / (6 + 1) = 30.0;
 * S3 in D02 has 100 pupils for 2 teachers (PTR 50, above the bound of 40). S2's name is a formula.
 */
public final class ReportFixture {
    public static final String EVIL_NAME = "=HYPERLINK(\"http://example.org\",\"click\")";
    static final int M = FactRecord.MISSING;

    private ReportFixture() {
    }

    static int[] slots(int... values) {
        int[] v = new int[13];
        Arrays.fill(v, M);
        System.arraycopy(values, 0, v, 0, values.length);
        return v;
    }

    static FactRecord fact(String school, Topic topic, Sex sex, AgeGroup age, int[] values) {
        return new FactRecord(school, topic, sex, age, values, new String[values.length], "Pupils", 5);
    }

    static FactRecord all(String school, Topic topic, Sex sex, int... values) {
        return fact(school, topic, sex, AgeGroup.ALL, slots(values));
    }

    private static void batch(Workspace ws, String hash, String role, Integer year, Consumer<BatchWriter> body)
            throws Exception {
        try (Connection c = ws.connect()) {
            c.setAutoCommit(false);
            try (BatchWriter w = BatchWriter.start(c, new BatchHeader(role + year + ".xlsx", null, hash, 1, "test", 1,
                    "WIDE", role, year))) {
                body.accept(w);
                w.finish(0);
                c.commit();
            }
        }
    }

    private static SchoolRecord school(String code, String name, String district, String owner, String locality) {
        return new SchoolRecord(code, Map.of(SchoolAttribute.NAME, name, SchoolAttribute.DISTRICT, district,
                SchoolAttribute.OWNERSHIP, owner, SchoolAttribute.LOCALITY, locality), "Schools", 2, "A2");
    }

    private static void schools(BatchWriter w) {
        w.school(school("S1", "Akuna Primary", "D01", "public", "urban"));
        w.school(school("S2", EVIL_NAME, "D01", "private", "rural"));
        w.school(school("S3", "Bela School", "D02", "public", "rural"));
    }

    static List<FactRecord> year2024() {
        List<FactRecord> f = new ArrayList<>();
        f.add(all("S1", Topic.ENROLMENT, Sex.F, M, 30, 20, 10, 10, 10, 10));
        f.add(all("S1", Topic.ENROLMENT, Sex.M, M, 30, 25, 10, 10, 10, 10));
        f.add(all("S1", Topic.REPEATERS, Sex.F, M, 3, 2, 0, 0, 0, 0));
        f.add(all("S1", Topic.REPEATERS, Sex.M, M, 5, 3, 0, 0, 0, 0));
        f.add(fact("S1", Topic.TEACHERS, Sex.F, AgeGroup.ALL, new int[] {4, 3}));
        f.add(fact("S1", Topic.TEACHERS, Sex.M, AgeGroup.ALL, new int[] {2, 1}));
        f.add(fact("S1", Topic.CLASSROOMS, null, AgeGroup.ALL, new int[] {3, 2, 1}));
        f.add(fact("S1", Topic.FACILITIES, null, AgeGroup.ALL, new int[] {1, 0, M, M, M, M, 2, 2}));
        f.add(fact("S2", Topic.ENROLMENT, Sex.F, AgeGroup.of(6), slots(M, 10)));
        f.add(fact("S2", Topic.ENROLMENT, Sex.F, AgeGroup.of(9), slots(M, 3)));
        f.add(fact("S2", Topic.ENROLMENT, Sex.M, AgeGroup.of(6), slots(M, 12)));
        f.add(fact("S2", Topic.TEACHERS, Sex.F, AgeGroup.ALL, new int[] {1, 0}));
        f.add(fact("S2", Topic.FACILITIES, null, AgeGroup.ALL, new int[] {0, 1}));
        f.add(all("S3", Topic.ENROLMENT, Sex.F, M, 50));
        f.add(all("S3", Topic.ENROLMENT, Sex.M, M, 50));
        f.add(fact("S3", Topic.TEACHERS, Sex.M, AgeGroup.ALL, new int[] {2, 2}));
        return f;
    }

    static List<FactRecord> year2023() {
        List<FactRecord> f = new ArrayList<>();
        f.add(all("S1", Topic.ENROLMENT, Sex.F, M, 28, 18, 10, 10, 10, 9));
        f.add(all("S1", Topic.ENROLMENT, Sex.M, M, 29, 22, 10, 10, 9, 10));
        f.add(fact("S1", Topic.TEACHERS, Sex.F, AgeGroup.ALL, new int[] {4, 2}));
        f.add(fact("S1", Topic.TEACHERS, Sex.M, AgeGroup.ALL, new int[] {2, 1}));
        f.add(all("S3", Topic.ENROLMENT, Sex.F, M, 45));
        f.add(all("S3", Topic.ENROLMENT, Sex.M, M, 47));
        f.add(fact("S3", Topic.TEACHERS, Sex.M, AgeGroup.ALL, new int[] {2, 2}));
        return f;
    }

    /** Creates and fills the workspace at {@code dir/census}; returns the database path to open. */
    public static Path create(Path dir) throws Exception {
        Path db = dir.resolve("census");
        try (Workspace ws = Workspace.open(db)) {
            batch(ws, "a".repeat(64), "MASTER_LIST", null, w -> {
                for (String[] s : new String[][] {{"S1", "D01"}, {"S2", "D01"}, {"S3", "D02"}, {"S4", "D01"}}) {
                    w.school(new SchoolRecord(s[0], Map.of(SchoolAttribute.DISTRICT, s[1]), "List", 1, "A2"));
                }
            });
            batch(ws, "b".repeat(64), "CENSUS", 2023, w -> {
                schools(w);
                year2023().forEach(w::facts);
            });
            batch(ws, "c".repeat(64), "CENSUS", 2024, w -> {
                schools(w);
                year2024().forEach(w::facts);
            });
            batch(ws, "d".repeat(64), "POPULATION", null, w -> {
                for (int age = 5; age <= 12; age++) {
                    w.population(new PopulationRecord("D01", 2024, age, Sex.F, 30, "Pop", "B" + age));
                    w.population(new PopulationRecord("D01", 2024, age, Sex.M, 32, "Pop", "C" + age));
                }
            });
            try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO admin_area (code, name, area_level, parent_code) KEY (code) VALUES (?, ?, ?, ?)")) {
                for (String[] a : new String[][] {{"R1", "North", "region", null}, {"D01", "Akuna", "district", "R1"},
                        {"D02", "Bela", "district", "R1"}}) {
                    for (int i = 0; i < 4; i++) {
                        ps.setString(i + 1, a[i]);
                    }
                    ps.executeUpdate();
                }
            }
            new FindingStore(ws).saveRun("default-census", "1", 2024, null, Set.of("PTR-01", "OUT-01"), List.of(
                    new Finding(new org.emisworkbench.model.FindingKey(null, "PTR-01", "S3", 2024, null, null, null, null),
                            "Pupils per teacher within bounds", Severity.WARNING, "S3", "D02", "teachers.total", 50.0,
                            40.0, new org.emisworkbench.model.Texts(java.util.Map.of("en", "=1+1 pupils per teacher is 50, above 40",
                            "fr", "Le ratio élèves/enseignant est 50, au-dessus de 40")),
                            new SourceRef("bela.xlsx", "Teachers", "F12"), "2", null, null, null, null),
                    new Finding(new org.emisworkbench.model.FindingKey(null, "OUT-01", "S1", 2024, null, null, null, null),
                            "Enrolment unlike peer schools", Severity.INFO, "S1", "D01", "enrolment", 185.0, null, new org.emisworkbench.model.Texts(java.util.Map.of("en",
                            "Enrolment 185 is far from the district's schools",
                            "fr", "Effectif 185 très éloigné des écoles du district")), null, null, null, null, null, null)));
        }
        return db;
    }
}
