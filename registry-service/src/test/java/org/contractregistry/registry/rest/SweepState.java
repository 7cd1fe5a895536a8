package org.contractregistry.registry.rest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row of every table of the registry and lineage stores, read directly from the database: two snapshots are
 * equal exactly when nothing was written in between (subjects, versions, schemas, ids, references, configs, modes,
 * contexts, lineage events, runs, datasets, bindings).
 */
record SweepState(Map<String, List<String>> tables) {

    static SweepState read(DataSource dataSource) {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(i == 1 ? "" : " | ").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the store", e);
        }
        return new SweepState(tables);
    }

    /** Per table, the rows one snapshot has and the other has not; empty when equal. */
    List<String> differencesFrom(SweepState before) {
        List<String> out = new ArrayList<>();
        for (String table : tables.keySet()) {
            List<String> added = new ArrayList<>(tables.get(table));
            added.removeAll(before.tables.getOrDefault(table, List.of()));
            List<String> removed = new ArrayList<>(before.tables.getOrDefault(table, List.of()));
            removed.removeAll(tables.get(table));
            added.forEach(row -> out.add(table + " + " + SweepHttp.abbreviate(row)));
            removed.forEach(row -> out.add(table + " - " + SweepHttp.abbreviate(row)));
        }
        return out;
    }

    int rows(String table) {
        return tables.getOrDefault(table.toUpperCase(java.util.Locale.ROOT), List.of()).size();
    }
}
