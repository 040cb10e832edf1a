package org.guildhall.hr.notify.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.platform.notice.Notice;

/**
 * Email through the SMTP server named by {@code guildhall.smtp.host} ({@code GUILDHALL_SMTP_HOST}), with optional port,
 * user, password, STARTTLS and sender. Sent off the request thread after commit; a failure is logged, never undoes the
 * change, and the notice stays in the in-app list (a remittance advice stays downloadable).
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "guildhall.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "guildhall.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "guildhall.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "guildhall.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "guildhall.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "guildhall.smtp.from", defaultValue = "guildhall@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "guildhall.base-url")
    Optional<String> baseUrl;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** A file sent with a message, such as a remittance advice. */
    public record Attachment(String filename, String mediaType, byte[] content) {
    }

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends {@code notice} to {@code to} once the current transaction commits, and never if it rolls back. */
    public void sendAfterCommit(String to, Notice notice) {
        String link = notice.link() == null ? "" : "\n\n" + baseUrl.orElse("") + notice.link();
        sendAfterCommit(to, notice.subject(), notice.text() + link, null);
    }

    /** Sends a message, with {@code attachment} when not null, once the current transaction commits. */
    public void sendAfterCommit(String to, String subject, String text, Attachment attachment) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        executor.execute(() -> send(to, subject, text, attachment));
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "could not queue the email \"" + subject + "\": " + e.getMessage());
                    }
                }
            }
        });
    }

    void send(String to, String subject, String text, Attachment attachment) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            if (attachment == null) {
                message.setText(text + "\n\nGuildhall", "UTF-8");
            } else {
                MimeBodyPart body = new MimeBodyPart();
                body.setText(text + "\n\nGuildhall", "UTF-8");
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
                file.setFileName(attachment.filename());
                message.setContent(new MimeMultipart(body, file));
            }
            if (user.isPresent()) {
                Transport.send(message, user.get(), password.orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not email \"" + subject + "\": " + e.getMessage());
        }
    }
}
