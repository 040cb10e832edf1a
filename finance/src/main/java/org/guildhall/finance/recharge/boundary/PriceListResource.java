package org.guildhall.finance.recharge.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.Map;
import org.guildhall.finance.recharge.control.Recharges;
import org.guildhall.finance.recharge.control.Statement;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.tenant.control.Tenants;
import org.guildhall.platform.tenant.entity.Tenant;
import org.guildhall.platform.web.Inputs;

/** The centre's price list (operators): {@code GET} it, {@code PUT {version, document}} to replace it (0 for the standard one). */
@Path("centre/price-list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(platform = PlatformRole.OPERATOR)
public class PriceListResource {

    @Inject
    Recharges recharges;

    @GET
    public JsonObject priceList() {
        Recharges.Kept kept = recharges.priceListDocument();
        return Json.createObjectBuilder().add("version", kept.version()).add("document", kept.document()).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject setPriceList(@Valid @NotNull PriceListRequest request) {
        Recharges.Kept kept;
        try {
            kept = recharges.setPriceList(request.version(), request.document());
        } catch (IllegalArgumentException e) {
            throw Inputs.invalid("document", e.getMessage());
        }
        return Json.createObjectBuilder().add("version", kept.version()).add("document", kept.document()).build();
    }

    public record PriceListRequest(@NotNull(message = "Send the version of the price list you changed (0 for the standard one)") Long version,
                                   @NotNull(message = "Send the price list as a JSON object") JsonObject document) {
    }
}
