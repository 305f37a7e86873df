package za.gov.dpsa.isdip.cases.data.department;

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

/** A file attached to a case; stored in the department's database, never under the web root. */
@Entity
@Table(name = "case_attachment")
public class CaseAttachmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected CaseAttachmentEntity() {
    }

    public CaseAttachmentEntity(Long caseId, String fileName, String contentType, byte[] content, String uploadedBy,
                                Instant uploadedAt) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    @Column(name = "removed_at")
    private Instant removedAt;

    /** Removes the file's content and name (POPIA); the case keeps that a file was there. */
    public void remove(String marker, Instant at) {
        this.fileName = marker;
        this.content = new byte[0];
        this.sizeBytes = 0;
        this.contentType = "text/plain";
        this.removedAt = at;
    }

    public Instant getRemovedAt() { return removedAt; }
    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
