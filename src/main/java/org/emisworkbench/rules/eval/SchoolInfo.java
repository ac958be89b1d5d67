package org.emisworkbench.rules.eval;

import java.util.Map;
import java.util.Objects;
import org.emisworkbench.model.SchoolAttribute;

/**
 * A school as the rules see it: identity, peer-group keys and attributes.
 *
 * @param code       school code (the key)
 * @param district   district code; peer groups and district scopes use it
 * @param level      the school's level attribute (primary, secondary…); peer groups use it
 * @param attributes attribute values as text, as the return (or the master list) reports them
 * @param returns    how many returns for this code the year holds: 2 or more is a duplicate school
 */
public record SchoolInfo(String code, String district, String level, Map<SchoolAttribute, String> attributes,
                         int returns) {
    public SchoolInfo {
        Objects.requireNonNull(code, "code");
        attributes = Map.copyOf(attributes);
    }

    public String name() {
        return attributes.get(SchoolAttribute.NAME);
    }
}
