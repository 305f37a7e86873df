package za.gov.dpsa.isdip.standards.data.department;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** A key service an SDIP improves, with its recipients and standards per Batho Pele principle. */
@Entity
@Table(name = "sdip_service")
public class SdipServiceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "core_service_id")
    private Long coreServiceId;
    @Column(name = "service_name", nullable = false, length = 200)
    private String serviceName;
    @Column(nullable = false, length = 300)
    private String recipients;
    @Column(nullable = false)
    private int position;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "service_id", nullable = false)
    private List<SdipStandardEntity> standards = new ArrayList<>();

    protected SdipServiceEntity() {
    }

    public SdipServiceEntity(Long coreServiceId, String serviceName, String recipients, int position) {
        this.coreServiceId = coreServiceId;
        this.serviceName = serviceName;
        this.recipients = recipients;
        this.position = position;
    }

    public Long getId() { return id; }
    public Long getCoreServiceId() { return coreServiceId; }
    public String getServiceName() { return serviceName; }
    public String getRecipients() { return recipients; }
    public int getPosition() { return position; }
    public List<SdipStandardEntity> getStandards() { return standards; }
}
