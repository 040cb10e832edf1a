package org.guildhall.hr.leave.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.guildhall.hr.leave.control.LeaveQueries;
import org.guildhall.hr.leave.entity.AnnualLeave;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;

/** An employee's leave balances for a leave year: their own, their reports', or anyone's for HR, payroll and auditors. */
@Path("tenants/{tenant}/employees/{number}/leave-balance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class LeaveBalanceResource {

    @Inject
    LeaveQueries queries;

    @GET
    public Balances balances(@PathParam("number") String number, @QueryParam("leaveYear") String leaveYear) {
        Integer year = null;
        if (leaveYear != null) {
            if (!leaveYear.matches("(19|20)\\d\\d")) {
                throw new Problem.BadRequest("The request has invalid fields.",
                        List.of(new FieldError("leaveYear", "Enter the year the leave year starts in, such as 2026")));
            }
            year = Integer.valueOf(leaveYear);
        }
        return new Balances(queries.balances(number, year).stream().map(BalanceView::of).toList());
    }

    public record Balances(List<BalanceView> balances) {
    }

    public record BalanceView(String leaveType, String unit, String entitlement, String carriedOver, String taken, String booked,
                              String remaining) {
        static BalanceView of(AnnualLeave.Balance b) {
            return new BalanceView(b.leaveType(), b.unit().name(), b.entitlement().toPlainString(), b.carriedOver().toPlainString(),
                    b.taken().toPlainString(), b.booked().toPlainString(), b.remaining().toPlainString());
        }
    }
}
