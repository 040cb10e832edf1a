package org.guildhall.finance.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.guildhall.finance.calendar.entity.FiscalPeriod;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.tenancy.TenantSession;

/** Opening fiscal years, closing and reopening their periods, and admitting postings only to open ones. */
@ApplicationScoped
public class FiscalCalendar {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    AuditTrail audit;

    /** Opens a fiscal year with its twelve periods. */
    public FiscalYear openYear(int year) {
        if (em.find(FiscalYear.class, year) != null) {
            throw new StateConflict("Fiscal year " + year + " is already open.");
        }
        FiscalYear fiscalYear = new FiscalYear(year);
        em.persist(fiscalYear);
        em.flush();
        for (int number = 1; number <= FiscalYear.PERIODS; number++) {
            em.persist(new FiscalPeriod(year, number));
        }
        em.flush();
        return fiscalYear;
    }

    /** Opens the year unless it is there already (onboarding, year end). */
    public void ensureYear(int year) {
        if (em.find(FiscalYear.class, year) == null) {
            openYear(year);
        }
    }

    public List<FiscalPeriod> periods(int year) {
        return em.createQuery("select p from FiscalPeriod p where p.fiscalYear = :year order by p.number", FiscalPeriod.class)
                .setParameter("year", year).getResultList();
    }

    public FiscalPeriod close(int year, int number) {
        FiscalPeriod period = existing(year, number);
        if (!period.close()) {
            throw new StateConflict("Period " + number + " of " + year + " is already closed.");
        }
        em.flush();
        audit.record("FiscalPeriod", year + "/" + number, "CLOSE", state("OPEN"), state("CLOSED"));
        return period;
    }

    public FiscalPeriod reopen(int year, int number) {
        FiscalPeriod period = existing(year, number);
        if (em.find(FiscalYear.class, year).isClosed()) {
            throw new StateConflict("Fiscal year " + year + " has been closed at year end; its periods cannot be reopened.");
        }
        if (!period.reopen()) {
            throw new StateConflict("Period " + number + " of " + year + " is already open.");
        }
        em.flush();
        audit.record("FiscalPeriod", year + "/" + number, "REOPEN", state("CLOSED"), state("OPEN"));
        return period;
    }

    /**
     * The open period a posting dated {@code date} goes to, share-locked for the rest of the transaction so that a
     * concurrent close waits for the posting to commit (and the posting never lands in a period closed under it).
     */
    public FiscalPeriod admitPosting(LocalDate date, String field) {
        int year = FiscalYear.of(date);
        int number = FiscalYear.periodOf(date);
        String status;
        try (PreparedStatement lock = session.connection().prepareStatement(
                "select p.status, y.status from fiscal_period p join fiscal_year y on y.tenant_id = p.tenant_id "
                        + "and y.fiscal_year = p.fiscal_year where p.tenant_id = ? and p.fiscal_year = ? and p.number = ? "
                        + "for share")) {
            lock.setString(1, session.current());
            lock.setInt(2, year);
            lock.setInt(3, number);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new RuleRefused("The journal cannot be posted.", List.of(new InvalidInput.Field(field,
                            "There is no fiscal period for " + date + ": fiscal year " + year + " has not been opened")));
                }
                status = "CLOSED".equals(row.getString(2)) ? "YEAR_CLOSED" : row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock the fiscal period", e);
        }
        if (!"OPEN".equals(status)) {
            throw new StateConflict("Period " + number + " of fiscal year " + year + " is closed: nothing more can be posted to "
                    + date + ".");
        }
        return em.find(FiscalPeriod.class, new FiscalPeriod.Key(year, number));
    }

    private FiscalPeriod existing(int year, int number) {
        FiscalPeriod period = number < 1 || number > FiscalYear.PERIODS ? null : em.find(FiscalPeriod.class, new FiscalPeriod.Key(year, number));
        if (period == null) {
            throw new Absent("There is no period " + number + " in fiscal year " + year + ".");
        }
        return period;
    }

    private static jakarta.json.JsonObject state(String status) {
        return Json.createObjectBuilder().add("status", status).build();
    }
}
