package org.guildhall.finance.chart.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guildhall.finance.chart.entity.AccountType;
import org.guildhall.finance.chart.entity.CostCentre;
import org.guildhall.finance.chart.entity.LedgerAccount;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;

/** The tenant's chart of accounts and cost centres: seeding from a template, adding, and looking up. */
@ApplicationScoped
public class ChartOfAccounts {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Copies the template's accounts and cost-centre skeleton into the transaction's tenant. */
    public void seed(String template) {
        for (String[] row : rows("finance/" + template + "/accounts.csv")) {
            em.persist(new LedgerAccount(row[0], row[1], AccountType.valueOf(row[2]), Boolean.parseBoolean(row[3]),
                    row[4]));
        }
        for (String[] row : rows("finance/" + template + "/cost-centres.csv")) {
            em.persist(new CostCentre(row[0], row[1], row[2], null));
            em.flush(); // parents before children
        }
    }

    public List<LedgerAccount> accounts() {
        return em.createQuery("select a from LedgerAccount a order by a.code", LedgerAccount.class).getResultList();
    }

    public Optional<LedgerAccount> account(String code) {
        return Optional.ofNullable(code).map(c -> em.find(LedgerAccount.class, c));
    }

    /** The account other modules post to for {@code purpose} (NET_PAY_PAYABLE, ...). */
    public Optional<LedgerAccount> accountFor(String purpose) {
        return em.createQuery("select a from LedgerAccount a where a.purpose = :purpose", LedgerAccount.class)
                .setParameter("purpose", purpose).getResultStream().findFirst();
    }

    public LedgerAccount addAccount(LedgerAccount account) {
        if (em.find(LedgerAccount.class, account.code()) != null) {
            throw new StateConflict("There is already an account " + account.code() + ".");
        }
        if (account.purpose() != null && accountFor(account.purpose()).isPresent()) {
            throw new StateConflict("Another account already has the purpose " + account.purpose() + ".");
        }
        em.persist(account);
        em.flush();
        audit.record("LedgerAccount", account.code(), "CREATE", null, Json.createObjectBuilder()
                .add("code", account.code()).add("name", account.name()).add("type", account.type().name())
                .add("postable", account.postable()).build());
        return account;
    }

    public List<CostCentre> costCentres() {
        return em.createQuery("select c from CostCentre c order by c.code", CostCentre.class).getResultList();
    }

    public CostCentre addCostCentre(CostCentre costCentre) {
        if (em.find(CostCentre.class, costCentre.code()) != null) {
            throw new StateConflict("There is already a cost centre " + costCentre.code() + ".");
        }
        if (costCentre.parentCode() != null && em.find(CostCentre.class, costCentre.parentCode()) == null) {
            throw new RuleRefused("The cost centre cannot be added.",
                    List.of(new InvalidInput.Field("parentCode", "There is no cost centre " + costCentre.parentCode())));
        }
        em.persist(costCentre);
        em.flush();
        JsonObject after = Json.createObjectBuilder().add("code", costCentre.code()).add("name", costCentre.name())
                .add("parentCode", costCentre.parentCode() == null ? "" : costCentre.parentCode()).build();
        audit.record("CostCentre", costCentre.code(), "CREATE", null, after);
        return costCentre;
    }

    public Optional<CostCentre> costCentre(String code) {
        return Optional.ofNullable(code).map(c -> em.find(CostCentre.class, c));
    }

    /** Adds the cost centre, or revises the one with its code; audited when anything changed. Answers whether it did. */
    public boolean putCostCentre(String code, String name, String parentCode, String budgetHolder) {
        CostCentre existing = em.find(CostCentre.class, code);
        if (existing == null) {
            addCostCentre(new CostCentre(code, name, parentCode, budgetHolder));
            return true;
        }
        JsonObject before = costCentreState(existing);
        if (!existing.revise(name, parentCode, budgetHolder)) {
            return false;
        }
        em.flush();
        audit.record("CostCentre", code, "UPDATE", before, costCentreState(existing));
        return true;
    }

    private static JsonObject costCentreState(CostCentre c) {
        return Json.createObjectBuilder().add("code", c.code()).add("name", c.name())
                .add("parentCode", c.parentCode() == null ? "" : c.parentCode())
                .add("budgetHolder", c.budgetHolder() == null ? "" : c.budgetHolder()).build();
    }

    /** Whether each of the named accounts may be posted to; unknown codes are absent from the answer. */
    public Map<String, Boolean> postability(Collection<String> accountCodes) {
        Map<String, Boolean> postable = new HashMap<>();
        if (!accountCodes.isEmpty()) {
            em.createQuery("select a from LedgerAccount a where a.code in :codes", LedgerAccount.class)
                    .setParameter("codes", List.copyOf(accountCodes))
                    .getResultList().forEach(a -> postable.put(a.code(), a.postable()));
        }
        return postable;
    }

    /** Those of the named cost centres that exist. */
    public Set<String> existingCostCentres(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.code from CostCentre c where c.code in :codes", String.class)
                .setParameter("codes", List.copyOf(codes)).getResultList());
    }

    /** The rows of a template CSV (no quoting: template names hold no commas), blank cells as empty strings. */
    private static List<String[]> rows(String resource) {
        try (InputStream in = ChartOfAccounts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template resource " + resource + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
