package org.guildhall.procurement.payables.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.pages.HomeLinks;
import org.guildhall.platform.security.TenantRole;

/** The home page's way into the accounts payable page, for those who may read it. */
@ApplicationScoped
public class PayablesLinks implements HomeLinks {

    @Override
    public List<Link> linksFor(String tenant, Set<TenantRole> roles) {
        return Collections.disjoint(roles, PayablesPageModels.READERS) ? List.of()
                : List.of(new Link("Accounts payable", "/payables/" + tenant));
    }
}
