package org.guildhall.finance.recharge.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.guildhall.platform.pages.CentrePages;
import org.guildhall.platform.pages.FormErrors;
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
        MonthInput read = MonthInput.read("month", request.getParameter("month"), MonthInput.lastMonth(clock));
        FormErrors problems = FormErrors.of(read.errors(), field -> field);
        problems.into(scope);
        scope.put("monthError", problems.at("month"));
        if (read.month() == null) {
            scope.put("month", request.getParameter("month"));
        } else {
            scope.put("month", read.month().toString());
            scope.put("shown", true);
            scope.putAll(models.month(read.month()));
        }
        templates.render(response, 200, "centre-recharges", scope);
    }
}
