package org.guildhall.procurement.purchasing.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.pages.HomeLinks;
import org.guildhall.platform.security.TenantRole;

/** Anyone in a tenant raises requisitions; those who read orders get a link to them too. */
@ApplicationScoped
public class PurchasingLinks implements HomeLinks {

    @Override
    public List<Link> linksFor(String tenant, Set<TenantRole> roles) {
        List<Link> links = new ArrayList<>(List.of(new Link("Requisitions", "/purchasing/" + tenant)));
        if (roles.stream().anyMatch(PurchasingPageModels.ORDER_READERS::contains)) {
            links.add(new Link("Purchase orders", "/purchasing/" + tenant + "/orders"));
        }
        return links;
    }
}
