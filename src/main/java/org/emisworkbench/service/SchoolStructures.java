package org.emisworkbench.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.SchoolStructure;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.GradeTable;
import org.emisworkbench.store.WorkspaceSettings;

/**
 * The workspace's school structure: how many years of primary and lower secondary, and the age pupils enter
 * G1 (decision 0039). Indicators, reports and rules read the grade table when they run, so they follow a
 * change at once; findings stored before do not, hence the officer is told to run the checks again.
 */
public final class SchoolStructures {
    private final Workbench workbench;

    SchoolStructures(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The workspace's grades, each with its level and official age. */
    public GradeSystem grades() {
        return workbench.store(ws -> new CensusLoader(ws).grades());
    }

    /** The structure the workspace's grades follow; empty when its grade table was changed into another shape. */
    public Optional<SchoolStructure> current() {
        return SchoolStructure.of(grades());
    }

    /**
     * The note kept by the latest change (what it was set to, from what, when, by whom); empty when the
     * structure was never changed in this workspace.
     */
    public Optional<String> lastChange() {
        return workbench.store(ws -> new WorkspaceSettings(ws).get(GradeTable.CHANGED_SETTING));
    }

    /**
     * The latest change as the officer reads it, in any language: when (UTC) and by whom; a note written otherwise
     * (by hand, by another version) is shown as it is. Empty when the structure was never changed here.
     */
    public Optional<Message> lastChangeSaid() {
        return lastChange().map(SchoolStructures::said);
    }

    static Message said(String note) {
        java.util.Map<String, String> parts = new java.util.HashMap<>();
        for (String part : note.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        String at = parts.get("at");
        String by = parts.get("by");
        if (at == null || by == null) {
            return Message.of("structure.lastChangedNote", note);
        }
        try {
            at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                    .format(Instant.parse(at).atZone(java.time.ZoneOffset.UTC));
        } catch (java.time.format.DateTimeParseException e) {
            // Kept as written: the time is still the note's, only not in the usual shape.
        }
        return Message.of("structure.lastChanged", at, by, before(parts.getOrDefault("before", "other")));
    }

    /** The structure before the change, as {@link #describe} wrote it ("6+3+3 from age 6"), in any language. */
    private static Message before(String written) {
        var m = java.util.regex.Pattern.compile("(\\d+)\\+(\\d+)\\+(\\d+) from age (\\d+)").matcher(written);
        if (m.matches()) {
            return Message.of("structure.before", m.group(1), m.group(2), m.group(3), m.group(4));
        }
        return written.equals("other") ? Message.of("structure.beforeOther") : Message.verbatim(written);
    }

    /**
     * Gives the workspace {@code target}'s structure, in one transaction.
     *
     * @param upperSecondaryYears the years of upper secondary the officer gave (with the others they make 12 or 13
     *                            grades: more is refused, decision 0072), or null to keep {@code target}'s
     * @return what was done, in the officer's words (with "run the checks again" when something changed)
     * @throws ServiceException when the structure cannot be kept; nothing is changed then
     */
    public Message change(SchoolStructure target, Integer upperSecondaryYears) {
        if (upperSecondaryYears != null && upperSecondaryYears != target.upperSecondaryYears()) {
            // The years given decide the last grade (G12 or G13, decision 0072); checked below with the rest.
            target = SchoolStructure.withUpper(target.primaryYears(), target.lowerSecondaryYears(), upperSecondaryYears,
                    target.entranceAge(), target.prePrimaryYears());
        }
        Optional<Message> problem = target.problem(upperSecondaryYears);
        if (problem.isPresent()) {
            throw new ServiceException(problem.get());
        }
        Optional<SchoolStructure> before = current();
        Object[] args = {target.primaryYears(), target.lowerSecondaryYears(), target.entranceAge(),
                target.upperSecondaryYears()};
        if (before.isPresent() && before.get().equals(target)) {
            return Message.of("structure.unchanged", args);
        }
        String note = "primary=" + target.primaryYears() + "; lower_secondary=" + target.lowerSecondaryYears()
                + "; upper_secondary=" + target.upperSecondaryYears() + "; entrance_age=" + target.entranceAge()
                + (target.prePrimaryYears() == 1 ? "" : "; pre_primary=" + target.prePrimaryYears())
                + "; before=" + before.map(SchoolStructures::describe).orElse("other")
                + "; at=" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "; by=" + System.getProperty("user.name", "?");
        GradeSystem grades = target.grades();
        workbench.store(ws -> {
            new GradeTable(ws).change(grades, note);
            return null;
        });
        return Message.of("structure.changed", args);
    }

    private static String describe(SchoolStructure s) {
        return s.primaryYears() + "+" + s.lowerSecondaryYears() + "+" + s.upperSecondaryYears() + " from age "
                + s.entranceAge();
    }
}
