package za.gov.dpsa.isdip.accounts.data.department;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The department's record of account changes, in the current department's database. */
public interface DirectoryChangeRepository extends JpaRepository<DirectoryChangeEntity, Long> {

    List<DirectoryChangeEntity> findTop50ByOrderByIdDesc();
}
