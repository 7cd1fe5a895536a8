package org.contractregistry.registry.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the test's own (initdb into a temporary folder, a free loopback port, trust), so that a test
 * may stop and start it without touching the machine's shared cluster. Uses the newest
 * {@code /usr/lib/postgresql/<version>/bin} (or {@code REGISTRY_TEST_PG_BIN}); without it the test is skipped, except
 * under {@code CI=true}. Run as root, the server runs as the {@code postgres} user (PostgreSQL refuses root).
 */
public final class PrivatePostgres implements AutoCloseable {
    private final Path bin;
    private final Path dir;
    private final int port;

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** Creates the cluster and starts it; skips the test when the server binaries are missing (fails under CI). */
    public static PrivatePostgres start() throws IOException, InterruptedException {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            String message = "PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or "
                    + "REGISTRY_TEST_PG_BIN; install the postgresql package";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + " (required when CI=true)");
            }
            Assumptions.abort(message + "; skipping");
        }
        Path dir = Files.createTempDirectory("registry-private-pg-");
        PrivatePostgres server = new PrivatePostgres(bin.get(), dir, PackagedRegistry.freePort());
        if (isRoot()) {
            server.run(List.of("chown", "-R", "postgres", dir.toString()));
        }
        server.run(server.asOwner(List.of(bin.get().resolve("initdb").toString(), "-D", server.data(), "-U",
                "postgres", "-A", "trust", "--no-sync")));
        server.startServer();
        return server;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the (stopped) server and waits until it accepts connections. */
    public void startServer() throws IOException, InterruptedException {
        run(asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "start")));
    }

    /** Stops the server the way an operator's restart does ({@code pg_ctl stop -m fast}: sessions are ended). */
    public void stopServer() throws IOException, InterruptedException {
        run(asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop")));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run(asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop")));
        } catch (IllegalStateException alreadyStopped) {
            // stopped by the test
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private List<String> asOwner(List<String> command) {
        if (!isRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static Optional<Path> binaries() {
        String configured = System.getenv("REGISTRY_TEST_PG_BIN");
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(p -> Files.isExecutable(p.resolve("pg_ctl")));
        }
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        return versions == null ? Optional.empty() : Arrays.stream(versions)
                .map(v -> v.toPath().resolve("bin"))
                .filter(p -> Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl")))
                .max(Comparator.comparing(p -> versionOf(p.getParent().getFileName().toString())));
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
