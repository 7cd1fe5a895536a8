package org.contractregistry.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.contractregistry.registry.store.TestDatabases.PgDatabase;

/**
 * The packaged app ({@code quarkus-run.jar}) as a real process on a free port over a given PostgreSQL database, for
 * failsafe ITs: {@link #start} launches it, {@link #awaitReady} waits for {@code /q/health/ready}, {@link #close}
 * stops it, {@link #kill} kills it. {@link #send} is a plain HTTP call.
 */
public final class PackagedRegistry implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final String url;
    private final Path log;

    private PackagedRegistry(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** Launches the jar over the given PostgreSQL database without waiting; output in {@code target/<logName>.log}. */
    public static PackagedRegistry start(PgDatabase database, String logName) throws IOException {
        return start(Map.of("REGISTRY_DB_URL", database.jdbcUrl(), "REGISTRY_DB_USER", TestDatabases.PG_USER),
                List.of(), logName);
    }

    /**
     * Launches the jar without waiting, with {@code database} as its database environment ({@code REGISTRY_DB_*},
     * {@code REGISTRY_H2_URL}; the caller's own {@code REGISTRY_DB_KIND} and {@code REGISTRY_DB_URL} are dropped) and
     * {@code jvmOptions} before {@code -jar}; the output goes to {@code target/<logName>.log}.
     */
    public static PackagedRegistry start(Map<String, String> database, List<String> jvmOptions, String logName)
            throws IOException {
        String jar = System.getProperty("quarkus.app.jar", "target/quarkus-app/quarkus-run.jar");
        assertThat(new File(jar)).as("packaged app (run mvn package first)").exists();
        int port = freePort();
        Path log = Path.of("target", logName + ".log");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", startupArchiveOption(jar)));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("REGISTRY_DB_KIND");
        builder.environment().remove("REGISTRY_DB_URL");
        // No load balancer drains a test instance; a test of the drain passes its own delay.
        builder.environment().put("REGISTRY_SHUTDOWN_DELAY", "0s");
        builder.environment().putAll(database);
        builder.environment().put("REGISTRY_PORT", Integer.toString(port));
        return new PackagedRegistry(builder.start(), "http://127.0.0.1:" + port, log);
    }

    /** The class-data-sharing archive {@code mvn package} records beside the jar, as README's start command uses. */
    static String startupArchiveOption(String jar) {
        return "-XX:SharedArchiveFile=" + new File(jar).getAbsoluteFile().toPath().resolveSibling("app-cds.jsa");
    }

    public String url() {
        return url;
    }

    /** Waits up to 120 s for readiness; fails with the app's log if it exits or never gets ready. */
    public PackagedRegistry awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send("GET", url + "/q/health/ready", null, null).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The instance exited: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(url + " not ready in 120 s: " + Files.readString(log));
    }

    /** One HTTP call; {@code body} null sends no body, {@code contentType} null sends no Content-Type. */
    public static HttpResponse<String> send(String method, String url, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends SIGTERM (what {@link Process#destroy} does on Unix) and returns at once. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to exit; false when it is still running after {@code timeout}. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** The exit status, once {@link #awaitExit} said the process is gone. */
    public int exitValue() {
        return process.exitValue();
    }

    public Path log() {
        return log;
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs, nothing is flushed; returns once the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
