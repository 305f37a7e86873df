package za.gov.dpsa.isdip.cases.internal;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Case tracking on a real database, as the department's officials and DPSA use it. */
@SpringBootTest
@ActiveProfiles("test")
class CaseServiceTest {

    static final PortalUser OFFICIAL = TestUsers.user("del.official", "del", "dept-user");
    static final PortalUser COLLEAGUE = TestUsers.user("del.colleague", "del", "dept-user");
    static final PortalUser ADMIN = TestUsers.user("del.admin", "del", "dept-user", "dept-admin");
    static final PortalUser REPORTER = TestUsers.user("del.reporter", "del", "dept-reporter");
    static final PortalUser OTHER_DEPARTMENT = TestUsers.user("wc-education.official", "wc-education", "dept-user");
    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    @Autowired
    CaseService cases;
    @Autowired
    EscalationService escalations;
    @Autowired
    DepartmentMembers members;
    @Autowired
    Notifications notifications;
    @Autowired
    CaseSlaSweep sweep;
    @Autowired
    za.gov.dpsa.isdip.tenancy.DepartmentEntry departmentEntry;

    @BeforeEach
    void officialsAreKnown() {
        as(ADMIN, () -> {
            for (PortalUser user : List.of(OFFICIAL, COLLEAGUE, ADMIN)) {
                members.record(new DepartmentMember(user.username(), user.displayName(), null, user.roles()));
            }
            return null;
        });
    }

    @Test
    void aLoggedCaseGetsAReferenceServiceLevelDueDatesAndATimeline() {
        long id = as(OFFICIAL, () -> cases.create(newCase("Queue times above standard at Bellville", null)));

        CaseDetails details = as(OFFICIAL, () -> cases.details(id));
        assertThat(details.reference()).matches("DEL-\\d{4}-\\d{6}");
        assertThat(details.status()).isEqualTo(CaseStatus.NEW);
        assertThat(details.sla().resolutionDue()).isAfter(details.createdAt());
        assertThat(details.sla().breached()).isFalse();
        assertThat(details.timeline()).extracting(CaseTimelineEntry::type).containsExactly(CaseEventType.CREATED);
        assertThat(details.allowedActions()).contains(CaseAction.TAKE, CaseAction.ESCALATE)
                .doesNotContain(CaseAction.RESOLVE, CaseAction.ASSIGN);
    }

    @Test
    void badInputIsRefusedWithItsFieldAndNothingIsSaved() {
        long before = as(OFFICIAL, () -> cases.count(CaseFilter.none()));

        assertInvalid(newCase("Shrt", null), "title");
        assertInvalid(new NewCase("A proper title", "too short", Mechanism.SDIP, null, null, CasePriority.LOW, null),
                "description");
        assertInvalid(new NewCase("A proper title", "A description that is long enough", null, null, null,
                CasePriority.LOW, null), "category");
        assertInvalid(newCase("Complaint with a citizen", new CitizenDetails("Nomsa Dube", null, null, null)),
                "citizenPhone");
        assertInvalid(newCase("Complaint with a citizen", new CitizenDetails("Nomsa Dube", "8001015009088", null,
                "nomsa@example.org")), "citizenIdNumber");
        assertInvalid(newCase("Complaint with a citizen", new CitizenDetails("Nomsa Dube", null, null, "not-an-email")),
                "citizenEmail");

        assertThat(as(OFFICIAL, () -> cases.count(CaseFilter.none()))).isEqualTo(before);
    }

    @Test
    void theWorkflowRunsFromNewToClosedAndBackWithTheRightPeople() {
        long id = as(OFFICIAL, () -> cases.create(newCase("Complaints register not kept at Durban office", null)));

        assertThatThrownBy(() -> as(COLLEAGUE, () -> {
            cases.assign(id, version(id), COLLEAGUE.username());
            return null;
        })).isInstanceOf(CaseExceptions.NotAllowed.class);
        as(ADMIN, () -> {
            cases.assign(id, version(id), COLLEAGUE.username());
            return null;
        });
        assertThat(as(COLLEAGUE, () -> cases.details(id)).status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThatThrownBy(() -> as(OFFICIAL, () -> {
            cases.start(id, version(id));
            return null;
        })).isInstanceOf(CaseExceptions.NotAllowed.class);

        as(COLLEAGUE, () -> {
            cases.start(id, version(id));
            cases.awaitInformation(id, version(id), "Register copies from the office manager");
            return null;
        });
        CaseDetails awaiting = as(COLLEAGUE, () -> cases.details(id));
        assertThat(awaiting.status()).isEqualTo(CaseStatus.AWAITING_INFORMATION);
        assertThat(awaiting.sla().paused()).isTrue();

        assertThatThrownBy(() -> as(COLLEAGUE, () -> {
            cases.resolve(id, version(id), "short");
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("resolutionNote"));
        as(COLLEAGUE, () -> {
            cases.resume(id, version(id));
            cases.resolve(id, version(id), "Register reinstated and checked weekly by the manager.");
            return null;
        });
        assertThatThrownBy(() -> as(COLLEAGUE, () -> {
            cases.close(id, version(id));
            return null;
        })).isInstanceOf(CaseExceptions.NotAllowed.class);
        as(OFFICIAL, () -> {
            cases.close(id, version(id));
            cases.reopen(id, version(id), "The register lapsed again");
            return null;
        });

        CaseDetails reopened = as(OFFICIAL, () -> cases.details(id));
        assertThat(reopened.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(reopened.resolutionNote()).isNull();
        assertThat(reopened.timeline()).extracting(CaseTimelineEntry::toStatus).contains(CaseStatus.ASSIGNED,
                CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_INFORMATION, CaseStatus.RESOLVED, CaseStatus.CLOSED);
        assertThat(as(COLLEAGUE, () -> notifications.latest(COLLEAGUE))).extracting(n -> n.messageKey())
                .contains("notification.case.assigned", "notification.case.reopened");
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsAConflictAndOverwritesNothing() {
        long id = as(OFFICIAL, () -> cases.create(newCase("Charter lists wrong opening hours", null)));
        long seenByBoth = version(id);

        as(ADMIN, () -> {
            cases.assign(id, seenByBoth, OFFICIAL.username());
            return null;
        });

        assertThatThrownBy(() -> as(ADMIN, () -> {
            cases.assign(id, seenByBoth, COLLEAGUE.username());
            return null;
        })).isInstanceOfSatisfying(CaseExceptions.Conflict.class,
                conflict -> assertThat(conflict.changedBy()).isEqualTo(ADMIN.displayName()));
        assertThat(as(OFFICIAL, () -> cases.details(id)).assignee()).isEqualTo(OFFICIAL.username());
    }

    @Test
    void aCaseOfAnotherDepartmentIsNotFound() {
        long id = as(OFFICIAL, () -> cases.create(newCase("Labour centre signage missing", null)));

        assertThatThrownBy(() -> as(OTHER_DEPARTMENT, () -> cases.details(id)))
                .isInstanceOfAny(NotFound.class);
        as(OTHER_DEPARTMENT, () -> {
            assertThat(cases.page(CaseFilter.none(), 0, 1000, List.of())).extracting(CaseSummary::title)
                    .doesNotContain("Labour centre signage missing");
            return null;
        });
    }

    @Test
    void citizenDetailsAreShownToThoseOnTheCaseToOthersOnlyWithAReasonAndEveryViewIsLogged() {
        long id = as(OFFICIAL, () -> cases.create(newCase("Complaint not acknowledged",
                new CitizenDetails("Themba Mokoena", "8001015009087", "+27 82 555 0101", null))));

        assertThat(as(OFFICIAL, () -> cases.viewCitizen(id, null))).get()
                .extracting(CitizenDetails::fullName).isEqualTo("Themba Mokoena");
        assertThatThrownBy(() -> as(COLLEAGUE, () -> cases.viewCitizen(id, "Curiosity")))
                .isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.messageKey()).isEqualTo("cases.citizen.reason.required"));
        assertThatThrownBy(() -> as(REPORTER, () -> cases.viewCitizen(id, "Reporting on complaints handling")))
                .isInstanceOf(CaseExceptions.NotAllowed.class);
        assertThat(as(ADMIN, () -> cases.viewCitizen(id, null))).isPresent();

        assertThat(as(OFFICIAL, () -> cases.citizenAccessLog(id))).hasSize(2)
                .anySatisfy(e -> assertThat(e).extracting(CitizenAccess::username, CitizenAccess::basis,
                        CitizenAccess::purpose).containsExactly("del.official", "AUTHOR", CaseService.CASE_WORK))
                .anySatisfy(e -> assertThat(e).extracting(CitizenAccess::username, CitizenAccess::basis)
                        .containsExactly("del.admin", "ADMINISTRATOR"));
        assertThat(as(COLLEAGUE, () -> cases.details(id)).allowedActions())
                .contains(CaseAction.VIEW_CITIZEN_WITH_REASON).doesNotContain(CaseAction.VIEW_CITIZEN);
        assertThat(as(REPORTER, () -> cases.details(id)).allowedActions())
                .doesNotContain(CaseAction.VIEW_CITIZEN, CaseAction.VIEW_CITIZEN_WITH_REASON);
    }

    @Test
    void attachmentsAreCheckedBySizeTypeAndContentAndARefusalKeepsTheCase() {
        long id = as(OFFICIAL, () -> cases.create(newCase("Evidence of queue times", null)));
        byte[] pdf = "%PDF-1.7 minimal".getBytes(StandardCharsets.US_ASCII);
        byte[] executable = new byte[] {'M', 'Z', 0x00, 0x01, 0x02};

        assertThat(as(OFFICIAL, () -> cases.attach(id, "queue.pdf", pdf)).accepted()).isTrue();
        assertThat(as(OFFICIAL, () -> cases.attach(id, "invoice.pdf", executable)).refusalKey())
                .isEqualTo("cases.attachment.content");
        assertThat(as(OFFICIAL, () -> cases.attach(id, "tool.exe", executable)).refusalKey())
                .isEqualTo("cases.attachment.type");
        assertThat(as(OFFICIAL, () -> cases.attach(id, "big.pdf", bigPdf())).refusalKey())
                .isEqualTo("cases.attachment.tooLarge");

        CaseDetails details = as(OFFICIAL, () -> cases.details(id));
        assertThat(details.attachments()).extracting(CaseAttachment::fileName).containsExactly("queue.pdf");
        assertThat(as(OFFICIAL, () -> cases.attachment(id, details.attachments().getFirst().id()))).get()
                .satisfies(a -> assertThat(a.content()).isEqualTo(pdf));
    }

    @Test
    void theListFiltersSearchesAndSortsOnTheServer() {
        String marker = "Zwelitsha" + System.nanoTime() % 100000;
        long critical = as(OFFICIAL, () -> cases.create(new NewCase("Water outage at " + marker + " clinic",
                "Critical outage affecting the clinic services", Mechanism.SERVICE_STANDARDS, null, null,
                CasePriority.CRITICAL, null)));
        long low = as(OFFICIAL, () -> cases.create(new NewCase("Signage faded at " + marker + " office",
                "Signage needs repainting at the entrance", Mechanism.BATHO_PELE, null, null, CasePriority.LOW,
                null)));

        as(OFFICIAL, () -> {
            CaseFilter search = new CaseFilter(null, null, null, null, false, null, null, marker);
            assertThat(cases.count(search)).isEqualTo(2);
            assertThat(cases.page(search, 0, 10, List.of(new CaseSort("priority", false))))
                    .extracting(CaseSummary::id).containsExactly(critical, low);
            assertThat(cases.page(search, 0, 10, List.of(new CaseSort("priority", true))))
                    .extracting(CaseSummary::id).containsExactly(low, critical);
            assertThat(cases.count(new CaseFilter(null, Set.of(CasePriority.CRITICAL), null, null, false, null, null,
                    marker))).isEqualTo(1);
            assertThat(cases.count(new CaseFilter(null, null, Set.of(Mechanism.BATHO_PELE), null, false, null,
                    null, marker))).isEqualTo(1);
            assertThat(cases.count(new CaseFilter(EnumSet.of(CaseStatus.CLOSED), null, null, null, false, null, null,
                    marker))).isZero();
            assertThat(cases.count(new CaseFilter(null, null, null, CaseFilter.UNASSIGNED, false, null, null,
                    marker))).isEqualTo(2);
            assertThat(cases.count(new CaseFilter(null, null, null, null, false,
                    java.time.LocalDate.now().plusDays(1), null, marker))).isZero();
            assertThat(cases.count(new CaseFilter(null, null, null, null, true, null, null, marker))).isZero();
            return null;
        });
    }

    @Test
    void anEscalationSharesOnlyWhatTheDepartmentChoseAndDpsaRepliesReachTheTimeline() {
        long id = as(OFFICIAL, () -> cases.create(newCase("Cross-mechanism conflict on UIF standards",
                new CitizenDetails("Fatima Adams", null, "+27 21 555 0199", null))));
        as(OFFICIAL, () -> {
            cases.escalate(id, version(id), "Needs DPSA guidance on harmonised standards", false);
            return null;
        });

        EscalationSummary queued = as(DPSA, () -> escalations.queue(EnumSet.of(EscalationState.OPEN), "del")).stream()
                .filter(e -> e.caseReference().equals(as(OFFICIAL, () -> cases.details(id)).reference()))
                .findFirst().orElseThrow();
        EscalationDetails details = as(DPSA, () -> escalations.details(queued.id()));
        assertThat(details.citizenShared()).isFalse();
        assertThat(as(DPSA, () -> escalations.showCitizen(queued.id()))).isEmpty();
        assertThat(details.reason()).isEqualTo("Needs DPSA guidance on harmonised standards");

        as(DPSA, () -> {
            escalations.assignSpecialist(queued.id(), details.version(), "Anele Specialist");
            escalations.reply(queued.id(), "Use the harmonised standard HS-07 for both mechanisms.");
            return null;
        });
        as(DPSA, () -> {
            escalations.markDone(queued.id(), escalations.details(queued.id()).version(), "Guidance given.");
            return null;
        });

        CaseDetails afterwards = as(OFFICIAL, () -> cases.details(id));
        assertThat(afterwards.timeline()).extracting(CaseTimelineEntry::type)
                .contains(CaseEventType.ESCALATED, CaseEventType.DPSA_ASSIGNED, CaseEventType.DPSA_REPLY,
                        CaseEventType.DPSA_DONE);
        assertThat(afterwards.timeline()).extracting(CaseTimelineEntry::body)
                .contains("Use the harmonised standard HS-07 for both mechanisms.");
        assertThat(as(OFFICIAL, () -> notifications.latest(OFFICIAL))).extracting(n -> n.messageKey())
                .contains("notification.escalation.reply");
        assertThat(as(DPSA, () -> escalations.details(queued.id())).summary().state()).isEqualTo(EscalationState.DONE);
        // Each of DPSA's steps crossed into the department and is in the access log, in words of its own language.
        String reference = afterwards.reference();
        assertThat(as(DPSA, () -> departmentEntry.recent())).filteredOn(a -> a.action().equals("DELIVER")
                        && a.reasonArguments().contains(reference))
                .extracting(za.gov.dpsa.isdip.tenancy.TenantAccess::reasonKey)
                .contains("dpsa.accessLog.deliver.case.DPSA_ASSIGNED", "dpsa.accessLog.deliver.case.DPSA_REPLY",
                        "dpsa.accessLog.deliver.case.DPSA_DONE");
    }

    @Test
    void citizenDetailsReachDpsaOnlyWhenTheDepartmentTicksTheBox() {
        long id = as(OFFICIAL, () -> cases.create(newCase("Repeated complaint about rude treatment",
                new CitizenDetails("Grace Maluleke", null, "+27 11 555 0123", null))));
        as(OFFICIAL, () -> {
            cases.escalate(id, version(id), "The complainant asked for DPSA to intervene", true);
            return null;
        });
        String reference = as(OFFICIAL, () -> cases.details(id)).reference();

        EscalationSummary queued = as(DPSA, () -> escalations.queue(Set.of(), "del")).stream()
                .filter(e -> e.caseReference().equals(reference)).findFirst().orElseThrow();
        assertThat(as(DPSA, () -> escalations.details(queued.id())).citizenShared()).isTrue();
        assertThat(as(DPSA, () -> escalations.showCitizen(queued.id()))).get()
                .extracting(CitizenDetails::fullName).isEqualTo("Grace Maluleke");
    }

    @Test
    void onlyDpsaWorksTheCentralQueue() {
        assertThatThrownBy(() -> as(ADMIN, () -> escalations.queue(Set.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDpsaSuperAdminWhoEnteredTheDepartmentReadsButCannotWorkItsCasesWhateverElseTheTokenSays() {
        long id = as(OFFICIAL, () -> cases.create(newCase("Read-only for DPSA inside the department", null)));
        PortalUser dpsaWithDepartmentRoles = TestUsers.user("dpsa.both", "dpsa", "dpsa-admin", "dept-user",
                "dept-admin");

        try (var entered = za.gov.dpsa.isdip.tenancy.TenantContext.bind("del")) {
            CaseDetails seen = as(dpsaWithDepartmentRoles, () -> cases.details(id));
            assertThat(seen.allowedActions()).isEmpty();
            assertThatThrownBy(() -> as(dpsaWithDepartmentRoles, () -> {
                cases.take(id, seen.version());
                return null;
            })).isInstanceOf(CaseExceptions.NotAllowed.class);
            assertThatThrownBy(() -> as(dpsaWithDepartmentRoles, () -> cases.create(newCase("Not mine to log", null))))
                    .isInstanceOf(CaseExceptions.NotAllowed.class);
        }
    }

    @Test
    void aReporterReadsCasesButCannotWorkThem() {
        long id = as(OFFICIAL, () -> cases.create(newCase("Reporter visibility check", null)));

        CaseDetails seen = as(REPORTER, () -> cases.details(id));
        assertThat(seen.allowedActions()).isEmpty();
        assertThatThrownBy(() -> as(REPORTER, () -> {
            cases.take(id, seen.version());
            return null;
        })).isInstanceOf(CaseExceptions.NotAllowed.class);
    }

    @Test
    void theDashboardCountsOpenCasesAndThisWeeksActivity() {
        CaseDashboard before = as(OFFICIAL, () -> cases.dashboard());
        as(OFFICIAL, () -> cases.create(newCase("Dashboard figure check", null)));

        CaseDashboard after = as(OFFICIAL, () -> cases.dashboard());
        assertThat(after.byStatus().get(CaseStatus.NEW)).isEqualTo(before.byStatus().get(CaseStatus.NEW) + 1);
        assertThat(after.trend()).hasSize(12);
        assertThat(after.trend().getLast().opened()).isEqualTo(before.trend().getLast().opened() + 1);
    }

    private long version(long id) {
        return as(ADMIN, () -> cases.details(id)).version();
    }

    private void assertInvalid(NewCase input, String field) {
        assertThatThrownBy(() -> as(OFFICIAL, () -> cases.create(input)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    static NewCase newCase(String title, CitizenDetails citizen) {
        return new NewCase(title, "Found during the quarterly review of the service point.",
                Mechanism.COMPLAINTS_MANAGEMENT, "Unemployment Insurance Fund benefit claims", "Bellville",
                CasePriority.HIGH, citizen);
    }

    static byte[] bigPdf() {
        byte[] content = new byte[AttachmentPolicy.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 5);
        return content;
    }

    static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
