package org.guildhall.finance.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Budget against actual up to a period, by cost centre and account ({@code /budget-vs-actual}). */
@ApplicationScoped
public class BudgetPage extends FinancePage {

    @Override
    public boolean shows(String rest) {
        return "/budget-vs-actual".equals(rest);
    }

    @Override
    public void shown(HttpServletRequest request, HttpServletResponse response, String rest, Map<String, Object> scope, int fiscalYear,
                      int period) throws IOException {
        List<Map<String, Object>> rows = models.budgetAgainstActual(fiscalYear, period);
        scope.put("title", "Budget against actual");
        periodPicker(scope, period);
        scope.put("rows", rows);
        scope.put("hasRows", !rows.isEmpty());
        templates.render(response, 200, "finance-budget", scope);
    }
}
