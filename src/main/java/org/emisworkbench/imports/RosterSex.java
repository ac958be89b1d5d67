package org.emisworkbench.imports;

import org.emisworkbench.model.Sex;

/** Sex codes of the sex list as the model's enum; a template may add codes the model cannot store. */
final class RosterSex {
    private RosterSex() {
    }

    static Sex of(String code) {
        return "F".equals(code) ? Sex.F : "M".equals(code) ? Sex.M : null;
    }
}
