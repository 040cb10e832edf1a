package org.guildhall.finance.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.problem.FieldError;

/**
 * Posting a journal: the form at {@code /journals/new} posts to {@code /journals}; a posted journal is shown, a refused
 * one comes back as the form with an error summary and each message by its field.
 */
@ApplicationScoped
public class JournalEntryPage extends FinancePage {

    @Override
    public boolean shows(String rest) {
        return "/journals/new".equals(rest);
    }

    @Override
    public boolean takes(String rest) {
        return "/journals".equals(rest);
    }

    @Override
    public void shown(HttpServletRequest request, HttpServletResponse response, String rest, Map<String, Object> scope, int fiscalYear,
                      int period) throws IOException {
        form(response, scope, JournalForm.blank(), List.of());
    }

    @Override
    public void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope)
            throws IOException {
        JournalForm form = JournalForm.of(request.getParameterMap());
        List<FieldError> errors = new ArrayList<>();
        JournalDraft draft = form.draft(errors);
        if (errors.isEmpty()) {
            try {
                String key = form.idempotencyKey();
                long id = models.post(key.isEmpty() ? UUID.randomUUID().toString() : key, draft);
                response.sendRedirect(request.getContextPath() + "/finance/" + tenant + "/journals/" + id + "?posted");
                return;
            } catch (RuleRefused refused) {
                refused.fields().forEach(f -> errors.add(new FieldError(f.name(), f.message())));
            }
        }
        form(response, scope, form, errors);
    }

    private void form(HttpServletResponse response, Map<String, Object> scope, JournalForm form, List<FieldError> errors)
            throws IOException {
        scope.put("title", "Post a journal");
        scope.putAll(form.model(errors, models.postableAccounts(), models.costCentres()));
        templates.render(response, 200, "finance-journal-form", scope);
    }
}
