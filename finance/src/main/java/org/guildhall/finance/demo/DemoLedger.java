package org.guildhall.finance.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.guildhall.finance.calendar.control.FiscalCalendar;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.finance.ledger.control.Ledger;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.platform.demo.DemoActivity;
import org.guildhall.platform.demo.DemoTenant;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.time.WorkingDays;

/**
 * The demo's own journals, posted by the tenant's finance person as the manual journals a finance team posts each
 * month: the grant-in-aid drawn down, the rent and the contingent labour paid, and the month's depreciation. Sized by the
 * tenant's headcount, with some variation from month to month, so the trial balance and budgets have something in them.
 */
@ApplicationScoped
public class DemoLedger implements DemoActivity {

    private static final WorkingDays WORKING_DAYS = WorkingDays.in(Nation.ENGLAND);

    @Inject
    Ledger ledger;

    @Inject
    FiscalCalendar calendar;

    @Override
    public int order() {
        return 150;
    }

    /** The fiscal years the demo year posts in, opened when the tenant joined (onboarding opens only that year and the next). */
    @Override
    public void prepare(DemoTenant tenant) {
        tenant.act(tenant.username(DemoTenant.FINANCE), tenant.joined().plusSeconds(7_200), () -> {
            for (YearMonth month : tenant.year()) {
                calendar.ensureYear(FiscalYear.of(month.atDay(1)));
            }
        });
    }

    @Override
    public void month(DemoTenant tenant, YearMonth month) {
        Random random = tenant.random("ledger", month);
        LocalDate early = WORKING_DAYS.onOrAfter(month.atDay(3));
        LocalDate late = WORKING_DAYS.lastOf(month);
        BigDecimal people = BigDecimal.valueOf(tenant.employees());
        Money grant = amount(people.multiply(new BigDecimal("5200")), random);
        Money rent = amount(people.multiply(new BigDecimal("310")), random);
        Money it = amount(people.multiply(new BigDecimal("145")), random);
        Money depreciation = amount(people.multiply(new BigDecimal("38")), random);
        post(tenant, early, month, "GIA", "Grant-in-aid drawn down for " + month, List.of(
                line("14000", null, grant, null), line("31000", null, null, grant)));
        // on accounts purchasing never buys on, so that these never eat into the budgets its requisitions are checked against
        post(tenant, WORKING_DAYS.plus(early, 1), month, "RENT", "Rent and rates under the memorandum of terms of occupation, "
                + month, List.of(line("58000", "CC100", rent, null), line("14000", null, null, rent)));
        post(tenant, WORKING_DAYS.onOrAfter(month.atDay(15)), month, "AGENCY", "Contingent labour, " + month, List.of(
                line("51400", "CC200", it, null), line("14000", null, null, it)));
        post(tenant, late, month, "DEP", "Depreciation for " + month, List.of(
                line("56100", "CC100", depreciation, null), line("11900", null, null, depreciation)));
    }

    private void post(DemoTenant tenant, LocalDate day, YearMonth month, String kind, String description, List<JournalDraft.Line> lines) {
        if (!day.isBefore(tenant.today())) {
            return;
        }
        String reference = "DEMO-" + kind + "-" + month;
        tenant.act(tenant.username(DemoTenant.FINANCE), DemoTenant.at(day, LocalTime.of(10, 15)),
                () -> ledger.post(Ledger.MANUAL, reference, new JournalDraft(day, description, reference, lines)));
    }

    /** {@code base} varied by up to 6% either way, to the penny. */
    private static Money amount(BigDecimal base, Random random) {
        BigDecimal factor = BigDecimal.valueOf(940 + random.nextInt(121)).movePointLeft(3);
        return Money.of(base.multiply(factor).setScale(2, RoundingMode.HALF_UP));
    }

    private static JournalDraft.Line line(String account, String costCentre, Money debit, Money credit) {
        return new JournalDraft.Line(account, costCentre, debit, credit, null);
    }
}
