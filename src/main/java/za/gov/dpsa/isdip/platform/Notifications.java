package za.gov.dpsa.isdip.platform;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import za.gov.dpsa.isdip.core.FreeText;
import za.gov.dpsa.isdip.platform.data.both.NotificationEntity;
import za.gov.dpsa.isdip.platform.data.both.NotificationRepository;
import za.gov.dpsa.isdip.platform.i18n.PortalTranslations;
import za.gov.dpsa.isdip.platform.internal.Notification;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * In-app notifications in the current context (a department's own database, or the platform's), and an email
 * copy when SMTP is configured ({@code spring.mail.host}) and the recipient's address is known.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final String SEPARATOR = "\u001f";
    private static final String ROLE_PREFIX = "role:";

    private final NotificationRepository repository;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;
    private final String portalUrl;

    Notifications(NotificationRepository repository, ObjectProvider<JavaMailSender> mail, Clock clock,
                  @Value("${isdip.mail.from:portal@isdip.gov.za}") String from,
                  @Value("${isdip.portal-url:http://localhost:8080}") String portalUrl) {
        this.repository = repository;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.portalUrl = portalUrl;
    }

    /** Notifies one user; {@code email} may be null. */
    @Transactional
    public void notifyUser(String username, String email, String messageKey, List<String> params, String link) {
        repository.save(new NotificationEntity(username, clock.instant(), messageKey, join(params), link));
        if (email != null && !email.isBlank()) {
            afterCommit(() -> sendEmail(email, messageKey, params, link));
        }
    }

    /** Notifies everyone with a role in the current context (every DPSA super-admin, say). */
    @Transactional
    public void notifyRole(PortalRole role, String messageKey, List<String> params, String link) {
        repository.save(new NotificationEntity(ROLE_PREFIX + role.roleName(), clock.instant(), messageKey,
                join(params), link));
    }

    @Transactional(readOnly = true)
    public List<Notification> latest(PortalUser user) {
        return repository.findTop30ByRecipientInOrderByCreatedAtDesc(recipients(user)).stream()
                .map(Notifications::toNotification).toList();
    }

    @Transactional(readOnly = true)
    public long unread(PortalUser user) {
        return repository.countByRecipientInAndReadAtIsNull(recipients(user));
    }

    @Transactional
    public void markAllRead(PortalUser user) {
        repository.findByRecipientInAndReadAtIsNull(recipients(user)).forEach(n -> n.markRead(clock.instant()));
    }

    /** The text of a notification in English, as emails carry it. */
    public static String text(String messageKey, List<String> params) {
        ResourceBundle bundle = PortalTranslations.bundle(PortalTranslations.ENGLISH);
        String pattern = bundle.containsKey(messageKey) ? bundle.getString(messageKey) : messageKey;
        return new MessageFormat(pattern, Locale.ENGLISH).format(params.toArray());
    }

    /** An email goes out only once the notice it copies is stored: a rolled-back notice sends nothing. */
    private static void afterCommit(Runnable send) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void sendEmail(String to, String messageKey, List<String> params, String link) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject("ISDIP Portal: " + text(messageKey, params));
            message.setText(text(messageKey, params) + "\n\n" + portalUrl + "/" + (link == null ? "" : link)
                    + "\n\nYou receive this because of your work in the ISDIP Portal.");
            sender.send(message);
        } catch (RuntimeException e) {
            // The in-app notification is kept; a mail server being down must not undo the user's action.
            log.warn("Email notification to {} failed: {}", to, e.getMessage());
        }
    }

    private static List<String> recipients(PortalUser user) {
        List<String> recipients = new ArrayList<>();
        recipients.add(user.username());
        user.roles().forEach(role -> recipients.add(ROLE_PREFIX + role.roleName()));
        return recipients;
    }

    private static String join(List<String> params) {
        return params == null || params.isEmpty() ? null
                : String.join(SEPARATOR, params.stream().map(p -> FreeText.clean(String.valueOf(p))).toList());
    }

    private static Notification toNotification(NotificationEntity entity) {
        List<String> params = entity.getParams() == null ? List.of()
                : Arrays.asList(entity.getParams().split(SEPARATOR, -1));
        return new Notification(entity.getId(), entity.getCreatedAt(), entity.getMessageKey(), params,
                entity.getLink(), entity.getReadAt() != null);
    }
}
