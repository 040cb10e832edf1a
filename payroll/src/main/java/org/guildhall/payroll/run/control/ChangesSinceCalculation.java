package org.guildhall.payroll.run.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.platform.domain.StateConflict;

/**
 * What changed in a run's inputs after its calculation began, read from the audit trail: the employee record, payroll
 * profile, bank details, salary changes or figures to date of anyone the run paid or held back, the pay policy, or the run's schedule.
 * Approving would pay figures worked out from what is no longer true, so approval is refused until the run is
 * calculated again. (Items need no look here: adding one sends the run back to DRAFT.)
 */
final class ChangesSinceCalculation {

    private static final int SHOWN = 5;
    private static final Map<String, String> WHAT = Map.of("Employee", "record", "PayrollProfile", "payroll profile",
            "BankAccount", "bank details", "SalaryChange", "salary", "PayrollFiguresToDate", "figures to date");

    private ChangesSinceCalculation() {
    }

    /** Refuses (409) approving a run whose inputs changed since its calculation, naming the first few changes. */
    static void ensureNone(Connection connection, String tenant, PayrollRun run) throws SQLException {
        List<String> changes = of(connection, tenant, run);
        if (!changes.isEmpty()) {
            throw new StateConflict("Since this run was calculated, " + String.join(", ", changes.subList(0, Math.min(SHOWN, changes.size())))
                    + (changes.size() > SHOWN ? " and more" : "") + " changed: calculate it again before approving it.");
        }
    }

    /**
     * Up to one more than {@link #SHOWN} changes, each as a reader would say it ("E1's payroll profile") once, in the
     * order they were first made. Reads the audit from the event recording the run's latest calculation onwards (the
     * primary key's range).
     */
    static List<String> of(Connection connection, String tenant, PayrollRun run) throws SQLException {
        List<String> changes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                with calculated as (
                    select coalesce(max(seq), 0) as seq from audit_event
                    where tenant_id = ? and entity = 'PayrollRun' and entity_id = ? and action = 'CALCULATE'),
                paid as (
                    select employee_number from payslip where tenant_id = ? and run_id = ?
                    union select employee_number from payroll_exception where tenant_id = ? and run_id = ?)
                select a.entity, split_part(a.entity_id, '/', 1) from audit_event a, calculated c
                where a.tenant_id = ? and a.seq > c.seq and (
                      (a.entity in ('Employee', 'PayrollProfile', 'BankAccount') and a.entity_id in (select employee_number from paid))
                   or (a.entity in ('SalaryChange', 'PayrollFiguresToDate') and split_part(a.entity_id, '/', 1) in (select employee_number from paid))
                   or (a.entity = 'Policy' and a.entity_id = 'pay-policy')
                   or (a.entity = 'PaySchedule' and a.entity_id = ?))
                group by a.entity, split_part(a.entity_id, '/', 1) order by min(a.seq) limit ?""")) {
            String id = run.id().toString();
            query.setString(1, tenant);
            query.setString(2, id);
            for (int i = 3; i <= 5; i += 2) {
                query.setString(i, tenant);
                query.setLong(i + 1, run.id());
            }
            query.setString(7, tenant);
            query.setString(8, run.schedule());
            query.setInt(9, SHOWN + 1);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    changes.add(describe(row.getString(1), row.getString(2)));
                }
            }
        }
        return changes;
    }

    private static String describe(String entity, String id) {
        return switch (entity) {
            case "Policy" -> "the pay policy";
            case "PaySchedule" -> "the pay schedule " + id;
            default -> id + "'s " + WHAT.get(entity);
        };
    }
}
