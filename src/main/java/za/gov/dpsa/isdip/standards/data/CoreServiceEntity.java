package za.gov.dpsa.isdip.standards.data;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A core mandated service of the department (OMF, PSR 2016 reg. 36); lives in the department's database. */
@Entity
@Table(name = "core_service")
public class CoreServiceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 300)
    private String recipients;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CoreServiceEntity() {
    }

    public CoreServiceEntity(String name, String recipients, Instant createdAt) {
        this.name = name;
        this.recipients = recipients;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRecipients() {
        return recipients;
    }
}
