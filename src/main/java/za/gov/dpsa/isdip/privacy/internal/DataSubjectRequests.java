package za.gov.dpsa.isdip.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.privacy.PersonalDataSource;
import za.gov.dpsa.isdip.privacy.PersonalRecord;
import za.gov.dpsa.isdip.privacy.SubjectQuery;
import za.gov.dpsa.isdip.privacy.data.department.PrivacyRequestEntity;
import za.gov.dpsa.isdip.privacy.data.department.PrivacyRequestRepository;
import za.gov.dpsa.isdip.privacy.data.department.PrivacyRequestStepEntity;
import za.gov.dpsa.isdip.privacy.data.department.PrivacyRequestStepRepository;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * POPIA data-subject requests (sections 23 and 24) in the signed-in administrator's department: register the
 * request, find every record about the person across the modules, export them, correct or anonymise them.
 * Every step is kept on the request and in the audit trail; neither holds the personal values themselves.
 */
@Service
public class DataSubjectRequests {

    /** What the person asked for: access (s23), correction (s24(1)(a)), deletion or de-identification (s24(1)(b)). */
    public enum Kind { ACCESS, CORRECTION, ANONYMISATION }

    public record NewRequest(Kind kind, String subjectName, String idNumber, String email, String phone,
                             LocalDate receivedOn) {
    }

    public record Request(String reference, Kind kind, String subjectName, String idNumber, String email,
                          String phone, LocalDate receivedOn, boolean open, String openedBy, Instant openedAt,
                          String closedBy, Instant closedAt, String outcome, List<Step> steps) {
    }

    public record Step(Instant at, String actor, String action, String recordType, String recordId,
                       String detail) {
    }

    /** The audit trail's action for every step of a request. */
    public static final String AUDIT_ACTION = "DATA_SUBJECT_REQUEST";
    /** The name of a request's JSON export in the audit trail. */
    public static final String EXPORT = "privacy-request.json";
    static final String ANONYMISED = "[anonymised]";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{13}");

    private final PrivacyRequestRepository requests;
    private final PrivacyRequestStepRepository steps;
    private final List<PersonalDataSource> sources;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    DataSubjectRequests(PrivacyRequestRepository requests, PrivacyRequestStepRepository steps,
                        List<PersonalDataSource> sources, AuditTrail auditTrail, Clock clock) {
        this.requests = requests;
        this.steps = steps;
        this.sources = sources;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The record types taking part, for the retention page and the request page's labels. */
    public List<PersonalDataSource> sources() {
        return sources;
    }

    @Transactional(readOnly = true)
    public List<Request> list() {
        administrator();
        return requests.findAllByOrderByIdDesc().stream().map(r -> toRequest(r, List.of())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Request> find(String reference) {
        administrator();
        return requests.findByReference(reference)
                .map(r -> toRequest(r, steps.findByRequestIdOrderByIdAsc(r.getId())));
    }

    /** Registers a request; refuses bad input with the field at fault. */
    @Transactional
    public Request open(NewRequest input) {
        PortalUser user = administrator();
        validate(input);
        Instant now = clock.instant();
        int year = LocalDate.now(clock.withZone(PortalTime.ZONE)).getYear();
        String prefix = "POPIA-" + year + "-";
        String reference = prefix + String.format("%04d", requests.countByReferencePrefix(prefix) + 1);
        SubjectQuery subject = new SubjectQuery(input.subjectName(), input.idNumber(), input.email(), input.phone());
        PrivacyRequestEntity entity = requests.save(new PrivacyRequestEntity(reference, input.kind().name(),
                subject.fullName(), subject.idNumber(), subject.email(), blankToNull(input.phone()),
                input.receivedOn(), user.username(), now));
        step(entity, user, "OPENED", null, null, input.kind().name());
        return toRequest(entity, steps.findByRequestIdOrderByIdAsc(entity.getId()));
    }

    /** Every record about the request's subject, in every module of the department. */
    @Transactional
    public List<PersonalRecord> records(String reference) {
        PortalUser user = administrator();
        PrivacyRequestEntity request = request(reference);
        List<PersonalRecord> found = search(request);
        step(request, user, "SEARCHED", null, null, String.valueOf(found.size()));
        return found;
    }

    /** The records as a JSON document to hand to the person (POPIA s23: a copy of what is held). */
    @Transactional
    public byte[] export(String reference) {
        PortalUser user = administrator();
        PrivacyRequestEntity request = request(reference);
        List<PersonalRecord> found = search(request);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("request", request.getReference());
        document.put("subject", request.getSubjectName());
        document.put("exportedAt", clock.instant().atZone(PortalTime.ZONE).toOffsetDateTime().toString());
        List<Map<String, Object>> records = new ArrayList<>();
        for (PersonalRecord record : found) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", record.recordType());
            entry.put("id", record.recordId());
            entry.put("summary", record.summary());
            entry.put("recordedAt", record.recordedAt() == null ? null
                    : record.recordedAt().atZone(PortalTime.ZONE).toOffsetDateTime().toString());
            Map<String, String> fields = new LinkedHashMap<>();
            record.fields().forEach(f -> fields.put(f.name(), f.value()));
            entry.put("fields", fields);
            entry.put("anonymised", record.anonymised());
            records.add(entry);
        }
        document.put("records", records);
        step(request, user, "EXPORTED", null, null, String.valueOf(found.size()));
        List<String> personalFields = new ArrayList<>(List.of("subject"));
        found.forEach(record -> record.fields().forEach(f -> personalFields.add(record.recordType() + "." + f.name())));
        auditTrail.recordExport(EXPORT, request.getReference(), found.size(), personalFields);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    /** Corrects one field of a record found for this request. */
    @Transactional
    public PersonalRecord correct(String reference, String recordType, String recordId, String field, String value) {
        PortalUser user = administrator();
        PrivacyRequestEntity request = openRequest(reference);
        PersonalDataSource source = foundSource(request, recordType, recordId);
        source.correct(recordId, field, value);
        step(request, user, "CORRECTED", recordType, recordId, field);
        return source.get(recordId).orElseThrow();
    }

    /** Removes the personal information from a record found for this request; what is left of it, if anything. */
    @Transactional
    public Optional<PersonalRecord> anonymise(String reference, String recordType, String recordId) {
        PortalUser user = administrator();
        PrivacyRequestEntity request = openRequest(reference);
        PersonalDataSource source = foundSource(request, recordType, recordId);
        source.anonymise(recordId);
        step(request, user, "ANONYMISED", recordType, recordId, null);
        return source.get(recordId);
    }

    @Transactional
    public Request close(String reference, String outcome) {
        PortalUser user = administrator();
        PrivacyRequestEntity request = openRequest(reference);
        if (outcome == null || outcome.strip().length() < 5) {
            throw new InvalidInput("outcome", "privacy.invalid.outcome");
        }
        if (outcome.strip().length() > 2000) {
            throw new InvalidInput("outcome", "privacy.invalid.tooLong");
        }
        request.close(user.username(), clock.instant(), outcome.strip());
        step(request, user, "CLOSED", null, null, null);
        return toRequest(request, steps.findByRequestIdOrderByIdAsc(request.getId()));
    }

    // ---- the parts ------------------------------------------------------------------------------------------

    private List<PersonalRecord> search(PrivacyRequestEntity request) {
        SubjectQuery query = new SubjectQuery(request.getSubjectName(), request.getSubjectIdNumber(),
                request.getSubjectEmail(), request.getSubjectPhone());
        List<PersonalRecord> found = new ArrayList<>();
        for (PersonalDataSource source : sources) {
            found.addAll(source.find(query).stream()
                    // The request itself is about the person, but it is the department's record of handling them.
                    .filter(r -> !(r.recordType().equals(PrivacyRequestData.TYPE)
                            && r.recordId().equals(request.getReference())))
                    .toList());
        }
        return found;
    }

    /** The source of a record, only if the record is among those found for the request's subject. */
    private PersonalDataSource foundSource(PrivacyRequestEntity request, String recordType, String recordId) {
        boolean found = search(request).stream()
                .anyMatch(r -> r.recordType().equals(recordType) && r.recordId().equals(recordId));
        if (!found) {
            throw new InvalidInput("record", "privacy.invalid.notFound");
        }
        return sources.stream().filter(s -> s.recordType().equals(recordType)).findFirst().orElseThrow();
    }

    private PrivacyRequestEntity request(String reference) {
        return requests.findByReference(reference)
                .orElseThrow(() -> new InvalidInput("reference", "privacy.invalid.noRequest"));
    }

    private PrivacyRequestEntity openRequest(String reference) {
        PrivacyRequestEntity request = request(reference);
        if (!"OPEN".equals(request.getStatus())) {
            throw new InvalidInput("reference", "privacy.invalid.closed");
        }
        return request;
    }

    private void step(PrivacyRequestEntity request, PortalUser user, String action, String recordType,
                      String recordId, String detail) {
        steps.save(new PrivacyRequestStepEntity(request.getId(), clock.instant(), user.username(), action,
                recordType, recordId, detail));
        auditTrail.record(AUDIT_ACTION, "PrivacyRequest", request.getReference(),
                action + (recordType == null ? "" : " " + recordType + " " + recordId)
                        + (detail == null ? "" : ": " + detail + (action.equals("SEARCHED") || action.equals("EXPORTED")
                        ? " records" : "")));
    }

    private static PortalUser administrator() {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!user.hasRole(PortalRole.DEPT_ADMIN) || user.workingDepartment().isEmpty()) {
            throw new AccessDeniedException("Data-subject requests are handled by the department's administrator");
        }
        return user;
    }

    private void validate(NewRequest input) {
        if (input.kind() == null) {
            throw new InvalidInput("kind", "privacy.invalid.required");
        }
        String name = SubjectQuery.normalise(input.subjectName());
        if (name == null || name.length() < 2) {
            throw new InvalidInput("subjectName", "privacy.invalid.name");
        }
        if (name.length() > 200) {
            throw new InvalidInput("subjectName", "privacy.invalid.tooLong");
        }
        if (blankToNull(input.idNumber()) != null && !ID_NUMBER.matcher(input.idNumber().strip()).matches()) {
            throw new InvalidInput("idNumber", "privacy.invalid.idNumber");
        }
        if (blankToNull(input.email()) != null && (!EMAIL.matcher(input.email().strip()).matches()
                || input.email().strip().length() > 200)) {
            throw new InvalidInput("email", "privacy.invalid.email");
        }
        if (blankToNull(input.phone()) != null && (SubjectQuery.digits(input.phone()).length() < 9
                || input.phone().strip().length() > 30)) {
            throw new InvalidInput("phone", "privacy.invalid.phone");
        }
        if (input.receivedOn() == null) {
            throw new InvalidInput("receivedOn", "privacy.invalid.required");
        }
        if (input.receivedOn().isAfter(LocalDate.now(clock.withZone(PortalTime.ZONE)))) {
            throw new InvalidInput("receivedOn", "privacy.invalid.future");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Request toRequest(PrivacyRequestEntity r, List<PrivacyRequestStepEntity> stepRows) {
        return new Request(r.getReference(), Kind.valueOf(r.getKind()), r.getSubjectName(), r.getSubjectIdNumber(),
                r.getSubjectEmail(), r.getSubjectPhone(), r.getReceivedOn(), "OPEN".equals(r.getStatus()),
                r.getOpenedBy(), r.getOpenedAt(), r.getClosedBy(), r.getClosedAt(), r.getOutcome(),
                stepRows.stream().map(s -> new Step(s.getOccurredAt(), s.getActor(), s.getAction(),
                        s.getRecordType(), s.getRecordId(), s.getDetail())).toList());
    }
}
