package org.contractregistry.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's online copy of the registry's file database, and the write delay the service runs with. */
class H2BackupTest {
    @TempDir
    Path dir;

    @Test
    void anOnlineCopyRestoresEverythingAndOnlyTheNewestAreKept() throws Exception {
        JdbcDataSource live = fileDatabase(dir.resolve("live/registry") + ";DB_CLOSE_ON_EXIT=FALSE");
        TestDatabases.migrate(live);
        try (Connection connection = live.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE marker(v VARCHAR(20))");
            statement.execute("INSERT INTO marker VALUES ('before-backup')");
            H2Backup backup = new H2Backup(live, dir.resolve("backups"), 2);
            backup.take(Instant.parse("2026-12-01T10:00:00Z"));
            backup.take(Instant.parse("2026-12-01T11:00:00Z"));
            Path newest = backup.take(Instant.parse("2026-12-01T12:00:00Z"));
            statement.execute("INSERT INTO marker VALUES ('after-backup')");

            try (Stream<Path> kept = Files.list(dir.resolve("backups"))) {
                assertThat(kept.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                        "registry-20261201T110000Z.zip", "registry-20261201T120000Z.zip");
            }
            Restore.execute(newest.toString(), dir.resolve("restored").toString(), "registry");
        }
        try (Connection restored = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("restored/registry")
                + ";IFEXISTS=TRUE", "sa", "");
                Statement statement = restored.createStatement();
                ResultSet rows = statement.executeQuery("SELECT v FROM marker")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("before-backup");
            assertThat(rows.next()).as("only what was committed before the copy").isFalse();
        }
    }

    @Test
    void commitsReachTheFileUnlessTheUrlChoseADelay() throws Exception {
        String plain = dir.resolve("a/registry").toString();
        try (Connection connection = fileDatabase(plain).getConnection()) {
            assertThat(H2Durability.commitToFile(connection, "jdbc:h2:file:" + plain)).isZero();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                            + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("0");
            }
        }
        String chosen = dir.resolve("b/registry") + ";WRITE_DELAY=500";
        try (Connection connection = fileDatabase(chosen).getConnection()) {
            assertThat(H2Durability.commitToFile(connection, "jdbc:h2:file:" + chosen)).isEqualTo(500);
        }
    }

    private static JdbcDataSource fileDatabase(String path) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + path);
        dataSource.setUser("sa");
        return dataSource;
    }
}
