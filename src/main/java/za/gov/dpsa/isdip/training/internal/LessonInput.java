package za.gov.dpsa.isdip.training.internal;

/** A lesson as the trainer writes it: Markdown text and an optional link. */
public record LessonInput(String title, String body, String linkUrl, String linkTitle) {
}
