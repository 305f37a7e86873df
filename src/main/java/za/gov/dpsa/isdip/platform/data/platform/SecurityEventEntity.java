package za.gov.dpsa.isdip.platform.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * Refusals of one user in one context, of one kind, within one minute (platform database). Read-only to the
 * portal: {@code SecurityEvents} writes it by adding counts, so that many refusals take one row.
 */
@Entity
@Immutable
@Table(name = "security_event")
public class SecurityEventEntity {

    @Id
    private Long id;
    @Column(name = "minute_start")
    private Instant minuteStart;
    private String username;
    @Column(name = "department_id")
    private String departmentId;
    private String kind;
    @Column(name = "first_asked")
    private String firstAsked;
    @Column(name = "last_asked")
    private String lastAsked;
    @Column(name = "first_at")
    private Instant firstAt;
    @Column(name = "last_at")
    private Instant lastAt;
    private long refusals;

    protected SecurityEventEntity() {
    }

    public Long getId() { return id; }
    public Instant getMinuteStart() { return minuteStart; }
    public String getUsername() { return username; }
    public String getDepartmentId() { return departmentId; }
    public String getKind() { return kind; }
    public String getFirstAsked() { return firstAsked; }
    public String getLastAsked() { return lastAsked; }
    public Instant getFirstAt() { return firstAt; }
    public Instant getLastAt() { return lastAt; }
    public long getRefusals() { return refusals; }
}
