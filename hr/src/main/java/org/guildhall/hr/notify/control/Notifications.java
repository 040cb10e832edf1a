package org.guildhall.hr.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.guildhall.hr.notify.entity.Notification;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.entity.Employee;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.notice.Notice;
import org.guildhall.platform.tenancy.InTenant;

/**
 * Delivers {@link Notice}s: kept in the recipient's in-app list in the transaction that fired them (so a refused
 * change tells nobody anything), and emailed once that transaction has committed, when SMTP is configured.
 */
@ApplicationScoped
public class Notifications {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    Myself me;

    void deliver(@Observes Notice notice) {
        Employee recipient = em.find(Employee.class, notice.recipient());
        if (recipient == null) {
            return; // nobody to tell: the notice names no employee of this tenant
        }
        em.persist(new Notification(notice.recipient(), notice.subject(), notice.text(), notice.link(), clock.instant()));
        if (mailer.configured() && !org.guildhall.platform.time.Clocks.acting()) { // the demo's year of notices tells no one
            mailer.sendAfterCommit(recipient.details().email(), notice);
        }
    }

    /** The caller's notifications, newest first. */
    @Transactional
    @InTenant
    public List<Notification> mine(int offset, int limit) {
        return em.createQuery("select n from Notification n where n.recipient = :me order by n.id desc", Notification.class)
                .setParameter("me", me.requireEmployeeNumber()).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Transactional
    @InTenant
    public long count(boolean unreadOnly) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :me"
                        + (unreadOnly ? " and n.readAt is null" : ""), Long.class)
                .setParameter("me", me.requireEmployeeNumber()).getSingleResult();
    }

    @Transactional
    @InTenant
    public Notification markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.recipient().equals(me.employeeNumber().orElse(null))) {
            throw new Absent("There is no notification " + id + " for you.");
        }
        notification.markRead(clock.instant());
        return notification;
    }
}
