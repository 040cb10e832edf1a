package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.finance.payments.control.PaymentAccounts;
import org.guildhall.finance.payments.entity.PaymentAccount;
import org.guildhall.hr.people.control.BankDetails;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.payments.Bacs18;
import org.guildhall.platform.payments.UkBankAccount;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.BusinessCalendar;
import org.guildhall.platform.time.WorkingDays;

/**
 * An approved run's net pay as a BACS Standard 18 credit file from the tenant's PAYROLL payment account: one credit
 * per payslip with net pay, to the employee's confirmed bank details, and the contra. BACS takes three working days
 * (input, processing, entry on the pay date), so the file's processing day is two working days before the pay date,
 * and a run whose processing day has passed is refused. First {@link #ready} checks all that in one transaction;
 * then {@link #write} streams the file from the database in another, never holding it.
 */
@ApplicationScoped
public class PayrollBacs {

    static final int PROCESSING_DAYS_BEFORE_PAY = 2;

    @Inject
    PaymentAccounts accounts;

    @Inject
    BankDetails bankDetails;

    @Inject
    TenantSession session;

    @Inject
    RunQueries queries;

    @Inject
    Clock clock;

    /** A run found fit for a file: whose, which, from where, and the dates on it. */
    public record Ready(String tenant, long run, Bacs18.Originator originator, LocalDate created, LocalDate processing) {
        public String fileName() {
            return "payroll-run-" + run + "-bacs.txt";
        }
    }

    /** Refuses a run that is not approved (409), a tenant with no payroll account (422), a pay date too near (422). */
    @Transactional
    @InTenant
    public Ready ready(long id) {
        PayrollRun run = queries.find(id);
        if (run.status() != PayrollRun.Status.APPROVED) {
            throw new StateConflict("Only an approved run is paid: this one is " + run.status() + ".");
        }
        Bacs18.Originator originator = accounts.of(PaymentAccount.Purpose.PAYROLL).map(PaymentAccount::originator)
                .orElseThrow(() -> new RuleRefused("There is no PAYROLL payment account to pay from: finance sets it at "
                        + "payment-accounts/PAYROLL, with the BACS service user number."));
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate processing = PaySchedules.WORKING_DAYS.minus(run.payDate(), PROCESSING_DAYS_BEFORE_PAY);
        if (processing.isBefore(today)) {
            throw new RuleRefused("BACS needs the file by " + processing + " to pay on " + run.payDate()
                    + " (three working days), which has passed: pay this run another way, or move its pay date.");
        }
        List<String> unconfirmed = unconfirmed(id);
        if (!unconfirmed.isEmpty()) {
            throw new RuleRefused("These employees' bank details are no longer confirmed, so the file cannot pay them: "
                    + String.join(", ", unconfirmed) + ". Confirm them first.");
        }
        return new Ready(session.current(), id, originator, today, processing);
    }

    /** Writes the file of a run {@link #ready} accepted, entered into its tenant, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(Ready ready, OutputStream output) {
        session.enter(ready.tenant());
        Connection connection = session.connection();
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.US_ASCII), 64 * 1024);
        Bacs18 file = new Bacs18(writer, ready.originator(), "%06d".formatted(ready.run() % 1_000_000), ready.created(), ready.processing());
        try (PreparedStatement query = connection.prepareStatement("""
                select p.employee_number, p.net, b.sort_code, b.account_number, b.account_name
                from payslip p join employee_bank_account b on b.tenant_id = p.tenant_id and b.employee_number = p.employee_number
                where p.tenant_id = ? and p.run_id = ? and p.net > 0 and b.status = 'CONFIRMED'
                order by p.employee_number""")) {
            query.setFetchSize(2_000);
            query.setString(1, ready.tenant());
            query.setLong(2, ready.run());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String employee = row.getString(1);
                    UkBankAccount account = bankDetails.decrypt(employee, row.getString(3), row.getString(4), row.getString(5));
                    long pence = row.getBigDecimal(2).movePointRight(2).longValueExact();
                    file.credit(account.sortCode(), account.accountNumber(), pence, "PAY " + employee, account.accountName());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the run's payments", e);
        }
        file.finish();
    }

    private List<String> unconfirmed(long run) {
        List<String> employees = new ArrayList<>();
        try (PreparedStatement query = session.connection().prepareStatement("""
                select p.employee_number from payslip p
                left join employee_bank_account b on b.tenant_id = p.tenant_id and b.employee_number = p.employee_number
                where p.tenant_id = ? and p.run_id = ? and p.net > 0 and (b.status is null or b.status <> 'CONFIRMED')
                order by p.employee_number limit 10""")) {
            query.setString(1, session.current());
            query.setLong(2, run);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    employees.add(row.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return employees;
    }
}
