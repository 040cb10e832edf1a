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
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.platform.notice.Notice;

/**
 * Email through the SMTP server named by {@code guildhall.smtp.host} ({@code GUILDHALL_SMTP_HOST}), with optional port,
 * user, password, STARTTLS and sender. Sent off the request thread after commit; a failure is logged, never undoes the
 * change, and the notice stays in the in-app list.
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

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void sendLater(String to, Notice notice) {
        executor.execute(() -> send(to, notice));
    }

    void send(String to, Notice notice) {
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
            message.setSubject(notice.subject(), "UTF-8");
            String link = notice.link() == null ? "" : "\n\n" + baseUrl.orElse("") + notice.link();
            message.setText(notice.text() + link + "\n\nGuildhall", "UTF-8");
            if (user.isPresent()) {
                Transport.send(message, user.get(), password.orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not email a notification: " + e.getMessage());
        }
    }
}
