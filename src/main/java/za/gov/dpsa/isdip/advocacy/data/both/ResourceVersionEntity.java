package za.gov.dpsa.isdip.advocacy.data.both;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** One version of a resource: a file kept in the database (never under the web root) or an https link. */
@Entity
@Table(name = "advocacy_resource_version")
public class ResourceVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resource_id", nullable = false)
    private Long resourceId;

    @Column(nullable = false)
    private int number;

    private String note;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "longblob")
    private byte[] content;

    @Column(name = "link_url")
    private String linkUrl;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected ResourceVersionEntity() {
    }

    public ResourceVersionEntity(Long resourceId, int number, String note, String fileName, String contentType,
                                 byte[] content, String linkUrl, String publishedBy, Instant publishedAt) {
        this.resourceId = resourceId;
        this.number = number;
        this.note = note;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content == null ? 0 : content.length;
        this.linkUrl = linkUrl;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public Long getId() { return id; }
    public Long getResourceId() { return resourceId; }
    public int getNumber() { return number; }
    public String getNote() { return note; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content; }
    public String getLinkUrl() { return linkUrl; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
}
