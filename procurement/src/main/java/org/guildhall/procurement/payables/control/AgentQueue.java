package org.guildhall.procurement.payables.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.payables.entity.MatchReason;
import org.guildhall.procurement.supplier.control.Suppliers;

/**
 * A centre agent's view of the invoice exception queues it may work: each tenant's read in a transaction of its own,
 * scoped to that tenant alone, never by one statement over several tenants.
 */
@ApplicationScoped
public class AgentQueue {

    static final int MOST_EACH = 100;

    @Inject
    TenantSession session;

    @Inject
    Invoices invoices;

    @Inject
    Suppliers suppliers;

    /** One waiting invoice, with the tenant it is in. */
    public record Item(String tenant, long invoice, String invoiceNumber, String supplier, Money amount, int ageInWorkingDays,
                       List<String> reasons) {
    }

    /** The oldest exceptions of {@code tenant} (at most a hundred), read within its own tenancy. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Item> of(String tenant) {
        session.enter(tenant);
        return invoices.exceptions(PageRequest.of(0, MOST_EACH)).items().stream().map(w -> new Item(tenant, w.invoice().id(),
                w.invoice().invoiceNumber(), suppliers.find(w.invoice().supplierId()).name(), w.invoice().total(), w.ageInWorkingDays(),
                w.invoice().reasons().stream().map(MatchReason::code).distinct().toList())).toList();
    }
}
