package za.gov.dpsa.isdip.tenancy.data.platform;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The department registry; lives in the platform database, so use it in the platform context only. */
public interface DepartmentRepository extends JpaRepository<DepartmentEntity, String> {

    List<DepartmentEntity> findAllByOrderByNameAsc();

    boolean existsByShortCodeIgnoreCase(String shortCode);

    /** How many departments each database server holds: [server, count]. */
    @org.springframework.data.jpa.repository.Query("select d.databaseServer, count(d) from DepartmentEntity d "
            + "group by d.databaseServer")
    List<Object[]> countByDatabaseServer();
}
