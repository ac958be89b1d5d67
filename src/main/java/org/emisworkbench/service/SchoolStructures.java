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
     * Gives the workspace {@code target}'s structure, in one transaction.
     *
     * @param upperSecondaryYears the years of upper secondary the officer gave (checked against the rest up to
     *                            G12: a 13th grade is refused), or null
     * @return what was done, in the officer's words (with "run the checks again" when something changed)
     * @throws ServiceException when the structure cannot be kept; nothing is changed then
     */
    public Message change(SchoolStructure target, Integer upperSecondaryYears) {
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
