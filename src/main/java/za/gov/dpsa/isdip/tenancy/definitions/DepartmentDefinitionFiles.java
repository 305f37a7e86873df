package za.gov.dpsa.isdip.tenancy.definitions;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import za.gov.dpsa.isdip.tenancy.DepartmentDefinition.CoreServiceDefinition;
import za.gov.dpsa.isdip.tenancy.DepartmentDefinition;
import za.gov.dpsa.isdip.tenancy.Province;
import za.gov.dpsa.isdip.tenancy.Sphere;

/**
 * Reads the department definitions the platform seeds: one YAML file per department in {@code tenants/}.
 * Any error names the file and the field, so start-up can stop with a message an operator can act on.
 */
@Component
public class DepartmentDefinitionFiles {

    private static final Set<String> KNOWN_FIELDS = Set.of("id", "name", "shortCode", "sphere", "province",
            "coreServices");

    private final ResourcePatternResolver resources;
    private final String location;

    public DepartmentDefinitionFiles(ResourcePatternResolver resources,
                                     @Value("${isdip.tenants.location:classpath:tenants/*.yaml}") String location) {
        this.resources = resources;
        this.location = location;
    }

    public List<DepartmentDefinition> load() {
        Resource[] files;
        try {
            files = resources.getResources(location);
        } catch (IOException e) {
            throw new DepartmentDefinitionException(location, "location", "cannot be read: " + e.getMessage());
        }
        if (files.length == 0) {
            throw new DepartmentDefinitionException(location, "location", "holds no department definitions");
        }
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        List<DepartmentDefinition> definitions = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (Resource file : files) {
            String name = "tenants/" + file.getFilename();
            DepartmentDefinition definition = parse(name, read(name, file));
            String clash = ids.putIfAbsent(definition.id(), name);
            if (clash != null) {
                throw new DepartmentDefinitionException(name, "id", "'" + definition.id() + "' is also used by " + clash);
            }
            clash = codes.putIfAbsent(definition.shortCode().toUpperCase(Locale.ROOT), name);
            if (clash != null) {
                throw new DepartmentDefinitionException(name, "shortCode",
                        "'" + definition.shortCode() + "' is also used by " + clash);
            }
            definitions.add(definition);
        }
        return definitions;
    }

    private static String read(String name, Resource file) {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DepartmentDefinitionException(name, "file", "cannot be read: " + e.getMessage());
        }
    }

    /** Parses one definition; public so the tests can feed it broken files. */
    public static DepartmentDefinition parse(String source, String yamlText) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (YAMLException e) {
            throw new DepartmentDefinitionException(source, "file", "is not valid YAML: " + e.getMessage());
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new DepartmentDefinitionException(source, "file", "must be a YAML mapping of fields");
        }
        for (Object key : map.keySet()) {
            if (!KNOWN_FIELDS.contains(String.valueOf(key))) {
                throw new DepartmentDefinitionException(source, String.valueOf(key),
                        "is not known (expected one of " + KNOWN_FIELDS.stream().sorted().toList() + ")");
            }
        }
        String id = requiredText(source, map, "id");
        String name = requiredText(source, map, "name");
        String shortCode = requiredText(source, map, "shortCode");
        Sphere sphere = switch (requiredText(source, map, "sphere").toLowerCase(Locale.ROOT)) {
            case "national" -> Sphere.NATIONAL;
            case "provincial" -> Sphere.PROVINCIAL;
            default -> throw new DepartmentDefinitionException(source, "sphere",
                    "must be 'national' or 'provincial', not '" + map.get("sphere") + "'");
        };
        Province province = null;
        Object provinceValue = map.get("province");
        if (provinceValue != null) {
            province = Province.fromDisplayName(String.valueOf(provinceValue)).orElseThrow(() ->
                    new DepartmentDefinitionException(source, "province", "'" + provinceValue
                            + "' is not one of the nine provinces ("
                            + Arrays.stream(Province.values()).map(Province::displayName).toList() + ")"));
        }
        List<CoreServiceDefinition> services = new ArrayList<>();
        Object servicesValue = map.get("coreServices");
        if (servicesValue != null) {
            if (!(servicesValue instanceof List<?> list)) {
                throw new DepartmentDefinitionException(source, "coreServices", "must be a list");
            }
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> service)) {
                    throw new DepartmentDefinitionException(source, "coreServices[" + i + "]",
                            "must have a name and recipients");
                }
                services.add(new CoreServiceDefinition(requiredText(source, service, "coreServices[" + i + "].name",
                        "name"), optionalText(service, "recipients")));
            }
        }
        DepartmentDefinition definition = new DepartmentDefinition(id, name, shortCode, sphere, province, services);
        DepartmentDefinitionValidator.validate(definition).ifPresent(problem -> {
            throw new DepartmentDefinitionException(source, problem.field(), problem.message());
        });
        return definition;
    }

    private static String requiredText(String source, Map<?, ?> map, String field) {
        return requiredText(source, map, field, field);
    }

    private static String requiredText(String source, Map<?, ?> map, String fieldPath, String key) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new DepartmentDefinitionException(source, fieldPath, "is missing");
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new DepartmentDefinitionException(source, fieldPath, "must be text");
        }
        return String.valueOf(value).trim();
    }

    private static String optionalText(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : String.valueOf(value).trim();
    }
}
