package org.emisworkbench.rules.pack;

import org.emisworkbench.rules.expr.Presence;

/**
 * What an expression rule does when values it reads are missing (after DHIS2). The values counted
 * are the cells the rule read, not the sides: {@code sum(a, b)} is present with one of a or b
 * missing, yet skip_if_any_missing still skips it.
 */
public enum MissingStrategy {
    /** Always check; a side that evaluates to MISSING is a finding. */
    NEVER_SKIP,
    /** Skip when any value read is missing. */
    SKIP_IF_ANY_MISSING,
    /** Skip when every value read is missing; a side still MISSING after that is a finding. */
    SKIP_IF_ALL_MISSING;

    /** True when a unit whose evaluation read fields with these counts is not checked at all. */
    public boolean skips(Presence presence) {
        return switch (this) {
            case NEVER_SKIP -> false;
            case SKIP_IF_ANY_MISSING -> presence.anyMissing();
            case SKIP_IF_ALL_MISSING -> presence.allMissing();
        };
    }
}
