package za.gov.dpsa.isdip.tenancy.database;

import java.sql.Connection;
import java.sql.SQLException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.springframework.beans.factory.ObjectProvider;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * Hands Hibernate a pooled connection whose default database is the tenant's own, from the pool of the server that
 * holds it. Entities carry no database name, so every query of a session runs in its tenant's database and cannot
 * name another department's rows; a department on another server is not even reachable over the connection. A
 * connection of the platform pool goes back pointed at the platform database again. How long each department
 * holds a connection is measured ({@code isdip.db.connection.held}), so operators see database load per department.
 */
class DepartmentConnectionProvider implements MultiTenantConnectionProvider<String> {

    static final String HELD_METER = "isdip.db.connection.held";

    private final transient DepartmentDatabases databases;
    private final transient ObjectProvider<MeterRegistry> meters;
    private final transient Map<Connection, Long> checkedOut = new ConcurrentHashMap<>();
    private final transient Map<String, Timer> heldTimers = new ConcurrentHashMap<>();

    DepartmentConnectionProvider(DepartmentDatabases databases, ObjectProvider<MeterRegistry> meters) {
        this.databases = databases;
        this.meters = meters;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return databases.platformDataSource().getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenant) throws SQLException {
        String database = databases.databaseForTenant(tenant);
        if (TenantContext.PLATFORM.equals(tenant)) {
            Connection connection = databases.platformDataSource().getConnection();
            checkedOut.put(connection, System.nanoTime());
            return connection;
        }
        Connection connection = databases.servers().dataSource(databases.serverOf(tenant)).getConnection();
        try {
            connection.setCatalog(database);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        checkedOut.put(connection, System.nanoTime());
        return connection;
    }

    @Override
    public void releaseConnection(String tenant, Connection connection) throws SQLException {
        Long since = checkedOut.remove(connection);
        String server = TenantContext.PLATFORM.equals(tenant) ? "platform" : databases.serverOf(tenant);
        try {
            if (!TenantContext.PLATFORM.equals(tenant) && databases.servers().sharesPlatformPool(server)) {
                connection.setCatalog(databases.platformDatabase());
            }
        } finally {
            connection.close();
            if (since != null) {
                recordHeld(tenant, server, System.nanoTime() - since);
            }
        }
    }

    private void recordHeld(String tenant, String server, long nanos) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry == null) {
            return;
        }
        heldTimers.computeIfAbsent(tenant + '\u001f' + server, key -> Timer.builder(HELD_METER)
                        .description("How long a unit of work held a database connection")
                        .tag("department", tenant).tag("server", server).register(registry))
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        if (unwrapType.isInstance(this)) {
            return unwrapType.cast(this);
        }
        throw new IllegalArgumentException("Cannot unwrap to " + unwrapType);
    }
}
