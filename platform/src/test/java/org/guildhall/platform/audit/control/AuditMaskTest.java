package org.guildhall.platform.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuditMaskTest {

    @Test
    void personal_and_pay_fields_are_hidden_and_the_rest_is_kept() {
        assertEquals("{\"employeeNumber\":\"E1\",\"givenName\":\"Ada\",\"niNumber\":\"(hidden)\",\"dateOfBirth\":\"(hidden)\","
                        + "\"annualSalary\":\"(hidden)\",\"endDate\":null}",
                AuditMask.mask("{\"employeeNumber\":\"E1\",\"givenName\":\"Ada\",\"niNumber\":\"QQ123456C\","
                        + "\"dateOfBirth\":\"1980-01-31\",\"annualSalary\":\"41000.00\",\"endDate\":null}"));
    }

    @Test
    void nested_states_are_masked_at_any_depth() {
        assertEquals("{\"lines\":[{\"note\":\"(hidden)\",\"amount\":\"1.00\"}]}",
                AuditMask.mask("{\"lines\":[{\"note\":\"hospital appointment\",\"amount\":\"1.00\"}]}"));
        assertNull(AuditMask.mask(null));
        assertEquals(AuditMask.HIDDEN, AuditMask.mask("not json"));
    }
}
