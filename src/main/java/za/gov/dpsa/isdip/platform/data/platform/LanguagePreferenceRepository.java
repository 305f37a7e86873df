package za.gov.dpsa.isdip.platform.data.platform;

import org.springframework.data.jpa.repository.JpaRepository;

/** Users' chosen languages. */
public interface LanguagePreferenceRepository extends JpaRepository<LanguagePreferenceEntity, String> {
}
