package org.guildhall.hr.expenses.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.pages.HomeLinks;
import org.guildhall.platform.security.TenantRole;

/** Everyone in a tenant claims their expenses. */
@ApplicationScoped
public class ExpenseLinks implements HomeLinks {

    @Override
    public List<Link> linksFor(String tenant, Set<TenantRole> roles) {
        return List.of(new Link("Expenses", "/expenses/" + tenant));
    }
}
