package org.guildhall.platform.tenant.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.pages.CentrePages;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.tenant.control.TenantGroups;
import org.guildhall.platform.tenant.control.Tenants;
import org.guildhall.platform.tenant.entity.Tenant;

/**
 * The centre's console at {@code /centre} (operators): every tenant, by code, with its group and its status (and why,
 * when it is not active), a link to each tenant's measures over a year, and the ways to the measures across tenants
 * and to the month's recharges. Acting on a tenant (suspending, exporting, moving it) stays with the API for now.
 */
@WebServlet("/centre")
public class ConsolePage extends CentrePages {

    @Inject
    Tenants tenants;

    @Inject
    TenantGroups groups;

    @Override
    protected void shown(HttpServletRequest request, HttpServletResponse response, String rest, Map<String, Object> scope) throws IOException {
        if (!rest.isEmpty()) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        Map<String, String> groupNames = new HashMap<>();
        groups.all().forEach(g -> groupNames.put(g.code(), g.name()));
        List<Map<String, Object>> rows = tenants.all().stream().map(t -> {
            Map<String, Object> row = new HashMap<>();
            row.put("code", t.code());
            row.put("name", t.name());
            row.put("group", t.group());
            row.put("groupName", t.group() == null ? null : groupNames.getOrDefault(t.group(), t.group()));
            row.put("status", status(t.status()));
            row.put("active", t.status() == Tenant.Status.ACTIVE);
            row.put("tag", switch (t.status()) {
                case ACTIVE -> "govuk-tag--green";
                case SUSPENDED -> "govuk-tag--yellow";
                case OFFBOARDED -> "govuk-tag--grey";
            });
            row.put("reason", t.statusReason());
            return row;
        }).toList();
        scope.put("title", "Shared service centre");
        scope.put("tenants", rows);
        scope.put("hasTenants", !rows.isEmpty());
        scope.put("tenantCount", rows.size() == 1 ? "1 tenant" : rows.size() + " tenants");
        templates.render(response, 200, "centre", scope);
    }

    private static String status(Tenant.Status status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case SUSPENDED -> "Suspended";
            case OFFBOARDED -> "Offboarded";
        };
    }
}
