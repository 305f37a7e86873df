package za.gov.dpsa.isdip.advocacy.data.both;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An advocacy resource. The same table exists in the platform database (DPSA's library, for everyone) and in
 * each department's database (the department's own, for itself); the tenant context decides which one is read.
 * Tags are stored as comma-separated codes.
 */
@Entity
@Table(name = "advocacy_resource")
public class ResourceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String summary;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String mechanisms;

    @Column(nullable = false)
    private String principles;

    @Column(nullable = false)
    private String audiences;

    @Column(nullable = false)
    private boolean featured;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ResourceEntity() {
    }

    public ResourceEntity(String title, String summary, String kind, String mechanisms, String principles,
                          String audiences, String createdBy, Instant publishedAt) {
        this.title = title;
        this.summary = summary;
        this.kind = kind;
        this.mechanisms = mechanisms;
        this.principles = principles;
        this.audiences = audiences;
        this.createdBy = createdBy;
        this.publishedAt = publishedAt;
        this.updatedAt = publishedAt;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getKind() { return kind; }
    public String getMechanisms() { return mechanisms; }
    public String getPrinciples() { return principles; }
    public String getAudiences() { return audiences; }
    public boolean isFeatured() { return featured; }
    public boolean isRetired() { return retired; }
    public int getLatestVersion() { return latestVersion; }
    public String getCreatedBy() { return createdBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    public void setFeatured(boolean featured) { this.featured = featured; }
    public void setRetired(boolean retired) { this.retired = retired; }
    public void setLatestVersion(int latestVersion) { this.latestVersion = latestVersion; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
