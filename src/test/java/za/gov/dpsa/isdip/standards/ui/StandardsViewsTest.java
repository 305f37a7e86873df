package za.gov.dpsa.isdip.standards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ui.NotFoundView;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.DepartmentReports;
import za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess;
import za.gov.dpsa.isdip.standards.internal.DepartmentAlignment;
import za.gov.dpsa.isdip.standards.internal.HarmonisedStandard;
import za.gov.dpsa.isdip.standards.internal.Rating;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.support.WithPortalUser;
import za.gov.dpsa.isdip.tenancy.DepartmentAdministration;
import za.gov.dpsa.isdip.tenancy.DepartmentDefinition;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.Province;
import za.gov.dpsa.isdip.tenancy.Sphere;

/** The alignment views as a department official and a DPSA super-admin use them: refusals on the field. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@WithPortalUser(username = "del.official", department = "del", roles = "dept-user")
class StandardsViewsTest extends SpringBrowserlessTest {

    @Autowired
    DepartmentAlignment alignment;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    za.gov.dpsa.isdip.standards.internal.Catalogue catalogue;
    @Autowired
    DepartmentReports reports;
    @Autowired
    DepartmentAdministration administration;
    @Autowired
    DepartmentMembers members;

    @Test
    @SuppressWarnings("unchecked")
    void anActionsOwnerIsPickedFromTheDepartmentsOfficialsAndMyActionsShowsOnlyMine() {
        members.record(new DepartmentMember("del.official", "Zanele Mthembu", "zanele@labour.example",
                Set.of(PortalRole.DEPT_USER)));
        members.record(new DepartmentMember("del.colleague", "Johan Colleague", null, Set.of(PortalRole.DEPT_USER)));
        members.record(new DepartmentMember("del.reader", "Ayesha Reader", null, Set.of(PortalRole.DEPT_REPORTER)));
        ActionsView view = navigate("standards/actions", ActionsView.class);
        view.edit(null);
        assertThat(test(view.ownerPicker).getSuggestions()).contains("Zanele Mthembu (del.official)",
                "Johan Colleague (del.colleague)").noneMatch(s -> s.contains("Ayesha Reader"));
        Select<HarmonisedStandard> standard = find(Select.class).id("action-standard");
        standard.setValue(catalogue.current("HS-03").orElseThrow());
        test(find(TextField.class).id("action-edit-title")).setValue("Map the UIF claims process end to end");
        find(DatePicker.class).id("action-edit-due").setValue(LocalDate.now(PortalTime.ZONE).plusDays(20));

        // No owner: refused on the owner field, and what was typed stays.
        test(find(Button.class).id("action-edit-save")).click();
        assertThat(view.ownerPicker.isInvalid()).isTrue();
        assertThat(view.ownerPicker.getErrorMessage()).isEqualTo("This is required.");
        assertThat(find(TextField.class).id("action-edit-title").getValue()).startsWith("Map the UIF claims");

        test(view.ownerPicker).selectItem("Zanele Mthembu (del.official)");
        test(find(Button.class).id("action-edit-save")).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(alignment.actions()).filteredOn(a -> a.title().equals("Map the UIF claims process end to end"))
                .singleElement().satisfies(a -> {
                    assertThat(a.ownerUsername()).isEqualTo("del.official");
                    assertThat(a.owner()).isEqualTo("Zanele Mthembu");
                });
        alignment.addAction("HS-03", new za.gov.dpsa.isdip.standards.internal.ActionItem.Input(
                "Document the UIF appeals SOP", "del.colleague", LocalDate.now(PortalTime.ZONE).plusDays(9)));

        // As the home card and the reminders link it: standards/actions?show=MINE.
        com.vaadin.flow.component.UI.getCurrent().navigate(ActionsView.class,
                com.vaadin.flow.router.QueryParameters.of("show", "MINE"));
        ActionsView mine = (ActionsView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        assertThat(mine.show.getValue()).isEqualTo(ActionsView.Show.MINE);
        assertThat(mine.grid.getGenericDataView().getItems().toList())
                .extracting(za.gov.dpsa.isdip.standards.internal.ActionItem::title)
                .contains("Map the UIF claims process end to end").doesNotContain("Document the UIF appeals SOP");
        assertThat(test(mine.grid).getCellComponent(0, mine.grid.getColumns().size() - 1).getElement()
                .getAttribute("aria-label")).isEqualTo("Edit: " + test(mine.grid).getRow(0).title());

        // The home card counts the same and opens the same list.
        navigate(za.gov.dpsa.isdip.platform.ui.HomeView.class);
        int open = alignment.myActions().size();
        long overdue = alignment.myActions().stream().filter(za.gov.dpsa.isdip.standards.internal.ActionItem::overdue).count();
        assertThat(find(Paragraph.class).id("my-actions-count").getText())
                .isEqualTo(open + " open, " + overdue + " overdue");
        assertThat(find(com.vaadin.flow.router.RouterLink.class).id("my-actions-open").getHref())
                .isEqualTo("standards/actions?show=MINE");
    }

    @Test
    void aGapWithoutAnActionIsRefusedOnTheActionFieldAndNothingIsSavedOrLost() {
        members.record(new DepartmentMember("del.official", "Zanele Mthembu", "zanele@labour.example",
                Set.of(PortalRole.DEPT_USER)));
        AssessmentView form = navigate("standards/assess/HS-10", AssessmentView.class);
        form.rating.setValue(Rating.NOT_COMPLIANT);
        test(form.evidenceText).setValue("No efficiency review of the UIF claims process since 2022.");

        test(form.save).click();

        assertThat(form.actionTitle.isInvalid()).isTrue();
        assertThat(form.actionTitle.getErrorMessage()).startsWith("A gap needs an action to close it");
        assertThat(form.evidenceText.getValue()).startsWith("No efficiency review");
        assertThat(form.rating.getValue()).isEqualTo(Rating.NOT_COMPLIANT);
        assertThat(alignment.history("HS-10")).isEmpty();

        // A due date in the past is refused on the date, and the other fields stay as typed.
        test(form.actionTitle).setValue("Review the cost per UIF claim");
        test(form.actionOwner).selectItem("Zanele Mthembu (del.official)");
        form.actionDue.setValue(LocalDate.now(PortalTime.ZONE).minusDays(3));
        test(form.save).click();
        assertThat(form.actionDue.isInvalid()).isTrue();
        assertThat(form.actionDue.getErrorMessage()).isEqualTo("The due date cannot be in the past.");
        assertThat(form.actionTitle.isInvalid()).isFalse();
        assertThat(form.actionOwner.getValue().username()).isEqualTo("del.official");
        assertThat(alignment.history("HS-10")).isEmpty();
    }

    @Test
    void aLinkThatIsNotHttpsIsRefusedOnTheLinkField() {
        AssessmentView form = navigate("standards/assess/HS-08", AssessmentView.class);
        form.rating.setValue(Rating.COMPLIANT);
        test(form.evidenceLink).setValue("ftp://intranet/code-of-conduct");

        test(form.save).click();

        assertThat(form.evidenceLink.isInvalid()).isTrue();
        assertThat(form.evidenceLink.getErrorMessage()).startsWith("Enter a full https address");
        assertThat(alignment.history("HS-08")).isEmpty();
    }

    @Test
    void aSavedAnswerMovesTheDashboardFigure() {
        navigate(StandardsView.class);
        String before = find(Paragraph.class).id("alignment-overall").getText();

        AssessmentView form = navigate("standards/assess/HS-11", AssessmentView.class);
        form.rating.setValue(Rating.COMPLIANT);
        test(form.evidenceLink).setValue("https://www.labour.gov.za/sdip-2025-approval.pdf");
        test(form.save).click();
        assertThat(find(Paragraph.class).id("assessment-current-summary").getText()).startsWith("Compliant, for version 1");

        navigate(StandardsView.class);
        String after = find(Paragraph.class).id("alignment-overall").getText();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void anEvidenceFileIsKeptWithTheAnswerAndARenamedFileIsRefusedNextToTheUpload() {
        AssessmentView form = navigate("standards/assess/HS-04", AssessmentView.class);
        form.rating.setValue(Rating.COMPLIANT);
        test(find(Upload.class).id("assessment-upload")).upload("charter.pdf", "application/pdf",
                "MZ this is a renamed program".getBytes(StandardCharsets.US_ASCII));
        roundTrip();
        test(form.save).click();
        assertThat(find(Span.class).id("assessment-file-message").getText())
                .isEqualTo("The file content does not match its name.");
        assertThat(alignment.history("HS-04")).isEmpty();

        test(find(Upload.class).id("assessment-upload")).upload("charter.pdf", "application/pdf",
                "%PDF-1.4 signed service charter".getBytes(StandardCharsets.US_ASCII));
        roundTrip();
        assertThat(find(Span.class).id("assessment-file-chosen").getText()).contains("charter.pdf");
        test(form.save).click();
        assertThat(alignment.currentAssessment("HS-04")).get()
                .satisfies(a -> assertThat(a.evidenceFileName()).isEqualTo("charter.pdf"));
        assertThat(find(Anchor.class).withText("charter.pdf").exists()).isTrue();
    }

    @Test
    void theEvidenceUploadSpeaksThePortalsWordsAndExplainsARefusalInThem() {
        navigate("standards/assess/HS-04", AssessmentView.class);
        Upload upload = find(Upload.class).id("assessment-upload");
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Choose a file...");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("The file is larger than allowed.");

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, upload.getI18n().getError().getFileIsTooBig(),
                "huge.pdf"));
        assertThat(find(Span.class).id("assessment-file-message").getText())
                .isEqualTo("File huge.pdf was refused: The file is larger than allowed.");

        // Text the portal did not set (the component's own English) is never passed on.
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "Incorrect File Type.", "tool.exe"));
        assertThat(find(Span.class).id("assessment-file-message").getText())
                .isEqualTo("File tool.exe was refused: The file was not accepted.");
    }

    @Test
    void anUnknownStandardIsNotFound() {
        navigate("standards/assess/HS-404", NotFoundView.class);
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void theCatalogueEditorRefusesABadCodeOnTheFieldAndKeepsWhatWasTyped() {
        StandardEditorView editor = navigate(StandardEditorView.class);
        test(editor.code).setValue("STANDARD-7");
        test(editor.title).setValue("Frontline staff wear name badges");
        test(editor.requirement).setValue("Every frontline official wears a name badge while serving citizens.");
        test(editor.evidenceExpected).setValue("Spot-check reports");

        test(editor.publish).click();

        assertThat(editor.code.isInvalid()).isTrue();
        assertThat(editor.code.getErrorMessage()).startsWith("Use HS- and two or three digits");
        assertThat(editor.title.getValue()).isEqualTo("Frontline staff wear name badges");
        assertThat(find(H1.class).first().getText()).isEqualTo("New harmonised standard");

        test(editor.code).setValue("HS-77");
        test(editor.publish).click();
        assertThat(editor.requirements.isInvalid()).isTrue();
        assertThat(editor.requirements.getErrorMessage()).isEqualTo("Link at least one mechanism requirement.");
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void dpsaSeesAlignmentAcrossDepartmentsFromSubmittedReports() {
        var period = ReportingTestAccess.currentQuarter(periods);
        // A department of its own, so no other test's report for this quarter is touched.
        String id = "nat-" + Long.toString(System.nanoTime(), 36).substring(0, 6);
        administration.onboard(new DepartmentDefinition(id, "Northern Cape Department of Reporting Tests",
                "NC" + id.substring(4, 8).toUpperCase(), Sphere.PROVINCIAL, Province.NORTHERN_CAPE,
                List.of(new DepartmentDefinition.CoreServiceDefinition("Test licences", "Residents"))));
        TestUsers.runAs(TestUsers.user(id + ".reporter", id, "dept-user", "dept-reporter"),
                () -> reports.submit(period.id()));

        navigate(StandardsView.class);

        String national = find(Section.class).id("national-alignment").getElement().getTextRecursively();
        assertThat(national).contains(period.label()).contains("Service standards met (%)")
                .contains("Harmonised standards assessed").contains("SDIP approved");
        assertThat(find(Paragraph.class).id("alignment-headline").getText())
                .matches("\\d+ separate demands answered by \\d+ harmonised standards: \\d+ removed");
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void dpsaAddsAMechanismRequirementAndBadInputStaysOnItsField() {
        RequirementEditorView editor = navigate(RequirementEditorView.class);
        test(editor.code).setValue("omf 36 7");
        test(editor.title).setValue("Service delivery model reviewed");
        test(editor.requirement).setValue("The service delivery model is reviewed every five years.");
        editor.mechanism.setValue(za.gov.dpsa.isdip.core.Mechanism.OMF);
        test(editor.regulationRef).setValue("PSR 2016 reg. 36(a)");

        test(find(com.vaadin.flow.component.button.Button.class).id("requirement-publish")).click();
        assertThat(editor.code.isInvalid()).isTrue();
        assertThat(editor.code.getErrorMessage()).startsWith("Use capital letters and numbers");
        assertThat(editor.requirement.getValue()).startsWith("The service delivery model is reviewed");

        test(editor.code).setValue("OMF-36-7");
        test(find(com.vaadin.flow.component.button.Button.class).id("requirement-publish")).click();
        assertThat(getCurrentView()).isInstanceOf(CatalogueView.class);
        assertThat(catalogue.requirements()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("OMF-36-7");
            assertThat(r.status()).isEqualTo(za.gov.dpsa.isdip.standards.internal.CatalogueStatus.PUBLISHED);
        });
    }

    @Test
    @WithPortalUser(username = "del.admin", department = "del", roles = {"dept-user", "dept-admin"})
    void theSdipFormRefusesMissingArrangementsOnTheirField() {
        SdipView view = navigate(SdipView.class);
        test(view.consultation).setValue("Izimbizo");
        test(view.save).click();

        assertThat(view.consultation.isInvalid()).isTrue();
        assertThat(view.consultation.getErrorMessage()).isEqualTo("This is too short.");
        assertThat(view.consultation.getValue()).isEqualTo("Izimbizo");
    }

    // ---- the service register ---------------------------------------------------------------------------------

    @Autowired
    za.gov.dpsa.isdip.standards.internal.ServiceRegister register;

    @Test
    void addingACoreServiceRefusesBadInputOnTheFieldAndKeepsWhatWasTyped() {
        ServicesView view = navigate(ServicesView.class);
        test(view.recipients).setValue("Employers registered with the UIF");
        test(view.add).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("This is required.");
        assertThat(view.recipients.getValue()).isEqualTo("Employers registered with the UIF");

        // The department already has this service (names compare without regard to case).
        test(view.name).setValue("unemployment insurance fund benefit claims");
        test(view.add).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Your department already has a core service with this name.");
        assertThat(view.name.getValue()).isEqualTo("unemployment insurance fund benefit claims");
        assertThat(view.recipients.getValue()).isEqualTo("Employers registered with the UIF");
        assertThat(register.services(true)).extracting(s -> s.recipients())
                .doesNotContain("Employers registered with the UIF");

        test(view.name).setValue("Employer registration for UIF");
        test(view.add).click();
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(register.services(false)).extracting(s -> s.name()).contains("Employer registration for UIF");
        assertThat(view.name.getValue()).isEmpty();
    }

    @Test
    void recordingASopShowsItAsCurrentAndABadLinkStaysOnItsField() {
        long id = register.add(new za.gov.dpsa.isdip.standards.internal.RegisteredService.Input(
                "Workplace safety inspections", "Employers and workers"));
        ServiceView view = navigate("standards/services/" + id, ServiceView.class);
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        test(view.sopTitle).setValue("Conducting a workplace inspection");
        test(view.sopVersion).setValue("3.0");
        test(view.sopLink).setValue("ftp://intranet/inspections-sop");
        test(view.sopApprovedBy).setValue("Chief Inspector");
        view.sopApprovedOn.setValue(today.minusDays(20));
        view.sopNextReview.setValue(today.plusYears(1));
        test(view.saveSop).click();

        assertThat(view.sopLink.isInvalid()).isTrue();
        assertThat(view.sopLink.getErrorMessage()).startsWith("Enter a full https address");
        assertThat(view.sopTitle.getValue()).isEqualTo("Conducting a workplace inspection");
        assertThat(view.sopApprovedBy.getValue()).isEqualTo("Chief Inspector");
        assertThat(register.service(id).sops()).isEmpty();

        test(view.sopLink).setValue("https://www.labour.gov.za/sop/inspections.pdf");
        test(view.saveSop).click();
        assertThat(register.service(id).sops()).singleElement().satisfies(sop -> {
            assertThat(sop.title()).isEqualTo("Conducting a workplace inspection");
            assertThat(sop.status()).isEqualTo(za.gov.dpsa.isdip.standards.internal.SopStatus.CURRENT);
        });
        assertThat(find(Paragraph.class).id("service-summary").getText()).contains("SOPs: Current");
        assertThat(view.sopTitle.getValue()).as("the form is ready for the next SOP").isEmpty();

        navigate(ServicesView.class);
        assertThat(find(Paragraph.class).id("services-figure").getText())
                .startsWith("Core services with an approved process map and a current SOP:");
    }

    @Test
    void anApprovedMapWithoutItsApproverIsRefusedOnThatFieldAndSavingTheMapKeepsATypedSop() {
        long id = register.add(new za.gov.dpsa.isdip.standards.internal.RegisteredService.Input(
                "Public employment services", "Work-seekers"));
        ServiceView view = navigate("standards/services/" + id, ServiceView.class);
        test(view.sopTitle).setValue("Registering a work-seeker");
        view.mapStatus.setValue(za.gov.dpsa.isdip.standards.internal.ProcessMapStatus.APPROVED);
        test(view.mapLink).setValue("https://www.labour.gov.za/maps/work-seekers.pdf");
        test(view.saveMap).click();
        assertThat(view.mapApprovedBy.isInvalid()).isTrue();
        assertThat(view.mapApprovedBy.getErrorMessage()).isEqualTo("This is required.");
        assertThat(view.mapLink.getValue()).isEqualTo("https://www.labour.gov.za/maps/work-seekers.pdf");

        test(view.mapApprovedBy).setValue("Director-General");
        view.mapApprovedOn.setValue(LocalDate.now(PortalTime.ZONE).minusDays(1));
        test(view.saveMap).click();
        assertThat(register.service(id).mapStatus()).isEqualTo(za.gov.dpsa.isdip.standards.internal.ProcessMapStatus.APPROVED);
        assertThat(view.sopTitle.getValue()).isEqualTo("Registering a work-seeker");
    }

    @Test
    void aConflictOnTheMapRefillsOnlyTheMapAndWhatIsTypedInTheOtherFormsStays() {
        long id = register.add(new za.gov.dpsa.isdip.standards.internal.RegisteredService.Input(
                "Labour dispute mediation", "Employers and workers"));
        ServiceView view = navigate("standards/services/" + id, ServiceView.class);
        test(view.recipients).setValue("Employers, workers and trade unions");
        test(view.sopTitle).setValue("Mediating a dispute");
        test(view.sopVersion).setValue("2.1");
        view.mapStatus.setValue(za.gov.dpsa.isdip.standards.internal.ProcessMapStatus.IN_PROGRESS);
        test(view.mapLink).setValue("https://www.labour.gov.za/maps/mediation-draft.pdf");
        // Meanwhile a colleague records the map.
        register.saveMap(id, register.service(id).rowVersion(), new za.gov.dpsa.isdip.standards.internal.RegisteredService.MapInput(
                za.gov.dpsa.isdip.standards.internal.ProcessMapStatus.MAPPED, "https://www.labour.gov.za/maps/mediation.pdf",
                null, null, false, null, null));

        test(view.saveMap).click();

        assertThat(find(Span.class).id("map-conflict").getText()).startsWith("Someone else changed this meanwhile");
        assertThat(view.mapLink.getValue()).isEqualTo("https://www.labour.gov.za/maps/mediation.pdf");
        assertThat(view.mapStatus.getValue()).isEqualTo(za.gov.dpsa.isdip.standards.internal.ProcessMapStatus.MAPPED);
        assertThat(view.sopTitle.getValue()).isEqualTo("Mediating a dispute");
        assertThat(view.sopVersion.getValue()).isEqualTo("2.1");
        assertThat(view.recipients.getValue()).isEqualTo("Employers, workers and trade unions");
        assertThat(find(Span.class).id("sop-conflict").getText()).isEmpty();

        // The SOP typed before the conflict saves as typed.
        test(view.sopLink).setValue("https://www.labour.gov.za/sop/mediation.pdf");
        view.sopNextReview.setValue(LocalDate.now(PortalTime.ZONE).plusYears(1));
        test(view.saveSop).click();
        assertThat(register.service(id).sops()).extracting(za.gov.dpsa.isdip.standards.internal.Sop::title)
                .containsExactly("Mediating a dispute");
        // The service's form, kept as typed, has not seen the colleague's change: it meets the conflict in turn
        // rather than writing over a change it never showed.
        test(view.saveService).click();
        assertThat(find(Span.class).id("service-conflict").getText()).startsWith("Someone else changed this");
        assertThat(register.service(id).recipients()).isEqualTo("Employers and workers");
        test(view.recipients).setValue("Employers, workers and trade unions");
        test(view.saveService).click();
        assertThat(register.service(id).recipients()).isEqualTo("Employers, workers and trade unions");
    }

    @Test
    void editingASopDoesNotDropAHalfTypedOneUnasked() {
        long id = register.add(new za.gov.dpsa.isdip.standards.internal.RegisteredService.Input(
                "Employment equity reports", "Designated employers"));
        register.addSop(id, new za.gov.dpsa.isdip.standards.internal.Sop.Input("Checking an equity report", "1.0",
                "https://www.labour.gov.za/sop/equity.pdf", null, null, false, null, null,
                LocalDate.now(PortalTime.ZONE).plusYears(1)));
        ServiceView view = navigate("standards/services/" + id, ServiceView.class);
        za.gov.dpsa.isdip.standards.internal.Sop saved = register.service(id).sops().getFirst();
        // Its Edit button's accessible name starts with the word it shows.
        com.vaadin.flow.component.grid.Grid<za.gov.dpsa.isdip.standards.internal.Sop> grid = view.sopGrid;
        assertThat(test(grid).getCellComponent(0, grid.getColumns().size() - 1).getElement()
                .getAttribute("aria-label")).isEqualTo("Edit: Checking an equity report");
        test(view.sopTitle).setValue("Publishing the equity register");

        view.editSop(saved);
        assertThat(find(Dialog.class).id("sop-discard-dialog").isOpened()).isTrue();
        test(find(Button.class).id("sop-discard-keep")).click();
        assertThat(view.sopTitle.getValue()).isEqualTo("Publishing the equity register");

        view.editSop(saved);
        test(find(Button.class).id("sop-discard-confirm")).click();
        assertThat(view.sopTitle.getValue()).isEqualTo("Checking an equity report");

        // Nothing typed over the SOP opened: another Edit opens at once.
        view.editSop(saved);
        assertThat(find(Dialog.class).withId("sop-discard-dialog").exists()).isFalse();
    }

    @Test
    void withdrawingASopAsksForAReasonOnTheFieldAndThenShowsItAsWithdrawn() {
        long id = register.add(new za.gov.dpsa.isdip.standards.internal.RegisteredService.Input(
                "Skills levy refunds", "Levy-paying employers"));
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        register.addSop(id, new za.gov.dpsa.isdip.standards.internal.Sop.Input("Processing a levy refund", "1.0",
                "https://www.labour.gov.za/sop/levy.pdf", null, null, false, "Director-General", today.minusDays(5),
                today.plusYears(1)));
        long sopId = register.service(id).sops().getFirst().id();
        ServiceView view = navigate("standards/services/" + id, ServiceView.class);
        Button withdraw = (Button) sopCell(view, 2);
        assertThat(withdraw.getId()).contains("sop-withdraw-" + sopId);
        assertThat(withdraw.getElement().getAttribute("aria-label")).isEqualTo("Withdraw: Processing a levy refund");
        test(view.sopTitle).setValue("Auditing levy returns");

        test(withdraw).click();
        Dialog dialog = find(Dialog.class).id("sop-withdraw-dialog");
        TextField reason = find(TextField.class).id("sop-withdraw-reason");
        assertThat(reason.getLabel()).isEqualTo("Reason for withdrawing");
        test(find(Button.class).id("sop-withdraw-confirm")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("This is required.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(register.service(id).sops().getFirst().withdrawn()).isFalse();

        // Too long: refused on the field, and what was typed stays for shortening.
        String tooLong = "Replaced by the online refund process. ".repeat(8);
        reason.setValue(tooLong);
        test(find(Button.class).id("sop-withdraw-confirm")).click();
        assertThat(reason.getErrorMessage()).isEqualTo("This is too long.");
        assertThat(reason.getValue()).isEqualTo(tooLong);
        assertThat(dialog.isOpened()).isTrue();

        test(reason).setValue("Replaced by the online refund process");
        test(find(Button.class).id("sop-withdraw-confirm")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(register.service(id).sops().getFirst().withdrawn()).isTrue();
        assertThat(((Span) sopStatusCell(view)).getText()).isEqualTo("Withdrawn ("
                + PortalDates.date(today) + "): Replaced by the online refund process");
        // No longer offered for editing; reinstating is; what was typed in the SOP form stays.
        assertThat(sopCell(view, 1)).isNotInstanceOf(Button.class);
        Button reinstate = (Button) sopCell(view, 2);
        assertThat(reinstate.getElement().getAttribute("aria-label")).isEqualTo("Reinstate: Processing a levy refund");
        assertThat(view.sopTitle.getValue()).isEqualTo("Auditing levy returns");
        assertThat(find(Paragraph.class).id("service-summary").getText()).contains("SOPs: Withdrawn");

        test(reinstate).click();
        assertThat(register.service(id).sops().getFirst().withdrawn()).isFalse();
        assertThat(sopCell(view, 1).getId()).contains("sop-edit-" + sopId);
        assertThat(find(Paragraph.class).id("service-summary").getText()).contains("SOPs: Current");
    }

    /** The first SOP's cell in the column this far from the end of the SOP list (1: the last, the Edit button). */
    private com.vaadin.flow.component.Component sopCell(ServiceView view, int fromEnd) {
        com.vaadin.flow.component.grid.Grid<za.gov.dpsa.isdip.standards.internal.Sop> grid = view.sopGrid;
        return test(grid).getCellComponent(0, grid.getColumns().size() - fromEnd);
    }

    /** The first SOP's status cell (title, version, approval, next review, then status). */
    private com.vaadin.flow.component.Component sopStatusCell(ServiceView view) {
        return test(view.sopGrid).getCellComponent(0, 4);
    }

    @Test
    void aFileTakenOffTheUploadIsNotSaved() {
        long id = register.add(new za.gov.dpsa.isdip.standards.internal.RegisteredService.Input(
                "Minimum wage enforcement", "Workers"));
        ServiceView view = navigate("standards/services/" + id, ServiceView.class);
        Upload upload = find(Upload.class).id("map-upload");
        test(upload).upload("wage-map.pdf", "application/pdf",
                "%PDF-1.4 wage enforcement process map".getBytes(StandardCharsets.US_ASCII));
        roundTrip();
        assertThat(find(Span.class).id("map-upload-chosen").getText()).contains("wage-map.pdf");

        ComponentUtil.fireEvent(upload, new com.vaadin.flow.component.upload.FileRemovedEvent(upload, "wage-map.pdf"));
        assertThat(find(Span.class).id("map-upload-chosen").getText()).isEmpty();
        view.mapStatus.setValue(za.gov.dpsa.isdip.standards.internal.ProcessMapStatus.MAPPED);
        test(view.saveMap).click();

        // Without the file a mapped process has no evidence: refused, and no file is kept.
        assertThat(view.mapLink.isInvalid()).isTrue();
        assertThat(register.service(id).mapStatus()).isNotEqualTo(za.gov.dpsa.isdip.standards.internal.ProcessMapStatus.MAPPED);
        assertThat(register.service(id).mapEvidenceFileName()).isNull();
    }

    @Test
    @WithPortalUser(username = "del.reader", department = "del", roles = "dept-reporter")
    void aReportingOfficerOnlyReadsTheRegister() {
        navigate(ServicesView.class);
        assertThat(find(Section.class).withId("services-add-form").exists()).isFalse();
        assertThat(find(Paragraph.class).id("services-figure").getText()).contains("%");
    }
}
