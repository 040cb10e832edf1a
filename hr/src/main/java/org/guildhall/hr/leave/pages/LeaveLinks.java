package org.guildhall.hr.leave.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.pages.HomeLinks;
import org.guildhall.platform.security.TenantRole;

/** Everyone in a tenant books their leave and sees their notifications. */
@ApplicationScoped
public class LeaveLinks implements HomeLinks {

    @Override
    public List<Link> linksFor(String tenant, Set<TenantRole> roles) {
        return List.of(new Link("Leave", "/leave/" + tenant), new Link("Notifications", "/leave/" + tenant + "/notifications"));
    }
}
