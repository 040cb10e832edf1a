package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.guildhall.launcher.EmbeddedDatabase;
import org.guildhall.launcher.PayrollTenant;

/**
 * What a payroll run wrote, read straight from the database as the schema owner entered into one tenant: for the tests
 * that kill a server mid-run and compare what survives with what an uninterrupted calculation writes.
 */
record PayslipRows(String url, String tenant) {

    /**
     * After a calculation of {@code run} that a killed server left and another went on with: it ends CALCULATED with one
     * payslip per employee and no more, every payslip written before the kill kept as it was, and the figures, payslip
     * by payslip and in total, of a calculation of the same run that nobody interrupts (made here, after).
     */
    void assertWentOnAsIfUninterrupted(PayrollTenant payroll, long run, int employees, Map<String, String> writtenBeforeKill)
            throws SQLException, IOException, InterruptedException {
        JsonObject resumed = json(payroll.calculated(run, Duration.ofMinutes(3)));
        assertEquals(Json.createObjectBuilder().add("done", employees).add("total", employees).build(), resumed.getJsonObject("progress"));
        assertEquals(0, resumed.getJsonArray("exceptions").size(), resumed.toString());
        Map<String, String> versions = versions(run);
        assertEquals(employees, versions.size(), "one payslip per employee");
        assertEquals(employees, count(run), "and no more");
        writtenBeforeKill.forEach((employee, version) ->
                assertEquals(version, versions.get(employee), employee + "'s payslip was written again instead of kept"));
        Map<String, String> figures = figures(run);

        payroll.calculate(run, "");
        JsonObject uninterrupted = json(payroll.calculated(run, Duration.ofMinutes(3)));
        assertFalse(versions(run).get(writtenBeforeKill.keySet().iterator().next()).equals(
                writtenBeforeKill.values().iterator().next()), "the second calculation wrote its own payslips");
        assertEquals(uninterrupted.getJsonObject("totals"), resumed.getJsonObject("totals"));
        assertEquals(figures(run), figures);
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** Each payslip's row version (PostgreSQL's xmin: the transaction that wrote it), by employee. */
    Map<String, String> versions(long run) throws SQLException {
        return rows("select employee_number, xmin::text from payslip where tenant_id = ? and run_id = " + run);
    }

    /** Each employee's payslip figures, as text. */
    Map<String, String> figures(long run) throws SQLException {
        return rows("""
                select employee_number, concat_ws(' ', gross, taxable_pay, tax, employee_ni, employer_ni, student_loan, postgraduate_loan,
                  pension_employee, pension_employer, expenses, deductions, net, cost_centre,
                  (select string_agg(concat_ws(' ', kind, description, amount), '; ' order by line_no) from payslip_line l
                   where l.tenant_id = p.tenant_id and l.run_id = p.run_id and l.employee_number = p.employee_number))
                from payslip p where tenant_id = ? and run_id = """ + run);
    }

    /** The number of payslip rows of the run, whatever their employee. */
    long count(long run) throws SQLException {
        return single("select count(*) from payslip where tenant_id = ? and run_id = " + run, ResultSet::getLong);
    }

    String status(long run) throws SQLException {
        return single("select status from payroll_run where tenant_id = ? and id = " + run, ResultSet::getString);
    }

    private Map<String, String> rows(String query) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Connection owner = owner(); PreparedStatement statement = owner.prepareStatement(query)) {
            statement.setString(1, tenant);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    assertTrue(rows.put(row.getString(1), row.getString(2)) == null, "two payslips for " + row.getString(1));
                }
            }
        }
        return rows;
    }

    private interface Column<T> {
        T read(ResultSet row, int column) throws SQLException;
    }

    private <T> T single(String query, Column<T> column) throws SQLException {
        try (Connection owner = owner(); PreparedStatement statement = owner.prepareStatement(query)) {
            statement.setString(1, tenant);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return column.read(row, 1);
            }
        }
    }

    /** The schema owner, entered into the tenant (row-level security is forced on the owner too). */
    Connection owner() throws SQLException {
        Connection owner = DriverManager.getConnection(url, EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD);
        PayrollTenant.enter(owner, tenant);
        return owner;
    }
}
