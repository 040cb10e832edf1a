package org.guildhall.finance.chart.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.guildhall.finance.calendar.control.FiscalCalendar;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.platform.tenant.control.TenantOnboarded;

/** Finance's part of onboarding: the template's chart and cost centres, and the current and next fiscal years. */
@ApplicationScoped
public class FinanceTemplate {

    @Inject
    ChartOfAccounts chart;

    @Inject
    FiscalCalendar calendar;

    @Inject
    Clock clock;

    void onboard(@Observes TenantOnboarded tenant) {
        chart.seed(tenant.template());
        int current = FiscalYear.current(clock);
        calendar.openYear(current);
        calendar.openYear(current + 1);
    }
}
