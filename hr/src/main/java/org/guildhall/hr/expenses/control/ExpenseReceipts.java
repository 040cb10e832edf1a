package org.guildhall.hr.expenses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.guildhall.hr.expenses.entity.ExpenseClaim;
import org.guildhall.hr.expenses.entity.ExpenseLine;
import org.guildhall.hr.expenses.entity.Receipt;
import org.guildhall.hr.expenses.entity.ReceiptFile;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.tenancy.InTenant;

/** Keeping a receipt with a draft claim (and one of its lines): what may be kept is {@link ReceiptFile}'s to say. */
@ApplicationScoped
@Transactional
@InTenant
public class ExpenseReceipts {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Expenses expenses;

    @Inject
    Myself me;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Receipt attach(long claimId, Integer lineNo, String fileName, byte[] content) {
        ExpenseClaim claim = expenses.holdForClaimant(claimId, "add receipts");
        claim.ensureTakesReceipts();
        String mediaType = ReceiptFile.accepted(content, lineNo, expenses.lines(claimId).stream().map(ExpenseLine::lineNo).toList());
        Receipt receipt = new Receipt(claimId, lineNo, mediaType, ReceiptFile.fileName(fileName), content, sha256(content),
                me.username(), clock.instant());
        em.persist(receipt);
        em.flush();
        audit.record("ExpenseReceipt", receipt.id().toString(), "CREATE", null, Json.createObjectBuilder().add("claimId", claimId)
                .add("line", lineNo == null ? 0 : lineNo).add("mediaType", mediaType).add("size", content.length)
                .add("sha256", receipt.sha256()).build());
        return receipt;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
