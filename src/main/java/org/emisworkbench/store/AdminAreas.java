package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;

/**
 * Districts as returns name them. Returns often give the district's name ("Akuna") where the
 * master list gives its code ("D01"); both are stored as the code, so a district is one district.
 */
final class AdminAreas {
    private AdminAreas() {
    }

    /** Upper-cased district code or name → code, from the admin areas the master list brought. */
    static Map<String, String> districtCodes(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM admin_area WHERE area_level = 'district'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(key(rs.getString(1)), rs.getString(1));
                if (rs.getString(2) != null) {
                    out.putIfAbsent(key(rs.getString(2)), rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Records a master-list school's district code and name so later rows of the file resolve too. */
    static void learn(SchoolRecord s, Map<String, String> codes) {
        String code = s.get(SchoolAttribute.DISTRICT);
        if (code != null) {
            codes.putIfAbsent(key(code), code);
            String name = s.get(SchoolAttribute.DISTRICT_NAME);
            if (name != null) {
                codes.putIfAbsent(key(name), code);
            }
        }
    }

    /** The record with its district given as a code where the code or the name is known. */
    static SchoolRecord withDistrictCode(SchoolRecord s, Map<String, String> codes) {
        String district = s.get(SchoolAttribute.DISTRICT);
        String name = s.get(SchoolAttribute.DISTRICT_NAME);
        String resolved = district != null ? codes.get(key(district)) : name != null ? codes.get(key(name)) : null;
        if (resolved == null || resolved.equals(district)) {
            return s;
        }
        Map<SchoolAttribute, String> attrs = new EnumMap<>(SchoolAttribute.class);
        attrs.putAll(s.attributes());
        if (district != null && name == null) {
            attrs.put(SchoolAttribute.DISTRICT_NAME, district);
        }
        attrs.put(SchoolAttribute.DISTRICT, resolved);
        return new SchoolRecord(s.code(), attrs, s.sheet(), s.row(), s.keyCell());
    }

    private static String key(String s) {
        return s.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
