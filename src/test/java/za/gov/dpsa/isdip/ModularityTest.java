package za.gov.dpsa.isdip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds: one module per domain over a shared core, each declaring the modules it may use
 * ({@code allowedDependencies} in its {@code package-info.java}) and reaching them only through their public API;
 * and the committed module diagrams under docs/modules show the structure as it is.
 */
class ModularityTest {

    /** Where the diagrams a newcomer reads are committed. */
    static final Path COMMITTED_DIAGRAMS = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(IsdipPortalApplication.class);

    @Test
    void modulesDependOnlyOnWhatTheyDeclareThroughEachOthersPublicApiWithoutCycles() {
        modules.verify();
    }

    @Test
    void aModuleReachingPastItsDeclaredDependenciesFailsTheVerification() {
        // The fixture's modules live in test code, which the portal's own model leaves out.
        ApplicationModules broken = ApplicationModules.of("za.gov.dpsa.isdip.modularityfixture", location -> true);

        assertThatThrownBy(broken::verify).hasMessageContaining("alpha").hasMessageContaining("beta");
    }

    @Test
    void everyModuleDeclaresTheModulesItMayUse() throws ClassNotFoundException {
        List<String> undeclared = new ArrayList<>();
        for (var module : modules) {
            String base = module.getBasePackage().getName();
            ApplicationModule declared = Class.forName(base + ".package-info").getAnnotation(ApplicationModule.class);
            boolean open = declared != null && declared.type() == ApplicationModule.Type.OPEN;
            if (declared == null || !open && List.of(declared.allowedDependencies())
                    .contains(ApplicationModule.OPEN_TOKEN)) {
                undeclared.add(module.getIdentifier().toString());
            }
        }
        assertThat(undeclared).as("modules without allowedDependencies in their package-info.java").isEmpty();
    }

    @Test
    void everyDomainHasItsModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("core",
                "tenancy", "accounts", "platform", "cases", "advocacy", "standards", "training", "reporting", "privacy",
                "integration");
    }

    /**
     * Writes the Modulith documentation and compares it with the committed copy; a difference is written into
     * docs/modules and fails the test, so a change of structure comes with its diagrams.
     */
    @Test
    void theCommittedModuleDiagramsShowTheStructureAsItIs() throws IOException {
        Path generated = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, generated.toString()).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        List<String> stale = new ArrayList<>();
        Files.createDirectories(COMMITTED_DIAGRAMS);
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).sorted().toList()) {
                Path committed = COMMITTED_DIAGRAMS.resolve(file.getFileName());
                String now = canonical(Files.readString(file));
                if (!Files.exists(committed) || !Files.readString(committed).equals(now)) {
                    Files.writeString(committed, now);
                    stale.add(committed.toString());
                }
            }
        }
        assertThat(stale).as("module diagrams rewritten because the structure changed; commit them").isEmpty();
    }

    /**
     * The diagram with its components and relations in a fixed order: the Documenter writes them in the order it
     * happens to find them, which differs between runs without the structure changing.
     */
    static String canonical(String diagram) {
        List<String> lines = new ArrayList<>(diagram.lines().toList());
        int start = 0;
        while (start < lines.size()) {
            String kind = kind(lines.get(start));
            int end = start + 1;
            while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
                end++;
            }
            if (kind != null) {
                lines.subList(start, end).sort(null);
            }
            start = end;
        }
        return String.join("\n", lines) + "\n";
    }

    private static String kind(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel(" : trimmed.startsWith("Component(") ? "Component(" : null;
    }
}
