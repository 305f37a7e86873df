package za.gov.dpsa.isdip.tenancy.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a pooled connection whose default database is the tenant's own. Entities carry no database
 * name, so every query of a session runs in its tenant's database and cannot name another department's rows.
 * A connection goes back to the pool pointed at the platform database again.
 */
class DepartmentConnectionProvider implements MultiTenantConnectionProvider<String> {

    private final transient DataSource dataSource;
    private final transient DepartmentDatabases databases;

    DepartmentConnectionProvider(DataSource dataSource, DepartmentDatabases databases) {
        this.dataSource = dataSource;
        this.databases = databases;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenant) throws SQLException {
        String database = databases.databaseForTenant(tenant);
        Connection connection = dataSource.getConnection();
        try {
            connection.setCatalog(database);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public void releaseConnection(String tenant, Connection connection) throws SQLException {
        try {
            connection.setCatalog(databases.platformDatabase());
        } finally {
            connection.close();
        }
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
