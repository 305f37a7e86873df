package za.gov.dpsa.isdip.training.internal;

/** A published course in the catalogue, and the official's enrolment in it if any. */
public record CatalogueEntry(CourseSummary course, Long enrolmentId, boolean completed) {
}
