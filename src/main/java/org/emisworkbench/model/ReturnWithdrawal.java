package org.emisworkbench.model;

import java.time.Instant;
import java.util.List;

/**
 * A school's return of a census year that the officer withdrew (review 21, decision 0069): it stopped counting
 * everywhere, and is kept as history.
 *
 * @param id             the withdrawal's number in the workspace
 * @param schoolCode     the school's code
 * @param schoolName     its name as the workspace holds it, or null
 * @param year           the census year
 * @param files          the files the withdrawn return was read from
 * @param figures        how many figures stopped counting
 * @param findingsClosed how many of the school's open findings of the year were closed with it
 * @param at             when it was withdrawn
 * @param by             who withdrew it (the operating-system user, or the database role of a shared workspace)
 * @param reason         why, as the officer wrote it, or null
 * @param undoneAt       when it was undone, or null while it stands
 * @param undoneBy       who undid it, or null
 */
public record ReturnWithdrawal(long id, String schoolCode, String schoolName, int year, List<String> files,
                               long figures, int findingsClosed, Instant at, String by, String reason,
                               Instant undoneAt, String undoneBy) {
    public ReturnWithdrawal {
        files = List.copyOf(files);
    }

    /** {@code 104O27 (Kabangwe Primary)}, or the code alone without a name. */
    public String school() {
        return schoolName == null || schoolName.isBlank() ? schoolCode : schoolCode + " (" + schoolName + ")";
    }

    /** Whether it still stands (not undone). */
    public boolean standing() {
        return undoneAt == null;
    }
}
