package org.emisworkbench.model;

/** A school as its current return for a year describes it, with where that return was read. */
public record SchoolListing(String code, String name, String district, int year, String ownership,
                           String locality, String level, String file, String sheet, int row) {
}
