package za.gov.dpsa.isdip.cases.internal;

import java.util.regex.Pattern;
import za.gov.dpsa.isdip.core.FreeText;
import za.gov.dpsa.isdip.core.InvalidInput;

/** The rules of a new case and its citizen details; each failure names its field and message key. */
final class CaseValidation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{9,20}");
    private static final Pattern SA_ID = Pattern.compile("[0-9]{13}");

    private CaseValidation() {
    }

    static void validate(NewCase input) {
        text("title", input.title(), 5, 200);
        text("description", input.description(), 10, 5000);
        if (input.category() == null) {
            throw new InvalidInput("category", "cases.invalid.required");
        }
        if (input.priority() == null) {
            throw new InvalidInput("priority", "cases.invalid.required");
        }
        optional("serviceName", input.serviceName(), 200);
        optional("servicePoint", input.servicePoint(), 200);
        if (input.citizen() != null) {
            validateCitizen(input.citizen());
        }
    }

    /** The rules of a citizen's details, on a new case and on a correction. */
    static void validateCitizen(CitizenDetails citizen) {
        text("citizenName", citizen.fullName(), 2, 200);
        if (blank(citizen.phone()) && blank(citizen.email())) {
            throw new InvalidInput("citizenPhone", "cases.invalid.contact");
        }
        if (!blank(citizen.email()) && !EMAIL.matcher(citizen.email().strip()).matches()) {
            throw new InvalidInput("citizenEmail", "cases.invalid.email");
        }
        if (!blank(citizen.phone()) && (!PHONE.matcher(citizen.phone().strip()).matches()
                || citizen.phone().chars().filter(Character::isDigit).count() < 9)) {
            throw new InvalidInput("citizenPhone", "cases.invalid.phone");
        }
        if (!blank(citizen.idNumber()) && !validSouthAfricanId(citizen.idNumber().strip())) {
            throw new InvalidInput("citizenIdNumber", "cases.invalid.idNumber");
        }
    }

    static void text(String field, String value, int min, int max) {
        if (FreeText.length(value) < min) {
            throw new InvalidInput(field, "cases.invalid.tooShort");
        }
        if (FreeText.length(value) > max) {
            throw new InvalidInput(field, "cases.invalid.tooLong");
        }
    }

    private static void optional(String field, String value, int max) {
        if (FreeText.length(value) > max) {
            throw new InvalidInput(field, "cases.invalid.tooLong");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A South African identity number: a real date of birth (YYMMDD), then 7 digits, the last a Luhn check. */
    static boolean validSouthAfricanId(String id) {
        if (!SA_ID.matcher(id).matches()) {
            return false;
        }
        int month = Integer.parseInt(id.substring(2, 4));
        int day = Integer.parseInt(id.substring(4, 6));
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).maxLength()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            int digit = id.charAt(12 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
