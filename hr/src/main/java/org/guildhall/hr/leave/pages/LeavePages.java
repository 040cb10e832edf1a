package org.guildhall.hr.leave.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.hr.leave.entity.Booking;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.pages.TenantPages;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;

/**
 * The leave pages at {@code /leave/{tenant}/...}, for everyone in the tenant: their leave and balances, booking (form,
 * check your answers, confirmation), a request with cancel, a manager's approvals, the team calendar, notifications.
 * Every step is a plain form post, so all of it works without JavaScript.
 */
@WebServlet("/leave/*")
public class LeavePages extends TenantPages {

    private static final Pattern REQUEST = Pattern.compile("/requests/(\\d{1,18})(/(approve|reject|cancel))?");
    private static final Pattern NOTIFICATION = Pattern.compile("/notifications/(\\d{1,18})/read");

    @Inject
    LeavePageModels models;

    @Override
    protected void shown(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope)
            throws IOException {
        Matcher one = REQUEST.matcher(rest);
        if (rest.isEmpty() || "/".equals(rest)) {
            scope.putAll(models.home());
            scope.put("title", "Your leave");
            templates.render(response, 200, "leave-home", scope);
        } else if ("/book".equals(rest)) {
            scope.putAll(models.form(LeaveForm.of(Map.of()), List.of()));
            templates.render(response, 200, "leave-book", scope);
        } else if (one.matches() && one.group(2) == null) {
            scope.putAll(models.request(Long.parseLong(one.group(1))));
            scope.put("booked", request.getParameter("booked") != null);
            scope.put("cancelled", request.getParameter("cancelled") != null);
            templates.render(response, 200, "leave-request", scope);
        } else if ("/approvals".equals(rest)) {
            scope.putAll(models.approvals(request.getParameter("done"), List.of()));
            templates.render(response, 200, "leave-approvals", scope);
        } else if ("/calendar".equals(rest)) {
            YearMonth month;
            try {
                month = request.getParameter("month") == null ? YearMonth.from(models.today()) : YearMonth.parse(request.getParameter("month"));
            } catch (DateTimeParseException e) {
                throw new Problem.NotFound("There is no such month. Use the links on the calendar page.");
            }
            scope.putAll(models.calendar(month));
            templates.render(response, 200, "leave-calendar", scope);
        } else if ("/notifications".equals(rest)) {
            scope.putAll(models.notifications());
            templates.render(response, 200, "leave-notifications", scope);
        } else {
            throw new Problem.NotFound("There is nothing at this address.");
        }
    }

    @Override
    protected void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest, Map<String, Object> scope)
            throws IOException {
        String base = request.getContextPath() + "/leave/" + tenant;
        Matcher one = REQUEST.matcher(rest);
        Matcher read = NOTIFICATION.matcher(rest);
        if ("/book".equals(rest)) {
            book(request, response, base, scope);
        } else if (one.matches() && one.group(3) != null) {
            long id = Long.parseLong(one.group(1));
            String action = one.group(3);
            if ("cancel".equals(action)) {
                models.cancel(id);
                response.sendRedirect(base + "/requests/" + id + "?cancelled");
                return;
            }
            try {
                models.decide(id, "approve".equals(action), request.getParameter("reason"));
                response.sendRedirect(base + "/approvals?done=" + ("approve".equals(action) ? "approved" : "rejected"));
            } catch (InvalidInput | StateConflict refused) {
                showApprovals(response, scope, id, Problem.of(refused));
            }
        } else if (read.matches()) {
            models.markRead(Long.parseLong(read.group(1)));
            response.sendRedirect(base + "/notifications");
        } else {
            throw new Problem.NotFound("There is nothing at this address.");
        }
    }

    /** The form, then check your answers, then the booking: {@code action} says which step the person is on. */
    private void book(HttpServletRequest request, HttpServletResponse response, String base, Map<String, Object> scope) throws IOException {
        LeaveForm form = LeaveForm.of(request.getParameterMap());
        String action = request.getParameter("action");
        if ("change".equals(action)) {
            scope.putAll(models.form(form, List.of()));
            templates.render(response, 200, "leave-book", scope);
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        Booking booking = form.booking(errors);
        if (booking == null) {
            scope.putAll(models.form(form, errors));
            templates.render(response, 200, "leave-book", scope);
            return;
        }
        try {
            if ("confirm".equals(action)) {
                long id = models.book(booking);
                response.sendRedirect(base + "/requests/" + id + "?booked");
            } else {
                scope.putAll(models.check(form, booking));
                templates.render(response, 200, "leave-check", scope);
            }
        } catch (InvalidInput | RuleRefused refused) {
            List<FieldError> fields = Problem.of(refused).errors();
            List<FieldError> found = fields.isEmpty() ? List.of(new FieldError("leaveType", refused.getMessage()))
                    : fields.stream().map(e -> new FieldError(LeaveForm.anchor(e.field()), e.message())).toList();
            scope.putAll(models.form(form, found));
            templates.render(response, 200, "leave-book", scope);
        }
    }

    /** The approvals list again, with why the decision on request {@code id} was not taken shown against it. */
    private void showApprovals(HttpServletResponse response, Map<String, Object> scope, long id, Problem refused) throws IOException {
        List<FieldError> errors = refused.errors().isEmpty()
                ? List.of(new FieldError("request-" + id, refused.getMessage()))
                : refused.errors().stream().map(e -> new FieldError(e.field() + "-" + id, e.message())).toList();
        scope.putAll(models.approvals(null, errors));
        templates.render(response, 200, "leave-approvals", scope);
    }
}
