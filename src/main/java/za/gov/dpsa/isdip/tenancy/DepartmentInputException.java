package za.gov.dpsa.isdip.tenancy;

import java.util.List;

import za.gov.dpsa.isdip.core.InvalidInput;

/**
 * A department definition the onboarding refuses because of one field: the field, a message key with its
 * arguments for the form, and (as the exception message) the same in English for logs and the definition files'
 * start-up check.
 */
public class DepartmentInputException extends InvalidInput {

    public DepartmentInputException(String field, String englishMessage, String messageKey, List<String> arguments) {
        super(field, messageKey, field + ": " + englishMessage, arguments.toArray());
    }
}
