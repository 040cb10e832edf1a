package org.guildhall.finance.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.pages.HomeLinks;
import org.guildhall.platform.security.TenantRole;

/** The home page's way into the finance pages, for those who may read them. */
@ApplicationScoped
public class FinanceLinks implements HomeLinks {

    @Override
    public List<Link> linksFor(String tenant, Set<TenantRole> roles) {
        return Collections.disjoint(roles, Set.of(TenantRole.FINANCE, TenantRole.AUDITOR)) ? List.of()
                : List.of(new Link("Finance", "/finance/" + tenant + "/journals"));
    }
}
