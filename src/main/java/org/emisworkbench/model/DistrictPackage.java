package org.emisworkbench.model;

import java.time.Instant;

/**
 * A district package imported into a (national) workspace: the current one of its district and year,
 * or one a newer package replaced, kept as history.
 *
 * @param madeBy     who made it (the user name on the district's laptop), when known
 * @param madeIn     the workspace it was made from (its file name), when known
 * @param replacedBy the id of the package that replaced it, or null while it is current
 * @param figures    figures it brought, each with its cell
 * @param marks      findings it carried confirmed or queried
 */
public record DistrictPackage(long id, String district, int year, String fileName, String sha256, Instant madeAt,
                              String madeBy, String madeIn, Instant importedAt, boolean current, Long replacedBy,
                              int schools, long figures, int findings, int marks) {
}
