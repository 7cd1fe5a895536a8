package org.contractregistry.registry.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A consistent online copy of the embedded H2 database (schemas, settings, lineage, audit: one file) with H2's own
 * {@code BACKUP TO}, taken while the service runs (the file is locked by it, so the copy is taken inside it), into
 * {@code registry-<UTC time>.zip}; only the newest {@code keep} copies are kept. Restore with H2's
 * {@code org.h2.tools.Restore} into an empty folder (see registry-service/README.md, Backup).
 */
public final class H2Backup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String PREFIX = "registry-";

    private final DataSource dataSource;
    private final Path dir;
    private final int keep;

    public H2Backup(DataSource dataSource, Path dir, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, was " + keep);
        }
        this.dataSource = dataSource;
        this.dir = dir;
        this.keep = keep;
    }

    /** Writes one copy now and drops the oldest beyond {@code keep}; returns the copy's path. */
    public Path take(Instant now) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(PREFIX + STAMP.format(now) + ".zip").toAbsolutePath();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        List<Path> copies;
        try (Stream<Path> files = Files.list(dir)) {
            copies = files.filter(p -> p.getFileName().toString().matches(PREFIX + "\\d{8}T\\d{6}Z\\.zip"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        }
        for (Path old : copies.subList(Math.min(keep, copies.size()), copies.size())) {
            Files.deleteIfExists(old);
        }
        return target;
    }
}
