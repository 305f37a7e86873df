package za.gov.dpsa.isdip.training.data.platform;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department's readiness averages as it publishes them; null averages below the minimum responses. */
@Entity
@Table(name = "training_readiness_summary")
public class ReadinessSummaryEntity {

    @Id
    @Convert(disableConversion = true)
    @Column(name = "department_id")
    private String departmentId;
    @Column(nullable = false)
    private int responses;
    private BigDecimal awareness;
    private BigDecimal desire;
    private BigDecimal knowledge;
    private BigDecimal ability;
    private BigDecimal reinforcement;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReadinessSummaryEntity() {
    }

    public ReadinessSummaryEntity(String departmentId) {
        this.departmentId = departmentId;
    }

    public void update(int responses, BigDecimal[] averages, Instant at) {
        this.responses = responses;
        this.awareness = averages == null ? null : averages[0];
        this.desire = averages == null ? null : averages[1];
        this.knowledge = averages == null ? null : averages[2];
        this.ability = averages == null ? null : averages[3];
        this.reinforcement = averages == null ? null : averages[4];
        this.updatedAt = at;
    }

    public String getDepartmentId() { return departmentId; }
    public int getResponses() { return responses; }
    public BigDecimal getAwareness() { return awareness; }
    public BigDecimal getDesire() { return desire; }
    public BigDecimal getKnowledge() { return knowledge; }
    public BigDecimal getAbility() { return ability; }
    public BigDecimal getReinforcement() { return reinforcement; }
    public Instant getUpdatedAt() { return updatedAt; }
}
