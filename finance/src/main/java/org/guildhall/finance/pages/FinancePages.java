package org.guildhall.finance.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.platform.pages.TenantPages;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.time.BusinessCalendar;

/**
 * The finance pages at {@code /finance/{tenant}/...}. Reading needs FINANCE or AUDITOR in the tenant; posting, closing
 * and reopening need FINANCE. Forms post back with the session's CSRF token. A servlet mapping cannot name a feature
 * after the tenant, so this one servlet admits the caller and hands each path to its feature's page.
 */
@WebServlet("/finance/*")
public class FinancePages extends TenantPages {

    private static final Set<TenantRole> READERS = Set.of(TenantRole.FINANCE, TenantRole.AUDITOR);
    private static final Set<TenantRole> WRITERS = Set.of(TenantRole.FINANCE);

    @Inject
    JournalsPage journals;

    @Inject
    JournalEntryPage journalEntry;

    @Inject
    TrialBalancePage trialBalance;

    @Inject
    PeriodsPage periods;

    @Inject
    BudgetPage budget;

    @Inject
    Clock clock;

    @Override
    protected Set<TenantRole> readers() {
        return READERS;
    }

    @Override
    protected Set<TenantRole> writers() {
        return WRITERS;
    }

    @Override
    protected void shown(HttpServletRequest request, HttpServletResponse response, String tenant, String rest,
                         Map<String, Object> scope) throws IOException {
        scope.put("posted", request.getParameter("posted") != null);
        int year = intParameter(request, "fiscalYear", FiscalYear.current(clock));
        int period = intParameter(request, "period", FiscalYear.periodOf(BusinessCalendar.today(clock)));
        scope.put("fiscalYear", year);
        if (rest.isEmpty() || "/".equals(rest)) {
            response.sendRedirect(request.getContextPath() + "/finance/" + tenant + "/journals");
            return;
        }
        page(rest, FinancePage::shows).shown(request, response, rest, scope, year, period);
    }

    @Override
    protected void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest,
                          Map<String, Object> scope) throws IOException {
        page(rest, FinancePage::takes).posted(request, response, tenant, rest, scope);
    }

    private FinancePage page(String rest, BiPredicate<FinancePage, String> answers) {
        for (FinancePage page : List.of(journals, journalEntry, trialBalance, periods, budget)) {
            if (answers.test(page, rest)) {
                return page;
            }
        }
        throw new Problem.NotFound("There is nothing at this address.");
    }

    private static int intParameter(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new Problem.BadRequest("The " + name + " in the address is not a number.");
        }
    }
}
