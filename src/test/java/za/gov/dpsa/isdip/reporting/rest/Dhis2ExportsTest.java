package za.gov.dpsa.isdip.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.internal.ReportSnapshot;

/** The DHIS2 formats without the web layer: escaping, missing figures, plain numbers, periods and dates. */
class Dhis2ExportsTest {

    static final String NARRATIVE = "<script>alert('x')</script> & \"quotes\" ]]> done";
    static final ReportingPeriod Q4 = new ReportingPeriod(7, 2026, 4, LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
    static final ReportingPeriod YEAR = new ReportingPeriod(8, 2026, 0, LocalDate.of(2026, 4, 1),
            LocalDate.of(2027, 3, 31), LocalDate.of(2027, 5, 31));

    static ReportSnapshot snapshot(String department) {
        return new ReportSnapshot(department, "Department " + department, "NATIONAL", null, 7, "2026/27 Q4", 3,
                Instant.parse("2027-04-30T22:30:00Z"), List.of(
                new ReportSnapshot.Figure("cases.opened", new BigDecimal("1E+2"), false, NARRATIVE),
                new ReportSnapshot.Figure("cases.resolvedWithinSla", new BigDecimal("87.50"), false, " "),
                new ReportSnapshot.Figure("sdip.approved", null, false, "Not yet recorded")));
    }

    @Test
    void aDataValueSetHasTheDhis2PeriodPlainValuesAndNoValueForAMissingFigure() {
        // Submitted at 00:30 on 1 May, South African time: complete on 1 May, not on 30 April (UTC).
        ReportsJson.DataValueSet set = Dhis2Exports.dataValueSet(Q4, snapshot("dha"),
                Instant.parse("2027-04-30T22:30:00Z"));

        assertThat(set.period()).isEqualTo("2027Q1");
        assertThat(set.completeDate()).isEqualTo("2027-05-01");
        assertThat(set.dataSet()).isEqualTo("ISDIP_QUARTERLY");
        assertThat(set.dataValues()).extracting(ReportsJson.DataValue::dataElement)
                .containsExactly("cases.opened", "cases.resolvedWithinSla");
        assertThat(set.dataValues()).extracting(ReportsJson.DataValue::value).containsExactly("100", "87.5");
        assertThat(set.dataValues()).extracting(ReportsJson.DataValue::comment).containsExactly(NARRATIVE, null);
        JsonNode json = JsonMapper.builder().build().valueToTree(set);
        assertThat(json.get("dataValues").get(1).has("comment")).isFalse();
    }

    @Test
    void aWholeYearGoesToTheAnnualDataSetInBothFormats() throws Exception {
        assertThat(Dhis2Exports.bulk(YEAR, List.of(snapshot("dha"))).period()).isEqualTo("2026April");
        assertThat(Dhis2Exports.bulk(YEAR, List.of(snapshot("dha"))).dataSet()).isEqualTo("ISDIP_ANNUAL");
        Document adx = ReportsApiTest.xml(Dhis2Exports.adx(YEAR, List.of(snapshot("dha")), Instant.now()));
        Element group = (Element) adx.getElementsByTagNameNS(Dhis2Exports.ADX_NAMESPACE, "group").item(0);
        assertThat(group.getAttribute("period")).isEqualTo("2026-04-01/P1Y");
        assertThat(group.getAttribute("dataSet")).isEqualTo("ISDIP_ANNUAL");
    }

    @Test
    void adxEscapesNarrativesAndHasOneGroupPerDepartment() throws Exception {
        ReportSnapshot withControl = new ReportSnapshot("ec-social-development", "EC", "PROVINCIAL",
                "Eastern Cape", 7, "2026/27 Q4", 3, Instant.now(), List.of(new ReportSnapshot.Figure("cases.opened",
                BigDecimal.TEN, false, "Pasted\u0007 text\u0000")));

        byte[] bytes = Dhis2Exports.adx(Q4, List.of(snapshot("dha"), withControl),
                Instant.parse("2027-05-02T06:00:00.123Z"));

        Document adx = ReportsApiTest.xml(bytes);
        assertThat(adx.getDocumentElement().getAttribute("exported")).isEqualTo("2027-05-02T08:00:00+02:00");
        var groups = adx.getElementsByTagNameNS(Dhis2Exports.ADX_NAMESPACE, "group");
        assertThat(groups.getLength()).isEqualTo(2);
        Element dha = (Element) groups.item(0);
        assertThat(dha.getAttribute("period")).isEqualTo("2027-01-01/P3M");
        Map<String, Element> values = ReportsApiTest.dataValues(dha);
        assertThat(values.keySet()).containsExactlyInAnyOrder("cases.opened", "cases.resolvedWithinSla");
        assertThat(values.get("cases.opened").getAttribute("value")).isEqualTo("100");
        assertThat(values.get("cases.opened").getTextContent()).isEqualTo(NARRATIVE);
        assertThat(values.get("cases.resolvedWithinSla").hasChildNodes()).isFalse();
        Element ec = (Element) groups.item(1);
        assertThat(ec.getAttribute("orgUnit")).isEqualTo("ec-social-development");
        assertThat(ReportsApiTest.dataValues(ec).get("cases.opened").getTextContent()).isEqualTo("Pasted text");
    }
}
