package za.gov.dpsa.isdip.standards.internal;

import java.util.List;

/**
 * A self-assessment as the official submits it: the rating, evidence as text, an https link or a file (or the
 * file of the previous answer, kept), and the actions that close a gap.
 */
public record AssessmentInput(Rating rating, String evidenceText, String evidenceLink, String fileName,
                              byte[] fileContent, boolean keepEarlierFile, List<ActionItem.Input> newActions) {

    public AssessmentInput {
        newActions = newActions == null ? List.of() : List.copyOf(newActions);
    }
}
