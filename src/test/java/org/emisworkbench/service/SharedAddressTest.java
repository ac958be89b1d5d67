package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The window's form of a shared workspace's address: written and read back the command line's way, no password. */
class SharedAddressTest {
    @Test
    void theFormsFieldsMakeAnAddressTheCommandLineReadsBackTheSame() {
        SharedAddress plain = new SharedAddress("dbhost", 5432, "census", "emis_app", "emis");
        assertEquals("postgresql://emis_app@dbhost:5432/census", plain.address());
        assertEquals(Optional.of(plain), SharedAddress.of(plain.address()));

        // A role and database with characters an address reserves, and a schema other than emis.
        SharedAddress odd = new SharedAddress("10.0.0.7", 6543, "census 2025", "ana.m@moe", "training");
        String written = odd.address();
        assertEquals("postgresql://ana.m%40moe@10.0.0.7:6543/census%202025?schema=training", written);
        assertEquals(Optional.of(odd), SharedAddress.of(written));
        assertTrue(Workbench.isSharedAddress(written));
    }

    @Test
    void aFileOrAnAddressThatCannotBeReadIsNoServer() {
        assertEquals(Optional.empty(), SharedAddress.of("/home/ana/census.mv.db"));
        assertEquals(Optional.empty(), SharedAddress.of("postgresql://ana:secret@dbhost/census"));
        assertEquals(Optional.empty(), SharedAddress.of(null));
    }

    @Test
    void theRoleOfferedIsPgUserElseTheLoginName() {
        assertEquals("from_env", SharedAddress.defaultUser(Map.of("PGUSER", "from_env")));
        assertEquals(System.getProperty("user.name"), SharedAddress.defaultUser(Map.of()));
    }
}
