package za.gov.dpsa.isdip.standards.data.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;

/** Where a key service stands today and where the SDIP takes it, for one Batho Pele principle. */
@Entity
@Table(name = "sdip_standard")
public class SdipStandardEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BathoPelePrinciple principle;
    @Column(name = "current_standard", nullable = false, length = 500)
    private String currentStandard;
    @Column(name = "desired_standard", nullable = false, length = 500)
    private String desiredStandard;

    protected SdipStandardEntity() {
    }

    public SdipStandardEntity(BathoPelePrinciple principle, String currentStandard, String desiredStandard) {
        this.principle = principle;
        this.currentStandard = currentStandard;
        this.desiredStandard = desiredStandard;
    }

    public BathoPelePrinciple getPrinciple() { return principle; }
    public String getCurrentStandard() { return currentStandard; }
    public String getDesiredStandard() { return desiredStandard; }
}
