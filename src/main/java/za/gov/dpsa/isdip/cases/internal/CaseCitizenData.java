package za.gov.dpsa.isdip.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.cases.data.department.CaseCitizenEntity;
import za.gov.dpsa.isdip.cases.data.department.CaseCitizenRepository;
import za.gov.dpsa.isdip.cases.data.department.CaseEventEntity;
import za.gov.dpsa.isdip.cases.data.department.CaseEventRepository;
import za.gov.dpsa.isdip.cases.data.department.SupportCaseEntity;
import za.gov.dpsa.isdip.cases.data.department.SupportCaseRepository;
import za.gov.dpsa.isdip.cases.data.platform.EscalationMessageEntity;
import za.gov.dpsa.isdip.cases.data.platform.EscalationMessageRepository;
import za.gov.dpsa.isdip.cases.data.platform.EscalationRepository;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.privacy.PersonalDataSource;
import za.gov.dpsa.isdip.privacy.PersonalRecord;
import za.gov.dpsa.isdip.privacy.SubjectQuery;
import za.gov.dpsa.isdip.tenancy.TenantContext;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * A case's citizen or complainant, for data-subject requests and retention. Anonymising removes the details
 * and every mention of them in the case's texts and timeline, and in DPSA's copy of an escalated case.
 * Retention counts from the case's closing: open cases keep what they need to be worked. The case's files
 * are a source of their own ({@link CaseAttachmentData}).
 */
@Component
@org.springframework.core.annotation.Order(20)
class CaseCitizenData implements PersonalDataSource {

    static final String TYPE = "case.citizen";
    static final String ANONYMISED = "[anonymised]";
    static final String REMOVED = "[removed]";

    private final CaseCitizenRepository citizens;
    private final SupportCaseRepository cases;
    private final CaseEventRepository events;
    private final EscalationRepository escalations;
    private final EscalationMessageRepository escalationMessages;
    private final TenantWork tenantWork;
    private final AuditTrail auditTrail;
    private final Clock clock;

    CaseCitizenData(CaseCitizenRepository citizens, SupportCaseRepository cases, CaseEventRepository events,
                    EscalationRepository escalations, EscalationMessageRepository escalationMessages,
                    TenantWork tenantWork, AuditTrail auditTrail, Clock clock) {
        this.citizens = citizens;
        this.cases = cases;
        this.events = events;
        this.escalations = escalations;
        this.escalationMessages = escalationMessages;
        this.tenantWork = tenantWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public String labelKey() {
        return "privacy.type.case.citizen";
    }

    /** Ids of the cases whose citizen the query describes. */
    static List<Long> casesAbout(CaseCitizenRepository citizens, SubjectQuery query) {
        String phone = query.phone() == null ? "" : lastNine(query.phone());
        return citizens.findCaseIdsAboutSubject(query.fullName(), orEmpty(query.idNumber()), orEmpty(query.email()),
                phone);
    }

    @Override
    public List<PersonalRecord> find(SubjectQuery query) {
        List<PersonalRecord> found = new ArrayList<>();
        for (Long caseId : casesAbout(citizens, query)) {
            cases.findById(caseId).ifPresent(c -> citizens.findById(caseId)
                    .filter(p -> query.admits(p.getFullName(), p.getIdNumber(), p.getEmail(), p.getPhone()))
                    .ifPresent(p -> found.add(toRecord(c, p))));
        }
        return found;
    }

    @Override
    public Optional<PersonalRecord> get(String reference) {
        return cases.findByReference(reference)
                .flatMap(c -> citizens.findById(c.getId()).map(p -> toRecord(c, p)));
    }

    @Override
    public void correct(String reference, String field, String value) {
        SupportCaseEntity supportCase = supportCase(reference);
        CaseCitizenEntity citizen = citizens.findById(supportCase.getId())
                .orElseThrow(() -> new InvalidInput("record", "privacy.invalid.notFound"));
        if (citizen.getAnonymisedAt() != null) {
            throw new InvalidInput(field, "privacy.invalid.anonymised");
        }
        String corrected = value == null || value.isBlank() ? null : value.strip();
        CitizenDetails details = switch (field) {
            case "fullName" -> new CitizenDetails(corrected, citizen.getIdNumber(), citizen.getPhone(), citizen.getEmail());
            case "idNumber" -> new CitizenDetails(citizen.getFullName(), corrected, citizen.getPhone(), citizen.getEmail());
            case "phone" -> new CitizenDetails(citizen.getFullName(), citizen.getIdNumber(), corrected, citizen.getEmail());
            case "email" -> new CitizenDetails(citizen.getFullName(), citizen.getIdNumber(), citizen.getPhone(), corrected);
            default -> throw new InvalidInput(field, "privacy.invalid.notCorrectable");
        };
        try {
            CaseValidation.validateCitizen(details);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, e.messageKey());
        }
        citizen.correct(details.fullName(), details.idNumber(), details.phone(), details.email());
        String departmentId = TenantContext.currentTenant();
        if (supportCase.isEscalated()) {
            // POPIA s24(3): a correction reaches those the information was shared with.
            tenantWork.inPlatform(() -> escalations.findByDepartmentIdAndCaseId(departmentId, supportCase.getId())
                    .ifPresent(e -> e.correctCitizen(details.fullName(), details.phone(), details.email())));
        }
    }

    @Override
    public void anonymise(String reference) {
        SupportCaseEntity supportCase = supportCase(reference);
        CaseCitizenEntity citizen = citizens.findById(supportCase.getId())
                .orElseThrow(() -> new InvalidInput("record", "privacy.invalid.notFound"));
        if (citizen.getAnonymisedAt() != null) {
            return;
        }
        UnaryOperator<String> scrub = scrubber(citizen);
        supportCase.setTitle(scrub.apply(supportCase.getTitle()));
        supportCase.setDescription(scrub.apply(supportCase.getDescription()));
        supportCase.setResolutionNote(scrub.apply(supportCase.getResolutionNote()));
        int rewritten = 0;
        for (CaseEventEntity event : events.findByCaseIdOrderByIdAsc(supportCase.getId())) {
            String scrubbed = scrub.apply(event.getBody());
            if (scrubbed != null && !scrubbed.equals(event.getBody())) {
                events.rewriteBody(event.getId(), scrubbed);
                rewritten++;
            }
        }
        citizen.anonymise(ANONYMISED, clock.instant());
        if (rewritten > 0) {
            auditTrail.record("UPDATE", "CaseEvent", reference, rewritten + " timeline entries rewritten without personal information");
        }
        String departmentId = TenantContext.currentTenant();
        if (supportCase.isEscalated()) {
            tenantWork.inPlatform(() -> escalations.findByDepartmentIdAndCaseId(departmentId, supportCase.getId())
                    .ifPresent(escalation -> {
                        escalation.forgetCitizen(scrub);
                        for (EscalationMessageEntity message
                                : escalationMessages.findByEscalationIdOrderByIdAsc(escalation.getId())) {
                            String scrubbed = scrub.apply(message.getBody());
                            if (!scrubbed.equals(message.getBody())) {
                                escalationMessages.rewriteBody(message.getId(), scrubbed);
                                auditTrail.record("UPDATE", "EscalationMessage", message.getId(),
                                        "rewritten without personal information");
                            }
                        }
                    }));
        }
    }

    @Override
    public Period defaultRetention() {
        return Period.ofYears(5);
    }

    @Override
    public String retentionStartDescriptionKey() {
        return "privacy.retention.from.caseClosed";
    }

    @Override
    public List<String> pastRetention(Instant cutoff, int limit) {
        return citizens.referencesClosedBefore(cutoff, limit);
    }

    private SupportCaseEntity supportCase(String reference) {
        return cases.findByReference(reference)
                .orElseThrow(() -> new InvalidInput("record", "privacy.invalid.notFound"));
    }

    /**
     * Replaces every mention of the citizen: the whole name and each name of three letters or more, the
     * identity number, the email address and the phone number however it is written.
     */
    static UnaryOperator<String> scrubber(CaseCitizenEntity citizen) {
        List<Pattern> patterns = new ArrayList<>();
        String name = SubjectQuery.normalise(citizen.getFullName());
        if (name != null) {
            patterns.add(word(String.join("\\s+", java.util.Arrays.stream(name.split(" ")).map(Pattern::quote)
                    .toList()), false));
            for (String part : name.split(" ")) {
                if (part.length() >= 3) {
                    patterns.add(word(Pattern.quote(part), false));
                }
            }
        }
        if (citizen.getIdNumber() != null) {
            patterns.add(word(Pattern.quote(citizen.getIdNumber()), false));
        }
        if (citizen.getEmail() != null) {
            patterns.add(word(Pattern.quote(citizen.getEmail()), false));
        }
        if (citizen.getPhone() != null) {
            String digits = lastNine(citizen.getPhone());
            StringBuilder phone = new StringBuilder("(?:(?:\\+|00)?27[\\s()-]*|0[\\s()-]*)?");
            for (int i = 0; i < digits.length(); i++) {
                phone.append(i == 0 ? "" : "[\\s()-]*").append(digits.charAt(i));
            }
            patterns.add(word(phone.toString(), true));
        }
        return text -> {
            if (text == null) {
                return null;
            }
            String result = text;
            for (Pattern pattern : patterns) {
                result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(REMOVED));
            }
            return result;
        };
    }

    private static Pattern word(String regex, boolean digits) {
        String edge = digits ? "[\\p{N}]" : "[\\p{L}\\p{N}]";
        return Pattern.compile("(?<!" + edge + ")" + regex + "(?!" + edge + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String lastNine(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private PersonalRecord toRecord(SupportCaseEntity supportCase, CaseCitizenEntity citizen) {
        boolean open = citizen.getAnonymisedAt() == null;
        return new PersonalRecord(TYPE, supportCase.getReference(),
                supportCase.getReference() + ": " + supportCase.getTitle(), supportCase.getCreatedAt(), List.of(
                new PersonalRecord.Field("fullName", "privacy.field.fullName", citizen.getFullName(), open),
                new PersonalRecord.Field("idNumber", "privacy.field.idNumber", citizen.getIdNumber(), open),
                new PersonalRecord.Field("phone", "privacy.field.phone", citizen.getPhone(), open),
                new PersonalRecord.Field("email", "privacy.field.email", citizen.getEmail(), open)),
                !open);
    }
}
