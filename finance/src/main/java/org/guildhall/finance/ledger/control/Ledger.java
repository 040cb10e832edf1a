package org.guildhall.finance.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.guildhall.finance.calendar.control.FiscalCalendar;
import org.guildhall.finance.calendar.entity.FiscalPeriod;
import org.guildhall.finance.chart.control.ChartOfAccounts;
import org.guildhall.finance.ledger.entity.Journal;
import org.guildhall.finance.ledger.entity.JournalLine;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * The one posting boundary of the ledger. Every module (payroll runs, expense claims, supplier invoices) and the
 * journal API post through {@link #post}, in the caller's transaction and tenant; a posting is identified by its
 * source and source reference, so posting the same payroll run twice creates one journal.
 */
@ApplicationScoped
public class Ledger {

    /** Journals entered by finance users through the API or pages. */
    public static final String MANUAL = "GL";
    /** Mirror journals; their source reference is the reversed journal's id. */
    public static final String REVERSAL = "REVERSAL";

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    ChartOfAccounts chart;

    @Inject
    FiscalCalendar calendar;

    @Inject
    Balances balances;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The outcome of a posting: the journal, and whether this call created it or found it already posted. */
    public record Posted(Journal journal, boolean created) {
    }

    /**
     * Posts {@code draft} for ({@code source}, {@code sourceReference}), or answers the journal already posted for
     * them. Refused with 422 when the draft breaks a double-entry rule, 409 when its period is closed; either way
     * nothing is written.
     */
    public Posted post(String source, String sourceReference, JournalDraft draft) {
        return post(source, sourceReference, draft, null);
    }

    private Posted post(String source, String sourceReference, JournalDraft draft, Long reverses) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceReference, "sourceReference");
        serialise(source, sourceReference);
        Optional<Journal> existing = bySource(source, sourceReference);
        if (existing.isPresent()) {
            return new Posted(existing.get(), false);
        }
        List<FieldError> problems = draft.problems(new JournalDraft.Chart(
                chart.postability(draft.lines().stream().map(JournalDraft.Line::account).filter(Objects::nonNull).collect(Collectors.toSet())),
                chart.existingCostCentres(draft.lines().stream().map(JournalDraft.Line::costCentre).filter(Objects::nonNull)
                        .collect(Collectors.toSet()))));
        if (!problems.isEmpty()) {
            throw new RuleRefused("The journal cannot be posted: it breaks the rules of double entry.",
                    problems.stream().map(p -> new InvalidInput.Field(p.field(), p.message())).toList());
        }
        FiscalPeriod period = calendar.admitPosting(draft.date(), "date");
        Journal journal = Journal.posted(draft, period, source, sourceReference, reverses, caller.name(), clock.instant());
        em.persist(journal);
        em.flush();
        balances.add(journal.fiscalYear(), journal.period(), journal.lines());
        audit.record("Journal", journal.id().toString(), "POST", null, state(journal));
        return new Posted(journal, true);
    }

    /** Posts the mirror of journal {@code id} on {@code date} and marks the original reversed. */
    public Journal reverse(long id, LocalDate date) {
        Journal original = find(id);
        JournalDraft mirror;
        try {
            mirror = original.reversalDraft(date);
        } catch (IllegalStateException refused) {
            throw new StateConflict("Journal " + id + " cannot be reversed: " + refused.getMessage() + ".");
        }
        Posted reversal = post(REVERSAL, Long.toString(id), mirror, id);
        if (!reversal.created()) {
            throw new StateConflict("Journal " + id + " has already been reversed.");
        }
        JsonObject before = state(original);
        original.reversedBy(reversal.journal());
        em.flush();
        audit.record("Journal", Long.toString(id), "REVERSE", before, state(original));
        return reversal.journal();
    }

    public Journal find(long id) {
        Journal journal = em.find(Journal.class, id);
        if (journal == null) {
            throw new Absent("There is no journal " + id + ".");
        }
        return journal;
    }

    public Optional<Journal> bySource(String source, String sourceReference) {
        return em.createQuery("select j from Journal j where j.source = :source and j.sourceReference = :reference", Journal.class)
                .setParameter("source", source).setParameter("reference", sourceReference)
                .getResultStream().findFirst();
    }

    /** Journals of a fiscal year, or of one period of it, newest first. */
    public List<Journal> inPeriod(int fiscalYear, Integer period, int offset, int limit) {
        return inPeriod("select j", " order by j.id desc", Journal.class, fiscalYear, period)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInPeriod(int fiscalYear, Integer period) {
        return inPeriod("select count(j)", "", Long.class, fiscalYear, period).getSingleResult();
    }

    private <T> TypedQuery<T> inPeriod(String select, String order, Class<T> type, int fiscalYear, Integer period) {
        TypedQuery<T> query = em.createQuery(select + " from Journal j where j.fiscalYear = :year"
                + (period == null ? "" : " and j.period = :period") + order, type).setParameter("year", fiscalYear);
        return period == null ? query : query.setParameter("period", period);
    }

    /**
     * Postings of one (source, reference) queue here until the first commits, so a repeat finds its journal rather
     * than failing on the unique key; different references never wait for each other.
     */
    private void serialise(String source, String sourceReference) {
        try (PreparedStatement lock = session.connection().prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, session.current() + "|" + source + "|" + sourceReference);
            lock.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the posting lock", e);
        }
    }

    private static JsonObject state(Journal journal) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (JournalLine line : journal.lines()) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("account", line.account())
                    .add("debit", line.debit().toString()).add("credit", line.credit().toString());
            if (line.costCentre() != null) {
                json.add("costCentre", line.costCentre());
            }
            lines.add(json);
        }
        return Json.createObjectBuilder()
                .add("date", journal.date().toString()).add("description", journal.description())
                .add("source", journal.source()).add("sourceReference", journal.sourceReference())
                .add("status", journal.status().name()).add("total", journal.total().toString())
                .add("lines", lines).build();
    }
}
