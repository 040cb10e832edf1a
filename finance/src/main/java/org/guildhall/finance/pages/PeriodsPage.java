package org.guildhall.finance.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.platform.problem.Problem;

/** A fiscal year's periods ({@code /periods}), each closed or reopened by a post to {@code /periods/{year}/{n}/close|reopen}. */
@ApplicationScoped
public class PeriodsPage extends FinancePage {

    private static final Pattern ACTION = Pattern.compile("/periods/(\\d{4})/(\\d{1,2})/(close|reopen)");

    @Override
    public boolean shows(String rest) {
        return "/periods".equals(rest);
    }

    @Override
    public boolean takes(String rest) {
        return ACTION.matcher(rest).matches();
    }

    @Override
    public void shown(HttpServletRequest request, HttpServletResponse response, String rest, Map<String, Object> scope, int fiscalYear,
                      int period) throws IOException {
        scope.put("title", "Periods");
        scope.put("periods", models.periods(fiscalYear));
        templates.render(response, 200, "finance-periods", scope);
    }

    @Override
    public void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope)
            throws IOException {
        Matcher action = ACTION.matcher(rest);
        if (!action.matches()) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        int year = Integer.parseInt(action.group(1));
        int number = Integer.parseInt(action.group(2));
        if ("close".equals(action.group(3))) {
            models.closePeriod(year, number);
        } else {
            models.reopenPeriod(year, number);
        }
        response.sendRedirect(request.getContextPath() + "/finance/" + tenant + "/periods?fiscalYear=" + year);
    }
}
