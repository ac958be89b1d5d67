package org.emisworkbench.service.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emisworkbench.model.CoreText;
import org.emisworkbench.model.Languages;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.StoredFinding;

/**
 * Points a cohort or change finding at its cause when last year's figure it compares with has a
 * finding of its own: a wrong figure last year makes this year's right one look wrong.
 */
public final class Cascades {

    private Cascades() {
    }

    /**
     * The records with a note in each language where last year's cited figure has an open error or
     * warning of the same pack: one citing the same cell, or one on the school's whole return for the
     * same field (an outlier, say). The note names last year's cell, the rule and the year.
     */
    public static List<Finding> annotate(List<Finding> records, List<StoredFinding> lastYear) {
        Map<String, List<StoredFinding>> bySchool = new HashMap<>();
        for (StoredFinding s : lastYear) {
            Finding f = s.finding();
            if (f.schoolCode() != null && s.status() != FindingStatus.RESOLVED && f.severity() != Severity.INFO) {
                bySchool.computeIfAbsent(f.schoolCode(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<Long, StoredFinding> byId = new HashMap<>();
        lastYear.forEach(f -> byId.put(f.id(), f));
        List<Finding> out = new ArrayList<>(records.size());
        for (Finding r : records) {
            StoredFinding cause = r.previousSource() == null || r.schoolCode() == null ? null
                    : cause(r, bySchool.getOrDefault(r.schoolCode(), List.of()));
            if (cause != null && cause.causedBy() != null && byId.containsKey(cause.causedBy())) {
                cause = byId.get(cause.causedBy()); // last year's finding is itself a consequence: name its cause
            }
            if (cause == null) {
                out.add(r);
                continue;
            }
            // The rule and last year's cell name the cause in any workspace; its number would not, once the
            // findings travel in a district package to the national workspace, where numbers are new.
            Message note = Message.of("validation.cascade", cell(r.previousSource()), cause.finding().ruleId(),
                    Integer.toString(cause.finding().year()));
            out.add(r.withMessage(r.message().map((lang, text) ->
                    join(text, CoreText.of(Languages.locale(lang)).render(note)))));
        }
        return out;
    }

    private static StoredFinding cause(Finding r, List<StoredFinding> candidates) {
        StoredFinding wholeReturn = null;
        for (StoredFinding s : candidates) {
            Finding f = s.finding();
            if (f.ruleId().equals(r.ruleId())) {
                continue; // last year's cohort finding is not the cause of this year's
            }
            if (sameCell(f.source(), r.previousSource())) {
                return s;
            }
            if (wholeReturn == null && f.grade() == null && f.sex() == null && f.field() != null
                    && r.field() != null && f.field().contains(topic(r.field()))) {
                wholeReturn = s;
            }
        }
        return wholeReturn;
    }

    private static String topic(String field) {
        int comma = field.indexOf(',');
        return (comma < 0 ? field : field.substring(0, comma)).trim();
    }

    private static boolean sameCell(SourceRef a, SourceRef b) {
        return a != null && b != null && a.cell() != null && Objects.equals(a.file(), b.file())
                && Objects.equals(a.sheet(), b.sheet()) && a.cell().equals(b.cell());
    }

    private static String cell(SourceRef s) {
        return (s.sheet() == null ? "" : s.sheet() + "!") + Objects.toString(s.cell(), "") + " ("
                + Objects.toString(s.file(), "") + ")";
    }

    private static String join(String message, String note) {
        return message == null ? note : message + " " + note;
    }
}
