package org.guildhall.platform.payments;

import java.util.ArrayList;
import java.util.List;
import org.guildhall.platform.domain.InvalidInput;

/**
 * A UK bank account as BACS pays it: a six-digit sort code, an eight-digit account number and the name on the account
 * in at most 18 characters (a Standard 18 record's field). Spaces and dashes people type are dropped.
 */
public record UkBankAccount(String sortCode, String accountNumber, String accountName) {

    /** The account, or a 400 naming every field that is wrong. */
    public static UkBankAccount of(String sortCode, String accountNumber, String accountName) {
        String sort = sortCode == null ? "" : sortCode.replaceAll("[\\s-]", "");
        String account = accountNumber == null ? "" : accountNumber.replaceAll("\\s", "");
        String name = accountName == null ? "" : accountName.strip();
        List<InvalidInput.Field> problems = new ArrayList<>();
        if (!sort.matches("[0-9]{6}")) {
            problems.add(new InvalidInput.Field("sortCode", "Enter a valid sort code like 309430"));
        }
        if (!account.matches("[0-9]{8}")) {
            problems.add(new InvalidInput.Field("accountNumber", "Enter a valid account number like 00733445; it must be 8 digits"));
        }
        if (name.isEmpty() || name.length() > 18) {
            problems.add(new InvalidInput.Field("accountName", "Enter the name on the account, up to 18 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("The bank details have invalid fields.", problems);
        }
        return new UkBankAccount(sort, account, name);
    }

    /** The last four digits of the account number, which is all anyone is shown. */
    public String lastDigits() {
        return accountNumber.substring(4);
    }
}
