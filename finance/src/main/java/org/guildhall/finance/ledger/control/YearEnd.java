package org.guildhall.finance.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.guildhall.finance.calendar.control.FiscalCalendar;
import org.guildhall.finance.calendar.entity.FiscalPeriod;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.finance.chart.control.ChartOfAccounts;
import org.guildhall.finance.chart.entity.LedgerAccount;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;

/**
 * Year end: once all twelve periods are closed, the year's income and expenditure is closed to the general fund and
 * every balance-sheet balance is carried forward as the next year's opening balance (its period 0). The year is then
 * closed for good.
 */
@ApplicationScoped
public class YearEnd {

    public static final String GENERAL_FUND = "GENERAL_FUND";

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    FiscalCalendar calendar;

    @Inject
    ChartOfAccounts chart;

    @Inject
    Balances balances;

    @Inject
    AuditTrail audit;

    /** The result: what was carried forward, and the year's net expenditure (debit-positive) taken to the general fund. */
    public record Result(int fiscalYear, int accountsCarriedForward, Money netExpenditure) {
    }

    public Result close(int year) {
        FiscalYear fiscalYear = em.find(FiscalYear.class, year);
        if (fiscalYear == null) {
            throw new Absent("Fiscal year " + year + " has not been opened.");
        }
        if (fiscalYear.isClosed()) {
            throw new StateConflict("Fiscal year " + year + " is already closed.");
        }
        long open = calendar.periods(year).stream().filter(FiscalPeriod::isOpen).count();
        if (open > 0) {
            throw new StateConflict("Close all twelve periods of " + year + " first: " + open + " still open.");
        }
        LedgerAccount generalFund = chart.accountFor(GENERAL_FUND)
                .orElseThrow(() -> new RuleRefused("The chart of accounts has no general fund account to close the year to."));

        Map<String, Money> carried = new TreeMap<>();
        Money netExpenditure = Money.ZERO;
        for (Balances.Row row : balances.upTo(year, FiscalYear.PERIODS)) {
            if (row.type().closesAtYearEnd()) {
                netExpenditure = netExpenditure.plus(row.closing());
            } else {
                carried.merge(row.account(), row.closing(), Money::plus);
            }
        }
        carried.merge(generalFund.code(), netExpenditure, Money::plus);

        int next = year + 1;
        calendar.ensureYear(next);
        Map<String, BigDecimal[]> opening = new TreeMap<>();
        carried.forEach((account, balance) -> {
            if (!balance.isZero()) {
                BigDecimal amount = balance.amount();
                opening.put(account, amount.signum() > 0
                        ? new BigDecimal[] {amount, BigDecimal.ZERO.setScale(2)}
                        : new BigDecimal[] {BigDecimal.ZERO.setScale(2), amount.negate()});
            }
        });
        balances.write(next, Balances.OPENING, opening);
        fiscalYear.close();
        em.flush();
        audit.record("FiscalYear", Integer.toString(year), "YEAR_END", Json.createObjectBuilder().add("status", "OPEN").build(),
                Json.createObjectBuilder().add("status", "CLOSED").add("netExpenditure", netExpenditure.toString())
                        .add("accountsCarriedForward", opening.size()).build());
        return new Result(year, opening.size(), netExpenditure);
    }
}
