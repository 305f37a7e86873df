package za.gov.dpsa.isdip.advocacy.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The advocacy library and campaigns on the real databases, as DPSA and two departments use them. */
@SpringBootTest
@ActiveProfiles("test")
class AdvocacyServiceTest {

    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
    static final PortalUser EC_OFFICIAL = TestUsers.user("ec.official", "ec-social-development", "dept-user");
    static final PortalUser EC_COLLEAGUE = TestUsers.user("ec.colleague", "ec-social-development", "dept-user");
    static final PortalUser EC_ADMIN = TestUsers.user("ec.admin", "ec-social-development", "dept-user",
            "dept-admin");
    static final PortalUser EC_REPORTER = TestUsers.user("ec.reporter", "ec-social-development", "dept-reporter");
    static final PortalUser GP_OFFICIAL = TestUsers.user("gp.official", "gp-health", "dept-user");
    static final PortalUser TRAINER = TestUsers.user("trainer.one", null, "trainer");

    @Autowired
    AdvocacyLibrary library;
    @Autowired
    AdvocacyCampaigns campaigns;
    @Autowired
    AdvocacyIndicators indicators;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;
    @Autowired
    za.gov.dpsa.isdip.reporting.ReportingPeriods periods;

    // ---- DPSA's library ---------------------------------------------------------------------------------------

    @Test
    void dpsaPublishesAResourceEveryDepartmentFindsAndNewVersionsKeepTheHistory() {
        long id = as(DPSA, () -> library.publish(ResourceSource.DPSA, guide("Complaints toolkit for service points",
                file("complaints-toolkit.pdf", "Version one"))));

        ResourceDetails first = as(EC_OFFICIAL, () -> library.details(ResourceSource.DPSA, id));
        assertThat(first.versions()).extracting(ResourceVersion::number).containsExactly(1);
        assertThat(first.latest().orElseThrow().contentType()).isEqualTo("application/pdf");
        assertThat(first.mayEdit()).isFalse();
        assertThat(as(GP_OFFICIAL, () -> library.browse(ResourceFilter.none()))).extracting(ResourceSummary::title)
                .contains("Complaints toolkit for service points");
        assertThat(as(TRAINER, () -> library.browse(ResourceFilter.none().withText("complaints toolkit"))))
                .extracting(ResourceSummary::id).contains(id);

        int second = as(DPSA, () -> library.addVersion(ResourceSource.DPSA, id, first.rowVersion(),
                file("complaints-toolkit-2027.pdf", "Version two")));

        ResourceDetails now = as(EC_OFFICIAL, () -> library.details(ResourceSource.DPSA, id));
        assertThat(second).isEqualTo(2);
        assertThat(now.versions()).extracting(ResourceVersion::number).containsExactly(2, 1);
        assertThat(text(as(EC_OFFICIAL, () -> library.download(ResourceSource.DPSA, id, null)).orElseThrow()))
                .contains("Version two");
        assertThat(text(as(EC_OFFICIAL, () -> library.download(ResourceSource.DPSA, id, 1)).orElseThrow()))
                .contains("Version one");
        assertThat(as(EC_OFFICIAL, () -> library.whatsNew(50))).anySatisfy(n -> {
            assertThat(n.resource().id()).isEqualTo(id);
            assertThat(n.versionNumber()).isEqualTo(2);
        });
    }

    @Test
    void onlyDpsaPublishesFeaturesAndRetiresItsResources() {
        assertThatThrownBy(() -> as(EC_ADMIN, () -> library.publish(ResourceSource.DPSA,
                guide("A department cannot publish for DPSA", file("x.pdf", "x")))))
                .isInstanceOf(AdvocacyExceptions.NotAllowed.class);
        assertThatThrownBy(() -> as(TRAINER, () -> library.publish(ResourceSource.DPSA,
                guide("A trainer cannot publish for DPSA", file("x.pdf", "x")))))
                .isInstanceOf(AdvocacyExceptions.NotAllowed.class);

        long id = as(DPSA, () -> library.publish(ResourceSource.DPSA, guide("Service charter template 2026",
                file("charter.pdf", "Charter"))));
        as(DPSA, () -> {
            library.setFeatured(id, library.details(ResourceSource.DPSA, id).rowVersion(), true);
            return null;
        });
        assertThat(as(EC_OFFICIAL, () -> library.featured(100))).extracting(ResourceSummary::id).contains(id);
        assertThat(as(EC_OFFICIAL, () -> library.browse(ResourceFilter.none())).getFirst().featured()).isTrue();
        assertThatThrownBy(() -> as(EC_ADMIN, () -> {
            library.retire(ResourceSource.DPSA, id, 0);
            return null;
        })).isInstanceOf(AdvocacyExceptions.NotAllowed.class);

        long stale = as(DPSA, () -> library.details(ResourceSource.DPSA, id)).rowVersion() - 1;
        assertThatThrownBy(() -> as(DPSA, () -> {
            library.retire(ResourceSource.DPSA, id, stale);
            return null;
        })).isInstanceOf(Conflict.class);
        as(DPSA, () -> {
            library.retire(ResourceSource.DPSA, id, library.details(ResourceSource.DPSA, id).rowVersion());
            return null;
        });

        assertThat(as(EC_OFFICIAL, () -> library.browse(ResourceFilter.none()))).extracting(ResourceSummary::id)
                .doesNotContain(id);
        assertThat(as(EC_OFFICIAL, () -> library.featured(100))).extracting(ResourceSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> as(EC_OFFICIAL, () -> library.details(ResourceSource.DPSA, id)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(EC_OFFICIAL, () -> library.download(ResourceSource.DPSA, id, 1)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void filtersNarrowByMechanismPrincipleAudienceTypeAndSource() {
        long videoId = as(DPSA, () -> library.publish(ResourceSource.DPSA, new NewResource(
                "Redress in practice: a frontline video", "A short film on how frontline officials offer redress "
                + "when a service fails.", ResourceKind.VIDEO, Set.of(Mechanism.BATHO_PELE),
                Set.of(BathoPelePrinciple.REDRESS), Set.of(Audience.FRONTLINE_OFFICIALS),
                ResourceContent.link("https://www.youtube.com/watch?v=redress", null))));
        long ownId = as(EC_OFFICIAL, () -> library.publish(ResourceSource.DEPARTMENT, new NewResource(
                "Eastern Cape SOP for grant applications", "Our standard operating procedure for processing grant "
                + "applications at district offices.", ResourceKind.TEMPLATE, Set.of(Mechanism.SOPS),
                Set.of(), Set.of(Audience.SERVICE_MANAGERS), file("sop.txt", "Step 1: receive the form."))));

        String video = "dpsa:" + videoId;
        String own = "department:" + ownId;
        ResourceFilter none = ResourceFilter.none();
        assertThat(ids(EC_OFFICIAL, none.withPrinciple(BathoPelePrinciple.REDRESS))).contains(video)
                .doesNotContain(own);
        assertThat(ids(EC_OFFICIAL, none.withMechanism(Mechanism.SOPS))).contains(own).doesNotContain(video);
        assertThat(ids(EC_OFFICIAL, none.withAudience(Audience.FRONTLINE_OFFICIALS))).contains(video)
                .doesNotContain(own);
        assertThat(ids(EC_OFFICIAL, none.withKind(ResourceKind.VIDEO))).contains(video).doesNotContain(own);
        assertThat(ids(EC_OFFICIAL, none.withSource(ResourceSource.DEPARTMENT))).contains(own).doesNotContain(video);
        assertThat(ids(EC_OFFICIAL, none.withSource(ResourceSource.DPSA))).contains(video).doesNotContain(own);
        assertThat(ids(EC_OFFICIAL, none.withText("GRANT procedure"))).containsExactly(own);
        assertThat(ids(EC_OFFICIAL, none.withText("procedure film"))).isEmpty();
    }

    // ---- the department's own resources ---------------------------------------------------------------------

    @Test
    void aDepartmentsOwnResourceIsSeenAndDownloadedOnlyInsideTheDepartmentEvenById() {
        long id = as(EC_OFFICIAL, () -> library.publish(ResourceSource.DEPARTMENT, guide(
                "Eastern Cape complaints escalation ladder", file("ladder.pdf", "EC internal ladder"))));

        assertThat(as(EC_COLLEAGUE, () -> library.details(ResourceSource.DEPARTMENT, id)).summary().title())
                .isEqualTo("Eastern Cape complaints escalation ladder");
        assertThat(text(as(EC_COLLEAGUE, () -> library.download(ResourceSource.DEPARTMENT, id, null))
                .orElseThrow())).contains("EC internal ladder");

        // Another department: not in its library, and its id reaches only that department's own database.
        assertThat(as(GP_OFFICIAL, () -> library.browse(ResourceFilter.none()))).extracting(ResourceSummary::title)
                .doesNotContain("Eastern Cape complaints escalation ladder");
        assertThat(seenBy(GP_OFFICIAL, id)).doesNotContain("EC internal ladder")
                .doesNotContain("Eastern Cape complaints escalation ladder");
        // DPSA and trainers work in the platform: no department resource at all.
        assertThatThrownBy(() -> as(DPSA, () -> library.details(ResourceSource.DEPARTMENT, id)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(TRAINER, () -> library.download(ResourceSource.DEPARTMENT, id, null)))
                .isInstanceOf(NotFound.class);
        assertThat(as(DPSA, () -> library.browse(ResourceFilter.none()))).extracting(ResourceSummary::source)
                .doesNotContain(ResourceSource.DEPARTMENT);
    }

    @Test
    void departmentResourcesAreChangedByTheirAuthorAndTheDepartmentsAdminsOnly() {
        long id = as(EC_OFFICIAL, () -> library.publish(ResourceSource.DEPARTMENT, guide(
                "Eastern Cape front desk script", file("script.txt", "Good morning, how may I help?"))));
        assertThatThrownBy(() -> as(EC_REPORTER, () -> library.publish(ResourceSource.DEPARTMENT,
                guide("Reporters only read the library", file("r.txt", "r")))))
                .isInstanceOf(AdvocacyExceptions.NotAllowed.class);
        assertThatThrownBy(() -> as(EC_COLLEAGUE, () -> library.addVersion(ResourceSource.DEPARTMENT, id,
                library.details(ResourceSource.DEPARTMENT, id).rowVersion(), file("script.txt", "changed"))))
                .isInstanceOf(AdvocacyExceptions.NotAllowed.class);

        assertThat(as(EC_ADMIN, () -> library.addVersion(ResourceSource.DEPARTMENT, id,
                library.details(ResourceSource.DEPARTMENT, id).rowVersion(), file("script-v2.txt", "Sawubona"))))
                .isEqualTo(2);
        as(EC_OFFICIAL, () -> {
            library.retire(ResourceSource.DEPARTMENT, id, library.details(ResourceSource.DEPARTMENT, id).rowVersion());
            return null;
        });
        assertThatThrownBy(() -> as(EC_COLLEAGUE, () -> library.details(ResourceSource.DEPARTMENT, id)))
                .isInstanceOf(NotFound.class);
    }

    // ---- uploads ----------------------------------------------------------------------------------------------

    @Test
    void refusedFilesAreNamedWithTheReasonAndNothingIsPublished() {
        long before = as(DPSA, () -> library.browse(ResourceFilter.none()).size());

        assertRefused(file("huge.pdf", new byte[ResourceUploadPolicy.MAX_BYTES + 1]), "huge.pdf",
                "advocacy.upload.tooLarge");
        assertRefused(file("setup.exe", AdvocacyFiles.executable()), "setup.exe", "advocacy.upload.type");
        assertRefused(file("annual-guide.pdf", AdvocacyFiles.executable()), "annual-guide.pdf",
                "advocacy.upload.content");
        assertRefused(file("notes.txt", AdvocacyFiles.executable()), "notes.txt", "advocacy.upload.content");
        assertRefused(file("toolkit.docx", AdvocacyFiles.plainZip()), "toolkit.docx", "advocacy.upload.content");
        assertRefused(file("poster.png", AdvocacyFiles.pdf("not a picture")), "poster.png",
                "advocacy.upload.content");
        assertRefused(file("empty.pdf", new byte[0]), "empty.pdf", "advocacy.upload.empty");
        assertRefused(file("no-extension", AdvocacyFiles.pdf("x")), "no-extension", "advocacy.upload.type");

        assertThat(as(DPSA, () -> library.browse(ResourceFilter.none()).size())).isEqualTo(before);
    }

    @Test
    void linksMustBeHttpsAndAVersionIsAFileOrALink() {
        assertInvalid(ResourceContent.link("http://example.org/video", null), "link");
        assertInvalid(ResourceContent.link("javascript:alert(1)", null), "link");
        assertInvalid(ResourceContent.link("https://", null), "link");
        assertInvalid(new ResourceContent(null, null, null, null), "content");
        assertInvalid(new ResourceContent("a.pdf", AdvocacyFiles.pdf("a"), "https://example.org", null), "content");
    }

    // ---- downloads counted per department ----------------------------------------------------------------------

    @Test
    void downloadsAreCountedInTheOfficialsDepartmentAndFeedItsReport() {
        long id = as(DPSA, () -> library.publish(ResourceSource.DPSA, guide("SDIP writing guide",
                file("sdip-guide.pdf", "How to write an SDIP"))));
        long video = as(DPSA, () -> library.publish(ResourceSource.DPSA, new NewResource(
                "Batho Pele explained in five minutes", "A short animated video on the eight Batho Pele "
                + "principles.", ResourceKind.VIDEO, Set.of(Mechanism.BATHO_PELE),
                EnumSet.allOf(BathoPelePrinciple.class), Set.of(Audience.CITIZENS),
                ResourceContent.link("https://www.youtube.com/watch?v=bathopele", null))));
        ReportingPeriod period = lastThirtyDays();
        BigDecimal ecBefore = figure(EC_OFFICIAL, period, "advocacy.resourcesUsed");
        BigDecimal gpBefore = figure(GP_OFFICIAL, period, "advocacy.resourcesUsed");

        as(EC_OFFICIAL, () -> library.download(ResourceSource.DPSA, id, null));
        as(EC_COLLEAGUE, () -> library.download(ResourceSource.DPSA, id, 1));
        assertThat(as(EC_OFFICIAL, () -> library.openLink(ResourceSource.DPSA, video, null)))
                .contains("https://www.youtube.com/watch?v=bathopele");
        as(GP_OFFICIAL, () -> library.download(ResourceSource.DPSA, id, null));
        as(DPSA, () -> library.download(ResourceSource.DPSA, id, null));

        assertThat(figure(EC_OFFICIAL, period, "advocacy.resourcesUsed")).isEqualTo(ecBefore.add(BigDecimal.valueOf(3)));
        assertThat(figure(GP_OFFICIAL, period, "advocacy.resourcesUsed")).isEqualTo(gpBefore.add(BigDecimal.ONE));
        assertThat(as(EC_OFFICIAL, () -> library.usesInMyDepartment(ResourceSource.DPSA, id))).isEqualTo(2);
        assertThat(as(GP_OFFICIAL, () -> library.usesInMyDepartment(ResourceSource.DPSA, id))).isEqualTo(1);
        // The figure is what the department's own table holds, counted directly.
        assertThat(figure(EC_OFFICIAL, period, "advocacy.resourcesUsed")).isEqualByComparingTo(sql(EC_OFFICIAL,
                "select count(*) from advocacy_download where downloaded_at >= ?1 and downloaded_at < ?2",
                period.startInstant(PortalTime.ZONE), period.endInstant(PortalTime.ZONE)));
        assertThat(as(EC_OFFICIAL, () -> indicators.sources("advocacy.resourcesUsed", period, 20)))
                .anySatisfy(s -> assertThat(s.title()).isEqualTo("SDIP writing guide"));
    }

    // ---- campaigns --------------------------------------------------------------------------------------------

    @Test
    void departmentsLogCampaignActivitiesAndTheirFiguresReconcileWithTheirOwnRecords() {
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        long campaignId = as(DPSA, () -> campaigns.create(new NewCampaign("Service delivery week " + today,
                "A week of open days at service points.", today.minusDays(20), today.plusDays(10), true, Set.of())));
        ReportingPeriod period = lastThirtyDays();
        BigDecimal activitiesBefore = figure(EC_OFFICIAL, period, "advocacy.activities");
        BigDecimal reachedBefore = figure(EC_OFFICIAL, period, "advocacy.peopleReached");

        as(EC_OFFICIAL, () -> campaigns.logActivity(new NewActivity(campaignId, "Open day at Mthatha office",
                today.minusDays(3), ActivityType.OPEN_DAY, "Citizens met the district manager.", 240, "Mthatha")));
        as(EC_ADMIN, () -> campaigns.logActivity(new NewActivity(campaignId, "Imbizo in Gqeberha",
                today.minusDays(1), ActivityType.IMBIZO, null, 510, null)));

        assertThat(figure(EC_OFFICIAL, period, "advocacy.activities"))
                .isEqualTo(activitiesBefore.add(BigDecimal.valueOf(2)));
        assertThat(figure(EC_OFFICIAL, period, "advocacy.peopleReached"))
                .isEqualTo(reachedBefore.add(BigDecimal.valueOf(750)));
        assertThat(figure(EC_OFFICIAL, period, "advocacy.activities")).isEqualByComparingTo(sql(EC_OFFICIAL,
                "select count(*) from advocacy_activity where held_on between ?1 and ?2", period.startsOn(),
                period.endsOn()));
        assertThat(figure(EC_OFFICIAL, period, "advocacy.peopleReached")).isEqualByComparingTo(sql(EC_OFFICIAL,
                "select coalesce(sum(people_reached), 0) from advocacy_activity where held_on between ?1 and ?2",
                period.startsOn(), period.endsOn()));
        assertThat(as(EC_OFFICIAL, () -> campaigns.totals(campaignId))).isEqualTo(new CampaignTotals(2, 750));
        // Another department sees none of it.
        assertThat(as(GP_OFFICIAL, () -> campaigns.activities(campaignId))).isEmpty();
        assertThat(as(EC_OFFICIAL, () -> indicators.sources("advocacy.activities", period, 10)))
                .extracting(s -> s.title()).anySatisfy(t -> assertThat(t).startsWith("Imbizo in Gqeberha"));
    }

    @Test
    void activitiesAreRefusedOutsideTheCampaignInTheFutureOrForACampaignTheDepartmentIsNotIn() {
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        long gpOnly = as(DPSA, () -> campaigns.create(new NewCampaign("Gauteng clinics week " + today,
                "Clinic open days in Gauteng.", today.minusDays(5), today.plusDays(5), false, Set.of("gp-health"))));
        long everyone = as(DPSA, () -> campaigns.create(new NewCampaign("National courtesy drive " + today,
                "Courtesy at every front desk.", today.minusDays(5), today.plusDays(5), true, Set.of())));

        assertThat(as(EC_OFFICIAL, () -> campaigns.campaigns())).extracting(Campaign::id).contains(everyone)
                .doesNotContain(gpOnly);
        assertActivityInvalid(new NewActivity(gpOnly, "Not our campaign", today, ActivityType.OTHER, null, 5, null),
                "campaign");
        assertActivityInvalid(new NewActivity(everyone, "Too early", today.minusDays(6), ActivityType.OTHER, null, 5,
                null), "heldOn");
        assertActivityInvalid(new NewActivity(everyone, "Not held yet", today.plusDays(1), ActivityType.OTHER, null,
                5, null), "heldOn");
        assertActivityInvalid(new NewActivity(everyone, "Negative crowd", today, ActivityType.OTHER, null, -1, null),
                "peopleReached");
        assertActivityInvalid(new NewActivity(everyone, "Hi", today, ActivityType.OTHER, null, 5, null), "title");
        assertThatThrownBy(() -> as(EC_REPORTER, () -> campaigns.logActivity(new NewActivity(everyone,
                "Reporters do not log activities", today, ActivityType.OTHER, null, 5, null))))
                .isInstanceOf(AdvocacyExceptions.NotAllowed.class);
        assertThat(as(EC_OFFICIAL, () -> campaigns.activities(everyone))).isEmpty();
        assertThat(as(GP_OFFICIAL, () -> campaigns.logActivity(new NewActivity(gpOnly, "Clinic open day Soweto",
                today, ActivityType.OPEN_DAY, null, 80, "Soweto clinic")))).isPositive();
    }

    @Test
    void onlyDpsaCreatesCampaignsAndTheirDatesAndParticipantsAreChecked() {
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        assertThatThrownBy(() -> as(EC_ADMIN, () -> campaigns.create(new NewCampaign("Our own campaign",
                "Departments do not create campaigns.", today, today, true, Set.of()))))
                .isInstanceOf(AdvocacyExceptions.NotAllowed.class);
        assertCampaignInvalid(new NewCampaign("Backwards campaign", "Ends before it starts.", today,
                today.minusDays(1), true, Set.of()), "endsOn");
        assertCampaignInvalid(new NewCampaign("Nobody takes part", "No departments chosen.", today, today, false,
                Set.of()), "participants");
        assertCampaignInvalid(new NewCampaign("Unknown department", "A made-up department id.", today, today, false,
                Set.of("atlantis")), "participants");

        long id = as(DPSA, () -> campaigns.create(new NewCampaign("Public Service Month " + today.getYear() + " test",
                "September campaign.", today, today.plusDays(3), true, Set.of())));
        Campaign created = as(DPSA, () -> campaigns.campaign(id));
        as(DPSA, () -> {
            campaigns.update(id, created.rowVersion(), new NewCampaign(created.name(), created.description(),
                    created.startsOn(), created.endsOn(), false, Set.of("del")));
            return null;
        });
        assertThat(as(EC_OFFICIAL, () -> campaigns.campaigns())).extracting(Campaign::id).doesNotContain(id);
        assertThatThrownBy(() -> as(DPSA, () -> {
            campaigns.update(id, created.rowVersion(), new NewCampaign(created.name(), created.description(),
                    created.startsOn(), created.endsOn(), true, Set.of()));
            return null;
        })).isInstanceOf(Conflict.class);
    }

    @Test
    void dpsaSeesACampaignsFiguresOnlyFromTheReportsOfTheQuartersItFallsIn() {
        ReportingPeriod quarter = za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess.currentQuarter(periods);
        long id = as(DPSA, () -> campaigns.create(new NewCampaign("Quarter campaign " + quarter.label(),
                "Falls in the current quarter.", quarter.startsOn(), quarter.startsOn().plusDays(5), true,
                Set.of())));

        java.util.List<CampaignFigures> figures = as(DPSA, () -> campaigns.nationalFigures(id));

        assertThat(figures).extracting(CampaignFigures::periodLabel).containsExactly(quarter.label());
        assertThat(figures.getFirst().figures()).extracting(CampaignFigures.Figure::code)
                .containsExactlyInAnyOrder("advocacy.activities", "advocacy.peopleReached", "advocacy.resourcesUsed");
        assertThatThrownBy(() -> as(EC_ADMIN, () -> campaigns.nationalFigures(id)))
                .isInstanceOf(AdvocacyExceptions.NotAllowed.class);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static NewResource guide(String title, ResourceContent content) {
        return new NewResource(title, "A practical resource for departments on " + title.toLowerCase() + ".",
                ResourceKind.GUIDE, Set.of(Mechanism.COMPLAINTS_MANAGEMENT), Set.of(BathoPelePrinciple.REDRESS),
                Set.of(Audience.SERVICE_MANAGERS), content);
    }

    private static ResourceContent file(String name, String text) {
        return ResourceContent.file(name, name.endsWith(".pdf") ? AdvocacyFiles.pdf(text)
                : text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static ResourceContent file(String name, byte[] bytes) {
        return ResourceContent.file(name, bytes, null);
    }

    private static String text(ResourceFile file) {
        return new String(file.content(), StandardCharsets.ISO_8859_1);
    }

    /** What a user of another department gets for this id: nothing, or a resource of their own. */
    private String seenBy(PortalUser user, long id) {
        StringBuilder seen = new StringBuilder();
        try {
            seen.append(as(user, () -> library.details(ResourceSource.DEPARTMENT, id)).summary().title());
        } catch (NotFound expected) {
            seen.append("-");
        }
        try {
            as(user, () -> library.download(ResourceSource.DEPARTMENT, id, null)).ifPresent(f -> seen.append(text(f)));
        } catch (NotFound expected) {
            seen.append("-");
        }
        return seen.toString();
    }

    /** What the library shows, as source:id (both sources number their resources from 1). */
    private java.util.List<String> ids(PortalUser user, ResourceFilter filter) {
        return as(user, () -> library.browse(filter)).stream().map(r -> r.source().slug() + ":" + r.id()).toList();
    }

    private void assertRefused(ResourceContent content, String fileName, String key) {
        assertThatThrownBy(() -> as(DPSA, () -> library.publish(ResourceSource.DPSA, guide("Refused upload test",
                content)))).isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()).containsExactly(fileName);
                });
    }

    private void assertInvalid(ResourceContent content, String field) {
        assertThatThrownBy(() -> as(DPSA, () -> library.publish(ResourceSource.DPSA, new NewResource(
                "Link checks", "Checking the links a version may carry.", ResourceKind.GUIDE,
                Set.of(Mechanism.SDIP), Set.of(), Set.of(Audience.TRAINERS), content))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }

    private void assertActivityInvalid(NewActivity activity, String field) {
        assertThatThrownBy(() -> as(EC_OFFICIAL, () -> campaigns.logActivity(activity)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private void assertCampaignInvalid(NewCampaign campaign, String field) {
        assertThatThrownBy(() -> as(DPSA, () -> campaigns.create(campaign)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private ReportingPeriod lastThirtyDays() {
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        return new ReportingPeriod(0, today.getYear(), 1, today.minusDays(30), today, today.plusDays(30));
    }

    private BigDecimal figure(PortalUser user, ReportingPeriod period, String code) {
        Map<String, BigDecimal> figures = as(user, () -> indicators.compute(period));
        return figures.get(code);
    }

    private BigDecimal sql(PortalUser user, String query, Object from, Object to) {
        return as(user, () -> new TransactionTemplate(transactionManager).execute(status -> new BigDecimal(
                entityManager.createNativeQuery(query).setParameter(1, from).setParameter(2, to).getSingleResult()
                        .toString())));
    }

    static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
