package org.guildhall.payroll.run.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.pages.HomeLinks;
import org.guildhall.platform.security.TenantRole;

/** The home page's ways into payroll: everyone's own payslips, and the runs for those who may read them. */
@ApplicationScoped
public class PayrollLinks implements HomeLinks {

    @Override
    public List<Link> linksFor(String tenant, Set<TenantRole> roles) {
        Link payslips = new Link("Your payslips", "/payslips/" + tenant + "/");
        return Collections.disjoint(roles, PayrollPages.READERS) ? List.of(payslips)
                : List.of(payslips, new Link("Payroll runs", "/payroll/" + tenant + "/runs"));
    }
}
