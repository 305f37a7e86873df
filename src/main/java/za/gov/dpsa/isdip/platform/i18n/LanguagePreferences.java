package za.gov.dpsa.isdip.platform.i18n;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.platform.data.platform.LanguagePreferenceEntity;
import za.gov.dpsa.isdip.platform.data.platform.LanguagePreferenceRepository;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * The language each user chose, kept with their account (the username of their token) in the platform database, so
 * it follows them to their next sign-in on any instance. Only the signed-in user's own choice is read or written.
 */
@Service
public class LanguagePreferences {

    private final LanguagePreferenceRepository preferences;
    private final TenantWork tenantWork;
    private final PortalTranslations translations;
    private final Clock clock;

    LanguagePreferences(LanguagePreferenceRepository preferences, TenantWork tenantWork,
                        PortalTranslations translations, Clock clock) {
        this.preferences = preferences;
        this.tenantWork = tenantWork;
        this.translations = translations;
        this.clock = clock;
    }

    /** The tag the user stored, as stored: it may name a language this release no longer offers. */
    public Optional<String> stored(PortalUser user) {
        return storedTag(user.username());
    }

    /**
     * The language to write to this user in where no browser is asking (an email): their stored choice when the
     * portal still offers it, otherwise nothing, and the caller writes in English.
     */
    public Optional<Locale> languageOf(String username) {
        return storedTag(username).flatMap(translations::language);
    }

    private Optional<String> storedTag(String username) {
        return tenantWork.inPlatform(() -> preferences.findById(username).map(LanguagePreferenceEntity::getLanguage));
    }

    /** Keeps the user's choice (in a transaction of the platform's own); only a language of the portal. */
    public void choose(PortalUser user, Locale language) {
        Locale offered = translations.language(language == null ? null : language.toLanguageTag())
                .orElseThrow(() -> new InvalidInput("language", "language.notOffered"));
        tenantWork.inPlatform(() -> {
            preferences.findById(user.username()).ifPresentOrElse(
                    chosen -> chosen.choose(offered.toLanguageTag(), clock.instant()),
                    () -> preferences.save(new LanguagePreferenceEntity(user.username(), offered.toLanguageTag(),
                            clock.instant())));
        });
    }
}
