package za.gov.dpsa.isdip.advocacy.internal;

import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The embedded run's advocacy demo data: a real library, this year's Public Service Month and its activities. */
@SpringBootTest(properties = "isdip.demo-data.advocacy=true")
@ActiveProfiles("test")
class AdvocacyDemoDataTest {

    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
    static final PortalUser DHA_OFFICIAL = TestUsers.user("dha.official", "dha", "dept-user");

    @Autowired
    AdvocacyLibrary library;
    @Autowired
    AdvocacyCampaigns campaigns;
    @Autowired
    Clock clock;

    @Test
    void dpsaLibraryCoversTheMechanismsWithFilesThatPassTheUploadPolicyAndVideoLinks() {
        List<ResourceSummary> dpsa = TestUsers.callAs(DHA_OFFICIAL,
                () -> library.browse(ResourceFilter.none().withSource(ResourceSource.DPSA)));
        assertThat(dpsa).extracting(ResourceSummary::title).contains("Batho Pele handbook: a guide for public servants",
                "SDIP toolkit: writing your Service Delivery Improvement Plan", "Batho Pele in five minutes (video)");
        assertThat(dpsa.stream().flatMap(r -> r.mechanisms().stream()).distinct()).containsExactlyInAnyOrder(
                Mechanism.named().toArray(Mechanism[]::new));
        assertThat(TestUsers.callAs(DHA_OFFICIAL, () -> library.featured(10))).hasSizeGreaterThanOrEqualTo(4);

        ResourceSummary toolkit = dpsa.stream().filter(r -> r.title().startsWith("SDIP toolkit")).findFirst()
                .orElseThrow();
        ResourceDetails details = TestUsers.callAs(DHA_OFFICIAL, () -> library.details(ResourceSource.DPSA,
                toolkit.id()));
        assertThat(details.versions()).hasSize(3);
        ResourceFile file = TestUsers.callAs(DHA_OFFICIAL, () -> library.download(ResourceSource.DPSA, toolkit.id(),
                null)).orElseThrow();
        assertThat(ResourceUploadPolicy.check(file.fileName(), file.content()).contentType())
                .isEqualTo("application/pdf");
        assertThat(new String(file.content(), StandardCharsets.US_ASCII)).contains("version 3").endsWith("%%EOF\n");

        ResourceSummary video = dpsa.stream().filter(r -> r.kind() == ResourceKind.VIDEO).findFirst().orElseThrow();
        assertThat(TestUsers.callAs(DHA_OFFICIAL, () -> library.openLink(ResourceSource.DPSA, video.id(), null)))
                .hasValueSatisfying(url -> assertThat(url).startsWith("https://"));
    }

    @Test
    void publicServiceMonthRunsThroughSeptemberForAllWithActivitiesAndDepartmentResources() {
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        Campaign month = TestUsers.callAs(DPSA, () -> campaigns.campaigns()).stream()
                .filter(c -> c.name().equals("Public Service Month " + today.getYear())).findFirst().orElseThrow();
        assertThat(month.startsOn()).isEqualTo(LocalDate.of(today.getYear(), Month.SEPTEMBER, 1));
        assertThat(month.endsOn()).isEqualTo(LocalDate.of(today.getYear(), Month.SEPTEMBER, 30));
        assertThat(month.allDepartments()).isTrue();

        List<CampaignActivity> logged = TestUsers.callAs(DHA_OFFICIAL, () -> campaigns.activities(month.id()));
        if (today.isAfter(month.endsOn())) {
            assertThat(logged).hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(logged).allSatisfy(a -> assertThat(month.runsOn(a.heldOn())).isTrue());
        assertThat(TestUsers.callAs(DHA_OFFICIAL,
                () -> library.browse(ResourceFilter.none().withSource(ResourceSource.DEPARTMENT))))
                .extracting(ResourceSummary::title).contains("DHA front desk service standards card",
                        "DHA complaints escalation procedure");
    }
}
