package za.gov.dpsa.isdip.cases.internal;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of a new case: each failure names its field and message key. */
class CaseValidationTest {

    static final String DESCRIPTION = "Queues at the Bellville office exceed the two-hour service standard.";

    // ---- South African identity numbers ------------------------------------------------------------------------

    /**
     * 8001015009087, check digit 7: from the right, the digits in odd places (7,0,0,5,0,0,8) add up to 20; the
     * others (8,9,0,1,1,0) doubled, less 9 when over 9, give 7+9+0+2+2+0 = 20; 40 is a multiple of ten.
     * 9202204720083 and 9505120123087 were checked the same way.
     */
    @ParameterizedTest
    @ValueSource(strings = {"8001015009087", "9202204720083", "9505120123087"})
    void acceptsIdentityNumbersWithTheRightCheckDigit(String id) {
        assertThat(CaseValidation.validSouthAfricanId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "8001015009088", // check digit off by one: the sum is 41
            "8001015009080", // sum 33
            "9202204720082", // the valid number ends in 3
            "800101500908", // 12 digits
            "80010150090877", // 14 digits
            "80010150090AB", // letters
            "800101500908O", // a capital O for the last zero
            "800101 5009087", // a space inside
            " 8001015009087", // validSouthAfricanId itself does not strip; validate() does
            "",
            "0000000000000", // passes Luhn, but month 00 is no date of birth
            "9913995009086", // passes Luhn, but month 13, day 99
    })
    void refusesIdentityNumbersThatAreMalformedOrFailTheLuhnCheck(String id) {
        assertThat(CaseValidation.validSouthAfricanId(id)).isFalse();
    }

    @Test
    void aCitizenWithABadIdentityNumberIsRefusedOnThatField() {
        assertInvalid(withCitizen("Nomsa Dube", "8001015009088", "0821234567", null),
                "citizenIdNumber", "cases.invalid.idNumber");
        assertInvalid(withCitizen("Nomsa Dube", "800101500908", "0821234567", null),
                "citizenIdNumber", "cases.invalid.idNumber");
    }

    @Test
    void aValidIdentityNumberIsAcceptedEvenWithSurroundingSpaces() {
        assertThatCode(() -> CaseValidation.validate(withCitizen("Nomsa Dube", " 8001015009087 ", "0821234567", null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> CaseValidation.validate(withCitizen("Nomsa Dube", "  ", "0821234567", null)))
                .doesNotThrowAnyException();
    }

    // ---- the case itself ----------------------------------------------------------------------------------------

    @Test
    void aCompleteCaseWithAndWithoutACitizenIsValid() {
        assertThatCode(() -> CaseValidation.validate(withTitle("Queue times above standard at Bellville")))
                .doesNotThrowAnyException();
        assertThatCode(() -> CaseValidation.validate(withCitizen("Nomsa Dube", "8001015009087", "+27 21 123 4567",
                "nomsa.dube@example.org"))).doesNotThrowAnyException();
    }

    @Test
    void theTitleMustHaveFiveToTwoHundredCharactersAfterStripping() {
        assertInvalid(withTitle("Shrt"), "title", "cases.invalid.tooShort");
        assertInvalid(withTitle("   abcd   "), "title", "cases.invalid.tooShort");
        assertInvalid(withTitle(null), "title", "cases.invalid.tooShort");
        assertInvalid(withTitle("x".repeat(201)), "title", "cases.invalid.tooLong");

        assertThatCode(() -> CaseValidation.validate(withTitle("Queue"))).doesNotThrowAnyException();
        assertThatCode(() -> CaseValidation.validate(withTitle("x".repeat(200)))).doesNotThrowAnyException();
        assertThatCode(() -> CaseValidation.validate(withTitle("  " + "x".repeat(200) + "  ")))
                .doesNotThrowAnyException();
    }

    @Test
    void theDescriptionCategoryAndPriorityAreRequired() {
        assertInvalid(new NewCase("A proper title", "too short", Mechanism.SDIP, null, null, CasePriority.LOW,
                null), "description", "cases.invalid.tooShort");
        assertInvalid(new NewCase("A proper title", DESCRIPTION, null, null, null, CasePriority.LOW, null),
                "category", "cases.invalid.required");
        assertInvalid(new NewCase("A proper title", DESCRIPTION, Mechanism.SDIP, null, null, null, null),
                "priority", "cases.invalid.required");
        assertInvalid(new NewCase("A proper title", DESCRIPTION, Mechanism.SDIP, "s".repeat(201), null,
                CasePriority.LOW, null), "serviceName", "cases.invalid.tooLong");
    }

    // ---- the citizen's contact details --------------------------------------------------------------------------

    @Test
    void aCitizenWithoutPhoneAndEmailIsRefusedOnThePhoneField() {
        assertInvalid(withCitizen("Nomsa Dube", null, null, null), "citizenPhone", "cases.invalid.contact");
        assertInvalid(withCitizen("Nomsa Dube", null, "   ", ""), "citizenPhone", "cases.invalid.contact");
    }

    @Test
    void eitherAPhoneOrAnEmailIsEnough() {
        assertThatCode(() -> CaseValidation.validate(withCitizen("Nomsa Dube", null, "082 123 4567", null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> CaseValidation.validate(withCitizen("Nomsa Dube", null, null, "nomsa@example.org")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "nomsa@example", "nomsa@@example.org", "nomsa dube@example.org",
            "@example.org"})
    void aBadEmailIsRefusedOnTheEmailField(String email) {
        assertInvalid(withCitizen("Nomsa Dube", null, null, email), "citizenEmail", "cases.invalid.email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "082-123", "phone 0821234567", "0821234567 ext. 12", "+27 21 123 4567 8901 2345",
            "---------", "(  ) -- ( )"})
    void aBadPhoneIsRefusedOnThePhoneField(String phone) {
        assertInvalid(withCitizen("Nomsa Dube", null, phone, null), "citizenPhone", "cases.invalid.phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0821234567", "+27821234567", "+27 (0)21 123-4567", "021 123 4567"})
    void commonPhoneFormatsAreAccepted(String phone) {
        assertThatCode(() -> CaseValidation.validate(withCitizen("Nomsa Dube", null, phone, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void theCitizenNeedsAName() {
        assertInvalid(withCitizen("N", null, "0821234567", null), "citizenName", "cases.invalid.tooShort");
        assertInvalid(withCitizen(null, null, "0821234567", null), "citizenName", "cases.invalid.tooShort");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static NewCase withTitle(String title) {
        return new NewCase(title, DESCRIPTION, Mechanism.SERVICE_STANDARDS, "Identity documents",
                "Bellville office", CasePriority.MEDIUM, null);
    }

    private static NewCase withCitizen(String name, String idNumber, String phone, String email) {
        return new NewCase("Complaint not acknowledged", DESCRIPTION, Mechanism.COMPLAINTS_MANAGEMENT, null, null,
                CasePriority.HIGH, new CitizenDetails(name, idNumber, phone, email));
    }

    private static void assertInvalid(NewCase input, String field, String messageKey) {
        assertThatThrownBy(() -> CaseValidation.validate(input))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
    }
}
