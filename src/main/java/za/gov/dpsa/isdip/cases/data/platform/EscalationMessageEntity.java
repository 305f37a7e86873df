package za.gov.dpsa.isdip.cases.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message on an escalation: a DPSA reply, or a comment the department shared with DPSA. */
@Entity
@Table(name = "escalation_message")
public class EscalationMessageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "escalation_id", nullable = false, updatable = false)
    private Long escalationId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "from_dpsa", nullable = false, updatable = false)
    private boolean fromDpsa;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String body;

    protected EscalationMessageEntity() {
    }

    public EscalationMessageEntity(Long escalationId, Instant occurredAt, String author, String authorName,
                                   boolean fromDpsa, String body) {
        this.escalationId = escalationId;
        this.occurredAt = occurredAt;
        this.author = author;
        this.authorName = authorName;
        this.fromDpsa = fromDpsa;
        this.body = body;
    }

    public Long getId() { return id; }
    public Long getEscalationId() { return escalationId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getAuthor() { return author; }
    public String getAuthorName() { return authorName; }
    public boolean isFromDpsa() { return fromDpsa; }
    public String getBody() { return body; }
}
