package org.guildhall.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.guildhall.platform.security.TenantRole;
import org.junit.jupiter.api.Test;

class DemoTenantTest {

    private static final List<YearMonth> YEAR = IntStream.rangeClosed(1, 12).mapToObj(i -> YearMonth.of(2025, 10).plusMonths(i)).toList();

    private static DemoTenant tenant(String code, String prefix, int employees) {
        return new DemoTenant(code, code, prefix, employees, YEAR, LocalDate.of(2026, 11, 16), "hash", null);
    }

    @Test
    void everyoneButTheHeadReportsToAManagerWhoReportsToTheHead() {
        DemoTenant tenant = tenant("demo-records", "RA", 60);
        assertEquals(6, tenant.managers());
        assertEquals(-1, tenant.managerOf(DemoTenant.HEAD));
        for (int i = 1; i < tenant.employees(); i++) {
            int manager = tenant.managerOf(i);
            assertTrue(manager >= 0 && manager < i, i + " reports to " + manager);
            assertTrue(manager == DemoTenant.HEAD || tenant.managerOf(manager) == DemoTenant.HEAD, i + " reports to " + manager);
        }
        assertEquals("RA1004", tenant.employeeNumber(3));
        assertEquals("ra1004", tenant.username(3));
        assertTrue(tenant.roles(DemoTenant.PAYROLL).contains(TenantRole.PAYROLL_ADMIN));
        assertTrue(tenant.roles(DemoTenant.HEAD).contains(TenantRole.PAYROLL_APPROVER));
        assertEquals(Set.of(TenantRole.EMPLOYEE), tenant.roles(30));
    }

    @Test
    void theSameTenantPurposeAndMonthDrawTheSameNumbersAndOthersDoNot() {
        DemoTenant tenant = tenant("demo", "DD", 146);
        assertEquals(tenant.random("leave", YEAR.get(3)).nextLong(), tenant("demo", "DD", 146).random("leave", YEAR.get(3)).nextLong());
        assertNotEquals(tenant.random("leave", YEAR.get(3)).nextLong(), tenant.random("leave", YEAR.get(4)).nextLong());
        assertNotEquals(tenant.random("leave", YEAR.get(3)).nextLong(), tenant.random("expenses", YEAR.get(3)).nextLong());
        assertNotEquals(tenant.random("leave", YEAR.get(3)).nextLong(), tenant("demo-records", "RA", 60).random("leave", YEAR.get(3)).nextLong());
    }

    @Test
    void neighbouringMonthsFirstDrawsAreNotTiedTogether() {
        // seeds a month apart once gave java.util.Random first draws of the same parity every month
        DemoTenant tenant = tenant("demo", "DD", 146);
        Set<Integer> parities = new HashSet<>();
        Set<Integer> sixths = new HashSet<>();
        for (YearMonth month : YEAR) {
            parities.add(tenant.random("payroll", month).nextInt(2));
            sixths.add(tenant.random("payroll", month).nextInt(6));
        }
        assertEquals(2, parities.size());
        assertTrue(sixths.size() >= 4, sixths.toString());
    }
}
