package org.emisworkbench.model;

/**
 * A cell that held one of the template's nil marks ({@code -}, {@code nil}) and was read as 0 (NIL_AS_ZERO at
 * import), with the mark as written: where a figure came from says so, never a bare 0.
 *
 * @param sheetCell the cell, {@code Pupils!E3}
 * @param mark      the mark as the cell held it
 */
public record NilMark(String sheetCell, String mark) {
}
