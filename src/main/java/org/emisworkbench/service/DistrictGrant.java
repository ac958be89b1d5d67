package org.emisworkbench.service;

import java.time.Instant;

/**
 * One district a district officer's database role may change in a shared workspace (decision 0027): the role,
 * the district, when the right was given and by which role.
 */
public record DistrictGrant(String role, String district, Instant grantedAt, String grantedBy) {
}
