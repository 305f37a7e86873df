package za.gov.dpsa.isdip.privacy;

import java.util.Locale;

/**
 * Who a data-subject request is about: a name, and where known an identity number, email address or phone
 * number. Sources match a name as a whole (case-insensitive, ignoring extra spaces) and the others exactly.
 */
public record SubjectQuery(String fullName, String idNumber, String email, String phone) {

    public SubjectQuery {
        fullName = normalise(fullName);
        idNumber = blankToNull(idNumber);
        email = blankToNull(email) == null ? null : email.strip().toLowerCase(Locale.ROOT);
        phone = blankToNull(phone) == null ? null : digits(phone);
    }

    /** A phone number's digits, so "+27 82 555 0101" and "0825550101" compare on what identifies them. */
    public static String digits(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.startsWith("27") && digits.length() == 11 ? "0" + digits.substring(2) : digits;
    }

    public static String normalise(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** True when a record's name matches this query's name. */
    public boolean nameMatches(String candidate) {
        return fullName != null && candidate != null && normalise(candidate).equalsIgnoreCase(fullName);
    }
}
