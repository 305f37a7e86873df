package za.gov.dpsa.isdip.standards.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.standards.data.platform.HarmonisedStandardEntity;
import za.gov.dpsa.isdip.standards.data.platform.HarmonisedStandardRepository;
import za.gov.dpsa.isdip.standards.data.platform.MechanismRequirementEntity;
import za.gov.dpsa.isdip.standards.data.platform.MechanismRequirementRepository;
import za.gov.dpsa.isdip.tenancy.TenantWork;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Seeds DPSA's reference catalogue (classpath {@code standards/catalogue.yaml}) into the platform database at
 * every start, in every environment: it is reference data, not demo data. Only missing codes are added, so a
 * restart never overwrites what DPSA changed in the portal.
 */
@Component
class CatalogueSeed {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSeed.class);
    static final String RESOURCE = "standards/catalogue.yaml";
    private static final String SEEDER = "system";

    private final MechanismRequirementRepository requirements;
    private final HarmonisedStandardRepository standards;
    private final TenantWork tenantWork;
    private final Clock clock;

    CatalogueSeed(MechanismRequirementRepository requirements, HarmonisedStandardRepository standards,
                  TenantWork tenantWork, Clock clock) {
        this.requirements = requirements;
        this.standards = standards;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    /** Before the demo data, which assesses these standards. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    void seed() {
        Map<String, Object> catalogue = read();
        int[] added = new int[2];
        tenantWork.inPlatform(() -> {
            for (Map<String, Object> r : list(catalogue, "requirements")) {
                String code = (String) r.get("code");
                if (requirements.findByCode(code).isEmpty()) {
                    MechanismRequirementEntity entity = new MechanismRequirementEntity(code);
                    entity.update((String) r.get("title"), (String) r.get("requirement"),
                            Mechanism.valueOf((String) r.get("mechanism")), (String) r.get("ref"),
                            r.get("principle") == null ? null : BathoPelePrinciple.valueOf((String) r.get("principle")),
                            (String) r.get("evidence"), 1, date(r.get("effective")), SEEDER, clock.instant());
                    entity.setStatus(CatalogueStatus.PUBLISHED, SEEDER, clock.instant());
                    requirements.save(entity);
                    added[0]++;
                }
            }
            requirements.flush();
            for (Map<String, Object> s : list(catalogue, "standards")) {
                String code = (String) s.get("code");
                if (standards.existsByCode(code)) {
                    continue;
                }
                Set<MechanismRequirementEntity> links = new HashSet<>();
                @SuppressWarnings("unchecked")
                List<String> linkCodes = (List<String>) s.get("links");
                for (String link : linkCodes) {
                    links.add(requirements.findByCode(link)
                            .orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown requirement " + link)));
                }
                HarmonisedStandardEntity entity = new HarmonisedStandardEntity(code, 1);
                entity.update((String) s.get("title"), (String) s.get("requirement"), (String) s.get("evidence"),
                        date(s.get("effective")), links, SEEDER, clock.instant());
                entity.publish(SEEDER, clock.instant());
                standards.save(entity);
                added[1]++;
            }
        });
        if (added[0] + added[1] > 0) {
            log.info("Standards catalogue: {} mechanism requirements and {} harmonised standards added", added[0],
                    added[1]);
        }
    }

    static Map<String, Object> read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> catalogue, String key) {
        return (List<Map<String, Object>>) catalogue.get(key);
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                : LocalDate.parse(String.valueOf(value));
    }
}
