package org.guildhall.platform.notice;

import java.util.Objects;

/**
 * Something a person should hear about (a decision on their leave or claim, a request awaiting them), fired as a CDI
 * event inside the transaction that made it so. The notifications feature keeps it in the recipient's in-app list in
 * that same transaction, and emails it after commit when SMTP is configured; features only fire it.
 *
 * @param recipient the employee number of whoever should hear, in the transaction's tenant
 * @param subject one line, plain language ("Your leave from 3 March to 7 March was approved")
 * @param text the detail, plain text, may be several lines
 * @param link the page path it is about, relative to the application ("/leave/demo/requests/42"), or null
 */
public record Notice(String recipient, String subject, String text, String link) {

    public Notice {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
