package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import za.gov.dpsa.isdip.tenancy.definitions.DepartmentDefinitionException;
import za.gov.dpsa.isdip.tenancy.definitions.DepartmentDefinitionFiles;

/** The department files of tenants/: what they must hold, and errors that name the file and the field. */
class DepartmentDefinitionFilesTest {

    private static final String VALID = """
            id: gp-roads
            name: Gauteng Department of Roads and Transport
            shortCode: GDRT
            sphere: provincial
            province: Gauteng
            coreServices:
              - name: Vehicle licensing
                recipients: Motorists
            """;

    @Test
    void readsAValidDefinition() {
        DepartmentDefinition definition = DepartmentDefinitionFiles.parse("tenants/gp-roads.yaml", VALID);

        assertThat(definition.id()).isEqualTo("gp-roads");
        assertThat(definition.sphere()).isEqualTo(Sphere.PROVINCIAL);
        assertThat(definition.province()).isEqualTo(Province.GAUTENG);
        assertThat(definition.coreServices()).extracting(DepartmentDefinition.CoreServiceDefinition::name)
                .containsExactly("Vehicle licensing");
    }

    @Test
    void theRepositoryDefinesDpsaAndSixDepartmentsAcrossBothSpheresAndThreeProvinces() {
        List<DepartmentDefinition> definitions = new DepartmentDefinitionFiles(
                new PathMatchingResourcePatternResolver(), "file:tenants/*.yaml").load();

        assertThat(definitions).hasSizeGreaterThanOrEqualTo(7);
        assertThat(definitions).extracting(DepartmentDefinition::id).contains(Department.DPSA_ID);
        assertThat(definitions).extracting(DepartmentDefinition::sphere).contains(Sphere.NATIONAL, Sphere.PROVINCIAL);
        assertThat(definitions.stream().map(DepartmentDefinition::province).filter(p -> p != null).distinct())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(definitions).allSatisfy(d -> assertThat(d.coreServices()).isNotEmpty());
    }

    @Test
    void aProvincialDepartmentWithoutProvinceNamesFileAndField() {
        assertProblem(VALID.replace("province: Gauteng\n", ""), "province", "required for a provincial department");
    }

    @Test
    void anUnknownProvinceIsNamed() {
        assertProblem(VALID.replace("province: Gauteng", "province: Gautengg"), "province", "'Gautengg' is not one of");
    }

    @Test
    void aNationalDepartmentMayNotNameAProvince() {
        assertProblem(VALID.replace("sphere: provincial", "sphere: national"), "province", "left out for a national");
    }

    @Test
    void aWrongSphereIsNamed() {
        assertProblem(VALID.replace("sphere: provincial", "sphere: local"), "sphere", "'national' or 'provincial'");
    }

    @Test
    void aMissingNameIsNamed() {
        assertProblem(VALID.replace("name: Gauteng Department of Roads and Transport\n", ""), "name", "missing");
    }

    @Test
    void anIdThatCannotNameADatabaseIsRefused() {
        assertProblem(VALID.replace("id: gp-roads", "id: GP Roads; DROP"), "id", "lower-case");
    }

    @Test
    void aMisspelledFieldIsNamed() {
        assertProblem(VALID.replace("shortCode:", "shortcode:"), "shortcode", "is not known");
    }

    @Test
    void aCoreServiceWithoutNameIsNamed() {
        assertProblem(VALID.replace("  - name: Vehicle licensing", "  - title: Vehicle licensing"),
                "coreServices[0].name", "missing");
    }

    @Test
    void aCoreServiceRepeatingAnEarlierNameIsNamed() {
        assertProblem(VALID + """
                  - name: " vehicle LICENSING"
                    recipients: Fleet owners
                """, "coreServices[1].name", "repeats");
    }

    @Test
    void brokenYamlNamesTheFile() {
        assertProblem("id: [unclosed", "file", "not valid YAML");
    }

    @Test
    void twoFilesWithTheSameIdAreRefused(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.yaml"), VALID);
        Files.writeString(folder.resolve("b.yaml"), VALID.replace("shortCode: GDRT", "shortCode: OTHER"));
        DepartmentDefinitionFiles files = new DepartmentDefinitionFiles(new PathMatchingResourcePatternResolver(),
                "file:" + folder + "/*.yaml");

        assertThatThrownBy(files::load).isInstanceOf(DepartmentDefinitionException.class)
                .hasMessage("tenants/b.yaml: field 'id' 'gp-roads' is also used by tenants/a.yaml");
    }

    @Test
    void anEmptyFolderIsRefused(@TempDir Path folder) {
        DepartmentDefinitionFiles files = new DepartmentDefinitionFiles(new PathMatchingResourcePatternResolver(),
                "file:" + folder + "/*.yaml");

        assertThatThrownBy(files::load).hasMessageContaining("holds no department definitions");
    }

    private static void assertProblem(String yaml, String field, String text) {
        assertThatThrownBy(() -> DepartmentDefinitionFiles.parse("tenants/broken.yaml", yaml))
                .isInstanceOfSatisfying(DepartmentDefinitionException.class, e -> {
                    assertThat(e.source()).isEqualTo("tenants/broken.yaml");
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).startsWith("tenants/broken.yaml: field '" + field + "'").contains(text);
                });
    }
}
