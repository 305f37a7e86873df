package za.gov.dpsa.isdip.platform.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad setting into the short message an operator needs, instead of a stack trace. */
public class PortalFailureAnalyzer extends AbstractFailureAnalyzer<MisconfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MisconfigurationException cause) {
        return new FailureAnalysis("The ISDIP Portal cannot start: " + cause.getMessage(),
                "Set " + cause.setting() + " correctly (see README.md, 'Production configuration') and start again.",
                null);
    }
}
