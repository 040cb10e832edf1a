package org.guildhall.hr.leave.boundary;

import java.time.Instant;
import org.guildhall.hr.leave.entity.LeaveRequest;

/** A leave request as the API answers it. */
public record LeaveRequestView(long id, String employeeNumber, String leaveType, String start, String startHalf, String end,
                               String endHalf, int leaveYear, String workingDays, String workingHours, String note, String status,
                               String requestedBy, Instant requestedAt, boolean onBehalf, String decidedBy, Instant decidedAt,
                               String reason, long version) {

    public static LeaveRequestView of(LeaveRequest r) {
        return new LeaveRequestView(r.id(), r.employeeNumber(), r.leaveType(), r.start().toString(), r.span().startHalf().name(),
                r.end().toString(), r.span().endHalf().name(), r.leaveYear(), r.workingDays().toPlainString(),
                r.workingHours().toPlainString(), r.note(), r.status().name(), r.requestedBy(), r.requestedAt(), r.onBehalf(),
                r.decidedBy(), r.decidedAt(), r.reason(), r.version());
    }
}
