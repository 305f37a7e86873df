package za.gov.dpsa.isdip.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.assertj.core.api.SoftAssertions;

import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDefinition;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentOnboarding;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.Province;
import za.gov.dpsa.isdip.tenancy.Sphere;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/**
 * The data the benchmarks share, made once in their {@code isdipbench_*} databases and kept: the department
 * {@code bench-100k} with its 100,000 cases (and, for the data-subject search, the citizens and files of those
 * cases), and the departments {@code bench-d001}... that bring the platform to 150. Each step looks first at
 * what is there and adds only what is missing, so whichever benchmark runs first, the others find the same data.
 * Also the timing and printing helpers the benchmarks have in common.
 */
final class BenchData {

    /** The department of 150 that the standards, advocacy and learner benchmarks work in. */
    static final String SMALL_DEPARTMENT = "bench-d001";

    static final String[] NATIONAL_PORTFOLIOS = {"Agriculture", "Basic Education", "Communications",
            "Correctional Services", "Employment and Labour", "Forestry and Fisheries", "Health",
            "Higher Education", "Human Settlements", "International Relations", "Justice", "Mineral Resources",
            "Public Works", "Rural Development", "Science and Innovation", "Small Business Development",
            "Social Development", "Sport, Arts and Culture", "Tourism", "Trade and Industry", "Transport",
            "Water and Sanitation", "Women, Youth and Persons with Disabilities", "Cooperative Governance",
            "Traditional Affairs", "Environmental Affairs", "Statistics", "Government Communication"};
    static final String[] PROVINCIAL_PORTFOLIOS = {"Health", "Education", "Social Development", "Transport",
            "Human Settlements", "Agriculture", "Economic Development", "Community Safety", "Public Works",
            "Sport, Arts and Culture", "Provincial Treasury", "Cooperative Governance", "Environmental Affairs",
            "Office of the Premier"};

    static final String[] FIRST_NAMES = {"Thandi", "Sipho", "Lerato", "Thabo", "Nomvula", "Bongani", "Zanele",
            "Mandla", "Palesa", "Kagiso", "Naledi", "Tshepo", "Ayanda", "Lindiwe", "Themba", "Busisiwe", "Mpho",
            "Nkosinathi", "Refilwe", "Sibusiso", "Nokuthula", "Karabo", "Johan", "Annelie", "Pieter", "Marietjie",
            "Priya", "Rajesh", "Fatima", "Yusuf", "Michelle", "David", "Sarah", "Andile", "Lwazi", "Nandi",
            "Katlego", "Boitumelo", "Siyabonga", "Nompumelelo", "Tumelo", "Dineo", "Vusi", "Thulani", "Precious",
            "Gugu", "Lungile", "Mthunzi", "Ntombi", "Hlengiwe", "Kabelo", "Onkgopotse", "Rethabile", "Tsakani",
            "Rudzani", "Mulalo", "Khensani", "Nhlanhla", "Zodwa", "Xolani"};
    static final String[] SURNAMES = {"Mokoena", "Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Mahlangu", "Mthembu",
            "Zulu", "Sithole", "Naidoo", "van der Merwe", "Botha", "Pretorius", "Molefe", "Mabaso", "Mkhize",
            "Ngcobo", "Buthelezi", "Shabalala", "Tshabalala", "Radebe", "Maseko", "Cele", "Zungu", "Hlongwane",
            "Baloyi", "Maluleke", "Mathebula", "Chauke", "Nemutanzhela", "Ramaphosa", "Mashaba", "Modise",
            "Letsoalo", "Makhubela", "Mnisi", "Sibiya", "Gumede", "Pillay", "Govender", "Moodley", "Adams",
            "Petersen", "Jacobs", "Williams", "Smith", "Fourie", "du Plessis", "Nel", "Kruger", "Venter",
            "Joubert", "Mabuza", "Motaung", "Phiri", "Qwabe", "Xaba", "Yende", "Zwane", "Kekana"};
    /** People behind the citizens of bench-100k's cases: fewer than the cases, so some have several cases. */
    static final int PERSONS = 30_000;
    /** One case with a citizen in twenty also holds a file. */
    static final int ATTACHMENT_EVERY = 20;
    static final int ATTACHMENT_BYTES = 4_096;

    private BenchData() {
    }

    // ---- bench-100k and its 100,000 cases -------------------------------------------------------------------------

    /** Onboards bench-100k and inserts its 100,000 cases (CaseListBenchmark's generator) when missing. */
    static String prepareCaseDepartment(DepartmentDirectory directory, DepartmentOnboarding onboarding,
                                        DepartmentDatabases databases) throws SQLException {
        String department = CaseListBenchmark.DEPARTMENT;
        String onboarded = "already onboarded";
        if (directory.find(department).isEmpty()) {
            long started = System.nanoTime();
            onboarding.onboard(new DepartmentDefinition(department, "Benchmark Department (100 000 cases)", "B100K",
                    Sphere.NATIONAL, null, List.of(new DepartmentDefinition.CoreServiceDefinition(
                            "Identity documents", "Citizens"))));
            onboarded = "onboarded in " + (System.nanoTime() - started) / 1_000_000 + " ms";
        }
        return onboarded + ", " + inDepartment(databases, department, connection -> {
            long existing = count(connection, "select count(*) from support_case");
            if (existing >= CaseListBenchmark.CASES) {
                return existing + " cases already inserted";
            }
            long started = System.nanoTime();
            CaseListBenchmark.insertCases(connection, (int) existing, Instant.now());
            return "inserted " + (CaseListBenchmark.CASES - existing) + " cases in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms";
        });
    }

    /**
     * The citizen of every bench-100k case marked as having one (about 40,000), and a 4 KB file on one in
     * {@link #ATTACHMENT_EVERY} of them. The citizen of case n is person {@code n * 7919 mod 30,000}, so a person
     * has one to a few cases and each whole name is shared by about eight people (60 first names, 60 surnames).
     */
    static String prepareCitizens(DepartmentDatabases databases) throws SQLException {
        return inDepartment(databases, CaseListBenchmark.DEPARTMENT, connection -> {
            List<long[]> missing = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select s.id, s.reference, s.created_at from support_case s "
                         + "left join case_citizen c on c.case_id = s.id where s.has_citizen and c.case_id is null "
                         + "order by s.id")) {
                while (rows.next()) {
                    String reference = rows.getString(2);
                    long n = Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1));
                    missing.add(new long[] {rows.getLong(1), n, rows.getTimestamp(3).getTime()});
                }
            }
            long files;
            if (missing.isEmpty()) {
                files = count(connection, "select count(*) from case_attachment");
                return String.format(Locale.ROOT, "citizens already inserted (%,d citizens, %,d files)",
                        count(connection, "select count(*) from case_citizen"), files);
            }
            long started = System.nanoTime();
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            int attachments = 0;
            byte[] content = new byte[ATTACHMENT_BYTES];
            try (PreparedStatement file = connection.prepareStatement("insert into case_attachment (case_id, "
                    + "file_name, content_type, size_bytes, content, uploaded_by, uploaded_at) values (?,?,?,?,?,?,?)")) {
                for (int start = 0; start < missing.size(); start += CaseListBenchmark.CHUNK) {
                    List<long[]> chunk = missing.subList(start, Math.min(missing.size(), start + CaseListBenchmark.CHUNK));
                    String sql = "insert into case_citizen (case_id, full_name, id_number, phone, email) values "
                            + chunk.stream().map(c -> "(?,?,?,?,?)").collect(Collectors.joining(","));
                    try (PreparedStatement insert = connection.prepareStatement(sql)) {
                        int p = 1;
                        for (long[] c : chunk) {
                            int person = person(c[1]);
                            insert.setLong(p++, c[0]);
                            insert.setString(p++, fullName(person));
                            insert.setString(p++, idNumber(person));
                            insert.setString(p++, phone(person));
                            insert.setString(p++, email(person));
                            if (c[1] % ATTACHMENT_EVERY == 0) {
                                new SplittableRandom(c[1]).nextBytes(content);
                                file.setLong(1, c[0]);
                                file.setString(2, String.format(Locale.ROOT, "affidavit-%06d.pdf", c[1]));
                                file.setString(3, "application/pdf");
                                file.setLong(4, content.length);
                                file.setBytes(5, content);
                                file.setString(6, "bench.official01");
                                file.setTimestamp(7, new Timestamp(c[2]));
                                file.addBatch();
                                attachments++;
                            }
                        }
                        insert.executeUpdate();
                    }
                    file.executeBatch();
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return String.format(Locale.ROOT, "inserted %,d citizens and %,d files in %,d ms", missing.size(),
                    attachments, (System.nanoTime() - started) / 1_000_000);
        });
    }

    static int person(long caseNumber) {
        return (int) Math.floorMod(caseNumber * 7919L, (long) PERSONS);
    }

    static String fullName(int person) {
        return FIRST_NAMES[person % FIRST_NAMES.length] + " " + SURNAMES[(person / FIRST_NAMES.length)
                % SURNAMES.length];
    }

    /** 13 digits: a birth date, a sequence and a fixed tail; one person in five gave none. */
    static String idNumber(int person) {
        if (person % 5 == 4) {
            return null;
        }
        return String.format(Locale.ROOT, "%02d%02d%02d%05d8%d", 50 + person % 50, 1 + person % 12, 1 + person % 28,
                person, person % 10).substring(0, 13);
    }

    /** One person in three gave an email address. */
    static String email(int person) {
        if (person % 3 != 0) {
            return null;
        }
        String name = fullName(person).toLowerCase(Locale.ROOT).replace(' ', '.');
        return name + "." + person + "@example.org";
    }

    /** One person in two gave a phone number. */
    static String phone(int person) {
        return person % 2 == 0 ? null : String.format(Locale.ROOT, "08%d %03d %04d", 1 + person % 4, person % 1000,
                person);
    }

    // ---- the 150 departments ----------------------------------------------------------------------------------

    /** Onboards bench-d001... until {@code wanted} departments are active (about a second each). */
    static String prepareDepartments(DepartmentDirectory directory, DepartmentOnboarding onboarding, int wanted) {
        Set<String> known = directory.all().stream().map(Department::id).collect(Collectors.toSet());
        long active = directory.all().stream().filter(Department::active).count();
        if (active >= wanted) {
            return active + " active departments already registered";
        }
        long started = System.nanoTime();
        long slowest = 0;
        int onboarded = 0;
        for (int n = 1; active < wanted; n++) {
            DepartmentDefinition definition = benchDepartment(n);
            if (known.contains(definition.id())) {
                continue;
            }
            long t0 = System.nanoTime();
            onboarding.onboard(definition);
            slowest = Math.max(slowest, System.nanoTime() - t0);
            onboarded++;
            active++;
        }
        long total = (System.nanoTime() - started) / 1_000_000;
        return String.format(Locale.ROOT, "onboarded %d departments in %,d ms (%,d ms each on average, slowest "
                + "%,d ms)", onboarded, total, total / onboarded, slowest / 1_000_000);
    }

    /**
     * Bench department number {@code n}: id {@code bench-dNNN}, short code {@code BDNNN}, no core services; about
     * 30% national, the rest spread over the nine provinces (10 and 9 share no factor).
     */
    static DepartmentDefinition benchDepartment(int n) {
        boolean national = n % 10 == 0 || n % 10 == 3 || n % 10 == 7;
        Province province = national ? null : Province.values()[n % 9];
        String portfolio = national ? NATIONAL_PORTFOLIOS[n % NATIONAL_PORTFOLIOS.length]
                : PROVINCIAL_PORTFOLIOS[n % PROVINCIAL_PORTFOLIOS.length];
        String name = "Benchmark " + (national ? "Department of " + portfolio
                : province.displayName() + " " + portfolio) + " " + String.format(Locale.ROOT, "%03d", n);
        return new DepartmentDefinition(String.format(Locale.ROOT, "bench-d%03d", n), name,
                String.format(Locale.ROOT, "BD%03d", n), national ? Sphere.NATIONAL : Sphere.PROVINCIAL, province,
                List.of());
    }

    // ---- JDBC --------------------------------------------------------------------------------------------------

    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Work on a department's database over a connection of its own server's pool (as the portal routes it). */
    static <T> T inDepartment(DepartmentDatabases databases, String department, SqlWork<T> work) throws SQLException {
        return databases.withDepartmentConnection(department, work::run);
    }

    /** Work on the bench platform database (refused on any other, so a fill never lands in a test database). */
    static <T> T inPlatform(DataSource dataSource, SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"isdipbench_platform".equals(connection.getCatalog())) {
                throw new IllegalStateException("Not the bench platform database: " + connection.getCatalog());
            }
            return work.run(connection);
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** EXPLAIN of a query, one line per step. */
    static List<String> plan(Connection connection, String sql) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("explain " + sql)) {
            while (plan.next()) {
                steps.add(String.format(Locale.ROOT, "table=%s type=%s key=%s rows=%s extra=%s",
                        plan.getString("table"), plan.getString("type"), plan.getString("key"),
                        plan.getString("rows"), plan.getString("Extra")));
            }
        }
        return steps;
    }

    // ---- timing and the printed figures ---------------------------------------------------------------------------

    /**
     * Fewest timed samples a percentile may come from. With 20 samples a p95 is the second-slowest call, so one
     * hiccup of a shared machine decides it; with 100 it is the sixth-slowest.
     */
    static final int MIN_SAMPLES = 100;

    /** A call timed outside a user's session, such as a plain JDBC query. */
    interface JdbcCall {
        void run() throws SQLException;
    }

    /** Server time of {@code timed} calls after {@code warmUp} untimed ones, as the user. */
    static Timing time(PortalUser user, int warmUp, int timed, Supplier<?> work) {
        long[] nanos = new long[timed];
        TestUsers.runAs(user, () -> {
            for (int i = 0; i < warmUp; i++) {
                work.get();
            }
            for (int i = 0; i < timed; i++) {
                long t0 = System.nanoTime();
                work.get();
                nanos[i] = System.nanoTime() - t0;
            }
        });
        return new Timing(warmUp, nanos);
    }

    /** Time of {@code timed} calls after {@code warmUp} untimed ones, outside any user's session. */
    static Timing timeJdbc(int warmUp, int timed, JdbcCall call) throws SQLException {
        long[] nanos = new long[timed];
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        for (int i = 0; i < timed; i++) {
            long t0 = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - t0;
        }
        return new Timing(warmUp, nanos);
    }

    /** Bytes the current thread allocates per call, averaged over {@code calls} (after the timed runs). */
    static long allocatedPerCall(PortalUser user, int calls, Supplier<?> work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] bytes = new long[1];
        TestUsers.runAs(user, () -> {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < calls; i++) {
                work.get();
            }
            bytes[0] = threads.getCurrentThreadAllocatedBytes() - before;
        });
        return bytes[0] / calls;
    }

    /**
     * The machine's load average (1, 5 and 15 minutes, from {@code /proc/loadavg}) and its cores, so that a figure
     * taken while other work ran can be told from a quiet one. Busy: more runnable work in the last minute than
     * cores (the benchmark's own thread and the database count too).
     */
    record Load(double oneMinute, double fiveMinutes, double fifteenMinutes, int cores) {

        static Load now() {
            int cores = Runtime.getRuntime().availableProcessors();
            try {
                String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
                return new Load(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                        Double.parseDouble(fields[2]), cores);
            } catch (java.io.IOException | RuntimeException e) {
                // Not Linux: the figures stand without it.
                return new Load(Double.NaN, Double.NaN, Double.NaN, cores);
            }
        }

        boolean busy() {
            return oneMinute > cores;
        }

        @Override
        public String toString() {
            if (Double.isNaN(oneMinute)) {
                return String.format(Locale.ROOT, "load unknown (no /proc/loadavg), %d cores", cores);
            }
            return String.format(Locale.ROOT, "load %.2f %.2f %.2f, %d cores%s", oneMinute, fiveMinutes,
                    fifteenMinutes, cores, busy() ? " BUSY" : "");
        }
    }

    /**
     * The timed samples of one figure and the machine's load when they were taken (read as the last sample
     * ends). The only way to a percentile in the benchmarks, so none can come from fewer than
     * {@link #MIN_SAMPLES} samples or from samples without a warm-up before them.
     */
    static final class Timing {
        private final int warmUp;
        private final long[] sortedNanos;
        private final Load load;

        Timing(int warmUp, long[] nanos) {
            if (nanos.length < MIN_SAMPLES) {
                throw new IllegalArgumentException("A percentile needs at least " + MIN_SAMPLES
                        + " timed samples; got " + nanos.length + ". Raise the benchmark's timed count.");
            }
            if (warmUp < 1) {
                throw new IllegalArgumentException("Timed samples need untimed warm-up calls before them; got "
                        + warmUp + ".");
            }
            this.warmUp = warmUp;
            this.sortedNanos = nanos.clone();
            Arrays.sort(sortedNanos);
            this.load = Load.now();
        }

        int samples() {
            return sortedNanos.length;
        }

        int warmUp() {
            return warmUp;
        }

        Load load() {
            return load;
        }

        /** Nearest-rank percentile, in milliseconds. */
        double percentile(int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
            return sortedNanos[Math.max(0, rank - 1)] / 1e6;
        }

        double median() {
            return percentile(50);
        }

        double p95() {
            return percentile(95);
        }

        double max() {
            return sortedNanos[sortedNanos.length - 1] / 1e6;
        }

        /** What the figure stands on: its samples, their warm-up, and the load as they ended. */
        String basis() {
            return String.format(Locale.ROOT, "%d timed after %d warm-up; %s", samples(), warmUp, load);
        }
    }

    /**
     * The lines a benchmark prints and writes to {@code target/bench/<name>.txt}, and its goals: every figure
     * given a goal is checked, and {@link #finish} fails once with all the misses after the report is out, so one
     * run shows every figure.
     */
    static final class Report {
        private final String name;
        private final StringBuilder text = new StringBuilder();
        private final SoftAssertions goals = new SoftAssertions();
        private int goalsChecked;

        Report(String name, DataSource dataSource) {
            this.name = name;
            Runtime runtime = Runtime.getRuntime();
            line("%s results", name);
            line("%s", "=".repeat(name.length() + 8));
            line("JVM %s, %d cores, max heap %d MB, GC %s; database %s", System.getProperty("java.version"),
                    runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024),
                    ManagementFactory.getGarbageCollectorMXBeans().getFirst().getName(),
                    CaseListBenchmark.databaseVersion(dataSource));
            line("note: the machine's cores are shared with other builds, so the figures carry some noise; each "
                    + "figure ends with its sample count and the load (/proc/loadavg, 1 5 15 min) as it was taken, "
                    + "BUSY when the 1-minute load exceeds the cores; at the start: %s", Load.now());
        }

        void line(String format, Object... arguments) {
            text.append(String.format(Locale.ROOT, format, arguments)).append('\n');
        }

        /** Median, p95 and max, and the p95 against the goal, which is checked at {@link #finish}. */
        void verdict(String figure, Timing timing, double goalMs) {
            double p95 = timing.p95();
            boolean met = p95 <= goalMs;
            line("    %-34s median %8.2f ms   p95 %8.2f ms   max %8.2f ms   p95/goal(%.0f ms) = %.2f  -> %-7s  [%s]",
                    figure, timing.median(), p95, timing.max(), goalMs, p95 / goalMs, met ? "MET" : "NOT MET",
                    timing.basis());
            goalsChecked++;
            goals.assertThat(p95).as("%s %s: p95 %.2f ms against its goal of %.0f ms [%s]", name, figure, p95,
                    goalMs, timing.basis()).isLessThanOrEqualTo(goalMs);
        }

        /** Median, p95 and max of a figure without a goal of its own. */
        void times(String label, Timing timing) {
            line("    %-34s median %8.2f ms   p95 %8.2f ms   max %8.2f ms   [%s]", label, timing.median(),
                    timing.p95(), timing.max(), timing.basis());
        }

        /** Prints the report and writes it to its file, then fails with every goal missed. */
        void finish() throws java.io.IOException {
            if (goalsChecked > 0) {
                int missed = goals.errorsCollected().size();
                line("");
                line("goals: %d checked, %s", goalsChecked, missed == 0 ? "all met" : missed + " NOT MET");
            }
            String all = text.toString();
            System.out.println(all);
            Path file = Path.of("target", "bench", name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, all);
            goals.assertAll();
        }
    }
}
