package org.guildhall.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.platform.account.control.AccountDirectory;
import org.guildhall.platform.account.control.Accounts;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.security.PasswordHasher;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenant.control.TenantOnboarding;

/**
 * What an empty database gets: the platform operator and, unless {@code GUILDHALL_DEMO=false}, a {@code demo} tenant
 * with a few users whose passwords the README lists. Runs once: when an operator exists, it does nothing.
 */
@ApplicationScoped
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    public static final String DEMO_TENANT = "demo";
    public static final String DEMO_PASSWORD = "demo-password-not-for-real-use";

    @Inject
    Accounts accounts;

    @Inject
    AccountDirectory directory;

    @Inject
    TenantOnboarding onboarding;

    @Inject
    @ConfigProperty(name = "guildhall.operator.password")
    Optional<String> operatorPassword;

    @Inject
    jakarta.enterprise.event.Event<DemoSeeded> demoSeeded;

    @Inject
    @ConfigProperty(name = "guildhall.demo", defaultValue = "true")
    boolean demo;

    /** Creates the operator on an empty database; answers whether it did (and so whether this is a first start). */
    @Transactional
    @ActivateRequestContext
    public boolean seedOperator() {
        if (directory.anyOperatorExists()) {
            return false;
        }
        String password = operatorPassword.filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            password = PasswordHasher.randomPassword(20);
            LOG.warning("Created the platform operator 'operator' with the password " + password
                    + " (shown once; set GUILDHALL_OPERATOR_PASSWORD to choose it)");
        }
        try {
            accounts.createOperator("operator", "Platform operator", password);
        } catch (InvalidInput refused) {
            // start-up has no one to answer but the log: say which setting is wrong and why
            throw new IllegalStateException("GUILDHALL_OPERATOR_PASSWORD is not accepted: " + refused.fields().stream()
                    .map(e -> e.name() + " " + e.message()).collect(Collectors.joining("; ")), refused);
        }
        return true;
    }

    /** A transaction of its own: onboarding scopes it to the demo tenant. */
    @Transactional
    @ActivateRequestContext
    public void seedDemo() {
        if (demo) {
            onboarding.onboard(DEMO_TENANT, "Demo Department", null, TenantOnboarding.DEFAULT_TEMPLATE,
                    Accounts.NewUser.of("demo.admin", "Dee Admin", DEMO_PASSWORD, List.of(TenantRole.TENANT_ADMIN, TenantRole.AUDITOR)));
            accounts.createInTenant(DEMO_TENANT, new Accounts.NewUser("demo.employee", "Emma Employee", DEMO_PASSWORD,
                    Set.of(TenantRole.EMPLOYEE), "E0002"), false);
            accounts.createInTenant(DEMO_TENANT, new Accounts.NewUser("demo.manager", "Max Manager", DEMO_PASSWORD,
                    Set.of(TenantRole.EMPLOYEE), "E0001"), false);
            accounts.createInTenant(DEMO_TENANT, new Accounts.NewUser("demo.hr", "Harriet HR", DEMO_PASSWORD,
                    Set.of(TenantRole.EMPLOYEE, TenantRole.HR_ADMIN), "E0003"), false);
            accounts.createInTenant(DEMO_TENANT, new Accounts.NewUser("demo.finance", "Fin Finance", DEMO_PASSWORD,
                    Set.of(TenantRole.EMPLOYEE, TenantRole.FINANCE), "E0004"), false);
            demoSeeded.fire(new DemoSeeded(DEMO_TENANT));
            LOG.info("Created the demo tenant 'demo' with users demo.admin, demo.employee, demo.manager, demo.hr, demo.finance");
        }
    }
}
