package org.guildhall.hr.approval.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import java.util.Optional;
import java.util.Set;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.TenantRole;
import org.junit.jupiter.api.Test;

/** Who may act for whom. */
class ApproverTest {

    static final ApprovalLimit LIMIT = new ApprovalLimit(Money.parse("1000.00"), TenantRole.BUDGET_HOLDER);

    static Approver employee(String number, Set<String> actsFor, TenantRole... roles) {
        return new Approver(number, number.toLowerCase(), actsFor, Set.of(roles)::contains);
    }

    static Subject forE1(String preparedBy, String amount) {
        return new Subject("E1", "M1", preparedBy, amount == null ? null : Money.parse(amount));
    }

    @Test
    void the_line_manager_decides() {
        assertEquals(Optional.empty(), employee("M1", Set.of("M1")).refusal(forE1(null, null), null));
    }

    @Test
    void a_delegate_for_today_decides_and_anyone_else_does_not() {
        assertEquals(Optional.empty(), employee("E3", Set.of("E3", "M1")).refusal(forE1(null, "20.00"), LIMIT));
        assertEquals(Optional.of(Refusal.NOT_APPROVER), employee("E3", Set.of("E3")).refusal(forE1(null, "20.00"), LIMIT));
    }

    @Test
    void never_the_requester_even_as_a_delegate_or_hr() {
        Approver erin = employee("E1", Set.of("E1", "M1"), TenantRole.HR_ADMIN, TenantRole.BUDGET_HOLDER);
        assertEquals(Optional.of(Refusal.OWN), erin.refusal(forE1(null, "5000.00"), LIMIT));
    }

    @Test
    void never_whoever_prepared_the_item() {
        assertEquals(Optional.of(Refusal.PREPARER), employee("M1", Set.of("M1")).refusal(forE1("m1", null), null));
    }

    @Test
    void hr_decides_for_someone_with_no_manager_and_only_hr() {
        Subject boss = Subject.of("B1", null, null);
        assertEquals(Optional.empty(), employee("H1", Set.of("H1"), TenantRole.HR_ADMIN).refusal(boss, null));
        assertEquals(Optional.of(Refusal.NOT_APPROVER), employee("M1", Set.of("M1")).refusal(boss, null));
    }

    @Test
    void above_the_limit_only_the_role_decides_not_the_manager_nor_the_delegate() {
        assertEquals(Optional.of(Refusal.NOT_APPROVER), employee("M1", Set.of("M1")).refusal(forE1(null, "1000.01"), LIMIT));
        assertEquals(Optional.of(Refusal.NOT_APPROVER), employee("E3", Set.of("E3", "M1")).refusal(forE1(null, "1000.01"), LIMIT));
        Approver holder = new Approver(null, "holder", Set.of(), Set.of(TenantRole.BUDGET_HOLDER)::contains);
        assertEquals(Optional.empty(), holder.refusal(forE1(null, "1000.01"), LIMIT));
        assertEquals(Optional.empty(), employee("M1", Set.of("M1")).refusal(forE1(null, "1000.00"), LIMIT), "the limit itself is the manager's");
    }

    @Test
    void an_item_that_is_nobodys_own_is_decided_only_by_the_role_and_never_by_anyone_who_prepared_it() {
        ApprovalLimit payroll = new ApprovalLimit(Money.ZERO, TenantRole.PAYROLL_APPROVER);
        Subject run = Subject.unowned(Set.of("calculator", "adder"), Money.parse("0.00"));
        Approver approver = new Approver(null, "approver", Set.of(), Set.of(TenantRole.PAYROLL_APPROVER)::contains);
        assertEquals(Optional.empty(), approver.refusal(run, payroll), "the role decides even a run of nothing");
        assertEquals(Optional.of(Refusal.NOT_APPROVER), employee("H1", Set.of("H1"), TenantRole.HR_ADMIN).refusal(run, payroll),
                "HR does not stand in for the role as it does for someone with no manager");
        assertEquals(Optional.of(Refusal.NOT_APPROVER), new Approver(null, "anyone", Set.of(), r -> false).refusal(run, payroll),
                "no employee number is not the requester's own null");
        for (String preparer : Set.of("calculator", "adder")) {
            Approver holder = new Approver("P1", preparer, Set.of("P1"), Set.of(TenantRole.PAYROLL_APPROVER)::contains);
            assertEquals(Optional.of(Refusal.PREPARER), holder.refusal(run, payroll), preparer);
        }
    }

    @Test
    void the_limit_is_read_from_the_policy_with_defaults() {
        assertEquals(LIMIT, ApprovalLimit.of(null));
        ApprovalLimit read = ApprovalLimit.of(Json.createObjectBuilder().add("lineManagerLimit", "250.00")
                .add("aboveLimitApprover", "FINANCE").build());
        assertEquals(TenantRole.FINANCE, read.approverFor(Money.parse("250.01")));
        assertNull(read.approverFor(Money.parse("250.00")));
    }
}
