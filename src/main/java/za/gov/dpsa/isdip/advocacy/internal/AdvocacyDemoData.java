package za.gov.dpsa.isdip.advocacy.internal;

import za.gov.dpsa.isdip.advocacy.data.both.ResourceEntity;
import za.gov.dpsa.isdip.advocacy.data.both.ResourceRepository;
import za.gov.dpsa.isdip.advocacy.data.both.ResourceVersionEntity;
import za.gov.dpsa.isdip.advocacy.data.both.ResourceVersionRepository;
import za.gov.dpsa.isdip.advocacy.data.department.ActivityEntity;
import za.gov.dpsa.isdip.advocacy.data.department.ActivityRepository;
import za.gov.dpsa.isdip.advocacy.data.department.DownloadEntity;
import za.gov.dpsa.isdip.advocacy.data.department.DownloadRepository;
import za.gov.dpsa.isdip.advocacy.data.platform.CampaignEntity;
import za.gov.dpsa.isdip.advocacy.data.platform.CampaignRepository;
import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.TenantWork;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data for the embedded run: a dozen DPSA resources across the mechanisms (small generated PDFs and text
 * files, and video links), a couple of resources of each department's own, this year's Public Service Month
 * with the activities departments logged, and some downloads. Off unless {@code isdip.demo-data.advocacy} is
 * true; what already exists is left alone. Runs before the reporting demo data, which counts these records.
 */
@Component
class AdvocacyDemoData {

    private static final Logger log = LoggerFactory.getLogger(AdvocacyDemoData.class);
    private static final String AUTHOR = "dpsa.superadmin";

    private final boolean enabled;
    private final TenantWork tenantWork;
    private final ResourceRepository resources;
    private final ResourceVersionRepository versions;
    private final CampaignRepository campaigns;
    private final ActivityRepository activities;
    private final DownloadRepository downloads;
    private final Clock clock;

    AdvocacyDemoData(@Value("${isdip.demo-data.advocacy:false}") boolean enabled, TenantWork tenantWork,
                     ResourceRepository resources, ResourceVersionRepository versions, CampaignRepository campaigns,
                     ActivityRepository activities, DownloadRepository downloads, Clock clock) {
        this.enabled = enabled;
        this.tenantWork = tenantWork;
        this.resources = resources;
        this.versions = versions;
        this.campaigns = campaigns;
        this.activities = activities;
        this.downloads = downloads;
        this.clock = clock;
    }

    private record Demo(String title, String summary, ResourceKind kind, Set<Mechanism> mechanisms,
                        Set<BathoPelePrinciple> principles, Set<Audience> audiences, String file, String link,
                        boolean featured, int versions) {
    }

    private static final List<Demo> DPSA_LIBRARY = List.of(
            new Demo("Batho Pele handbook: a guide for public servants", "The eight Batho Pele principles explained "
                    + "with examples from service points, and what each asks of frontline officials and managers.",
                    ResourceKind.GUIDE, Set.of(Mechanism.BATHO_PELE), EnumSet.allOf(BathoPelePrinciple.class),
                    Set.of(Audience.FRONTLINE_OFFICIALS, Audience.SERVICE_MANAGERS), "batho-pele-handbook.pdf", null,
                    true, 2),
            new Demo("SDIP toolkit: writing your Service Delivery Improvement Plan", "Step-by-step toolkit for the "
                    + "SDIP under regulation 38: key services, current and desired standards, consultation, access "
                    + "barriers and the complaints system, with the sign-off route.", ResourceKind.TOOLKIT,
                    Set.of(Mechanism.SDIP, Mechanism.SERVICE_STANDARDS), Set.of(BathoPelePrinciple.SERVICE_STANDARDS,
                    BathoPelePrinciple.CONSULTATION), Set.of(Audience.SDI_PRACTITIONERS, Audience.SENIOR_MANAGERS),
                    "sdip-toolkit.pdf", null, true, 3),
            new Demo("SDIP template (annual progress report)", "Template for the annual SDIP progress report to DPSA: "
                    + "one row per key service, standard by standard.", ResourceKind.TEMPLATE, Set.of(Mechanism.SDIP),
                    Set.of(BathoPelePrinciple.SERVICE_STANDARDS), Set.of(Audience.SDI_PRACTITIONERS),
                    "sdip-progress-template.csv", null, false, 1),
            new Demo("Service charter template", "A service charter template under regulation 37: the services, "
                    + "standards, contact points, redress and how citizens are consulted.", ResourceKind.TEMPLATE,
                    Set.of(Mechanism.SERVICE_CHARTER), Set.of(BathoPelePrinciple.INFORMATION,
                    BathoPelePrinciple.OPENNESS_AND_TRANSPARENCY, BathoPelePrinciple.REDRESS),
                    Set.of(Audience.SERVICE_MANAGERS), "service-charter-template.txt", null, false, 1),
            new Demo("Setting and measuring service standards", "How to set quantity and quality standards for a "
                    + "service, measure them at the service point and publish the results.", ResourceKind.GUIDE,
                    Set.of(Mechanism.SERVICE_STANDARDS), Set.of(BathoPelePrinciple.SERVICE_STANDARDS,
                    BathoPelePrinciple.VALUE_FOR_MONEY), Set.of(Audience.SERVICE_MANAGERS), "service-standards.pdf",
                    null, false, 2),
            new Demo("Operations Management Framework: an introduction", "What regulation 36 asks of every "
                    + "department: the service delivery model, core services, mapped processes, SOPs and standards.",
                    ResourceKind.GUIDE, Set.of(Mechanism.OMF), Set.of(), Set.of(Audience.SENIOR_MANAGERS,
                    Audience.SDI_PRACTITIONERS), "omf-introduction.pdf", null, false, 1),
            new Demo("Business process mapping and SOPs toolkit", "Mapping a business process end to end and "
                    + "writing the standard operating procedure that goes with it, with worked examples.",
                    ResourceKind.TOOLKIT, Set.of(Mechanism.BUSINESS_PROCESS_MAPPING, Mechanism.SOPS, Mechanism.OMF),
                    Set.of(BathoPelePrinciple.ACCESS),
                    Set.of(Audience.SDI_PRACTITIONERS), "bpm-sop-toolkit.pdf", null, false, 1),
            new Demo("Complaints and compliments management framework in practice", "Logging, acknowledging, "
                    + "resolving and reporting complaints within the set times, from the 2013 framework.",
                    ResourceKind.GUIDE, Set.of(Mechanism.COMPLAINTS_MANAGEMENT), Set.of(BathoPelePrinciple.REDRESS,
                    BathoPelePrinciple.COURTESY), Set.of(Audience.FRONTLINE_OFFICIALS, Audience.SERVICE_MANAGERS),
                    "complaints-framework.pdf", null, true, 1),
            new Demo("Case study: a queue-free licensing centre", "How one licensing centre halved waiting times "
                    + "with appointments, signage and a floor manager, and kept it up.", ResourceKind.CASE_STUDY,
                    Set.of(Mechanism.SERVICE_STANDARDS, Mechanism.BATHO_PELE), Set.of(BathoPelePrinciple.ACCESS,
                    BathoPelePrinciple.COURTESY), Set.of(Audience.SERVICE_MANAGERS, Audience.SENIOR_MANAGERS),
                    "case-study-licensing.pdf", null, false, 1),
            new Demo("Case study: consulting citizens on clinic hours", "A provincial health department consulted "
                    + "communities before changing clinic hours, and what it learnt.", ResourceKind.CASE_STUDY,
                    Set.of(Mechanism.BATHO_PELE, Mechanism.SDIP), Set.of(BathoPelePrinciple.CONSULTATION),
                    Set.of(Audience.SDI_PRACTITIONERS), "case-study-clinic-hours.pdf", null, false, 1),
            new Demo("Batho Pele in five minutes (video)", "A short video on the eight principles for induction "
                    + "sessions and service point staff meetings.", ResourceKind.VIDEO, Set.of(Mechanism.BATHO_PELE),
                    EnumSet.allOf(BathoPelePrinciple.class), Set.of(Audience.FRONTLINE_OFFICIALS, Audience.CITIZENS),
                    null, "https://www.youtube.com/watch?v=batho-pele-demo", true, 1),
            new Demo("Public Service Month: planning your department's activities (video)", "How departments plan "
                    + "Public Service Month: service point visits, imbizos, open days and recognising staff.",
                    ResourceKind.VIDEO, Set.of(Mechanism.BATHO_PELE), Set.of(BathoPelePrinciple.ACCESS,
                    BathoPelePrinciple.INFORMATION), Set.of(Audience.SENIOR_MANAGERS, Audience.TRAINERS), null,
                    "https://www.youtube.com/watch?v=psm-planning-demo", false, 1));

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void seed() {
        if (!enabled) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PortalTime.ZONE);
        String monthName = "Public Service Month " + today.getYear();
        // Each part is seeded once, recognised by its own records, so a platform in use keeps what it has.
        CampaignEntity month = tenantWork.inPlatform(() -> {
            if (!resources.existsByTitle(DPSA_LIBRARY.getFirst().title())) {
                for (int i = 0; i < DPSA_LIBRARY.size(); i++) {
                    publish(DPSA_LIBRARY.get(i), now.minus(Duration.ofDays(200 - i * 15L)), AUTHOR);
                }
            }
            return campaigns.findFirstByName(monthName).orElseGet(() -> {
                CampaignEntity campaign = new CampaignEntity(AUTHOR);
                campaign.change(monthName, "Every September all national and provincial departments open their "
                        + "doors: service point visits by managers, imbizos, open days and recognition of frontline "
                        + "staff, under the Batho Pele banner.", LocalDate.of(today.getYear(), 9, 1),
                        LocalDate.of(today.getYear(), 9, 30), true, null, now);
                return campaigns.save(campaign);
            });
        });
        java.util.Map<Long, String> dpsaTitles = tenantWork.inPlatform(() -> resources.findAll().stream()
                .collect(java.util.stream.Collectors.toMap(ResourceEntity::getId, ResourceEntity::getTitle)));
        tenantWork.forEachDepartment(department -> seedDepartment(department, month, dpsaTitles, now, today));
        log.info("Demo advocacy: {} DPSA resources, campaign {}", dpsaTitles.size(), month.getName());
    }

    private void seedDepartment(Department department, CampaignEntity month, java.util.Map<Long, String> dpsaTitles,
                                Instant now,
                                LocalDate today) {
        Random random = new Random(department.id().hashCode());
        String official = department.id() + ".official";
        String card = department.shortCode().toUpperCase() + " front desk service standards card";
        if (!resources.existsByTitle(card)) {
            seedDepartmentLibrary(department, card, official, dpsaTitles, random, now);
        }
        if (!activities.findByCampaignIdOrderByHeldOnDescIdDesc(month.getId()).isEmpty()) {
            return;
        }
        String[][] ideas = {{"Managers at the service point", "SERVICE_POINT_VISIT"},
                {"Community imbizo on service standards", "IMBIZO"}, {"Open day at the regional office", "OPEN_DAY"},
                {"Batho Pele workshop for frontline staff", "WORKSHOP"}, {"Recognising our best front desk", "RECOGNITION"},
                {"Taxi rank awareness drive on the complaints line", "AWARENESS_DRIVE"}};
        int count = 3 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            LocalDate day = month.getStartsOn().plusDays(random.nextInt(30));
            if (day.isAfter(today)) {
                continue;
            }
            String[] idea = ideas[i % ideas.length];
            activities.save(new ActivityEntity(month.getId(), month.getName(), idea[0], day, idea[1],
                    "Held by " + department.name() + " for Public Service Month.", 20 + random.nextInt(480),
                    i % 2 == 0 ? "Head office" : "District office", official, now));
        }
    }

    private void seedDepartmentLibrary(Department department, String card, String official,
                                       java.util.Map<Long, String> dpsaTitles, Random random, Instant now) {
        publish(new Demo(card, "The service "
                + "standards our front desks display, with the complaints line and opening hours.",
                ResourceKind.TEMPLATE, Set.of(Mechanism.SERVICE_STANDARDS, Mechanism.SERVICE_CHARTER),
                Set.of(BathoPelePrinciple.INFORMATION), Set.of(Audience.FRONTLINE_OFFICIALS),
                "front-desk-card.txt", null, false, 1), now.minus(Duration.ofDays(40)), official);
        publish(new Demo(department.shortCode().toUpperCase() + " complaints escalation procedure", "Who handles a "
                + "complaint at each level in our department, and within how many days.", ResourceKind.GUIDE,
                Set.of(Mechanism.COMPLAINTS_MANAGEMENT, Mechanism.BUSINESS_PROCESS_MAPPING, Mechanism.SOPS),
                Set.of(BathoPelePrinciple.REDRESS),
                Set.of(Audience.FRONTLINE_OFFICIALS, Audience.SERVICE_MANAGERS), "complaints-procedure.pdf", null,
                false, 1), now.minus(Duration.ofDays(20)), official);
        List<Long> dpsaIds = dpsaTitles.keySet().stream().sorted().toList();
        int used = dpsaIds.isEmpty() ? 0 : 10 + random.nextInt(20);
        for (int i = 0; i < used; i++) {
            long id = dpsaIds.get(random.nextInt(dpsaIds.size()));
            downloads.save(new DownloadEntity(ResourceSource.DPSA.name(), id, 1, dpsaTitles.get(id),
                    now.minus(Duration.ofDays(random.nextInt(300)))));
        }
    }

    private void publish(Demo demo, Instant at, String author) {
        ResourceEntity entity = new ResourceEntity(demo.title(), demo.summary(), demo.kind().name(),
                Tags.join(demo.mechanisms()), Tags.join(demo.principles()), Tags.join(demo.audiences()), author, at);
        entity.setFeatured(demo.featured());
        entity.setLatestVersion(demo.versions());
        resources.save(entity);
        String publisher = AUTHOR.equals(author) ? "DPSA" : author;
        for (int v = 1; v <= demo.versions(); v++) {
            Instant when = at.plus(Duration.ofDays((v - 1) * 30L));
            String note = v == 1 ? null : "Updated for the " + (2024 + v) + " cycle";
            if (demo.link() != null) {
                versions.save(new ResourceVersionEntity(entity.getId(), v, note, null, null, null, demo.link(),
                        publisher, when));
            } else {
                byte[] content = demo.file().endsWith(".pdf") ? pdf(demo.title() + " (version " + v + ")")
                        : (demo.title() + "\r\nVersion " + v + "\r\n\r\n" + demo.summary() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8);
                String type = ResourceUploadPolicy.check(demo.file(), content).contentType();
                versions.save(new ResourceVersionEntity(entity.getId(), v, note, demo.file(), type, content, null,
                        publisher, when));
            }
        }
        entity.setUpdatedAt(at.plus(Duration.ofDays((demo.versions() - 1) * 30L)));
    }

    /** A small, valid one-page PDF with the given line of text (Helvetica, ASCII). */
    static byte[] pdf(String text) {
        String safe = text.replaceAll("[^\\x20-\\x7E]", "?").replace("\\", "\\\\").replace("(", "\\(")
                .replace(")", "\\)");
        String stream = "BT /F1 14 Tf 56 780 Td (" + safe + ") Tj 0 -24 Td /F1 10 Tf "
                + "(Department of Public Service and Administration - ISDIP advocacy resource) Tj ET";
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                + "/Contents 5 0 R >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        objects.add("<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(pdf.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
