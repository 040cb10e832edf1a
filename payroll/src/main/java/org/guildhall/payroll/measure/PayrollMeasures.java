package org.guildhall.payroll.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.guildhall.platform.measure.MeasureSource;
import org.guildhall.platform.measure.Measured;
import org.guildhall.platform.measure.WorkingHours;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.time.WorkingDays;

/**
 * Payroll's service measures, over the runs paying in the month: the share approved by their deadline (the BACS
 * processing day, two working days before the pay date), how many payslips the approved ones paid, and, for
 * metering, how many employees they paid.
 */
@ApplicationScoped
public class PayrollMeasures implements MeasureSource {

    static final WorkingDays WORKING_DAYS = WorkingDays.in(Nation.ENGLAND);
    static final int DEADLINE_WORKING_DAYS_BEFORE_PAY = 2;

    /** The last day a run paid on {@code payDate} is approved on time: BACS's processing day, in England's working days. */
    public static LocalDate deadline(LocalDate payDate) {
        return WORKING_DAYS.minus(payDate, DEADLINE_WORKING_DAYS_BEFORE_PAY);
    }

    @Inject
    TenantSession session;

    @Override
    public List<Measured> measure(YearMonth month) {
        long runs = 0;
        long onTime = 0;
        long payslips = 0;
        try (PreparedStatement query = session.connection().prepareStatement("""
                select pay_date, status, decided_at, employees from payroll_run where tenant_id = ? and pay_date between ? and ?""")) {
            query.setString(1, session.current());
            query.setDate(2, Date.valueOf(month.atDay(1)));
            query.setDate(3, Date.valueOf(month.atEndOfMonth()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    runs++;
                    if ("APPROVED".equals(row.getString(2)) && row.getTimestamp(3) != null) {
                        LocalDate deadline = deadline(row.getDate(1).toLocalDate());
                        if (!row.getTimestamp(3).toInstant().atZone(WorkingHours.UK).toLocalDate().isAfter(deadline)) {
                            onTime++;
                        }
                        payslips += row.getLong(4);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the payroll runs of " + month, e);
        }
        BigDecimal share = runs == 0 ? null : BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(runs), 2, RoundingMode.HALF_UP);
        long paid = employeesPaid(month);
        return List.of(Measured.figure("PAYROLL_RUNS_ON_TIME", Measured.Unit.PERCENT, share, runs),
                Measured.figure("PAYSLIPS", Measured.Unit.COUNT, BigDecimal.valueOf(payslips).setScale(2), payslips),
                Measured.figure("EMPLOYEES_PAID", Measured.Unit.COUNT, BigDecimal.valueOf(paid).setScale(2), paid));
    }

    /** For metering: the employees with a payslip in an approved run paying in the month, each once. */
    private long employeesPaid(YearMonth month) {
        try (PreparedStatement query = session.connection().prepareStatement("""
                select count(distinct p.employee_number) from payslip p
                join payroll_run r on r.tenant_id = p.tenant_id and r.id = p.run_id and r.calculation = p.calculation
                where p.tenant_id = ? and r.status = 'APPROVED' and r.pay_date between ? and ?""")) {
            query.setString(1, session.current());
            query.setDate(2, Date.valueOf(month.atDay(1)));
            query.setDate(3, Date.valueOf(month.atEndOfMonth()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the employees paid in " + month, e);
        }
    }
}
