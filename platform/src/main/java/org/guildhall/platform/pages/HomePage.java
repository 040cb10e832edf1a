package org.guildhall.platform.pages;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.guildhall.platform.account.entity.UserAccount;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.tenant.control.Tenants;
import org.guildhall.platform.tenant.entity.Tenant;

/** Home: who you are, and the tenants you can act in with your roles there. */
@WebServlet("")
public class HomePage extends HttpServlet {

    @Inject
    Caller caller;

    @Inject
    Tenants tenants;

    @Inject
    Templates templates;

    @Inject
    Instance<HomeLinks> moduleLinks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserAccount> account = caller.account();
        if (account.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Home");
        scope.put("signedIn", true);
        scope.put("csrf", Csrf.token(request));
        scope.put("displayName", account.get().displayName());
        scope.put("username", account.get().username());
        scope.put("platformRoles", account.get().platformRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        // the centre's console is not in a tenant, so it is not among any tenant's links
        scope.put("operator", account.get().platformRoles().contains(PlatformRole.OPERATOR));
        List<Map<String, Object>> rows = caller.memberships().stream().map(m -> {
            Optional<Tenant> tenant = tenants.find(m.tenant());
            Map<String, Object> row = new HashMap<>(Map.of(
                    "code", m.tenant(),
                    "name", tenant.map(Tenant::name).orElse(m.tenant()),
                    "roles", m.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                    "links", moduleLinks.stream().flatMap(links -> links.linksFor(m.tenant(), m.roles()).stream()).toList()));
            // a suspended or departed tenant: what its members are told, in place of its links
            tenant.filter(t -> t.status() != Tenant.Status.ACTIVE).ifPresent(t -> row.put("closed", Tenants.closedMessage(t)));
            return row;
        }).toList();
        scope.put("tenants", rows);
        scope.put("hasTenants", !rows.isEmpty());
        templates.render(response, 200, "home", scope);
    }
}
