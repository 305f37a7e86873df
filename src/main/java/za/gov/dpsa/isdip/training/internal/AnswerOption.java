package za.gov.dpsa.isdip.training.internal;

/** An answer of a quiz question, whether it is correct, and the feedback shown after the attempt. */
public record AnswerOption(String text, boolean correct, String feedback) {
}
