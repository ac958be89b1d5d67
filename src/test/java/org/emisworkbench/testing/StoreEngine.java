package org.emisworkbench.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The two engines a workspace lives on (decision 0018): an H2 file, and a shared schema on PostgreSQL. Suites
 * that matter for both are parameterised with it ({@code @ParameterizedClass @EnumSource(StoreEngine.class)});
 * the PostgreSQL half is skipped, with the reason, when no server is at hand ({@link PostgresCluster}).
 */
public enum StoreEngine {
    H2, POSTGRESQL;

    /** Skips the current test or class (a JUnit assumption) when this engine cannot be used here. */
    public void assumeAvailable() {
        if (this == POSTGRESQL) {
            assumeTrue(PostgresCluster.available(), PostgresCluster::reason);
        }
    }
}
