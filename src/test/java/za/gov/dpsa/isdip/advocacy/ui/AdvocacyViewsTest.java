package za.gov.dpsa.isdip.advocacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.router.QueryParameters;

import za.gov.dpsa.isdip.advocacy.internal.ActivityType;
import za.gov.dpsa.isdip.advocacy.internal.AdvocacyCampaigns;
import za.gov.dpsa.isdip.advocacy.internal.AdvocacyFiles;
import za.gov.dpsa.isdip.advocacy.internal.AdvocacyLibrary;
import za.gov.dpsa.isdip.advocacy.internal.Audience;
import za.gov.dpsa.isdip.advocacy.internal.NewCampaign;
import za.gov.dpsa.isdip.advocacy.internal.NewResource;
import za.gov.dpsa.isdip.advocacy.internal.ResourceContent;
import za.gov.dpsa.isdip.advocacy.internal.ResourceFilter;
import za.gov.dpsa.isdip.advocacy.internal.ResourceKind;
import za.gov.dpsa.isdip.advocacy.internal.ResourceSource;
import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ui.NotFoundView;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.support.WithPortalUser;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/** The advocacy views as officials and DPSA use them: browse and filter, the forms' checks, refused files. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class AdvocacyViewsTest extends SpringBrowserlessTest {

    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    @Autowired
    AdvocacyLibrary library;
    @Autowired
    AdvocacyCampaigns campaigns;

    @Test
    @WithPortalUser(username = "kzn-transport.official", department = "kzn-transport", roles = "dept-user")
    void theLibraryFiltersByMechanismPrincipleAndWords() {
        TestUsers.runAs(DPSA, () -> {
            library.publish(ResourceSource.DPSA, resource("Charter wall poster for testing centres",
                    Mechanism.SERVICE_CHARTER, BathoPelePrinciple.INFORMATION));
            library.publish(ResourceSource.DPSA, resource("Redress letters that citizens understand",
                    Mechanism.COMPLAINTS_MANAGEMENT, BathoPelePrinciple.REDRESS));
        });
        AdvocacyView view = navigate(AdvocacyView.class);
        assertThat(view.shownTitles()).contains("Charter wall poster for testing centres",
                "Redress letters that citizens understand");

        view.mechanism.setValue(Mechanism.SERVICE_CHARTER);
        assertThat(view.shownTitles()).contains("Charter wall poster for testing centres")
                .doesNotContain("Redress letters that citizens understand");

        view.mechanism.clear();
        view.principle.setValue(BathoPelePrinciple.REDRESS);
        test(view.search).setValue("citizens letters");
        assertThat(view.shownTitles()).containsExactly("Redress letters that citizens understand");
        assertThat(view.count.getText()).isEqualTo("1 resource");

        test(view.search).setValue("nothing like this exists");
        assertThat(view.shownTitles()).isEmpty();
        assertThat(view.count.getText()).isEqualTo("No resources");
    }

    @Test
    @WithPortalUser(username = "kzn-transport.official", department = "kzn-transport", roles = "dept-user")
    void aLongLibraryShowsItsFirstResourcesAndMoreOnRequest() {
        String marker = "pagingmarker" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        PortalUser official = PortalUser.current().orElseThrow();
        for (int n = 1; n <= AdvocacyView.PAGE_SIZE + 1; n++) {
            String title = String.format("Counter checklist %02d %s", n, marker);
            TestUsers.runAs(official, () -> library.publish(ResourceSource.DEPARTMENT, new NewResource(title,
                    "One of many checklists for the licensing counters.", ResourceKind.TOOLKIT,
                    Set.of(Mechanism.SERVICE_STANDARDS), Set.of(), Set.of(Audience.FRONTLINE_OFFICIALS),
                    ResourceContent.link("https://www.example.org/checklists/" + title.hashCode(), null))));
        }
        UI.getCurrent().navigate(AdvocacyView.class, QueryParameters.fromString("q=" + marker));
        AdvocacyView view = (AdvocacyView) getCurrentView();

        assertThat(view.shownTitles()).hasSize(AdvocacyView.PAGE_SIZE)
                .startsWith("Counter checklist 51 " + marker, "Counter checklist 50 " + marker);
        assertThat(view.count.getText()).isEqualTo("Showing the first 50 of 51 resources");
        assertThat(view.showMore.isVisible()).isTrue();

        test(view.showMore).click();
        assertThat(view.shownTitles()).hasSize(AdvocacyView.PAGE_SIZE + 1)
                .endsWith("Counter checklist 01 " + marker);
        assertThat(view.count.getText()).isEqualTo("51 resources");
        assertThat(view.showMore.isVisible()).isFalse();

        // A changed filter starts again from the first resources, and stays in the address.
        view.kind.setValue(ResourceKind.TOOLKIT);
        assertThat(view.shownTitles()).hasSize(AdvocacyView.PAGE_SIZE);
        assertThat(view.currentFilter()).isEqualTo(ResourceFilter.none().withText(marker)
                .withKind(ResourceKind.TOOLKIT));
    }

    @Test
    @WithPortalUser(username = "kzn-transport.official", department = "kzn-transport", roles = "dept-user")
    void aFilteredLibraryCanBeBookmarked() {
        UI.getCurrent().navigate(AdvocacyView.class, QueryParameters.fromString(
                "q=charter&mechanism=SERVICE_CHARTER&principle=BOGUS&type=TEMPLATE&source=department"));
        AdvocacyView view = (AdvocacyView) getCurrentView();

        assertThat(view.currentFilter()).isEqualTo(new ResourceFilter("charter", Mechanism.SERVICE_CHARTER, null,
                null, ResourceKind.TEMPLATE, ResourceSource.DEPARTMENT));
    }

    @Test
    @WithPortalUser(username = "kzn-transport.official", department = "kzn-transport", roles = "dept-user")
    void theResourceFormMarksBadFieldsKeepsWhatWasTypedAndNamesARefusedFile() {
        ResourceFormView form = openForm("department");
        long before = library.browse(ResourceFilter.none().withSource(ResourceSource.DEPARTMENT)).size();
        test(form.title).setValue("SOP");
        test(form.summary).setValue("How our licensing counters handle a renewal from start to finish.");
        form.kind.setValue(ResourceKind.TEMPLATE);

        test(form.publish).click();

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("This is too short.");
        assertThat(form.summary.getValue()).startsWith("How our licensing counters");

        test(form.title).setValue("Licence renewal SOP");
        form.mechanisms.setValue(Set.of(Mechanism.SOPS));
        form.audiences.setValue(Set.of(Audience.FRONTLINE_OFFICIALS));
        // A renamed executable is refused as it arrives, naming the file and the reason.
        form.content.receive("renewal-sop.pdf", AdvocacyFiles.executable());
        assertThat(form.content.fileStatus.getText()).contains("renewal-sop.pdf")
                .contains("its content is not what its name says");
        test(form.publish).click();
        assertThat(form.content.fileStatus.getText()).isEqualTo("Add a file or a link.");
        assertThat(form.title.isInvalid()).isFalse();
        assertThat(library.browse(ResourceFilter.none().withSource(ResourceSource.DEPARTMENT))).hasSize((int) before);

        form.content.receive("renewal.exe", AdvocacyFiles.executable());
        assertThat(form.content.fileStatus.getText()).contains("renewal.exe").contains("only PDF");

        form.content.receive("renewal-sop.txt", "1. Check the ID. 2. Capture the renewal."
                .getBytes(StandardCharsets.UTF_8));
        test(form.publish).click();

        assertThat(getCurrentView()).isInstanceOf(ResourceView.class);
        ResourceView view = (ResourceView) getCurrentView();
        assertThat(view.details().summary().title()).isEqualTo("Licence renewal SOP");
        assertThat(view.details().latest().orElseThrow().fileName()).isEqualTo("renewal-sop.txt");
    }

    @Test
    @WithPortalUser(username = "kzn-transport.official", department = "kzn-transport", roles = "dept-user")
    void aVideoNeedsAnHttpsLinkOnItsField() {
        ResourceFormView form = openForm("department");
        test(form.title).setValue("Our Batho Pele video");
        test(form.summary).setValue("A recording of the department's Batho Pele day for new staff.");
        form.kind.setValue(ResourceKind.VIDEO);
        form.mechanisms.setValue(Set.of(Mechanism.BATHO_PELE));
        form.audiences.setValue(Set.of(Audience.FRONTLINE_OFFICIALS));
        test(form.content.link).setValue("http://video.example.org/batho-pele");

        test(form.publish).click();

        assertThat(form.content.link.isInvalid()).isTrue();
        assertThat(form.content.link.getErrorMessage()).startsWith("Enter a full https address");
        assertThat(form.title.getValue()).isEqualTo("Our Batho Pele video");
    }

    @Test
    @WithPortalUser(username = "kzn-transport.official", department = "kzn-transport", roles = "dept-user")
    void anotherDepartmentsResourceIsNotFoundByItsAddress() {
        long elsewhere = TestUsers.callAs(TestUsers.user("del.official", "del", "dept-user"),
                () -> library.publish(ResourceSource.DEPARTMENT, new NewResource("Labour inspectors field guide "
                        + "that only DEL may see", "Internal guide of the Department of Employment and Labour.",
                        ResourceKind.GUIDE, Set.of(Mechanism.SOPS), Set.of(), Set.of(Audience.SERVICE_MANAGERS),
                        ResourceContent.file("guide.txt", "internal".getBytes(StandardCharsets.UTF_8), null))));
        long ownCount = library.browse(ResourceFilter.none().withSource(ResourceSource.DEPARTMENT)).size();

        if (ownCount < elsewhere) {
            navigate("advocacy/resource/department/" + elsewhere, NotFoundView.class);
        } else {
            ResourceView view = navigate("advocacy/resource/department/" + elsewhere, ResourceView.class);
            assertThat(view.details().summary().title()).doesNotContain("only DEL may see");
        }
        navigate("advocacy/resource/elsewhere/1", NotFoundView.class);
    }

    @Test
    @WithPortalUser(username = "kzn-transport.official", department = "kzn-transport", roles = "dept-user")
    void theActivityFormChecksItsFieldsAndLogsAValidActivity() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        TestUsers.runAs(DPSA, () -> campaigns.create(new NewCampaign("Transport service week " + today,
                "Open days at testing centres.", today.minusDays(3), today.plusDays(3), true, Set.of())));
        CampaignsView view = navigate(CampaignsView.class);
        view.campaign.setValue(view.campaign.getListDataView().getItems()
                .filter(c -> c.name().equals("Transport service week " + today)).findFirst().orElseThrow());
        test(view.title).setValue("Open day at the Pietermaritzburg testing centre");
        view.heldOn.setValue(today.plusDays(1));
        view.type.setValue(ActivityType.OPEN_DAY);
        test(view.peopleReached).setValue(150);

        test(view.logActivity).click();

        assertThat(view.heldOn.isInvalid()).isTrue();
        assertThat(view.heldOn.getErrorMessage()).contains("cannot be in the future");
        assertThat(view.title.getValue()).isEqualTo("Open day at the Pietermaritzburg testing centre");

        view.heldOn.setValue(today);
        test(view.logActivity).click();

        assertThat(view.heldOn.isInvalid()).isFalse();
        assertThat(view.activities.getListDataView().getItems())
                .anySatisfy(a -> assertThat(a.title()).isEqualTo("Open day at the Pietermaritzburg testing centre"));
        assertThat(view.totals.getText()).isEqualTo("1 activity logged, reaching 150 people.");
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void dpsaCampaignFormRefusesAnEndBeforeTheStartAndKeepsTheName() {
        CampaignsView view = navigate(CampaignsView.class);
        test(view.name).setValue("Public Service Month 2027");
        test(view.description).setValue("All departments, all of September.");
        view.startsOn.setValue(LocalDate.of(2027, 9, 30));
        view.endsOn.setValue(LocalDate.of(2027, 9, 1));

        test(view.saveCampaign).click();

        assertThat(view.endsOn.isInvalid()).isTrue();
        assertThat(view.endsOn.getErrorMessage()).isEqualTo("The campaign cannot end before it starts.");
        assertThat(view.name.getValue()).isEqualTo("Public Service Month 2027");

        view.startsOn.setValue(LocalDate.of(2027, 9, 1));
        view.endsOn.setValue(LocalDate.of(2027, 9, 30));
        test(view.saveCampaign).click();

        assertThat(view.list.getListDataView().getItems())
                .anySatisfy(c -> assertThat(c.name()).isEqualTo("Public Service Month 2027"));
    }

    @Test
    @WithPortalUser(username = "kzn-transport.official", department = "kzn-transport", roles = "dept-user")
    void aDownloadIsAnAttachmentOfThePolicysTypeThatIsNotSniffedAndCountsInTheDepartment() throws IOException {
        long id = TestUsers.callAs(DPSA, () -> library.publish(ResourceSource.DPSA,
                resource("Downloadable service standards guide", Mechanism.SERVICE_STANDARDS,
                        BathoPelePrinciple.SERVICE_STANDARDS)));
        long before = library.usesInMyDepartment(ResourceSource.DPSA, id);
        VaadinResponse response = mock(VaadinResponse.class);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(body);
        Map<String, String> headers = new HashMap<>();
        doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1))).when(response)
                .setHeader(anyString(), anyString());

        new ResourceDownload(library, ResourceSource.DPSA, id, null).handleDownloadRequest(new DownloadEvent(
                mock(VaadinRequest.class), response, VaadinSession.getCurrent(), null));

        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff");
        assertThat(headers.get("Content-Disposition")).startsWith("attachment").contains("resource.pdf");
        verify(response).setContentType("application/pdf");
        assertThat(body.toString(StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(library.usesInMyDepartment(ResourceSource.DPSA, id)).isEqualTo(before + 1);
    }

    @Test
    @WithPortalUser(username = "kzn-transport.official", department = "kzn-transport", roles = "dept-user")
    void theHomeDashboardShowsFeaturedResourcesWhatIsNewAndTheRunningCampaign() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        TestUsers.runAs(DPSA, () -> {
            long id = library.publish(ResourceSource.DPSA, resource("Featured: the complaints register explained",
                    Mechanism.COMPLAINTS_MANAGEMENT, BathoPelePrinciple.REDRESS));
            library.setFeatured(id, library.details(ResourceSource.DPSA, id).rowVersion(), true);
            campaigns.create(new NewCampaign("Dashboard campaign " + today, "Shown on the home dashboard.",
                    today.minusDays(1), today.plusDays(1), true, Set.of()));
        });

        navigate(za.gov.dpsa.isdip.platform.ui.HomeView.class);

        assertThat(find(UnorderedList.class).id("advocacy-dashboard-featured").getChildren()
                .map(c -> c.getElement().getTextRecursively()).toList())
                .contains("Featured: the complaints register explained");
        assertThat(find(UnorderedList.class).id("advocacy-dashboard-new").getChildren()
                .map(c -> c.getElement().getTextRecursively()).toList())
                .anySatisfy(line -> assertThat(line).contains("Featured: the complaints register explained"));
        assertThat(find(Paragraph.class).id("advocacy-dashboard-campaign").getElement().getTextRecursively())
                .contains("Running now:");
    }

    private ResourceFormView openForm(String source) {
        UI.getCurrent().navigate(ResourceFormView.class, QueryParameters.of("source", source));
        return (ResourceFormView) getCurrentView();
    }

    private static NewResource resource(String title, Mechanism mechanism, BathoPelePrinciple principle) {
        return new NewResource(title, "A resource for the library views test: " + title + ".", ResourceKind.GUIDE,
                Set.of(mechanism), Set.of(principle), Set.of(Audience.FRONTLINE_OFFICIALS),
                ResourceContent.file("resource.pdf", AdvocacyFiles.pdf(title), null));
    }
}
