package za.gov.dpsa.isdip.cases.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import za.gov.dpsa.isdip.cases.internal.CaseAction;
import za.gov.dpsa.isdip.cases.internal.CaseAttachment;
import za.gov.dpsa.isdip.cases.internal.CaseDetails;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseStatus;
import za.gov.dpsa.isdip.cases.internal.CaseTimelineEntry;
import za.gov.dpsa.isdip.core.Mechanism;

/**
 * The shapes of cases on the API. A citizen's personal information goes in (on a new case) but never comes out:
 * reading it is a logged, reasoned act of an official in the portal (POPIA), so a case says only whether it has it.
 */
final class CaseResources {

    private CaseResources() {
    }

    @Schema(name = "NewCase", description = "A case a department's system logs, as an official logs it in the portal")
    record NewCaseRequest(
            @Schema(description = "5 to 200 characters", example = "Queue at Pretoria Central office exceeds 3 hours",
                    requiredMode = Schema.RequiredMode.REQUIRED) String title,
            @Schema(description = "10 to 5000 characters", example = "Citizens report waiting more than three hours "
                    + "for ID applications on weekday mornings.", requiredMode = Schema.RequiredMode.REQUIRED)
            String description,
            @Schema(description = "The service delivery mechanism the case is about", example = "SERVICE_STANDARDS",
                    requiredMode = Schema.RequiredMode.REQUIRED) Mechanism category,
            @Schema(example = "HIGH", requiredMode = Schema.RequiredMode.REQUIRED) CasePriority priority,
            @Schema(description = "At most 200 characters", example = "Smart ID card applications") String serviceName,
            @Schema(description = "At most 200 characters", example = "Pretoria Central") String servicePoint,
            @Schema(description = "The citizen concerned, if any: a name and a phone number or email address")
            Citizen citizen) {
    }

    @Schema(name = "Citizen", description = "Personal information: stored in the department's database only")
    record Citizen(@Schema(example = "Thandi Mokoena") String fullName,
                   @Schema(description = "A South African ID number (13 digits), optional", example = "")
                   String idNumber,
                   @Schema(example = "+27821234567") String phone,
                   @Schema(example = "thandi@example.org") String email) {
    }

    @Schema(name = "Comment")
    record CommentRequest(
            @Schema(description = "1 to 5000 characters", example = "The citizen was called back and given a slot.",
                    requiredMode = Schema.RequiredMode.REQUIRED) String text,
            @Schema(description = "Share with DPSA (only on an escalated case)", example = "false")
            Boolean shareWithDpsa) {
    }

    @Schema(name = "StatusChange", description = "A step of the case workflow, as the portal's buttons take it")
    record TransitionRequest(
            @Schema(description = "TAKE, ASSIGN (administrators only), START, AWAIT_INFORMATION, RESUME, RESOLVE, CLOSE or REOPEN; allowedActions on the case lists those open to the client now",
                    example = "TAKE", requiredMode = Schema.RequiredMode.REQUIRED) CaseAction action,
            @Schema(description = "The case's version as last read: a change since then is refused (409)",
                    example = "0", requiredMode = Schema.RequiredMode.REQUIRED) Long version,
            @Schema(description = "ASSIGN: the official's username", example = "dha.official") String assignee,
            @Schema(description = "AWAIT_INFORMATION: what is needed; RESOLVE: the resolution (10+ characters); "
                    + "REOPEN: the reason") String note) {
    }

    @Schema(name = "Sla")
    record Sla(Instant responseDue, Instant resolutionDue, boolean responseBreached, boolean resolutionBreached,
               boolean atRisk, boolean paused) {
    }

    @Schema(name = "TimelineEntry")
    record TimelineEntry(Instant occurredAt, String actor, String type, boolean sharedWithDpsa, String text,
                         CaseStatus fromStatus, CaseStatus toStatus) {
        static TimelineEntry of(CaseTimelineEntry e) {
            return new TimelineEntry(e.occurredAt(), e.actorName(), e.type().name(), e.sharedWithDpsa(), e.body(),
                    e.fromStatus(), e.toStatus());
        }
    }

    @Schema(name = "Attachment")
    record Attachment(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                      Instant uploadedAt) {
        static Attachment of(CaseAttachment a) {
            return new Attachment(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.uploadedBy(),
                    a.uploadedAt());
        }
    }

    @Schema(name = "Case")
    record CaseResource(String reference, long version, String title, String description, Mechanism category,
                        CasePriority priority, CaseStatus status, String serviceName, String servicePoint,
                        String assignee, String createdBy, Instant createdAt, Instant updatedAt,
                        Instant firstResponseAt, Instant resolvedAt, String resolutionNote, boolean hasCitizen,
                        boolean escalated, Sla sla, Set<CaseAction> allowedActions,
                        @Schema(description = "Only when one case is read") List<TimelineEntry> timeline,
                        @Schema(description = "Only when one case is read") List<Attachment> attachments) {

        static CaseResource of(CaseDetails d, boolean withHistory) {
            var sla = d.sla();
            Set<CaseAction> actions = d.allowedActions().stream()
                    .filter(CasesApi.TRANSITIONS::contains).collect(java.util.stream.Collectors.toSet());
            return new CaseResource(d.reference(), d.version(), d.title(), d.description(), d.category(),
                    d.priority(), d.status(), d.serviceName(), d.servicePoint(), d.assignee(), d.createdBy(),
                    stored(d.createdAt()), stored(d.updatedAt()), stored(d.firstResponseAt()),
                    stored(d.resolvedAt()), d.resolutionNote(),
                    d.hasCitizen(), d.escalated(), new Sla(sla.responseDue(), sla.resolutionDue(),
                    sla.responseBreached(), sla.resolutionBreached(), sla.atRisk(), sla.paused()), actions,
                    withHistory ? d.timeline().stream().map(TimelineEntry::of).toList() : null,
                    withHistory ? d.attachments().stream().map(Attachment::of).toList() : null);
        }
    }

    /**
     * A moment as the database keeps it (microseconds): the answer to a write shows what a later read shows, so a
     * system that keeps a case's updatedAt as its place in the list (updatedSince) never lands after the stored one.
     */
    static Instant stored(Instant moment) {
        return moment == null ? null : moment.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    @Schema(name = "CasePage", description = "One page of cases, the longest-unchanged first")
    record CasePage(List<CaseResource> items, int page, int size, long totalItems, int totalPages,
                    @Schema(description = "The address of the next page, if any") String next) {
    }
}
