package za.gov.dpsa.isdip.advocacy.data.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One use of a resource by an official, counted in the official's department; no personal data. */
@Entity
@Table(name = "advocacy_download")
public class DownloadEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String source;

    @Column(name = "resource_id", nullable = false)
    private long resourceId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "resource_title", nullable = false)
    private String resourceTitle;

    @Column(name = "downloaded_at", nullable = false)
    private Instant downloadedAt;

    protected DownloadEntity() {
    }

    public DownloadEntity(String source, long resourceId, int versionNumber, String resourceTitle,
                          Instant downloadedAt) {
        this.source = source;
        this.resourceId = resourceId;
        this.versionNumber = versionNumber;
        this.resourceTitle = resourceTitle;
        this.downloadedAt = downloadedAt;
    }

    public Long getId() { return id; }
    public String getSource() { return source; }
    public long getResourceId() { return resourceId; }
    public int getVersionNumber() { return versionNumber; }
    public String getResourceTitle() { return resourceTitle; }
    public Instant getDownloadedAt() { return downloadedAt; }
}
