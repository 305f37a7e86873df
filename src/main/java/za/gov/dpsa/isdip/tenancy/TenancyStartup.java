package za.gov.dpsa.isdip.tenancy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.tenancy.data.DepartmentEntity;
import za.gov.dpsa.isdip.tenancy.data.DepartmentRepository;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;
import za.gov.dpsa.isdip.tenancy.definitions.DepartmentDefinitionFiles;

/**
 * Before the portal serves anyone: migrates every registered department's database, then onboards the
 * departments of {@code tenants/} that are not registered yet.
 */
@Component
class TenancyStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TenancyStartup.class);

    private final DepartmentDefinitionFiles definitionFiles;
    private final DepartmentRepository departments;
    private final DepartmentDatabases databases;
    private final DepartmentOnboarding onboarding;
    private final TenantWork tenantWork;

    TenancyStartup(DepartmentDefinitionFiles definitionFiles, DepartmentRepository departments,
                   DepartmentDatabases databases, DepartmentOnboarding onboarding, TenantWork tenantWork) {
        this.definitionFiles = definitionFiles;
        this.departments = departments;
        this.databases = databases;
        this.onboarding = onboarding;
        this.tenantWork = tenantWork;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // Read the files first: a broken file stops start-up before anything changes.
        List<DepartmentDefinition> definitions = definitionFiles.load();
        Set<String> registered = tenantWork.inPlatform(() -> departments.findAll().stream()
                .map(DepartmentEntity::getId).collect(Collectors.toSet()));
        for (String id : registered) {
            databases.migrate(id);
            databases.allowRouting(id);
        }
        definitions.stream()
                .filter(definition -> !registered.contains(definition.id()))
                .forEach(onboarding::onboard);
        log.info("{} departments ready ({} registered before, {} defined in tenants/)",
                registered.size() + definitions.stream().filter(d -> !registered.contains(d.id())).count(),
                registered.size(), definitions.size());
    }
}
