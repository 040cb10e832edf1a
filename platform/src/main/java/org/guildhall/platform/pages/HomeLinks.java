package org.guildhall.platform.pages;

import java.util.List;
import java.util.Set;
import org.guildhall.platform.security.TenantRole;

/** What a module offers on the home page for a tenant, given the caller's roles there; modules implement it as beans. */
public interface HomeLinks {

    /** A link to one of a module's pages. */
    record Link(String text, String href) {
    }

    List<Link> linksFor(String tenant, Set<TenantRole> roles);
}
