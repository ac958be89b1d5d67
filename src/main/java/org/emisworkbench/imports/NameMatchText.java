package org.emisworkbench.imports;

import java.util.List;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.SchoolNames;

/**
 * The details of the problems a name read through the master list gives (decision 0037), worded once for
 * registers ({@link RosterTable}) and district lists ({@link WideNameKeys}), in each reader's language.
 */
final class NameMatchText {
    private NameMatchText() {
    }

    /** {@code read as school KS-101 by its name "Kasama basic" (master list: …)}. */
    static Message readAs(String code, String raw, SchoolNames.Listed school) {
        return Message.of("import.detail.readByName", code, raw, listed(school));
    }

    /**
     * A name of no master-list school, or of several (then listed, followed by {@code remedy}); {@code district}
     * is the district looked in, or null.
     */
    static Message notOne(String raw, String district, List<SchoolNames.Listed> found, Message remedy) {
        Message none = district == null ? Message.of("import.detail.noSchoolNamed", raw)
                : Message.of("import.detail.noSchoolNamedIn", raw, district);
        if (found.isEmpty()) {
            return none;
        }
        List<Message> names = found.stream().map(NameMatchText::listed).toList();
        return district == null ? Message.of("import.detail.schoolsNamed", found.size(), raw, names, remedy)
                : Message.of("import.detail.schoolsNamedIn", found.size(), raw, district, names, remedy);
    }

    /** {@code D01-042 "EP Kara" (district D01)}, as a candidate is named in a problem. */
    private static Message listed(SchoolNames.Listed school) {
        return school.district() == null ? Message.of("import.detail.listedSchool", school.code(), school.name())
                : Message.of("import.detail.listedSchoolIn", school.code(), school.name(), school.district());
    }
}
