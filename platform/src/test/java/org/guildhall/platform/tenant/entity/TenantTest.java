package org.guildhall.platform.tenant.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.guildhall.platform.account.entity.UserAccount;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aNewTenantIsActiveWithItsNameTidied() {
        Tenant tenant = new Tenant("dwp", "  Department for Work and Pensions ", " ", "central-government", NOW);
        assertEquals(Tenant.Status.ACTIVE, tenant.status());
        assertEquals("Department for Work and Pensions", tenant.name());
        assertNull(tenant.group());
    }

    @Test
    void codesThatCouldNotBeAUrlSegmentOrATenantKeyAreRefused() {
        for (String code : new String[] {null, "", "a", "Dwp", "1dwp", "dwp_x", "dwp/x", "a".repeat(33)}) {
            assertThrows(IllegalArgumentException.class, () -> new Tenant(code, "Name", null, "central-government", NOW), String.valueOf(code));
        }
        assertThrows(IllegalArgumentException.class, () -> new Tenant("dwp", " ", null, "central-government", NOW));
    }

    @Test
    void usernamesAreCaseInsensitiveAndChecked() {
        assertEquals("ada.lovelace", new UserAccount(" Ada.Lovelace ", "Ada", "hash", NOW).username());
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("a b", "Ada", "hash", NOW));
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("ada", " ", "hash", NOW));
    }
}
