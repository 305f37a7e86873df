package za.gov.dpsa.isdip.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.reporting.Indicator;
import za.gov.dpsa.isdip.reporting.internal.ReportTemplates;

/**
 * docs/api/dhis2-mapping.csv is the report template as the code has it: a row for every indicator the modules
 * contribute and none for one that is gone, each with the indicator's English name, unit and an aggregation DHIS2
 * can apply the portal's way.
 */
@SpringBootTest
@ActiveProfiles("test")
class Dhis2MappingTest {

    static final Path MAPPING = Path.of("docs", "api", "dhis2-mapping.csv");

    @Autowired
    ReportTemplates template;

    @Test
    void theMappingListsExactlyTheTemplatesIndicatorsAsTheCodeDefinesThem() throws IOException {
        Map<String, Map<String, String>> rows = rows();
        List<Indicator> indicators = template.indicators();

        assertThat(rows.keySet()).as("indicator codes in " + MAPPING)
                .containsExactlyInAnyOrderElementsOf(indicators.stream().map(Indicator::code).toList());
        Properties english = english();
        for (Indicator indicator : indicators) {
            Map<String, String> row = rows.get(indicator.code());
            assertThat(row.get("name_en")).as(indicator.code()).isEqualTo(english.getProperty(indicator.nameKey()));
            assertThat(row.get("domain")).as(indicator.code()).isEqualTo(indicator.domain().name());
            assertThat(row.get("unit")).as(indicator.code()).isEqualTo(indicator.unit());
            assertThat(row.get("portal_aggregation")).as(indicator.code()).isEqualTo(indicator.aggregation().name());
            // The exports name the data element by the indicator code.
            assertThat(row.get("dhis2_data_element_code")).as(indicator.code()).isEqualTo(indicator.code());
            assertThat(row.get("dhis2_value_type")).as(indicator.code()).isEqualTo(switch (indicator.unit()) {
                case "count", "yesno" -> "INTEGER_ZERO_OR_POSITIVE";
                default -> "NUMBER";
            });
            // Across departments DHIS2 must combine as the portal does: sum or average.
            if (indicator.aggregation() == Indicator.Aggregation.SUM) {
                assertThat(row.get("dhis2_aggregation_type")).as(indicator.code())
                        .isIn("SUM", "AVERAGE_SUM_ORG_UNIT");
            } else {
                assertThat(row.get("dhis2_aggregation_type")).as(indicator.code()).isEqualTo("AVERAGE");
            }
            assertThat(row.get("dhis2_data_sets").split(";")).as(indicator.code())
                    .containsExactlyInAnyOrder(Dhis2Exports.QUARTERLY_DATA_SET, Dhis2Exports.ANNUAL_DATA_SET);
        }
    }

    /** The rows by indicator code; a code listed twice fails here. */
    static Map<String, Map<String, String>> rows() throws IOException {
        List<String> lines = Files.readAllLines(MAPPING, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        List<String> headers = cells(lines.getFirst());
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            assertThat(cells).as(line).hasSameSizeAs(headers);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                row.put(headers.get(i), cells.get(i));
            }
            assertThat(rows.put(row.get("indicator_code"), row)).as("listed twice: " + line).isNull();
        }
        return rows;
    }

    /** One CSV line (RFC 4180 quoting; no line breaks inside the mapping's cells). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static Properties english() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "vaadin-i18n",
                "translations.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
