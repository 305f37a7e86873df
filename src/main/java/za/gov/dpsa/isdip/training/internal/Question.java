package za.gov.dpsa.isdip.training.internal;

import java.util.List;

/** A quiz question; {@code key} stays the same across versions. */
public record Question(long id, String key, String text, boolean multiple, List<AnswerOption> answers) {
}
