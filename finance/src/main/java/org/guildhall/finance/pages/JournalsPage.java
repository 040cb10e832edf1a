package org.guildhall.finance.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The journals of a fiscal year ({@code /journals}), and one journal with its lines ({@code /journals/{id}}). */
@ApplicationScoped
public class JournalsPage extends FinancePage {

    private static final String ONE = "/journals/\\d{1,18}";

    @Override
    public boolean shows(String rest) {
        return "/journals".equals(rest) || rest.matches(ONE);
    }

    @Override
    public void shown(HttpServletRequest request, HttpServletResponse response, String rest, Map<String, Object> scope, int fiscalYear,
                      int period) throws IOException {
        if ("/journals".equals(rest)) {
            List<Map<String, Object>> journals = models.journals(fiscalYear);
            scope.put("title", "Journals");
            scope.put("journals", journals);
            scope.put("hasJournals", !journals.isEmpty());
            templates.render(response, 200, "finance-journals", scope);
        } else {
            scope.putAll(models.journal(Long.parseLong(rest.substring("/journals/".length()))));
            scope.put("title", "Journal " + scope.get("id"));
            templates.render(response, 200, "finance-journal", scope);
        }
    }
}
