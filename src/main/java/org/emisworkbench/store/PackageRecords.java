package org.emisworkbench.store;

import static org.emisworkbench.store.PackageRow.CODE;
import static org.emisworkbench.store.PackageRow.NAME;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.store.DistrictPackages.Identity;
import org.emisworkbench.store.DistrictPackages.In;

/**
 * The rows of a district package read back as the records a {@link BatchWriter} stores: every value
 * checked for its kind and for belonging to the package's district and year, or refused naming the row.
 */
final class PackageRecords {
    /** A file of the package: its id within the package and the batch it becomes. */
    record FileHeader(long id, BatchHeader header) {
    }

    private PackageRecords() {
    }

    static String level(PackageRow r) {
        String level = r.required("level", 20);
        if (!level.matches("[a-z_]{1,20}")) {
            throw r.bad("level", "notCode");
        }
        return level;
    }

    private static void put(Map<SchoolAttribute, String> a, SchoolAttribute key, String value) {
        if (value != null) {
            a.put(key, value);
        }
    }

    static List<FileHeader> readFiles(In in, int year) {
        List<FileHeader> files = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        PackageCursor.each(in, "files", r -> {
            long fileId = r.requiredWhole("file_id");
            if (!ids.add(fileId)) {
                throw r.bad("file_id", "twice", fileId);
            }
            String hash = r.required("sha256", 64);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw r.bad("sha256", "sha");
            }
            String role = r.required("role", 20);
            if (!List.of("CENSUS", "MASTER_LIST", "POPULATION").contains(role)) {
                throw r.bad("role", "notCode");
            }
            Integer fileYear = r.optionalInt("census_year", 1900, 2200);
            if ("CENSUS".equals(role) && (fileYear == null || fileYear != year)) {
                throw r.bad("census_year", "notOf", year);
            }
            String layout = r.required("layout", 20);
            if (!layout.matches("[A-Z_]{1,20}")) {
                throw r.bad("layout", "notCode");
            }
            files.add(new FileHeader(fileId, new BatchHeader(r.required("file_name", 500), null, hash,
                    r.requiredWhole("size"), r.required("template_id", 100),
                    r.requiredInt("template_version", 0, Integer.MAX_VALUE), layout, role, fileYear)));
        });
        return files;
    }

    /** A school of the package's master list, its {@code district} already checked. */
    static SchoolRecord listedSchool(PackageRow r, String code, String district) {
        Map<SchoolAttribute, String> a = returnAttributes(r, district);
        Double lat = r.number("latitude");
        Double lon = r.number("longitude");
        put(a, SchoolAttribute.LATITUDE, lat == null ? null : lat.toString());
        put(a, SchoolAttribute.LONGITUDE, lon == null ? null : lon.toString());
        put(a, SchoolAttribute.STATUS, r.text("status", 20));
        return school(r, code, a);
    }

    static SchoolRecord returnRecord(PackageRow r, String district) {
        String d = r.text("district", CODE);
        if (d != null && !d.equalsIgnoreCase(district)) {
            throw r.bad("district", "notOf", district);
        }
        Map<SchoolAttribute, String> a = returnAttributes(r, d);
        return school(r, r.required("school_code", CODE), a);
    }

    /** What a school's return and its master-list row both say of it. */
    private static Map<SchoolAttribute, String> returnAttributes(PackageRow r, String district) {
        Map<SchoolAttribute, String> a = new EnumMap<>(SchoolAttribute.class);
        put(a, SchoolAttribute.NAME, r.text("name", NAME));
        put(a, SchoolAttribute.DISTRICT, district);
        put(a, SchoolAttribute.OWNERSHIP, r.text("ownership", CODE));
        put(a, SchoolAttribute.LOCALITY, r.text("locality", 20));
        put(a, SchoolAttribute.GENDER, r.text("gender", 10));
        put(a, SchoolAttribute.LEVEL, r.text("level", CODE));
        return a;
    }

    /** A school with the sheet, 1-based row (0-based when stored) and key cell it was read from. */
    private static SchoolRecord school(PackageRow r, String code, Map<SchoolAttribute, String> a) {
        Integer row = r.optionalInt("row", 0, Integer.MAX_VALUE);
        return new SchoolRecord(code, a, r.text("sheet", 100), row == null ? -1 : row - 1, r.text("key_cell", 20));
    }

    /** The figures of one file: rows of the same record make one stored row (girls' and boys' apart). */
    static long writeFacts(PackageCursor facts, long fileId, Identity id, GradeSystem grades, BatchWriter w) {
        long n = 0;
        while (facts.of(fileId)) {
            PackageRow first = facts.take();
            long record = first.requiredWhole("record");
            List<PackageRow> rows = new ArrayList<>(List.of(first));
            while (facts.of(fileId) && facts.peekRecord() == record) {
                rows.add(facts.take());
            }
            w.facts(factRecord(rows, id, grades));
            n += rows.size();
        }
        return n;
    }

    private static FactRecord factRecord(List<PackageRow> rows, Identity id, GradeSystem grades) {
        PackageRow first = rows.get(0);
        String school = first.required("school_code", CODE);
        Topic topic;
        try {
            topic = Topic.fromCode(first.required("topic", 20));
        } catch (IllegalArgumentException e) {
            throw first.bad("topic", "notCode");
        }
        String sexText = first.text("sex", 1);
        Sex sex = sexText == null ? null : sex(first, sexText);
        String ageText = first.required("age", 10);
        AgeGroup age = "all".equals(ageText) ? AgeGroup.ALL : "unknown".equals(ageText) ? AgeGroup.UNKNOWN : ageGroup(first, ageText);
        int width = topic.graded() ? grades.size() : topic.fixedSlots().size();
        for (PackageRow r : rows) {
            width = Math.max(width, r.requiredInt("slot", 0, Topic.MAX_SLOTS - 1) + 1);
        }
        int[] values = new int[width];
        Arrays.fill(values, FactRecord.MISSING);
        String[] sources = new String[width];
        String sheet = first.text("stored_sheet", 100);
        Integer storedRow = first.optionalInt("stored_row", -1, Integer.MAX_VALUE);
        for (PackageRow r : rows) {
            if (!school.equals(r.required("school_code", CODE)) || !topic.code().equals(r.required("topic", 20))
                    || !Objects.equals(sexText, r.text("sex", 1)) || !ageText.equals(r.required("age", 10))
                    || !Objects.equals(sheet, r.text("stored_sheet", 100))) {
                throw r.bad("record", "record");
            }
            if (r.requiredInt("census_year", 1900, 2200) != id.year()) {
                throw r.bad("census_year", "notOf", id.year());
            }
            int slot = r.requiredInt("slot", 0, Topic.MAX_SLOTS - 1);
            if (values[slot] != FactRecord.MISSING || sources[slot] != null) {
                throw r.bad("slot", "twice", slot);
            }
            Integer v = r.optionalInt("value", Integer.MIN_VALUE + 1L, Integer.MAX_VALUE);
            values[slot] = v == null ? FactRecord.MISSING : v;
            sources[slot] = r.text("stored_source", 500);
        }
        try {
            return new FactRecord(school, topic, sex, age, values, sources, sheet,
                    storedRow == null || storedRow < 1 ? -1 : storedRow - 1);
        } catch (IllegalArgumentException e) {
            throw first.bad("sex", "notCode");
        }
    }

    private static Sex sex(PackageRow r, String text) {
        for (Sex s : Sex.values()) {
            if (s.code().equals(text)) {
                return s;
            }
        }
        throw r.bad("sex", "notCode");
    }

    private static AgeGroup ageGroup(PackageRow r, String text) {
        try {
            return new AgeGroup(text);
        } catch (IllegalArgumentException e) {
            throw r.bad("age", "notCode");
        }
    }

    static PopulationRecord populationRecord(PackageRow r, Identity id) {
        String area = r.required("area_code", CODE);
        if (!area.equalsIgnoreCase(id.district())) {
            throw r.bad("area_code", "notOf", id.district());
        }
        String sexText = r.required("sex", 1);
        return new PopulationRecord(area, r.requiredInt("census_year", 1900, 2200), r.requiredInt("age", 0, 150),
                sex(r, sexText), r.requiredWhole("persons"), r.text("sheet", 100), r.text("cell", 20));
    }

    static ImportProblem problem(PackageRow r) {
        ProblemKind kind;
        try {
            kind = ProblemKind.valueOf(r.required("kind", 30));
        } catch (IllegalArgumentException e) {
            throw r.bad("kind", "notCode");
        }
        return ImportProblem.stored(kind, r.text("sheet", 100), r.text("cell", 40), r.text("school_code", CODE),
                r.text("field", 100), r.text("raw_text", 1000), r.text("detail", 1000));
    }
}
