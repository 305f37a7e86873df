package za.gov.dpsa.isdip.training.data.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An official's latest answers to the readiness survey, 1 (not at all) to 5 (fully) per ADKAR element. */
@Entity
@Table(name = "training_readiness_response")
public class ReadinessResponseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(nullable = false)
    private int awareness;
    @Column(nullable = false)
    private int desire;
    @Column(nullable = false)
    private int knowledge;
    @Column(nullable = false)
    private int ability;
    @Column(nullable = false)
    private int reinforcement;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected ReadinessResponseEntity() {
    }

    public ReadinessResponseEntity(String username) {
        this.username = username;
    }

    public void update(int[] scores, Instant at) {
        awareness = scores[0];
        desire = scores[1];
        knowledge = scores[2];
        ability = scores[3];
        reinforcement = scores[4];
        submittedAt = at;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public int[] scores() { return new int[] {awareness, desire, knowledge, ability, reinforcement}; }
    public Instant getSubmittedAt() { return submittedAt; }
}
