package za.gov.dpsa.isdip.tenancy.definitions;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken file in tenants/ stops start-up with the file and field named, not a stack trace. */
public class DepartmentDefinitionFailureAnalyzer extends AbstractFailureAnalyzer<DepartmentDefinitionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DepartmentDefinitionException cause) {
        return new FailureAnalysis("A department definition is wrong: " + cause.getMessage(),
                "Correct " + cause.source() + " (field '" + cause.field() + "') and start again.", null);
    }
}
