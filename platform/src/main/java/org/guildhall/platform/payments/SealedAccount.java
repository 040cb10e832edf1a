package org.guildhall.platform.payments;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.guildhall.platform.crypto.FieldCipher;
import org.guildhall.platform.json.Json;

/**
 * A bank account someone is paid into, as stored: the sort code and account number encrypted, each bound to where it
 * belongs ({@code context}, such as {@code tenant|supplier|42|}, then the field's name), the name on the account and
 * the last four digits, which are all anyone is shown. Maps the columns {@code sort_code}, {@code account_number},
 * {@code account_name} and {@code last_digits} of the entity embedding it.
 */
@Embeddable
public class SealedAccount {

    @Column(name = "sort_code", nullable = false, length = 200)
    private String sortCode;

    @Column(name = "account_number", nullable = false, length = 200)
    private String accountNumber;

    @Column(name = "account_name", nullable = false, length = 18)
    private String accountName;

    @Column(name = "last_digits", nullable = false, length = 4)
    private String lastDigits;

    protected SealedAccount() {
    }

    public static SealedAccount seal(UkBankAccount account, FieldCipher cipher, String context) {
        SealedAccount sealed = new SealedAccount();
        sealed.sortCode = cipher.encrypt(account.sortCode(), context + "sortCode");
        sealed.accountNumber = cipher.encrypt(account.accountNumber(), context + "accountNumber");
        sealed.accountName = account.accountName();
        sealed.lastDigits = account.lastDigits();
        return sealed;
    }

    /** The account in the clear, for a payment file; fails unless it was sealed with this key in this context. */
    public UkBankAccount open(FieldCipher cipher, String context) {
        return new UkBankAccount(cipher.decrypt(sortCode, context + "sortCode"), cipher.decrypt(accountNumber, context + "accountNumber"),
                accountName);
    }

    /** What is shown and audited: never the numbers. */
    public JsonObjectBuilder masked() {
        return Json.createObjectBuilder().add("sortCode", "**-**-**").add("accountNumber", "****" + lastDigits).add("accountName", accountName);
    }

    public String accountName() { return accountName; }
    public String lastDigits() { return lastDigits; }
}
