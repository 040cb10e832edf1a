package org.guildhall.platform.tenant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.guildhall.platform.tenant.entity.Tenant;

/** Reading tenants. */
@ApplicationScoped
public class Tenants {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public Optional<Tenant> find(String code) {
        return Optional.ofNullable(code).filter(c -> Tenant.CODE.matcher(c).matches()).map(c -> em.find(Tenant.class, c));
    }

    /** What a member of a tenant that is not active is told, wherever they try to act in it. */
    public static String closedMessage(Tenant tenant) {
        return tenant.status() == Tenant.Status.SUSPENDED
                ? tenant.name() + "'s use of Guildhall is suspended by the shared service centre" + (tenant.statusReason() == null ? ""
                : ": " + tenant.statusReason()) + ". Nothing has been lost; your organisation's administrators can ask the centre to reinstate it."
                : tenant.name() + " has left Guildhall; its records were handed over in its export.";
    }

    /** The tenant {@code code}, held against change until the transaction ends; 404 when there is none. */
    public Tenant hold(String code) {
        return Optional.ofNullable(code).filter(c -> Tenant.CODE.matcher(c).matches())
                .map(c -> em.find(Tenant.class, c, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new org.guildhall.platform.domain.Absent("There is no tenant " + code + "."));
    }

    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.code", Tenant.class).getResultList();
    }
}
