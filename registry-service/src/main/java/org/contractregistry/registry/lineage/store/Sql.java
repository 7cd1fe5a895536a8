package org.contractregistry.registry.lineage.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.contractregistry.registry.store.StoreException;

/** Small JDBC helpers: bind positional values (null-safe) and map rows, wrapping SQLException in StoreException. */
final class Sql {
    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    int update(String sql, Object... values) {
        try (PreparedStatement statement = prepare(sql, values)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... values) {
        try (PreparedStatement statement = prepare(sql, values); ResultSet rows = statement.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rows.next()) {
                out.add(mapper.map(rows));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... values) {
        List<T> rows = list(sql, mapper, values);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private PreparedStatement prepare(String sql, Object[] values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(statement, values);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Typed typed) {
                statement.setNull(i + 1, typed.sqlType());
            } else if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** A typed null, for parameters whose type the database cannot guess. */
    record Typed(int sqlType) {}

    static final Typed NULL_BIGINT = new Typed(Types.BIGINT);
    static final Typed NULL_INTEGER = new Typed(Types.INTEGER);

    static Object bigint(Long value) {
        return value == null ? NULL_BIGINT : value;
    }

    static Object integer(Integer value) {
        return value == null ? NULL_INTEGER : value;
    }

    static Long longOrNull(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Integer intOrNull(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
