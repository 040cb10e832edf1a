package org.guildhall.procurement.payables.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.procurement.payables.control.AgentQueue;

/**
 * A centre agent's invoice exceptions (operators): every open exception, oldest first, across the tenants where the
 * agent holds AP_CLERK by a grant in force now, each tenant read in turn within its own tenancy. To act on one, the
 * agent uses the tenant's own address, {@code /tenants/{tenant}/invoices/{id}/...}, as the role allows.
 */
@Path("agent/invoice-exceptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(platform = PlatformRole.OPERATOR)
public class AgentQueueResource {

    @Inject
    Caller caller;

    @Inject
    AgentQueue queue;

    @Inject
    org.guildhall.platform.tenant.control.Tenants directory;

    @GET
    public JsonObject all() {
        List<AgentQueue.Item> items = new ArrayList<>();
        List<String> tenants = new ArrayList<>();
        for (Map.Entry<String, Set<TenantRole>> grant : caller.agentRoles().entrySet()) {
            boolean open = directory.find(grant.getKey()).map(t -> t.status() == org.guildhall.platform.tenant.entity.Tenant.Status.ACTIVE)
                    .orElse(false);
            if (open && grant.getValue().contains(TenantRole.AP_CLERK)) {
                tenants.add(grant.getKey());
                items.addAll(queue.of(grant.getKey()));
            }
        }
        items.sort(Comparator.comparingInt(AgentQueue.Item::ageInWorkingDays).reversed().thenComparing(AgentQueue.Item::tenant));
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (AgentQueue.Item item : items) {
            JsonArrayBuilder reasons = Json.createArrayBuilder();
            item.reasons().forEach(reasons::add);
            out.add(Json.createObjectBuilder().add("tenant", item.tenant()).add("invoice", item.invoice()).add("invoiceNumber", item.invoiceNumber())
                    .add("supplier", item.supplier()).add("amount", item.amount().toString()).add("ageInWorkingDays", item.ageInWorkingDays())
                    .add("reasons", reasons));
        }
        JsonArrayBuilder granted = Json.createArrayBuilder();
        tenants.stream().sorted().forEach(granted::add);
        return Json.createObjectBuilder().add("tenants", granted).add("items", out).build();
    }
}
