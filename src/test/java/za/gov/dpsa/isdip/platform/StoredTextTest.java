package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.cases.internal.CaseDetails;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.CitizenDetails;
import za.gov.dpsa.isdip.cases.internal.EscalationDetails;
import za.gov.dpsa.isdip.cases.internal.EscalationService;
import za.gov.dpsa.isdip.cases.internal.EscalationState;
import za.gov.dpsa.isdip.cases.internal.EscalationSummary;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.data.Utf8mb4Conversion;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * Text is stored as typed, in every database: South African languages, emoji and right-to-left text, through a case
 * (the department's database) and its escalation (the platform's), and a database made latin1 is converted.
 */
@SpringBootTest
@ActiveProfiles("test")
class StoredTextTest {

    static final PortalUser OFFICIAL = TestUsers.user("gp-health.official", "gp-health", "dept-user");
    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    static final String TITLE = "Umtholampilo waseSoweto: 👩🏾‍⚕️ ulinde 🇿🇦 amahora";
    static final String DESCRIPTION = """
            isiZulu: Umphakathi ulinde amahora amabili emtholampilo.
            Afrikaans: Die tou by die kliniek was té lank, sê die burgers.
            Tshivenda: Vhadzulapo vho lindela ḓuvha ḽoṱhe.
            Sesotho: Baahi ba emetse nako e telele. isiXhosa: Abahlali balinde ixesha elide.
            Right to left: \u200Fمرحبا\u200E and \u05E9\u05DC\u05D5\u05DD. Emoji: 😀👍🏿""";
    static final String REASON = "Asikwazi ukuxazulula lokhu sodwa: sicela usizo lwe-DPSA 🙏 (ons kan dit nie self oplos nie)";
    static final String CITIZEN = "Nomvula Ḓuvha-Ndlovu";

    @Autowired
    CaseService cases;
    @Autowired
    EscalationService escalations;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String username;
    @Value("${spring.datasource.password:}")
    String password;
    @Value("${isdip.test.database-stem:isdiptest}")
    String stem;

    @Test
    void aCaseAndItsEscalationKeepEveryLanguageEmojiAndRightToLeftText() {
        long id = TestUsers.callAs(OFFICIAL, () -> cases.create(new NewCase(TITLE, DESCRIPTION,
                Mechanism.SERVICE_STANDARDS, null, "Soweto — Chris Hani Baragwanath", CasePriority.HIGH,
                new CitizenDetails(CITIZEN, null, "0821234567", null))));
        CaseDetails stored = TestUsers.callAs(OFFICIAL, () -> cases.details(id));
        TestUsers.runAs(OFFICIAL, () -> cases.escalate(id, stored.version(), REASON, false));

        CaseDetails back = TestUsers.callAs(OFFICIAL, () -> cases.details(id));
        assertThat(back.title()).isEqualTo(TITLE);
        assertThat(back.description()).isEqualTo(DESCRIPTION);
        assertThat(back.servicePoint()).isEqualTo("Soweto — Chris Hani Baragwanath");
        assertThat(TestUsers.callAs(OFFICIAL, () -> cases.viewCitizen(id, null)).orElseThrow().fullName())
                .isEqualTo(CITIZEN);
        EscalationSummary escalated = TestUsers.callAs(DPSA, () -> escalations.queue(
                EnumSet.allOf(EscalationState.class), "gp-health")).stream()
                .filter(e -> e.caseReference().equals(back.reference())).findFirst().orElseThrow();
        EscalationDetails atDpsa = TestUsers.callAs(DPSA, () -> escalations.details(escalated.id()));
        assertThat(atDpsa.summary().title()).isEqualTo(TITLE);
        assertThat(atDpsa.description()).isEqualTo(DESCRIPTION);
        assertThat(atDpsa.reason()).isEqualTo(REASON);
    }

    @Test
    void hiddenFormattingIsRemovedBeforeTheLengthIsCheckedAndBeforeItIsStored() {
        long id = TestUsers.callAs(OFFICIAL, () -> cases.create(new NewCase("Invoice \u202Efdp.exe for the clinic",
                "Paid twice\u200B\u2066 according to the \u202Dsupplier\u202C.", Mechanism.SERVICE_STANDARDS, null,
                null, CasePriority.LOW, null)));

        CaseDetails back = TestUsers.callAs(OFFICIAL, () -> cases.details(id));
        assertThat(back.title()).isEqualTo("Invoice fdp.exe for the clinic");
        assertThat(back.description()).isEqualTo("Paid twice according to the supplier.");
        assertThatThrownBy(() -> TestUsers.runAs(OFFICIAL, () -> cases.create(new NewCase(
                "\u202E\u202E\u202E\u202E\u202Eab", "A description long enough to pass.",
                Mechanism.SERVICE_STANDARDS, null, null, CasePriority.LOW, null))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void everyTableOfThePlatformAndOfEachDepartmentIsUtf8mb4WithOneCollation() throws SQLException {
        try (Connection connection = server(); var sql = connection.createStatement();
             var rows = sql.executeQuery("SELECT table_schema, table_name, table_collation FROM information_schema.tables"
                     + " WHERE table_schema LIKE '" + stem + "\\_%' AND table_type = 'BASE TABLE'"
                     + " AND UPPER(table_name) NOT LIKE 'DATABASECHANGELOG%'")) {
            List<String> tables = new ArrayList<>();
            List<String> wrong = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getString(1) + "." + rows.getString(2));
                if (!Utf8mb4Conversion.COLLATION.equals(rows.getString(3))) {
                    wrong.add(rows.getString(1) + "." + rows.getString(2) + " " + rows.getString(3));
                }
            }
            assertThat(tables).as("tables of the platform and the departments").hasSizeGreaterThan(100)
                    .anyMatch(t -> t.contains("_platform.")).anyMatch(t -> t.contains("_dept_"));
            assertThat(wrong).isEmpty();
        }
        try (Connection connection = server(); var sql = connection.createStatement();
             var rows = sql.executeQuery("SELECT table_schema, table_name, column_name, collation_name"
                     + " FROM information_schema.columns WHERE table_schema LIKE '" + stem + "\\_%'"
                     + " AND collation_name IS NOT NULL AND collation_name <> '" + Utf8mb4Conversion.COLLATION + "'"
                     + " AND UPPER(table_name) NOT LIKE 'DATABASECHANGELOG%'")) {
            List<String> columns = new ArrayList<>();
            while (rows.next()) {
                columns.add(rows.getString(1) + "." + rows.getString(2) + "." + rows.getString(3) + " "
                        + rows.getString(4));
            }
            assertThat(columns).as("text columns in another collation").isEmpty();
        }
    }

    @Test
    void aLatin1DatabaseIsConvertedWithItsTextKept() throws SQLException {
        String scratch = stem + "latin1conversion";
        try (Connection connection = server(); var sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + scratch + "`");
            sql.execute("CREATE DATABASE `" + scratch + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
            sql.execute("USE `" + scratch + "`");
            sql.execute("CREATE TABLE department (id BIGINT PRIMARY KEY, code VARCHAR(20) UNIQUE, name VARCHAR(200))");
            sql.execute("CREATE TABLE escalation (id BIGINT PRIMARY KEY, department_id BIGINT, reason TEXT,"
                    + " FOREIGN KEY (department_id) REFERENCES department(id))");
            sql.execute("INSERT INTO department VALUES (1, 'DEL', 'Départment van Onderwys')");
            sql.execute("INSERT INTO escalation VALUES (1, 1, 'Die tou was té lank')");
            assertThatThrownBy(() -> sql.execute("INSERT INTO escalation VALUES (2, 1, 'Emoji 😀')"))
                    .as("latin1 cannot hold an emoji").isInstanceOf(SQLException.class);

            assertThat(Utf8mb4Conversion.convert(connection)).isEqualTo(2);

            sql.execute("INSERT INTO escalation VALUES (2, 1, 'Emoji 😀 and ḓuvha')");
            try (var rows = sql.executeQuery("SELECT d.name, e.reason FROM escalation e JOIN department d"
                    + " ON d.id = e.department_id ORDER BY e.id")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Départment van Onderwys");
                assertThat(rows.getString(2)).isEqualTo("Die tou was té lank");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(2)).isEqualTo("Emoji 😀 and ḓuvha");
            }
            try (var rows = sql.executeQuery("SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
                    + " WHERE SCHEMA_NAME = '" + scratch + "'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo(Utf8mb4Conversion.COLLATION);
            }
            assertThat(Utf8mb4Conversion.convert(connection)).as("a second run finds nothing to do").isZero();
            sql.execute("DROP DATABASE `" + scratch + "`");
        }
    }

    private Connection server() throws SQLException {
        // A connection in strict mode, as the portal's: a character latin1 cannot hold is an error, not a "?".
        Connection connection = DriverManager.getConnection(url.replaceFirst("(jdbc:mysql://[^/]+/)[^?]*", "$1"),
                username, password);
        try (var sql = connection.createStatement()) {
            sql.execute("SET SESSION sql_mode = 'STRICT_ALL_TABLES'");
        }
        return connection;
    }
}
