package za.gov.dpsa.isdip.tenancy.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** When an account's roles were last changed through the portal (platform database). */
@Entity
@Table(name = "role_change")
public class RoleChangeEntity {

    @Id
    @Convert(disableConversion = true)
    private String username;

    @Column(name = "changed_at_epoch_ms", nullable = false)
    private long changedAtEpochMilli;

    protected RoleChangeEntity() {
    }

    public RoleChangeEntity(String username, Instant changedAt) {
        this.username = username;
        this.changedAtEpochMilli = changedAt.toEpochMilli();
    }

    public String getUsername() {
        return username;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAtEpochMilli);
    }
}
