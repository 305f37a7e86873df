package za.gov.dpsa.isdip.training.internal;

import java.util.List;

/** A quiz question as the trainer writes it. */
public record QuestionInput(String text, boolean multiple, List<AnswerOption> answers) {
}
