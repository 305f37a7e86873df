package za.gov.dpsa.isdip.tenancy.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account disabled through the portal (platform database), until it is enabled again. */
@Entity
@Table(name = "disabled_account")
public class DisabledAccountEntity {

    @Id
    @Convert(disableConversion = true)
    private String username;

    @Column(name = "disabled_at", nullable = false)
    private Instant disabledAt;

    protected DisabledAccountEntity() {
    }

    public DisabledAccountEntity(String username, Instant disabledAt) {
        this.username = username;
        this.disabledAt = disabledAt;
    }

    public String getUsername() {
        return username;
    }
}
