package org.guildhall.platform.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.platform.audit.control.AuditMask;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.audit.entity.AuditEvent;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.CurrentTenant;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.PageRequest;

/** The tenant's audit trail for auditors and tenant admins, and a check that its chain is unbroken. */
@Path("tenants/{tenant}/audit")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.AUDITOR, TenantRole.TENANT_ADMIN})
public class AuditResource {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    Caller caller;

    @Inject
    CurrentTenant tenant;

    @GET
    public PageRequest.Page<EventView> events(@QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
                                              @QueryParam("from") String from, @QueryParam("to") String to,
                                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (entity != null) {
            where.append(" and e.entity = :entity");
            parameters.put("entity", entity);
        }
        if (entityId != null) {
            where.append(" and e.entityId = :entityId");
            parameters.put("entityId", entityId);
        }
        if (from != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", instant("from", from));
        }
        if (to != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", instant("to", to));
        }
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e" + where + " order by e.seq desc", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        Set<TenantRole> roles = caller.rolesIn(tenant.code().orElseThrow());
        boolean whole = roles.contains(TenantRole.AUDITOR) || roles.contains(TenantRole.HR_ADMIN);
        List<EventView> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList()
                .stream().map(e -> EventView.of(e, whole)).toList();
        return paging.page(items, count.getSingleResult());
    }

    @GET
    @Path("verification")
    public AuditTrail.Verification verify() {
        return trail.verify();
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Problem.BadRequest.invalid(field, "must be an ISO-8601 instant in UTC, such as 2026-04-01T00:00:00Z");
        }
    }

    public record EventView(long seq, Instant occurredAt, String actor, String onBehalfOf, String entity, String entityId,
                            String action, String before, String after, String hash) {
        /**
         * The event; unless {@code whole}, its states with personal and pay fields hidden ({@link AuditMask}) and no hash,
         * which is over the whole states and would let a short hidden value be found by trying candidates.
         */
        static EventView of(AuditEvent e, boolean whole) {
            return new EventView(e.seq(), e.occurredAt(), e.actor(), e.onBehalfOf(), e.entity(), e.entityId(), e.action(),
                    whole ? e.before() : AuditMask.mask(e.before()), whole ? e.after() : AuditMask.mask(e.after()),
                    whole ? e.hash() : null);
        }
    }
}
