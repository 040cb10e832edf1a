package org.guildhall.finance.recharge.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.guildhall.platform.pages.CentrePages;
import org.guildhall.platform.pages.MonthInput;
import org.guildhall.platform.problem.Problem;

/**
 * Metering and recharge in the centre's console, {@code /centre/recharges?month=YYYY-MM} (operators; the month just
 * ended by default): the metering table, each tenant's counts, its statement's total and its approval. A GET form, so
 * a month is an address to bookmark or print.
 */
@WebServlet("/centre/recharges")
public class RechargesPage extends CentrePages {

    @Inject
    RechargePageModels models;

    @Inject
    Clock clock;

    @Override
    protected void shown(HttpServletRequest request, HttpServletResponse response, String rest, Map<String, Object> scope) throws IOException {
        if (!rest.isEmpty()) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        scope.put("title", "Metering and recharges");
        java.time.YearMonth month = MonthInput.intoScope(request.getParameter("month"), clock, scope);
        if (month != null) {
            scope.putAll(models.month(month));
        }
        templates.render(response, 200, "centre-recharges", scope);
    }
}
