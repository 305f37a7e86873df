package za.gov.dpsa.isdip.privacy.internal;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.privacy.PersonalDataSource;
import za.gov.dpsa.isdip.privacy.PersonalRecord;
import za.gov.dpsa.isdip.privacy.SubjectQuery;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;

/**
 * The department's copy of its officials' names and addresses. Keycloak holds the account: corrections are
 * made there (and reach this copy at the next sign-in); the copy of someone who has left is deleted.
 */
@Component
class OfficialDirectoryData implements PersonalDataSource {

    private final DepartmentMembers members;

    OfficialDirectoryData(DepartmentMembers members) {
        this.members = members;
    }

    @Override
    public String recordType() {
        return "tenancy.member";
    }

    @Override
    public String labelKey() {
        return "privacy.type.tenancy.member";
    }

    @Override
    public List<PersonalRecord> find(SubjectQuery query) {
        return members.matching(query.fullName(), query.email()).stream()
                .filter(m -> query.admits(m.member().displayName(), null, m.member().email(), null))
                .map(this::toRecord).toList();
    }

    @Override
    public Optional<PersonalRecord> get(String recordId) {
        return members.known(recordId).map(this::toRecord);
    }

    @Override
    public void correct(String recordId, String field, String value) {
        throw new InvalidInput(field, "privacy.invalid.correctInKeycloak");
    }

    @Override
    public void anonymise(String recordId) {
        members.forget(recordId);
    }

    @Override
    public Period defaultRetention() {
        return Period.ofYears(2);
    }

    @Override
    public String retentionStartDescriptionKey() {
        return "privacy.retention.from.lastSignIn";
    }

    @Override
    public List<String> pastRetention(Instant cutoff, int limit) {
        return members.notSeenSince(cutoff, limit);
    }

    private PersonalRecord toRecord(DepartmentMembers.KnownMember known) {
        var member = known.member();
        return new PersonalRecord(recordType(), member.username(), member.username(), known.lastSeenAt(), List.of(
                new PersonalRecord.Field("fullName", "privacy.field.fullName", member.displayName(), false),
                new PersonalRecord.Field("email", "privacy.field.email", member.email(), false)),
                false);
    }
}
