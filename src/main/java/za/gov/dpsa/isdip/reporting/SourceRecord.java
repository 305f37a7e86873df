package za.gov.dpsa.isdip.reporting;

/** A record a computed figure counts, for the drill-down behind the figure. */
public record SourceRecord(String reference, String title, String link) {
}
