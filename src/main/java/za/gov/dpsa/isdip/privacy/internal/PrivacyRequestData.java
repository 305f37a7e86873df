package za.gov.dpsa.isdip.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.privacy.PersonalDataSource;
import za.gov.dpsa.isdip.privacy.PersonalRecord;
import za.gov.dpsa.isdip.privacy.SubjectQuery;
import za.gov.dpsa.isdip.privacy.data.department.PrivacyRequestEntity;
import za.gov.dpsa.isdip.privacy.data.department.PrivacyRequestRepository;

/** The requests themselves name a person: kept while they may be questioned, then anonymised. */
@Component
class PrivacyRequestData implements PersonalDataSource {

    static final String TYPE = "privacy.request";

    private final PrivacyRequestRepository requests;
    private final Clock clock;

    PrivacyRequestData(PrivacyRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public String labelKey() {
        return "privacy.type.privacy.request";
    }

    @Override
    public List<PersonalRecord> find(SubjectQuery query) {
        return requests.findAboutSubject(query.fullName(), query.idNumber(), query.email()).stream()
                .filter(r -> query.admits(r.getSubjectName(), r.getSubjectIdNumber(), r.getSubjectEmail(),
                        r.getSubjectPhone()))
                .map(this::toRecord).toList();
    }

    @Override
    public Optional<PersonalRecord> get(String recordId) {
        return requests.findByReference(recordId).map(this::toRecord);
    }

    @Override
    public void correct(String recordId, String field, String value) {
        // The request is the department's record of what was asked; a wrong detail is answered by a new request.
        throw new InvalidInput(field, "privacy.invalid.notCorrectable");
    }

    @Override
    public void anonymise(String recordId) {
        PrivacyRequestEntity request = requests.findByReference(recordId)
                .orElseThrow(() -> new InvalidInput("record", "privacy.invalid.notFound"));
        if ("OPEN".equals(request.getStatus())) {
            throw new InvalidInput("record", "privacy.invalid.requestOpen");
        }
        if (request.getAnonymisedAt() == null) {
            request.anonymise(DataSubjectRequests.ANONYMISED, clock.instant());
        }
    }

    @Override
    public Period defaultRetention() {
        return Period.ofYears(5);
    }

    @Override
    public String retentionStartDescriptionKey() {
        return "privacy.retention.from.requestClosed";
    }

    @Override
    public List<String> pastRetention(Instant cutoff, int limit) {
        return requests.referencesClosedBefore(cutoff, Limit.of(limit));
    }

    private PersonalRecord toRecord(PrivacyRequestEntity r) {
        return new PersonalRecord(TYPE, r.getReference(), r.getReference(),
                r.getOpenedAt(), List.of(
                new PersonalRecord.Field("fullName", "privacy.field.fullName", r.getSubjectName(), false),
                new PersonalRecord.Field("idNumber", "privacy.field.idNumber", r.getSubjectIdNumber(), false),
                new PersonalRecord.Field("email", "privacy.field.email", r.getSubjectEmail(), false),
                new PersonalRecord.Field("phone", "privacy.field.phone", r.getSubjectPhone(), false)),
                r.getAnonymisedAt() != null);
    }
}
