package za.gov.dpsa.isdip.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import za.gov.dpsa.isdip.cases.CaseStatusChanged;
import za.gov.dpsa.isdip.cases.internal.CaseDetails;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.integration.data.both.WebhookEventRepository;
import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryEntity;
import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryEntity.Status;
import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryRepository;
import za.gov.dpsa.isdip.integration.data.platform.WebhookSubscriptionRepository;
import za.gov.dpsa.isdip.integration.internal.SigningSecretResealing;
import za.gov.dpsa.isdip.integration.internal.WebhookDeliveryJob;
import za.gov.dpsa.isdip.integration.internal.WebhookSubscriptions;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.ClusterJobs;
import za.gov.dpsa.isdip.platform.SealedSecrets;
import za.gov.dpsa.isdip.reporting.ReportStatusChanged;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.SystemClient;
import za.gov.dpsa.isdip.tenancy.TenantContext;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Webhooks end to end on the real databases and a real HTTP receiver: the outbox row written with the change (and
 * gone with its rollback), fan-out to the right clients only, the signature, retries with backoff while the
 * receiver is down, and every event afterwards in order per case. The job's work is run directly, never waited for.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestApiClients.class)
class WebhookDeliveryTest {

    static final PortalUser DEL_OFFICIAL = TestUsers.user("del.hooks.official", "del", "dept-user");
    static final PortalUser DHA_OFFICIAL = TestUsers.user("dha.hooks.official", "dha", "dept-user");
    static final PortalUser DEL_ADMIN = TestUsers.user("del.hooks.admin", "del", "dept-admin");
    static final PortalUser DPSA_ADMIN = TestUsers.user("dpsa.hooks.admin", "", "dpsa-admin");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CaseService cases;
    @Autowired
    WebhookSubscriptions subscriptions;
    @Autowired
    WebhookDeliveryJob job;
    @Autowired
    WebhookDeliveryRepository deliveries;
    @Autowired
    WebhookEventRepository outbox;
    @Autowired
    TenantWork tenantWork;
    @Autowired
    TestApiClients.Register register;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    WebhookSubscriptionRepository subscriptionRows;
    @Autowired
    ClusterJobs clusterJobs;
    @Value("${isdip.secrets.key}")
    String secretsKey;

    private final String run = Long.toString(System.nanoTime(), 36);
    private final List<TestReceiver> receivers = new java.util.ArrayList<>();
    private final List<Runnable> unsubscribe = new java.util.ArrayList<>();

    /** Events of earlier tests are fanned out before this test subscribes: they never reach its receivers. */
    @BeforeEach
    void outboxesFannedOut() {
        job.fanOut();
    }

    @AfterEach
    void stopReceivers() {
        // No subscription stays behind for another test's events.
        unsubscribe.forEach(Runnable::run);
        receivers.forEach(TestReceiver::close);
    }

    @Test
    void aClientCannotMakeThePortalCallIntoItsOwnNetwork() throws Exception {
        // The tests' receivers listen on loopback (allowed here, as in the developer's run; off in production).
        assertThat(job.addressRefused("127.0.0.1")).isNull();
        assertThat(job.addressRefused("10.12.0.7")).isEqualTo("address-refused-private");
        assertThat(job.addressRefused("192.168.1.20")).isEqualTo("address-refused-private");
        // The cloud's metadata service, a cluster's shared range, an IPv6 unique-local address.
        assertThat(job.addressRefused("169.254.169.254")).isEqualTo("address-refused-private");
        assertThat(job.addressRefused("100.64.3.4")).isEqualTo("address-refused-private");
        assertThat(job.addressRefused("[fd00::1]")).isEqualTo("address-refused-private");
        assertThat(job.addressRefused("196.21.1.1")).isNull();
    }

    @Test
    void aCaseStatusChangeReachesItsDepartmentsSubscriptionSignedAndNeverAnotherDepartments() throws Exception {
        TestReceiver delReceiver = receiver();
        TestReceiver dhaReceiver = receiver();
        SystemClient delSystem = client(TestApiClients.departmentClient("del-system-" + run, "del"));
        SystemClient dhaSystem = client(TestApiClients.departmentClient("dha-system-" + run, "dha"));
        String secret = subscribe(delSystem, delReceiver, "case.status-changed").signingSecret();
        subscribe(dhaSystem, dhaReceiver, "case.status-changed", "escalation.replied");

        CaseDetails logged = logCase(DEL_OFFICIAL, "Queue times above standard at Bellville " + run);
        as(DEL_OFFICIAL, () -> {
            cases.take(logged.id(), logged.version());
            return null;
        });
        // Another department's case goes to its own client only.
        CaseDetails dhaCase = logCase(DHA_OFFICIAL, "Smart ID backlog in Pretoria " + run);

        job.runOnce();

        List<TestReceiver.Received> received = delReceiver.about(logged.reference());
        assertThat(received).hasSize(2);
        assertThat(received).extracting(r -> data(r).get("toStatus").asString()).containsExactly("NEW", "ASSIGNED");
        TestReceiver.Received first = received.getFirst();
        assertThat(first.header("ISDIP-Event")).isEqualTo("case.status-changed");
        assertThat(first.header("ISDIP-Delivery")).matches("\\d+");
        assertThat(first.header("Content-Type")).startsWith("application/json");
        long timestamp = Long.parseLong(first.header("ISDIP-Timestamp"));
        assertThat(Instant.ofEpochSecond(timestamp)).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(first.header("ISDIP-Signature")).isEqualTo("sha256=" + hmac(secret, timestamp + "." + first.body()));
        JsonNode body = JSON.readTree(first.body());
        assertThat(body.get("type").asString()).isEqualTo("case.status-changed");
        assertThat(body.get("departmentId").asString()).isEqualTo("del");
        assertThat(body.get("id").asString()).startsWith("del-");
        assertThat(data(first).get("caseReference").asString()).isEqualTo(logged.reference());
        assertThat(data(first).get("actor").asString()).isEqualTo(DEL_OFFICIAL.username());

        assertThat(dhaReceiver.about(logged.reference())).isEmpty();
        assertThat(dhaReceiver.about(dhaCase.reference())).hasSize(1);
        assertThat(delReceiver.about(dhaCase.reference())).isEmpty();
        assertThat(deliveriesOf(logged.reference())).extracting(WebhookDeliveryEntity::getStatus)
                .containsOnly(Status.DELIVERED);

        // A second run sends nothing twice.
        job.runOnce();
        assertThat(delReceiver.about(logged.reference())).hasSize(2);
    }

    @Test
    void theSigningSecretIsStoredSealedAndARotatedKeySealsItAgainWithoutReceiversNoticing() throws Exception {
        TestReceiver receiver = receiver();
        SystemClient system = client(TestApiClients.departmentClient("del-rotate-" + run, "del"));
        WebhookSubscriptions.Created created = subscribe(system, receiver, "case.status-changed");
        long id = created.subscription().id();
        String secret = created.signingSecret();
        assertThat(sealedSecretOf(id)).startsWith("v1.").doesNotContain(secret);

        // The operator rotates: a new key, the old one kept as previous; at start-up every secret is sealed again.
        String newKey = Base64.getEncoder().encodeToString(new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
                29, 30, 31, 32});
        SealedSecrets rotated = new SealedSecrets(newKey, List.of(secretsKey));
        CaseDetails logged;
        try {
            assertThat(new SigningSecretResealing(subscriptionRows, rotated, tenantWork, clusterJobs).resealOld())
                    .isPositive();
            String resealed = sealedSecretOf(id);
            assertThat(rotated.sealedWithCurrentKey(resealed)).isTrue();
            assertThat(rotated.open(WebhookSubscriptions.SIGNING_SECRET, resealed)).isEqualTo(secret);
            assertThat(new SigningSecretResealing(subscriptionRows, rotated, tenantWork, clusterJobs).resealOld())
                    .as("a second start finds nothing to do").isZero();

            // An instance that still has only the old key signs nothing with a wrong secret, and says why.
            logged = logCase(DEL_OFFICIAL, "Forms out of stock in George " + run);
            job.runOnce();
            assertThat(receiver.all()).isEmpty();
            WebhookDeliveryEntity unsent = deliveriesOf(logged.reference()).getFirst();
            assertThat(unsent.getStatus()).isEqualTo(Status.FAILING);
            assertThat(unsent.getLastError()).isEqualTo("secret-unreadable");
        } finally {
            // Back to the tests' key, for every subscription the rotation touched.
            new SigningSecretResealing(subscriptionRows, new SealedSecrets(secretsKey, List.of(newKey)), tenantWork,
                    clusterJobs).resealOld();
        }

        makeDue(system);
        job.runOnce();
        List<TestReceiver.Received> received = receiver.about(logged.reference());
        assertThat(received).hasSize(1);
        TestReceiver.Received delivery = received.getFirst();
        assertThat(delivery.header("ISDIP-Signature")).as("signed with the secret the client was given")
                .isEqualTo("sha256=" + hmac(secret, delivery.header("ISDIP-Timestamp") + "." + delivery.body()));
    }

    @Test
    void theChangeIsInTheAuditTrailButItsOutboxRowAndDeliveriesAreNotCopiedThere() {
        TestReceiver receiver = receiver();
        SystemClient system = client(TestApiClients.departmentClient("del-audit-" + run, "del"));
        subscribe(system, receiver, "case.status-changed");
        CaseDetails logged = logCase(DEL_OFFICIAL, "Ramp broken at the Paarl office " + run);

        job.runOnce();

        List<WebhookDeliveryEntity> delivered = deliveriesOf(logged.reference());
        assertThat(delivered).extracting(WebhookDeliveryEntity::getStatus).containsExactly(Status.DELIVERED);
        List<AuditTrail.Entry> department = auditIn("del", DEL_ADMIN, "SupportCase");
        assertThat(department).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.entityId()).isEqualTo(Long.toString(logged.id()));
        });
        assertThat(auditIn("del", DEL_ADMIN, "WebhookEvent")).isEmpty();
        assertThat(auditIn(TenantContext.PLATFORM, DPSA_ADMIN, "WebhookDelivery"))
                .extracting(AuditTrail.Entry::entityId)
                .doesNotContain(Long.toString(delivered.getFirst().getId()));
    }

    @Test
    void aReceiverThatIsDownIsRetriedWithBackoffAndThenGetsEveryEventInOrderPerCase() {
        TestReceiver receiver = receiver();
        SystemClient system = client(TestApiClients.departmentClient("del-down-" + run, "del"));
        subscribe(system, receiver, "case.status-changed");
        receiver.answer(503);

        CaseDetails one = logCase(DEL_OFFICIAL, "Signage missing at Khayelitsha " + run);
        as(DEL_OFFICIAL, () -> {
            cases.take(one.id(), one.version());
            return null;
        });
        CaseDetails taken = as(DEL_OFFICIAL, () -> cases.details(one.id()));
        as(DEL_OFFICIAL, () -> {
            cases.start(taken.id(), taken.version());
            return null;
        });
        CaseDetails two = logCase(DEL_OFFICIAL, "Long waits at Mitchells Plain " + run);

        Instant before = Instant.now();
        job.runOnce();

        List<WebhookDeliveryEntity> caseOne = deliveriesOf(one.reference());
        assertThat(caseOne).hasSize(3);
        WebhookDeliveryEntity firstTry = caseOne.getFirst();
        assertThat(firstTry.getStatus()).isEqualTo(Status.FAILING);
        assertThat(firstTry.getAttempts()).isEqualTo(1);
        assertThat(firstTry.getLastStatusCode()).isEqualTo(503);
        // 30 s after the first failure, plus at most a tenth of jitter. The lower bound is whole seconds: Connector/J
        // sends MariaDB 10 (which announces itself as 5.5.5-10.x) no fractions, so the column keeps whole seconds.
        assertThat(firstTry.getNextAttemptAt()).isBetween(wholeSeconds(before).plusSeconds(30),
                Instant.now().plusSeconds(34));
        // The subscription failed in this run: nothing else was tried, the later events of the case wait.
        assertThat(caseOne.subList(1, 3)).allSatisfy(d -> {
            assertThat(d.getStatus()).isEqualTo(Status.PENDING);
            assertThat(d.getAttempts()).isZero();
        });

        // Not due yet: the next run leaves it alone.
        job.runOnce();
        assertThat(deliveriesOf(one.reference()).getFirst().getAttempts()).isEqualTo(1);

        // Due again, and the receiver no longer even listens: the wait doubles.
        receiver.stop();
        makeDue(system);
        Instant second = Instant.now();
        job.runOnce();
        WebhookDeliveryEntity secondTry = deliveriesOf(one.reference()).getFirst();
        assertThat(secondTry.getAttempts()).isEqualTo(2);
        assertThat(secondTry.getStatus()).isEqualTo(Status.FAILING);
        assertThat(secondTry.getLastStatusCode()).isNull();
        assertThat(secondTry.getLastError()).isEqualTo("ConnectException");
        assertThat(secondTry.getNextAttemptAt()).isBetween(wholeSeconds(second).plusSeconds(60),
                Instant.now().plusSeconds(67));
        assertThat(receiver.all()).isEmpty();

        // Back: every event arrives, each case's in the order it happened.
        receiver.restart();
        receiver.answer(200);
        makeDue(system);
        for (int i = 0; i < 3 && !deliveriesOf(one.reference()).stream().allMatch(d -> d.getStatus() == Status.DELIVERED); i++) {
            job.runOnce();
        }
        assertThat(receiver.about(one.reference())).extracting(r -> data(r).get("toStatus").asString())
                .containsExactly("NEW", "ASSIGNED", "IN_PROGRESS");
        assertThat(receiver.about(two.reference())).extracting(r -> data(r).get("toStatus").asString())
                .containsExactly("NEW");
        assertThat(deliveriesOf(one.reference())).extracting(WebhookDeliveryEntity::getStatus)
                .containsOnly(Status.DELIVERED);
        assertThat(deliveriesOf(one.reference()).getFirst().getAttempts()).isEqualTo(3);
    }

    @Test
    void aRevokedClientsSubscriptionIsNotSentToUntilItIsActiveAgain() {
        TestReceiver receiver = receiver();
        SystemClient system = client(TestApiClients.departmentClient("del-revoked-" + run, "del"));
        subscribe(system, receiver, "case.status-changed");
        register.put(system, false);

        CaseDetails logged = logCase(DEL_OFFICIAL, "Broken ramp at the Paarl office " + run);
        job.runOnce();

        assertThat(receiver.about(logged.reference())).isEmpty();
        assertThat(deliveriesOf(logged.reference())).singleElement().satisfies(d -> {
            assertThat(d.getStatus()).isEqualTo(Status.PENDING);
            assertThat(d.getAttempts()).isZero();
        });

        register.put(system, true);
        job.runOnce();
        assertThat(receiver.about(logged.reference())).hasSize(1);
    }

    @Test
    void aRolledBackChangeLeavesNoOutboxRowAndACommittedOneDoes() {
        String[] reference = new String[1];
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        as(DEL_OFFICIAL, () -> transaction.execute(status -> {
            long id = cases.create(newCase("Rolled back " + run));
            reference[0] = cases.details(id).reference();
            assertThat(outbox.findBySubjectOrderByIdAsc(reference[0])).as("written in the change's transaction")
                    .hasSize(1);
            status.setRollbackOnly();
            return null;
        }));
        assertThat(as(DEL_OFFICIAL, () -> outbox.findBySubjectOrderByIdAsc(reference[0]))).isEmpty();

        CaseDetails committed = logCase(DEL_OFFICIAL, "Committed " + run);
        assertThat(as(DEL_OFFICIAL, () -> outbox.findBySubjectOrderByIdAsc(committed.reference()))).hasSize(1);

        // Outside a transaction the event is refused rather than written on its own.
        assertThatThrownBy(() -> as(DEL_OFFICIAL, () -> {
            publisher.publishEvent(new CaseStatusChanged("DEL-2026-999999", null, "NEW", Instant.now(), "nobody"));
            return null;
        })).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aReportStatusChangeReachesTheAnalyticsClientAndOnlyItsOwnDepartmentsClient() {
        TestReceiver analytics = receiver();
        TestReceiver dha = receiver();
        TestReceiver del = receiver();
        subscribe(client(TestApiClients.analyticsClient("dpsa-analytics-" + run)), analytics, "report.status-changed");
        subscribe(client(TestApiClients.departmentClient("dha-reports-" + run, "dha")), dha, "report.status-changed");
        subscribe(client(TestApiClients.departmentClient("del-reports-" + run, "del")), del, "report.status-changed");
        long periodId = 900_000 + (System.nanoTime() % 10_000);

        // As reporting publishes it: inside the platform transaction of the submission.
        tenantWork.inPlatform(() -> publisher.publishEvent(new ReportStatusChanged("dha", periodId, "SUBMITTED",
                Instant.now())));
        job.runOnce();

        String subject = "report/dha/" + periodId;
        assertThat(analytics.about(subject)).singleElement().satisfies(r -> {
            assertThat(r.header("ISDIP-Event")).isEqualTo("report.status-changed");
            assertThat(data(r).get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(data(r).get("periodId").asLong()).isEqualTo(periodId);
            assertThat(JSON.readTree(r.body()).get("departmentId").asString()).isEqualTo("dha");
        });
        assertThat(dha.about(subject)).hasSize(1);
        assertThat(del.about(subject)).isEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private TestReceiver receiver() {
        TestReceiver receiver = new TestReceiver();
        receivers.add(receiver);
        return receiver;
    }

    private SystemClient client(SystemClient client) {
        register.put(client, true);
        return client;
    }

    private WebhookSubscriptions.Created subscribe(SystemClient client, TestReceiver receiver, String... types) {
        WebhookSubscriptions.Created created = as(client, () -> subscriptions.create(receiver.url(), List.of(types)));
        unsubscribe.add(() -> as(client, () -> {
            register.put(client, true);
            subscriptions.delete(created.subscription().id());
            return null;
        }));
        return created;
    }

    private CaseDetails logCase(PortalUser official, String title) {
        return as(official, () -> cases.details(cases.create(newCase(title))));
    }

    private static NewCase newCase(String title) {
        return new NewCase(title, "Found during the quarterly review of the service point.",
                Mechanism.SERVICE_STANDARDS, "Issuing of permits", "Head office", CasePriority.MEDIUM, null);
    }

    /** The deliveries of this subject to this test's subscriptions (other test classes may leave some). */
    private static Instant wholeSeconds(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private List<WebhookDeliveryEntity> deliveriesOf(String subject) {
        return tenantWork.inPlatform(() -> deliveries.findAll().stream().filter(d -> d.getSubject().equals(subject)
                        && d.getClientId().endsWith(run))
                .sorted(java.util.Comparator.comparing(WebhookDeliveryEntity::getId)).toList());
    }

    /** As if the waits had passed: every open delivery of the client is due now. */
    private void makeDue(SystemClient client) {
        tenantWork.inPlatform(() -> deliveries.findAll().stream()
                .filter(d -> d.getClientId().equals(client.clientId()) && d.getStatus() != Status.DELIVERED)
                .forEach(d -> d.retryNow(Instant.now().minus(Duration.ofSeconds(1)))));
    }

    private static JsonNode data(TestReceiver.Received received) {
        return JSON.readTree(received.body()).get("data");
    }

    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    private String sealedSecretOf(long subscriptionId) {
        return tenantWork.inPlatform(() -> subscriptionRows.findById(subscriptionId).orElseThrow()
                .getSealedSigningSecret());
    }

    /** The audit entries of one entity type, as an administrator of that context searches them. */
    private List<AuditTrail.Entry> auditIn(String tenant, PortalUser administrator, String entityType) {
        try (var scope = TenantContext.bind(tenant)) {
            return as(administrator, () -> auditTrail.search(entityType, null, null, null)).stream()
                    .filter(e -> e.entityType().equals(entityType)).toList();
        }
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
