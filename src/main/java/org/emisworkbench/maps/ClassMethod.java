package org.emisworkbench.maps;

/** How a map cuts values into classes. */
public enum ClassMethod {
    /** About as many areas in each class: the order of the areas shows, not the distances. */
    QUANTILES,
    /** Classes of equal width from the lowest to the highest value: the distances show. */
    EQUAL_INTERVALS
}
