package org.guildhall.hr.expenses.pages;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.hr.expenses.entity.ClaimLine;
import org.guildhall.hr.expenses.entity.Receipt;
import org.guildhall.hr.expenses.entity.ReceiptFile;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.pages.TenantPages;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;

/**
 * The expense pages at {@code /expenses/{tenant}/...}, for everyone in the tenant: your claims; the claim form with
 * an "add another line" button (a plain form post, so no JavaScript is needed), saved as a draft; the claim page,
 * where receipts are uploaded line by line and the claim is submitted (or, for the approver, decided); approvals.
 */
@WebServlet("/expenses/*")
@MultipartConfig(maxFileSize = ReceiptFile.MAX_BYTES + 1, maxRequestSize = ReceiptFile.MAX_BYTES + 64 * 1024)
public class ExpensePages extends TenantPages {

    private static final Pattern CLAIM = Pattern.compile("/claims/(\\d{1,18})(/(submit|approve|reject|receipts))?");
    private static final Pattern RECEIPT = Pattern.compile("/claims/(\\d{1,18})/receipts/(\\d{1,18})");

    @Inject
    ExpensePageModels models;

    @Override
    protected void shown(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope)
            throws IOException {
        Matcher claim = CLAIM.matcher(rest);
        Matcher receipt = RECEIPT.matcher(rest);
        if (rest.isEmpty() || "/".equals(rest)) {
            scope.putAll(models.home());
            templates.render(response, 200, "expenses-home", scope);
        } else if ("/new".equals(rest)) {
            scope.putAll(models.form(ClaimForm.of(Map.of()), List.of()));
            templates.render(response, 200, "expenses-form", scope);
        } else if (claim.matches() && claim.group(2) == null) {
            scope.putAll(models.claim(Long.parseLong(claim.group(1)), List.of()));
            scope.put("submitted", request.getParameter("submitted") != null);
            scope.put("saved", request.getParameter("saved") != null);
            scope.put("uploaded", request.getParameter("uploaded") != null);
            templates.render(response, 200, "expenses-claim", scope);
        } else if (receipt.matches()) {
            Receipt file = models.receipt(Long.parseLong(receipt.group(1)), Long.parseLong(receipt.group(2)));
            response.setContentType(file.mediaType());
            response.setHeader("Content-Disposition", "attachment; filename=\"receipt-" + file.id()
                    + ("application/pdf".equals(file.mediaType()) ? ".pdf" : "image/png".equals(file.mediaType()) ? ".png" : ".jpg") + "\"");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(file.content());
        } else if ("/approvals".equals(rest)) {
            scope.putAll(models.approvals(request.getParameter("done")));
            templates.render(response, 200, "expenses-approvals", scope);
        } else {
            throw new Problem.NotFound("There is nothing at this address.");
        }
    }

    @Override
    protected void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope)
            throws IOException {
        String base = request.getContextPath() + "/expenses/" + tenant;
        Matcher claim = CLAIM.matcher(rest);
        if ("/new".equals(rest)) {
            ClaimForm form = ClaimForm.of(request.getParameterMap());
            if ("add".equals(request.getParameter("action"))) {
                scope.putAll(models.form(form.withAnotherLine(), List.of()));
                templates.render(response, 200, "expenses-form", scope);
                return;
            }
            List<InvalidInput.Field> unreadable = new ArrayList<>();
            List<ClaimLine> inputs = form.inputs(unreadable);
            try {
                long id = models.create(inputs, unreadable);
                response.sendRedirect(base + "/claims/" + id + "?saved");
            } catch (InvalidInput | RuleRefused refused) {
                List<FieldError> errors = Problem.of(refused).errors();
                scope.putAll(models.form(form, errors.isEmpty() ? List.of(new FieldError("lines[0].category", refused.getMessage())) : errors));
                templates.render(response, 200, "expenses-form", scope);
            }
            return;
        }
        if (!claim.matches() || claim.group(3) == null) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        long id = Long.parseLong(claim.group(1));
        try {
            switch (claim.group(3)) {
                case "receipts" -> {
                    upload(request, id);
                    response.sendRedirect(base + "/claims/" + id + "?uploaded");
                }
                case "submit" -> {
                    models.submit(id);
                    response.sendRedirect(base + "/claims/" + id + "?submitted");
                }
                default -> {
                    boolean approve = "approve".equals(claim.group(3));
                    models.decide(id, approve, request.getParameter("reason"));
                    response.sendRedirect(base + "/approvals?done=" + (approve ? "approved" : "rejected"));
                }
            }
        } catch (InvalidInput | RuleRefused | StateConflict refused) {
            showRefused(response, id, Problem.of(refused), scope);
        }
    }

    private void showRefused(HttpServletResponse response, long id, Problem refused, Map<String, Object> scope) throws IOException {
        scope.putAll(models.claim(id, refused.errors().isEmpty() ? List.of(new FieldError("claim", refused.getMessage())) : refused.errors()));
        templates.render(response, 200, "expenses-claim", scope);
    }

    private void upload(HttpServletRequest request, long id) throws IOException {
        Part file;
        try {
            file = request.getPart("file");
        } catch (ServletException | IllegalStateException tooLarge) {
            throw receiptRefused(line(request), "The request has invalid fields.", "The receipt must be 10 MB or smaller");
        }
        int line = line(request);
        if (file == null || file.getSize() == 0) {
            throw receiptRefused(line, "The request has invalid fields.", "Choose a receipt file (PDF, PNG or JPEG) for line " + line);
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(ReceiptFile.MAX_BYTES + 1);
        }
        try {
            models.attach(id, line, file.getSubmittedFileName(), content);
        } catch (InvalidInput refused) {
            throw new InvalidInput(refused.getMessage(), refused.fields().stream()
                    .map(e -> new InvalidInput.Field("lines[" + (line - 1) + "].receipt", e.message() + " (line " + line + ")")).toList());
        }
    }

    /** A receipt refused before it reached the claim, shown at that line's upload box. */
    private static InvalidInput receiptRefused(int line, String detail, String message) {
        return new InvalidInput(detail, List.of(new InvalidInput.Field("lines[" + (line - 1) + "].receipt", message)));
    }

    private static int line(HttpServletRequest request) {
        try {
            return Integer.parseInt(request.getParameter("line"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
