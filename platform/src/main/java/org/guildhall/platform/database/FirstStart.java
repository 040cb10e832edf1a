package org.guildhall.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.platform.account.control.AccountDirectory;
import org.guildhall.platform.account.control.Accounts;
import org.guildhall.platform.demo.DemoCentre;
import org.guildhall.platform.demo.DemoTenant;
import org.guildhall.platform.demo.DemoTransactions;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.security.PasswordHasher;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenant.control.TenantGroups;
import org.guildhall.platform.tenant.control.TenantOnboarding;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.BusinessCalendar;
import org.guildhall.platform.time.Clocks;

/**
 * What an empty database gets: the platform operator and, unless {@code GUILDHALL_DEMO=false}, the demo centre (its
 * {@code demo} tenant has the users whose passwords the README lists). Runs once: when an operator exists, it does nothing.
 */
@ApplicationScoped
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    public static final String DEMO_TENANT = "demo";
    public static final String DEMO_PASSWORD = DemoCentre.PASSWORD;
    /** The demo centre's operator, who sees the console. */
    public static final String DEMO_OPERATOR = "demo.operator";

    /** The advisory lock that one first start at a time holds (any number no other lock uses). */
    private static final long FIRST_START_LOCK = 0x6775696c64L;

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/guildhall")
    javax.sql.DataSource dataSource;

    @Inject
    Accounts accounts;

    @Inject
    AccountDirectory directory;

    @Inject
    TenantOnboarding onboarding;

    @Inject
    TenantGroups groups;

    @Inject
    DemoCentre centre;

    @Inject
    DemoTransactions transactions;

    @Inject
    Clock clock;

    @Inject
    TenantSession tenants;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "guildhall.operator.password")
    Optional<String> operatorPassword;

    @Inject
    jakarta.enterprise.event.Event<DemoSeeded> demoSeeded;

    @Inject
    @ConfigProperty(name = "guildhall.demo", defaultValue = "true")
    boolean demo;

    /**
     * Creates the operator on an empty database; answers whether it did (and so whether this is a first start). Instances
     * of a cluster may start together on an empty database: a lock held to the end of the transaction lets one of them
     * seed, and the others then find its operator.
     */
    @Transactional
    @ActivateRequestContext
    public boolean seedOperator() {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, FIRST_START_LOCK);
            lock.execute();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not take the first start's lock", e);
        }
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

    /**
     * The demo centre: the group {@value DemoCentre#GROUP} of the {@code demo} department, with the users the README
     * lists, and two agencies; their people and a year of their activity; and {@code demo.operator}, an operator who
     * sees the centre's console. Each step in a transaction of its own.
     */
    public void seedDemo() {
        if (!demo) {
            return;
        }
        // on a thread of its own, waited for: start-up runs in a request context that every piece of the demo's work
        // would otherwise share, where each must be its own person's request
        try {
            executor.submit(this::buildDemo).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the demo centre", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not build the demo centre", e.getCause());
        }
    }

    private void buildDemo() {
        long started = System.nanoTime();
        LocalDate today = BusinessCalendar.today(clock);
        // the centre took them on just before their demo year, so their fiscal years and records begin then
        Instant joined = centre.onboardedAt(today);
        Clocks.actingAt(joined, () -> transactions.unscoped(() -> groups.create(DemoCentre.GROUP, "Demo Department and its agencies")));
        Clocks.actingAt(joined, () -> transactions.unscoped(() -> onboarding.onboard(DEMO_TENANT, "Demo Department", DemoCentre.GROUP,
                TenantOnboarding.DEFAULT_TEMPLATE, Accounts.NewUser.of("demo.admin", "Dee Admin", DEMO_PASSWORD,
                        List.of(TenantRole.TENANT_ADMIN, TenantRole.AUDITOR)))));
        // the README's demo users, and their leave as it stands now (DemoLeave), today
        transactions.unscoped(() -> {
            tenants.enter(DEMO_TENANT);
            accounts.createInTenant(DEMO_TENANT, new Accounts.NewUser("demo.employee", "Emma Employee", DEMO_PASSWORD,
                    Set.of(TenantRole.EMPLOYEE), "E0002"), false);
            accounts.createInTenant(DEMO_TENANT, new Accounts.NewUser("demo.manager", "Max Manager", DEMO_PASSWORD,
                    Set.of(TenantRole.EMPLOYEE), "E0001"), false);
            accounts.createInTenant(DEMO_TENANT, new Accounts.NewUser("demo.hr", "Harriet HR", DEMO_PASSWORD,
                    Set.of(TenantRole.EMPLOYEE, TenantRole.HR_ADMIN), "E0003"), false);
            accounts.createInTenant(DEMO_TENANT, new Accounts.NewUser("demo.finance", "Fin Finance", DEMO_PASSWORD,
                    Set.of(TenantRole.EMPLOYEE, TenantRole.FINANCE), "E0004"), false);
            demoSeeded.fire(new DemoSeeded(DEMO_TENANT));
            return null;
        });
        for (DemoTenant agency : centre.agencies(today)) {
            Clocks.actingAt(joined, () -> transactions.unscoped(() -> onboarding.onboard(agency.code(), agency.name(), DemoCentre.GROUP,
                    TenantOnboarding.DEFAULT_TEMPLATE, Accounts.NewUser.of(adminOf(agency.code()), agency.name() + " administrator",
                            DEMO_PASSWORD, List.of(TenantRole.TENANT_ADMIN)))));
        }
        // an operator reaches every tenant, real ones made later included: never with the published demo password
        String operatorPassword = PasswordHasher.randomPassword(20);
        transactions.unscoped(() -> accounts.createOperator(DEMO_OPERATOR, "Olive Operator", operatorPassword));
        LOG.warning("Created the demo centre's operator '" + DEMO_OPERATOR + "' with the password " + operatorPassword + " (shown once)");
        int months = centre.buildYear();
        LOG.info("Created the demo centre in " + (System.nanoTime() - started) / 1_000_000 + " ms: the group " + DemoCentre.GROUP
                + " (demo, with users demo.admin, demo.employee, demo.manager, demo.hr, demo.finance; the agencies' admins "
                + centre.agencies(today).stream().map(a -> adminOf(a.code())).collect(Collectors.joining(", "))
                + "), a year of activity, " + months + " tenant-months of service measures, and the operator " + DEMO_OPERATOR);
    }

    /** An agency's administrator: {@code demo-standards} has {@code standards.admin}. */
    public static String adminOf(String agency) {
        return agency.substring(agency.indexOf('-') + 1) + ".admin";
    }
}
