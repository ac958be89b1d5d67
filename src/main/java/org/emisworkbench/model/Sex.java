package org.emisworkbench.model;

/** Sex of a pupil or staff member, as the canonical model stores it. */
public enum Sex {
    F, M;

    /** The code stored in the database and written in exports. */
    public String code() {
        return name();
    }
}
