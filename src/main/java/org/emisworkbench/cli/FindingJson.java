package org.emisworkbench.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.StoredFinding;

/** The JSON and CSV shapes of findings. */
final class FindingJson {
    static final List<String> CSV_HEADER = List.of("id", "rule", "severity", "school", "district", "year", "grade",
            "sex", "age", "left", "right", "message", "file", "sheet", "cell", "status", "comment", "pack", "value", "causedBy");

    private FindingJson() {
    }

    static Map<String, Object> of(StoredFinding s, Locale language) {
        var f = s.finding();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("rule", f.ruleId());
        m.put("severity", f.severity().code());
        m.put("school", f.schoolCode());
        m.put("district", f.district());
        m.put("year", f.year());
        m.put("grade", f.grade());
        m.put("sex", f.sex() == null ? null : f.sex().code());
        m.put("age", f.age());
        m.put("left", whole(f.left()));
        m.put("right", whole(f.right()));
        m.put("value", f.cellValue());
        m.put("message", f.message().in(language));
        SourceRef src = f.source();
        if (src != null) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("file", src.file());
            source.put("sheet", src.sheet());
            source.put("cell", src.cell());
            m.put("source", source);
        } else {
            m.put("source", null);
        }
        SourceRef before = f.previousSource();
        if (before != null) {
            Map<String, Object> previous = new LinkedHashMap<>();
            previous.put("file", before.file());
            previous.put("sheet", before.sheet());
            previous.put("cell", before.cell());
            m.put("previousSource", previous);
        }
        m.put("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
        m.put("comment", s.comment());
        m.put("markedBy", s.markedBy()); // who marked it: the OS user, or a shared workspace's database role
        m.put("pack", s.packId());
        m.put("causedBy", s.causedBy()); // the finding this one follows from (not counted), or null
        return m;
    }

    /** Counts print as whole numbers ({@code -2}, not {@code -2.0}); other figures as they are. */
    private static Number whole(Double d) {
        if (d == null) {
            return null;
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Number) (long) d.doubleValue() : d;
    }

    static List<Object> csvRow(StoredFinding s, Locale language) {
        var f = s.finding();
        SourceRef src = f.source();
        return java.util.Arrays.asList(s.id(), f.ruleId(), f.severity().code(),
                f.schoolCode(), f.district(), f.year(), f.grade(), f.sex() == null ? null : f.sex().code(), f.age(),
                whole(f.left()), whole(f.right()), f.message().in(language), src == null ? null : src.file(),
                src == null ? null : src.sheet(), src == null ? null : src.cell(),
                s.status().name().toLowerCase(java.util.Locale.ROOT), s.comment(), s.packId(), f.cellValue(),
                s.causedBy());
    }
}
