package za.gov.dpsa.isdip.training.internal;

/** A lesson of a course version; {@code key} stays the same across versions. */
public record Lesson(long id, String key, String title, String body, String linkUrl, String linkTitle) {
}
