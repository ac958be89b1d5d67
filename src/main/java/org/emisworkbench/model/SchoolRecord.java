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
 * @param typed     the code as written in its cell, trimmed but in its own case ({@code EP-MF-0l02} for the code
 *                  {@code EP-MF-0L02}), for what the officer is told; null when not known ({@link #shown})
 */
public record SchoolRecord(String code, Map<SchoolAttribute, String> attributes, String sheet, int row,
                           String keyCell, Map<SchoolAttribute, String> blankCells, String typed) {
    public SchoolRecord {
        Objects.requireNonNull(code, "code");
        attributes = Map.copyOf(attributes);
        blankCells = blankCells == null ? Map.of() : Map.copyOf(blankCells);
    }

    /** A record that does not know how its code was written (the code is shown as it is). */
    public SchoolRecord(String code, Map<SchoolAttribute, String> attributes, String sheet, int row, String keyCell,
                        Map<SchoolAttribute, String> blankCells) {
        this(code, attributes, sheet, row, keyCell, blankCells, null);
    }

    /** A record that says nothing of blank attributes. */
    public SchoolRecord(String code, Map<SchoolAttribute, String> attributes, String sheet, int row, String keyCell) {
        this(code, attributes, sheet, row, keyCell, Map.of());
    }

    /**
     * The code as the officer finds it in the cell: as typed when known (and reading as the code), else the code. Messages name a school by
     * it; the code (upper-cased, {@link CodeCase}) stays the school's key.
     */
    public String shown() {
        // A cell that does not read as the code (a number's digits, a code taken from elsewhere) is not shown for it.
        return typed != null && !typed.isBlank() && CodeCase.schoolCode(typed).equals(code) ? typed : code;
    }

    public String get(SchoolAttribute a) {
        return attributes.get(a);
    }
}
