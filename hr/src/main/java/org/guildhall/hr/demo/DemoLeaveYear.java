package org.guildhall.hr.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.logging.Logger;
import org.guildhall.hr.leave.control.Leave;
import org.guildhall.hr.leave.control.LeaveDecisions;
import org.guildhall.hr.leave.entity.Booking;
import org.guildhall.hr.leave.entity.LeaveRequest;
import org.guildhall.platform.demo.DemoActivity;
import org.guildhall.platform.demo.DemoTenant;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;

/**
 * The demo's annual leave: about one person in five starts a few days off in any month, booked a few days to a few
 * weeks before; their line manager decides at the tenant's pace, now and then refusing. A booking the rules refuse (too
 * little left, an overlap) is dropped, as the person would choose other dates.
 */
@ApplicationScoped
public class DemoLeaveYear implements DemoActivity {

    private static final Logger LOG = Logger.getLogger(DemoLeaveYear.class.getName());

    @Inject
    Leave leave;

    @Inject
    LeaveDecisions decisions;

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void month(DemoTenant tenant, YearMonth month) {
        Random random = tenant.random("leave", month);
        int dropped = 0;
        for (int i = 1; i < tenant.employees(); i++) {
            if (random.nextInt(100) >= 20) {
                continue;
            }
            LocalDate start = DemoStaff.WORKING_DAYS.onOrAfter(month.atDay(1 + random.nextInt(month.lengthOfMonth())));
            LocalDate end = DemoStaff.WORKING_DAYS.plus(start, random.nextInt(5));
            Instant booked = DemoPace.during(DemoStaff.WORKING_DAYS.minus(start, 3 + random.nextInt(20)), random);
            if (booked.isBefore(DemoPace.loaded(tenant))) {
                booked = DemoPace.loaded(tenant).plusSeconds(60L * random.nextInt(240));
            }
            Instant decided = DemoPace.after(booked, DemoPace.waitMinutes(tenant, random));
            boolean approve = random.nextInt(20) != 0;
            if (!DemoPace.past(tenant, booked)) {
                continue;
            }
            try {
                LeaveRequest request = tenant.act(tenant.username(i), booked, () -> leave.book(new Booking(null, "ANNUAL", start, null, end,
                        null, random.nextInt(4) == 0 ? "Family holiday" : null)));
                if (DemoPace.past(tenant, decided)) {
                    tenant.act(tenant.username(tenant.managerOf(i)), decided, () -> decisions.decide(request.id(), approve,
                            approve ? null : "Too many of the team are away that week; could you move it?"));
                }
            } catch (RuleRefused | InvalidInput | StateConflict refused) {
                dropped++;
            }
        }
        if (dropped > 0) {
            int count = dropped;
            LOG.fine(() -> tenant.code() + " " + month + ": " + count + " demo bookings refused by the rules and dropped");
        }
    }
}
