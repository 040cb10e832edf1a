package org.guildhall.hr.leave.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.guildhall.hr.leave.entity.AnnualLeave;
import org.guildhall.hr.leave.entity.LeaveOpeningBalance;
import org.guildhall.hr.leave.entity.LeavePolicy;
import org.guildhall.hr.policy.control.Policies;
import org.guildhall.platform.database.DemoSeeded;
import org.guildhall.platform.time.BusinessCalendar;

/**
 * The demo tenant's people joined with their leave as it stood, as a migrated department would: three days carried
 * into this leave year and four taken before, instead of the full carry-over rebuilt from their 2019 start. After the
 * demo's people are added (a later priority than {@code DemoPeople}).
 */
@ApplicationScoped
public class DemoLeave {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Policies policies;

    @Inject
    Clock clock;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) DemoSeeded demo) {
        LeavePolicy policy = LeavePolicy.of(policies.document("leave-policy"));
        LocalDate today = BusinessCalendar.today(clock);
        for (Object[] row : em.createQuery("select e.employeeNumber, e.startDate from Employee e", Object[].class).getResultList()) {
            int year = policy.leaveYearOf(today, (LocalDate) row[1]);
            em.persist(new LeaveOpeningBalance((String) row[0], "ANNUAL",
                    new AnnualLeave.Opening(year, AnnualLeave.Unit.DAYS, new BigDecimal("3"), new BigDecimal("4"))));
        }
    }
}
