package org.guildhall.procurement.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.platform.measure.MeasureSource;
import org.guildhall.platform.measure.Measured;
import org.guildhall.platform.measure.WorkingHours;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.time.WorkingDays;

/**
 * Accounts payable's service measures: of the invoices paid in the month, the days from receipt to payment and the
 * shares paid within 5 and within 30 days (as the prompt-payment measure counts them, the clock starting the day after
 * receipt); the age, in working days at the month's end, of the invoices in the exception queue then; and, for
 * metering, the invoices received and the purchase orders raised in the month.
 */
@ApplicationScoped
public class PayablesMeasures implements MeasureSource {

    static final WorkingDays WORKING_DAYS = WorkingDays.in(Nation.ENGLAND);

    @Inject
    TenantSession session;

    @Inject
    Clock clock;

    @Override
    public List<Measured> measure(YearMonth month) {
        List<BigDecimal> days = new ArrayList<>();
        long within5 = 0;
        long within30 = 0;
        List<BigDecimal> ages = new ArrayList<>();
        LocalDate end = month.atEndOfMonth();
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingHours.UK);
        LocalDate asOf = end.isBefore(today) ? end : today;
        try (PreparedStatement paid = session.connection().prepareStatement("""
                select received_on, paid_on from supplier_invoice where tenant_id = ? and kind = 'INVOICE' and status = 'PAID'
                  and paid_on between ? and ?""");
             PreparedStatement queued = session.connection().prepareStatement("""
                select received_on from supplier_invoice where tenant_id = ? and status = 'EXCEPTION' and received_on <= ?""")) {
            paid.setFetchSize(5_000);
            paid.setString(1, session.current());
            paid.setDate(2, Date.valueOf(month.atDay(1)));
            paid.setDate(3, Date.valueOf(end));
            try (ResultSet row = paid.executeQuery()) {
                while (row.next()) {
                    long took = ChronoUnit.DAYS.between(row.getDate(1).toLocalDate(), row.getDate(2).toLocalDate());
                    days.add(BigDecimal.valueOf(took));
                    within5 += took <= 5 ? 1 : 0;
                    within30 += took <= 30 ? 1 : 0;
                }
            }
            queued.setString(1, session.current());
            queued.setDate(2, Date.valueOf(asOf));
            try (ResultSet row = queued.executeQuery()) {
                while (row.next()) {
                    ages.add(BigDecimal.valueOf(WORKING_DAYS.between(row.getDate(1).toLocalDate(), asOf)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the invoices of " + month, e);
        }
        long invoices = count("""
                select count(*) from supplier_invoice where tenant_id = ? and kind = 'INVOICE' and received_on >= ? and received_on < ?""", month, false);
        long orders = count("select count(*) from purchase_order where tenant_id = ? and raised_at >= ? and raised_at < ?", month, true);
        return List.of(Measured.time("INVOICE_CYCLE", Measured.Unit.DAYS, days),
                Measured.figure("INVOICES_PROCESSED", Measured.Unit.COUNT, BigDecimal.valueOf(invoices).setScale(2), invoices),
                Measured.figure("PURCHASE_ORDERS", Measured.Unit.COUNT, BigDecimal.valueOf(orders).setScale(2), orders),
                Measured.figure("PAID_WITHIN_5_DAYS", Measured.Unit.PERCENT, share(within5, days.size()), days.size()),
                Measured.figure("PAID_WITHIN_30_DAYS", Measured.Unit.PERCENT, share(within30, days.size()), days.size()),
                Measured.time("EXCEPTION_AGE", Measured.Unit.WORKING_DAYS, ages));
    }

    /** For metering: the rows {@code sql} counts in the month, by day ({@code instants} false) or by instant. */
    private long count(String sql, YearMonth month, boolean instants) {
        try (PreparedStatement query = session.connection().prepareStatement(sql)) {
            query.setString(1, session.current());
            if (instants) {
                query.setTimestamp(2, java.sql.Timestamp.from(month.atDay(1).atStartOfDay(WorkingHours.UK).toInstant()));
                query.setTimestamp(3, java.sql.Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(WorkingHours.UK).toInstant()));
            } else {
                query.setDate(2, Date.valueOf(month.atDay(1)));
                query.setDate(3, Date.valueOf(month.plusMonths(1).atDay(1)));
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count for metering", e);
        }
    }

    private static BigDecimal share(long part, long of) {
        return of == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
    }
}
