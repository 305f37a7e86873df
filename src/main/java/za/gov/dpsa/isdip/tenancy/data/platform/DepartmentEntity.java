package za.gov.dpsa.isdip.tenancy.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.Province;
import za.gov.dpsa.isdip.tenancy.Sphere;

/** A row of the department registry, in the platform database. */
@Entity
@Table(name = "department")
public class DepartmentEntity {

    @Id
    @Convert(disableConversion = true)
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_code", nullable = false, unique = true)
    private String shortCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sphere sphere;

    @Enumerated(EnumType.STRING)
    private Province province;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "onboarded_at", nullable = false)
    private Instant onboardedAt;

    /** The name of the database server that holds the department's database (configuration gives its address). */
    @Column(name = "database_server", nullable = false)
    private String databaseServer = "primary";

    /** The checksum of the department changelog its database was last migrated with. */
    @Column(name = "schema_checksum")
    private String schemaChecksum;

    @Column(name = "schema_migrated_at")
    private Instant schemaMigratedAt;

    @Version
    private long version;

    protected DepartmentEntity() {
    }

    public DepartmentEntity(String id, String name, String shortCode, Sphere sphere, Province province,
                            Instant onboardedAt, String databaseServer) {
        this.id = id;
        this.databaseServer = databaseServer;
        this.name = name;
        this.shortCode = shortCode;
        this.sphere = sphere;
        this.province = province;
        this.onboardedAt = onboardedAt;
    }

    public String getId() {
        return id;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getDatabaseServer() {
        return databaseServer;
    }

    public String getSchemaChecksum() {
        return schemaChecksum;
    }

    public void schemaMigrated(String checksum, Instant at) {
        this.schemaChecksum = checksum;
        this.schemaMigratedAt = at;
    }

    public Department toDepartment() {
        return new Department(id, name, shortCode, sphere, province, active, onboardedAt, databaseServer);
    }
}
