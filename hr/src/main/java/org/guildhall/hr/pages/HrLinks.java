package org.guildhall.hr.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.pages.HomeLinks;
import org.guildhall.platform.security.TenantRole;

/** The home page's way into the HR pages, for HR admins. */
@ApplicationScoped
public class HrLinks implements HomeLinks {

    @Override
    public List<Link> linksFor(String tenant, Set<TenantRole> roles) {
        return roles.contains(TenantRole.HR_ADMIN) ? List.of(new Link("People", "/hr/" + tenant + "/employees")) : List.of();
    }
}
