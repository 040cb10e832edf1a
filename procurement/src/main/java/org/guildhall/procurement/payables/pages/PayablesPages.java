package org.guildhall.procurement.payables.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.guildhall.platform.pages.FormErrors;
import org.guildhall.platform.pages.TenantPages;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.TenantRole;

/**
 * The accounts payable page at {@code /payables/{tenant}}, for finance, audit and AP clerks: the prompt-payment
 * measure of a period ({@code ?from=&to=}, as the API takes them; the quarter to date without them) as a chart beside
 * a table of its figures, for those who may read the measure, and the exception queue, oldest first, 50 to a page
 * ({@code &page=}). A GET form, so the page is an address anyone allowed can bookmark or print; it changes nothing.
 */
@WebServlet("/payables/*")
public class PayablesPages extends TenantPages {

    @Inject
    PayablesPageModels models;

    @Override
    protected Set<TenantRole> readers() {
        return PayablesPageModels.READERS;
    }

    @Override
    protected void shown(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope)
            throws IOException {
        if (!rest.isEmpty() && !"/".equals(rest)) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        String from = request.getParameter("from");
        String to = request.getParameter("to");
        int page = page(request.getParameter("page"));
        scope.put("title", "Accounts payable");
        boolean readsMeasure = models.readsMeasure();
        scope.put("readsMeasure", readsMeasure);
        if (readsMeasure) {
            ReportingPeriod.Read read = models.period(from, to);
            FormErrors problems = FormErrors.of(read.errors(), field -> field);
            problems.into(scope);
            scope.put("fromError", problems.at("from"));
            scope.put("toError", problems.at("to"));
            if (read.period() == null) {
                scope.put("from", from);
                scope.put("to", to);
            } else {
                scope.put("from", read.period().from().toString());
                scope.put("to", read.period().to().toString());
                scope.putAll(models.measure(read.period()));
                scope.put("periodQuery", "from=" + read.period().from() + "&to=" + read.period().to() + "&");
            }
        }
        scope.putAll(models.queue(page));
        templates.render(response, 200, "payables-home", scope);
    }

    /** Nothing is posted here: the queue's decisions are the API's. */
    @Override
    protected void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope) {
        throw new Problem.NotFound("There is nothing at this address.");
    }

    private static int page(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        if (!text.strip().matches("\\d{1,6}") || Integer.parseInt(text.strip()) < 1) {
            throw new Problem.BadRequest("The page in the address must be a whole number from 1.");
        }
        return Integer.parseInt(text.strip());
    }
}
