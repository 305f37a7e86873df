package za.gov.dpsa.isdip.advocacy.internal;

import za.gov.dpsa.isdip.advocacy.data.both.ResourceEntity;
import za.gov.dpsa.isdip.advocacy.data.both.ResourceRepository;
import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The library's search runs in the database, yet finds exactly what the library's rule
 * ({@link ResourceFilter#matches}, the rule it always applied in memory to every resource) accepts, in the same
 * order, for every filter an official can set; another department's resources never appear.
 */
@SpringBootTest
@ActiveProfiles("test")
class AdvocacyLibrarySearchTest {

    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
    static final PortalUser OFFICIAL = TestUsers.user("search.official", "kzn-transport", "dept-user");
    static final PortalUser ELSEWHERE = TestUsers.user("search.elsewhere", "wc-education", "dept-user");
    static final PortalUser TRAINER = TestUsers.user("search.trainer", null, "trainer");

    @Autowired
    AdvocacyLibrary library;
    @Autowired
    ResourceRepository resources;
    @Autowired
    TenantWork tenantWork;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void everyFilterFindsWhatTheLibrarysRuleAcceptsInTheSameOrder() {
        String marker = "zq" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        List<Long> dpsa = new ArrayList<>();
        dpsa.add(publish(DPSA, ResourceSource.DPSA, "Queue management toolkit " + marker,
                "How a district office shortens its queues with a ticket system.", ResourceKind.TOOLKIT,
                Set.of(Mechanism.SERVICE_STANDARDS, Mechanism.OMF), Set.of(BathoPelePrinciple.ACCESS),
                Set.of(Audience.FRONTLINE_OFFICIALS, Audience.SERVICE_MANAGERS)));
        dpsa.add(publish(DPSA, ResourceSource.DPSA, "SERVICE CHARTER template " + marker,
                "A charter every service point can fill in: 50% fewer complaints in the pilot.",
                ResourceKind.TEMPLATE, Set.of(Mechanism.SERVICE_CHARTER), Set.of(BathoPelePrinciple.SERVICE_STANDARDS,
                        BathoPelePrinciple.INFORMATION), Set.of(Audience.SERVICE_MANAGERS)));
        dpsa.add(publish(DPSA, ResourceSource.DPSA, "Complaints handling at a walk-in centre " + marker,
                "Redress within 500 hours is too slow; the case study shows how a Café queue was cut.",
                ResourceKind.CASE_STUDY, Set.of(Mechanism.COMPLAINTS_MANAGEMENT), Set.of(BathoPelePrinciple.REDRESS,
                        BathoPelePrinciple.COURTESY), Set.of(Audience.FRONTLINE_OFFICIALS, Audience.CITIZENS)));
        dpsa.add(publish(DPSA, ResourceSource.DPSA, "Retired guide on queues " + marker,
                "An old guide to queue management that DPSA took out of the library.", ResourceKind.GUIDE,
                Set.of(Mechanism.SERVICE_STANDARDS), Set.of(BathoPelePrinciple.ACCESS),
                Set.of(Audience.FRONTLINE_OFFICIALS)));
        dpsa.add(publish(DPSA, ResourceSource.DPSA, "Batho Pele video for visitors from Diyarbakİr " + marker,
                "Rated at 300\u212A by the studio (a Kelvin sign), with courtesy shown at a clinic.",
                ResourceKind.VIDEO, Set.of(Mechanism.BATHO_PELE), Set.of(BathoPelePrinciple.COURTESY),
                Set.of(Audience.CITIZENS, Audience.TRAINERS)));
        List<Long> own = new ArrayList<>();
        own.add(publish(OFFICIAL, ResourceSource.DEPARTMENT, "Our licensing queue SOP " + marker,
                "Standard operating procedure for the licence counters, queue by queue.", ResourceKind.GUIDE,
                Set.of(Mechanism.SOPS, Mechanism.SERVICE_STANDARDS), Set.of(), Set.of(Audience.FRONTLINE_OFFICIALS)));
        own.add(publish(OFFICIAL, ResourceSource.DEPARTMENT, "Charter poster for testing centres " + marker,
                "The transport charter as a poster, 50 percent larger for the walk_in area.", ResourceKind.TEMPLATE,
                Set.of(Mechanism.SERVICE_CHARTER), Set.of(BathoPelePrinciple.INFORMATION,
                        BathoPelePrinciple.OPENNESS_AND_TRANSPARENCY), Set.of(Audience.CITIZENS)));
        own.add(publish(OFFICIAL, ResourceSource.DEPARTMENT, "Retired redress letters " + marker,
                "Letters to complainants that the department no longer uses for redress.", ResourceKind.TEMPLATE,
                Set.of(Mechanism.COMPLAINTS_MANAGEMENT), Set.of(BathoPelePrinciple.REDRESS),
                Set.of(Audience.FRONTLINE_OFFICIALS)));
        publish(ELSEWHERE, ResourceSource.DEPARTMENT, "Queue charter toolkit of another department "
                + marker, "Only the Western Cape education department sees this queue toolkit.", ResourceKind.TOOLKIT,
                Set.of(Mechanism.SERVICE_CHARTER, Mechanism.SERVICE_STANDARDS), Set.of(BathoPelePrinciple.ACCESS),
                Set.of(Audience.FRONTLINE_OFFICIALS, Audience.CITIZENS));

        // New versions move resources up; featured ones go first; retired ones leave the library.
        as(DPSA, () -> library.addVersion(ResourceSource.DPSA, dpsa.get(0), rowVersion(DPSA, ResourceSource.DPSA,
                dpsa.get(0)), ResourceContent.link("https://www.dpsa.gov.za/queues/v2", "Second edition")));
        as(OFFICIAL, () -> library.addVersion(ResourceSource.DEPARTMENT, own.get(1), rowVersion(OFFICIAL,
                ResourceSource.DEPARTMENT, own.get(1)), ResourceContent.link("https://www.example.org/poster/v2",
                null)));
        TestUsers.runAs(DPSA, () -> library.setFeatured(dpsa.get(1), rowVersion(DPSA, ResourceSource.DPSA,
                dpsa.get(1)), true));
        TestUsers.runAs(DPSA, () -> library.retire(ResourceSource.DPSA, dpsa.get(3), rowVersion(DPSA,
                ResourceSource.DPSA, dpsa.get(3))));
        TestUsers.runAs(OFFICIAL, () -> library.retire(ResourceSource.DEPARTMENT, own.get(2), rowVersion(OFFICIAL,
                ResourceSource.DEPARTMENT, own.get(2))));
        // Tags written by hand rather than by the library: spaces around codes, the wrong case, a code this
        // release does not know. The rule reads them as its own parser does; the search must agree.
        TestUsers.runAs(DPSA, () -> tenantWork.inPlatform(() -> save(new ResourceEntity(
                "Hand-tagged access checklist " + marker, "A checklist for access to services, tagged by hand.",
                ResourceKind.TOOLKIT.name(), " SERVICE_STANDARDS , omf,FUTURE_MECHANISM", "REDRESS ,ACCESS",
                "trainers", "dpsa.superadmin", java.time.Instant.parse("2026-01-05T08:00:00Z")))));
        TestUsers.runAs(OFFICIAL, () -> save(new ResourceEntity("Hand-tagged queue board " + marker,
                "A queue board for the licensing centre, tagged by hand.", ResourceKind.GUIDE.name(),
                "service_charter,sops ", "redress", " CITIZENS", "search.official",
                java.time.Instant.parse("2026-01-05T08:00:00Z"))));

        List<ResourceFilter> filters = filters(marker);
        for (PortalUser user : List.of(OFFICIAL, TRAINER)) {
            List<ResourceSummary> everything = everythingTheUserMaySee(user);
            assertThat(everything).extracting(ResourceSummary::title)
                    .noneMatch(title -> title.contains("another department"));
            for (ResourceFilter filter : filters) {
                List<ResourceSummary> expected = everything.stream().filter(filter::matches)
                        .sorted(AdvocacyLibrary.ORDER).toList();
                List<ResourceSummary> found = as(user, () -> library.browse(filter));
                assertThat(found).as("%s for %s", filter, user.username()).containsExactlyElementsOf(expected);
                LibraryPage first = as(user, () -> library.browse(filter, 2));
                assertThat(first.total()).as("total of %s", filter).isEqualTo(expected.size());
                assertThat(first.resources()).as("first page of %s", filter)
                        .containsExactlyElementsOf(expected.subList(0, Math.min(2, expected.size())));
                assertThat(first.complete()).isEqualTo(expected.size() <= 2);
            }
        }

        // The rule's answers the search must give, spelled out for a few of the filters above.
        assertThat(titles(OFFICIAL, ResourceFilter.none().withText("CHARTER " + marker)))
                .containsExactly("SERVICE CHARTER template " + marker, "Charter poster for testing centres " + marker);
        assertThat(titles(OFFICIAL, ResourceFilter.none().withText(marker + " 50%")))
                .containsExactly("SERVICE CHARTER template " + marker);
        assertThat(titles(OFFICIAL, ResourceFilter.none().withText(marker + " walk_in")))
                .containsExactly("Charter poster for testing centres " + marker);
        assertThat(titles(OFFICIAL, ResourceFilter.none().withText(marker + " café")))
                .containsExactly("Complaints handling at a walk-in centre " + marker);
        assertThat(titles(OFFICIAL, ResourceFilter.none().withText(marker + " 300k diyarbaki")))
                .containsExactly("Batho Pele video for visitors from Diyarbakİr " + marker);
        assertThat(titles(OFFICIAL, ResourceFilter.none().withText(marker).withMechanism(Mechanism.OMF)))
                .containsExactly("Queue management toolkit " + marker);
        assertThat(titles(OFFICIAL, ResourceFilter.none().withText(marker).withPrinciple(BathoPelePrinciple.REDRESS)))
                .containsExactlyInAnyOrder("Complaints handling at a walk-in centre " + marker,
                        "Hand-tagged access checklist " + marker);
        assertThat(titles(OFFICIAL, ResourceFilter.none().withText("queue " + marker)))
                .doesNotContain("Retired guide on queues " + marker, "Queue charter toolkit of another department "
                        + marker);
        assertThat(titles(ELSEWHERE, ResourceFilter.none().withText(marker)))
                .contains("Queue charter toolkit of another department " + marker);
    }

    /** Each value of each filter alone, and a few hundred combinations of them, with and without words. */
    private static List<ResourceFilter> filters(String marker) {
        List<String> texts = List.of("", "  ", marker, marker.toUpperCase(), "queue " + marker,
                marker + "   QUEUE", "charter " + marker, marker + " 50%", marker + " 50", marker + " walk_in",
                marker + " walk-in", marker + " café", marker + " cafe", marker + " 300k", marker + " diyarbaki",
                "queue", "charter", "redress", "courtesy clinic", "%", "_", "!", "nothing-matches-" + marker);
        List<ResourceFilter> filters = new ArrayList<>();
        texts.forEach(text -> filters.add(ResourceFilter.none().withText(text)));
        for (Mechanism value : Mechanism.values()) {
            filters.add(ResourceFilter.none().withMechanism(value));
        }
        for (BathoPelePrinciple value : BathoPelePrinciple.values()) {
            filters.add(ResourceFilter.none().withPrinciple(value));
        }
        for (Audience value : Audience.values()) {
            filters.add(ResourceFilter.none().withAudience(value));
        }
        for (ResourceKind value : ResourceKind.values()) {
            filters.add(ResourceFilter.none().withKind(value));
        }
        for (ResourceSource value : ResourceSource.values()) {
            filters.add(ResourceFilter.none().withSource(value));
        }
        SplittableRandom random = new SplittableRandom(20261128);
        for (int n = 0; n < 250; n++) {
            filters.add(new ResourceFilter(texts.get(random.nextInt(texts.size())), pick(random, Mechanism.values()),
                    pick(random, BathoPelePrinciple.values()), pick(random, Audience.values()),
                    pick(random, ResourceKind.values()), pick(random, ResourceSource.values())));
        }
        return filters;
    }

    /** A value half of the time, else no narrowing. */
    private static <E> E pick(SplittableRandom random, E[] values) {
        return random.nextBoolean() ? null : values[random.nextInt(values.length)];
    }

    /** The library as the rule saw it: every resource not retired, DPSA's and the user's department's. */
    private List<ResourceSummary> everythingTheUserMaySee(PortalUser user) {
        List<ResourceSummary> all = new ArrayList<>(TestUsers.callAs(user, () -> tenantWork.inPlatform(
                () -> resources.findAll().stream().filter(e -> !e.isRetired())
                        .map(e -> AdvocacyLibrary.summary(ResourceSource.DPSA, e)).toList())));
        if (user.departmentId().isPresent()) {
            all.addAll(as(user, () -> inTransaction(() -> resources.findAll().stream().filter(e -> !e.isRetired())
                    .map(e -> AdvocacyLibrary.summary(ResourceSource.DEPARTMENT, e)).toList())));
        }
        return all;
    }

    private List<String> titles(PortalUser user, ResourceFilter filter) {
        return as(user, () -> library.browse(filter)).stream().map(ResourceSummary::title).toList();
    }

    private long publish(PortalUser user, ResourceSource source, String title, String summary, ResourceKind kind,
                         Set<Mechanism> mechanisms, Set<BathoPelePrinciple> principles, Set<Audience> audiences) {
        return as(user, () -> library.publish(source, new NewResource(title, summary, kind,
                mechanisms.isEmpty() ? EnumSet.noneOf(Mechanism.class) : EnumSet.copyOf(mechanisms),
                principles.isEmpty() ? EnumSet.noneOf(BathoPelePrinciple.class) : EnumSet.copyOf(principles),
                audiences.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences),
                ResourceContent.link("https://www.example.org/" + Math.abs(title.hashCode()), null))));
    }

    private long rowVersion(PortalUser user, ResourceSource source, long id) {
        return as(user, () -> library.details(source, id)).rowVersion();
    }

    private void save(ResourceEntity entity) {
        inTransaction(() -> resources.saveAndFlush(entity));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
