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
import za.gov.dpsa.isdip.platform.i18n.LanguagePreferences;
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
    private final LanguagePreferences languages;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;
    private final String portalUrl;

    Notifications(NotificationRepository repository, LanguagePreferences languages,
                  ObjectProvider<JavaMailSender> mail, Clock clock,
                  @Value("${isdip.mail.from:portal@isdip.gov.za}") String from,
                  @Value("${isdip.portal-url:http://localhost:8080}") String portalUrl) {
        this.repository = repository;
        this.languages = languages;
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
            Locale language = languageOf(username);
            afterCommit(() -> sendEmail(email, language, messageKey, params, link));
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

    /** A text in the given language (English where it has none), as emails carry it. */
    public static String text(Locale language, String messageKey, List<?> params) {
        ResourceBundle bundle = PortalTranslations.bundle(language);
        String pattern = bundle.containsKey(messageKey) ? bundle.getString(messageKey) : messageKey;
        return new MessageFormat(pattern, language).format(params.toArray());
    }

    /** The recipient's own language for an email; English when they chose none, or when it cannot be read now. */
    private Locale languageOf(String username) {
        try {
            return languages.languageOf(username).orElse(PortalTranslations.ENGLISH);
        } catch (RuntimeException e) {
            // The notice itself must not fail because the preference could not be read: the email goes in English.
            log.warn("The language of {} could not be read, the email goes in English: {}", username, e.getMessage());
            return PortalTranslations.ENGLISH;
        }
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

    private void sendEmail(String to, Locale language, String messageKey, List<String> params, String link) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            String notice = text(language, messageKey, params);
            message.setSubject(text(language, "email.subject", List.of(notice)));
            message.setText(notice + "\n\n" + portalUrl + "/" + (link == null ? "" : link)
                    + "\n\n" + text(language, "email.footer", List.of()));
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
