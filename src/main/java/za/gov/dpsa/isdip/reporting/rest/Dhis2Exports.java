package za.gov.dpsa.isdip.reporting.rest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.internal.ReportExports;
import za.gov.dpsa.isdip.reporting.internal.ReportSnapshot;

/**
 * Submitted reports in DHIS2's import formats: the {@code dataValueSets} JSON document and ADX XML. The data element
 * is the indicator code, the org unit the department code, the period the DHIS2 period ({@link Dhis2Periods}); a
 * figure a report does not have is left out (DHIS2 would read an empty value as a deletion). See docs/api/dhis2.md.
 */
final class Dhis2Exports {

    /** The ADX namespace (IHE QRPH ADX, 2015). */
    static final String ADX_NAMESPACE = "urn:ihe:qrph:adx:2015";
    static final String ADX_MEDIA_TYPE = "application/adx+xml";
    /** DHIS2 data sets have one period type, so quarterly and annual reports go to two data sets. */
    static final String QUARTERLY_DATA_SET = "ISDIP_QUARTERLY";
    static final String ANNUAL_DATA_SET = "ISDIP_ANNUAL";

    private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Dhis2Exports() {
    }

    static String dataSet(ReportingPeriod period) {
        return period.quarter() == 0 ? ANNUAL_DATA_SET : QUARTERLY_DATA_SET;
    }

    /** One department's report, complete on the day (South African time) it was submitted. */
    static ReportsJson.DataValueSet dataValueSet(ReportingPeriod period, ReportSnapshot snapshot,
                                                 Instant submittedAt) {
        String iso = Dhis2Periods.isoPeriod(period);
        LocalDate completed = submittedAt.atZone(PortalTime.ZONE).toLocalDate();
        return new ReportsJson.DataValueSet(dataSet(period), completed.toString(), iso, snapshot.departmentId(),
                values(iso, snapshot));
    }

    /**
     * Several departments' reports for one period in one document: period and org unit on every value, which DHIS2
     * accepts for bulk loads; no completeDate, since each department completed its report on its own day.
     */
    static ReportsJson.DataValueSet bulk(ReportingPeriod period, List<ReportSnapshot> snapshots) {
        String iso = Dhis2Periods.isoPeriod(period);
        List<ReportsJson.DataValue> values = new ArrayList<>();
        snapshots.forEach(s -> values.addAll(values(iso, s)));
        return new ReportsJson.DataValueSet(dataSet(period), null, iso, null, values);
    }

    private static List<ReportsJson.DataValue> values(String iso, ReportSnapshot snapshot) {
        return snapshot.figures().stream().filter(f -> f.value() != null)
                .map(f -> new ReportsJson.DataValue(f.code(), iso, snapshot.departmentId(),
                        ReportExports.number(f.value()), blankToNull(f.narrative())))
                .toList();
    }

    /** ADX: one {@code group} per department's report, its narratives as the values' annotations. */
    static byte[] adx(ReportingPeriod period, List<ReportSnapshot> snapshots, Instant exported) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out,
                    StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("adx");
            xml.writeDefaultNamespace(ADX_NAMESPACE);
            xml.writeAttribute("exported", EXPORTED.format(exported.truncatedTo(ChronoUnit.SECONDS)
                    .atZone(PortalTime.ZONE).toOffsetDateTime()));
            for (ReportSnapshot snapshot : snapshots) {
                xml.writeStartElement("group");
                xml.writeAttribute("orgUnit", snapshot.departmentId());
                xml.writeAttribute("period", Dhis2Periods.adxPeriod(period));
                xml.writeAttribute("dataSet", dataSet(period));
                for (ReportSnapshot.Figure figure : snapshot.figures()) {
                    if (figure.value() == null) {
                        continue;
                    }
                    String narrative = blankToNull(figure.narrative());
                    if (narrative == null) {
                        xml.writeEmptyElement("dataValue");
                    } else {
                        xml.writeStartElement("dataValue");
                    }
                    xml.writeAttribute("dataElement", figure.code());
                    xml.writeAttribute("value", ReportExports.number(figure.value()));
                    if (narrative != null) {
                        xml.writeStartElement("annotation");
                        xml.writeCharacters(xmlText(narrative));
                        xml.writeEndElement();
                        xml.writeEndElement();
                    }
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write ADX", e);
        }
        return out.toByteArray();
    }

    /**
     * A narrative as XML 1.0 may hold it: the writer escapes markup, but control characters (pasted from another
     * program) have no escape in XML 1.0 and would make the whole document unreadable, so they are dropped.
     */
    static String xmlText(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                        || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF)
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
