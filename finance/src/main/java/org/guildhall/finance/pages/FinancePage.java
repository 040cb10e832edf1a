package org.guildhall.finance.pages;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.pages.Templates;
import org.guildhall.platform.problem.Problem;

/**
 * One feature of the finance pages: the paths after {@code /finance/{tenant}} it answers and what a GET or a POST of
 * them does. {@link FinancePages} has already admitted the caller and checked the CSRF token by then.
 */
public abstract class FinancePage {

    private static final String[] MONTHS = {"April", "May", "June", "July", "August", "September", "October", "November", "December",
            "January", "February", "March"};

    @Inject
    protected Templates templates;

    @Inject
    protected FinancePageModels models;

    /** Whether a GET of {@code rest}, the path after the tenant, is this feature's. */
    public abstract boolean shows(String rest);

    /** Whether a POST to {@code rest} is this feature's; most features only show. */
    public boolean takes(String rest) {
        return false;
    }

    /** A GET; {@code fiscalYear} and {@code period} are the ones asked for in the address, or today's. */
    public abstract void shown(HttpServletRequest request, HttpServletResponse response, String rest, Map<String, Object> scope,
                               int fiscalYear, int period) throws IOException;

    public void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope)
            throws IOException {
        throw new Problem.NotFound("There is nothing at this address.");
    }

    /** The period picker of a page that shows one period: the period chosen and the twelve to choose from. */
    protected static void periodPicker(Map<String, Object> scope, int period) {
        List<Map<String, Object>> choices = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            choices.add(Map.of("number", n, "name", n + " (" + MONTHS[n - 1] + ")", "selected", n == period));
        }
        scope.put("period", period);
        scope.put("periods", choices);
    }
}
