package za.gov.dpsa.isdip.platform.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The official language a user chose (platform database), by the username of their token. */
@Entity
@Table(name = "language_preference")
public class LanguagePreferenceEntity {

    @Id
    private String username;
    private String language;
    @Column(name = "chosen_at")
    private Instant chosenAt;

    protected LanguagePreferenceEntity() {
    }

    public LanguagePreferenceEntity(String username, String language, Instant chosenAt) {
        this.username = username;
        this.language = language;
        this.chosenAt = chosenAt;
    }

    public void choose(String language, Instant at) {
        this.language = language;
        this.chosenAt = at;
    }

    public String getUsername() { return username; }
    public String getLanguage() { return language; }
    public Instant getChosenAt() { return chosenAt; }
}
