package org.emisworkbench.model;

import java.util.Map;
import java.util.Objects;

/**
 * A school's identity and attributes as found in one place of a workbook.
 *
 * @param code      the school code, already trimmed and upper-cased
 * @param attributes attribute values as text (codes normalised through code lists)
 * @param sheet     sheet the record was read from
 * @param row       0-based row of the record (the school's row, or the form's code cell row)
 * @param keyCell   A1 reference of the cell holding the school code
 * @param blankCells attributes the return has a place for but left blank, with that place's A1 cell: the
 *                   store reports it when it fills one of them from an earlier return or the master list
 */
public record SchoolRecord(String code, Map<SchoolAttribute, String> attributes, String sheet, int row,
                           String keyCell, Map<SchoolAttribute, String> blankCells) {
    public SchoolRecord {
        Objects.requireNonNull(code, "code");
        attributes = Map.copyOf(attributes);
        blankCells = blankCells == null ? Map.of() : Map.copyOf(blankCells);
    }

    /** A record that says nothing of blank attributes. */
    public SchoolRecord(String code, Map<SchoolAttribute, String> attributes, String sheet, int row, String keyCell) {
        this(code, attributes, sheet, row, keyCell, Map.of());
    }

    public String get(SchoolAttribute a) {
        return attributes.get(a);
    }
}
