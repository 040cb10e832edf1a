package org.guildhall.procurement.purchasing.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.pages.TenantPages;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;

/**
 * The purchasing pages at {@code /purchasing/{tenant}/...}: requisitions, and a form to raise one with an "add another
 * line" button (a plain form post, so no JavaScript is needed) that answers with the budget left; a requisition's page,
 * where its requester submits it and an approver by limit decides it; the approval queue; purchase orders, each with its
 * PDF for the supplier, cancel and close for procurement, and a form to record goods received.
 */
@WebServlet("/purchasing/*")
public class PurchasingPages extends TenantPages {

    private static final Pattern REQUISITION = Pattern.compile("/requisitions/(\\d{1,18})(/(submit|approve|reject))?");
    private static final Pattern ORDER = Pattern.compile("/orders/(\\d{1,18})(/(pdf|receive|cancel|close))?");

    @Inject
    PurchasingPageModels models;

    @Override
    protected void shown(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope)
            throws IOException {
        Matcher requisition = REQUISITION.matcher(rest);
        Matcher order = ORDER.matcher(rest);
        if (rest.isEmpty() || "/".equals(rest)) {
            scope.putAll(models.home());
            render(response, "purchasing-home", scope);
        } else if ("/new".equals(rest)) {
            scope.putAll(models.form(RequisitionForm.of(Map.of()), List.of(), null));
            render(response, "purchasing-form", scope);
        } else if (requisition.matches() && requisition.group(2) == null) {
            scope.putAll(models.requisition(Long.parseLong(requisition.group(1)), List.of()));
            flags(request, scope, "saved", "submitted", "approved");
            render(response, "purchasing-requisition", scope);
        } else if ("/approvals".equals(rest)) {
            scope.putAll(models.approvals());
            flags(request, scope, "rejected");
            render(response, "purchasing-approvals", scope);
        } else if ("/orders".equals(rest)) {
            scope.putAll(models.orders());
            render(response, "purchasing-orders", scope);
        } else if (order.matches() && (order.group(2) == null || !List.of("cancel", "close").contains(order.group(3)))) {
            long id = Long.parseLong(order.group(1));
            if (order.group(2) == null) {
                scope.putAll(models.order(id));
                flags(request, scope, "received", "cancelled", "closed");
                render(response, "purchasing-order", scope);
            } else if ("pdf".equals(order.group(3))) {
                Map.Entry<String, byte[]> pdf = models.pdf(id);
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + pdf.getKey() + "\"");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.getOutputStream().write(pdf.getValue());
            } else {
                scope.putAll(models.receiveForm(id, null, List.of()));
                render(response, "purchasing-receive", scope);
            }
        } else {
            throw new Problem.NotFound("There is nothing at this address.");
        }
    }

    @Override
    protected void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope)
            throws IOException {
        String base = request.getContextPath() + "/purchasing/" + tenant;
        Matcher requisition = REQUISITION.matcher(rest);
        Matcher order = ORDER.matcher(rest);
        if ("/new".equals(rest)) {
            RequisitionForm form = RequisitionForm.of(request.getParameterMap());
            if ("add".equals(request.getParameter("action"))) {
                scope.putAll(models.form(form.withAnotherLine(), List.of(), null));
                render(response, "purchasing-form", scope);
                return;
            }
            try {
                response.sendRedirect(base + "/requisitions/" + models.create(form) + "?saved");
            } catch (PurchasingPageModels.OverBudget over) {
                scope.putAll(models.form(form, List.of(new FieldError("overBudgetReason", over.getMessage())), over.budget()));
                render(response, "purchasing-form", scope);
            } catch (InvalidInput | RuleRefused refused) {
                List<FieldError> errors = Problem.of(refused).errors();
                scope.putAll(models.form(form, errors.isEmpty() ? List.of(new FieldError("lines[0].description", refused.getMessage())) : errors,
                        null));
                render(response, "purchasing-form", scope);
            }
        } else if (requisition.matches() && requisition.group(3) != null) {
            long id = Long.parseLong(requisition.group(1));
            try {
                switch (requisition.group(3)) {
                    case "submit" -> {
                        models.submit(id);
                        response.sendRedirect(base + "/requisitions/" + id + "?submitted");
                    }
                    case "approve" -> {
                        models.decide(id, true, null);
                        response.sendRedirect(base + "/requisitions/" + id + "?approved");
                    }
                    default -> {
                        models.decide(id, false, request.getParameter("reason"));
                        response.sendRedirect(base + "/approvals?rejected");
                    }
                }
            } catch (InvalidInput | RuleRefused | StateConflict | NotPermitted refused) {
                Problem problem = Problem.of(refused);
                scope.putAll(models.requisition(id, problem.errors().isEmpty() ? List.of(new FieldError("requisition", refused.getMessage()))
                        : problem.errors()));
                render(response, "purchasing-requisition", scope);
            }
        } else if (order.matches() && order.group(3) != null && !"pdf".equals(order.group(3))) {
            long id = Long.parseLong(order.group(1));
            try {
                if ("receive".equals(order.group(3))) {
                    models.receive(id, request.getParameterMap());
                    response.sendRedirect(base + "/orders/" + id + "?received");
                } else {
                    boolean cancel = "cancel".equals(order.group(3));
                    models.end(id, cancel);
                    response.sendRedirect(base + "/orders/" + id + (cancel ? "?cancelled" : "?closed"));
                }
            } catch (PurchasingPageModels.FormRefused refused) {
                scope.putAll(models.receiveForm(id, request.getParameterMap(), refused.errors()));
                render(response, "purchasing-receive", scope);
            } catch (RuleRefused | StateConflict refused) {
                if ("receive".equals(order.group(3))) {
                    scope.putAll(models.receiveForm(id, request.getParameterMap(), List.of(new FieldError("receipt-lines", refused.getMessage()))));
                    render(response, "purchasing-receive", scope);
                } else {
                    throw refused;
                }
            }
        } else {
            throw new Problem.NotFound("There is nothing at this address.");
        }
    }

    private void render(HttpServletResponse response, String template, Map<String, Object> scope) throws IOException {
        scope.put("readsOrders", models.readsOrders());
        templates.render(response, 200, template, scope);
    }

    private static void flags(HttpServletRequest request, Map<String, Object> scope, String... names) {
        for (String name : names) {
            scope.put(name, request.getParameter(name) != null);
        }
    }
}
