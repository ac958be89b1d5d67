package org.emisworkbench.model.explore;

/**
 * One cell of an exploration: the sums behind it and how many schools it covers.
 *
 * @param numerator      the sum of the measure's figure (of its numerator for a ratio)
 * @param denominator    the sum of a ratio's denominator over the same schools; 0 for a sum
 * @param reported       schools whose figures are in the cell
 * @param notReported    schools of the cell's group whose return gives none of the figures: the cell is
 *                       partial when there are any
 * @param unreadable     schools whose return holds a cell of these figures that could not be read (a formula
 *                       error, text that is not a number): the cell is partial when there are any
 */
public record Cell(long numerator, long denominator, int reported, int notReported, int unreadable) {
    public static final Cell EMPTY = new Cell(0, 0, 0, 0, 0);

    public Cell(long numerator, long denominator, int reported, int notReported) {
        this(numerator, denominator, reported, notReported, 0);
    }

    /** The value shown: the sum, or the ratio times the scale; null when no school reports it. */
    public Double value(Measure measure) {
        if (reported == 0) {
            return null;
        }
        if (!measure.isRatio()) {
            return (double) numerator;
        }
        return denominator == 0 ? null : numerator * (double) measure.scale() / denominator;
    }

    /** True when some schools of the cell's group report none of its figures, or some of them unreadably. */
    public boolean partial() {
        return notReported > 0 || unreadable > 0;
    }
}
