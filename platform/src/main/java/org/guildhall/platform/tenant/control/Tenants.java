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

    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.code", Tenant.class).getResultList();
    }
}
