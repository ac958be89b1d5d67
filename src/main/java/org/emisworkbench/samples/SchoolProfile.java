package org.emisworkbench.samples;

/** A school of the master list: identity and attributes, the same in both census years. */
record SchoolProfile(String code, String name, Lumeria.District district, String ownership, String locality,
                     String level) {
    boolean offers(int grade) {
        return Lumeria.offers(level, grade);
    }

    Lumeria.Layout layout() {
        return district.layout();
    }
}
