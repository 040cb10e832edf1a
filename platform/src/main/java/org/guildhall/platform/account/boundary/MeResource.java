package org.guildhall.platform.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.guildhall.platform.account.entity.UserAccount;
import org.guildhall.platform.security.Caller;

/** Who am I: the signed-in user and where they may act. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Caller caller;

    @GET
    public Me me() {
        UserAccount account = caller.require();
        List<Grant> grants = caller.memberships().stream()
                .map(m -> new Grant(m.tenant(), m.roles().stream().map(Enum::name).sorted().toList(), m.employeeNumber()))
                .toList();
        return new Me(account.username(), account.displayName(), grants,
                account.platformRoles().stream().map(Enum::name).sorted().toList());
    }

    public record Me(String username, String displayName, List<Grant> grants, List<String> platformRoles) {
    }

    public record Grant(String tenant, List<String> roles, String employeeNumber) {
    }
}
