package org.contractregistry.compat.spark;

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

/** The packaged registry-service, started on a free port with a temporary H2 database, stopped by {@link #close()}. */
final class RegistryProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private RegistryProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static RegistryProcess start(Path jar, Path workDir, Map<String, String> systemProperties) throws Exception {
        int port = freePort();
        Path log = workDir.resolve("registry.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                // the class-data-sharing archive mvn package records beside the jar (registry-service/README.md)
                "-XX:SharedArchiveFile=" + jar.toAbsolutePath().resolveSibling("app-cds.jsa"),
                "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("REGISTRY_H2_URL",
                "jdbc:h2:file:" + workDir.resolve("db/registry").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        builder.environment().remove("REGISTRY_DB_URL");
        builder.environment().remove("REGISTRY_DB_KIND");
        RegistryProcess registry = new RegistryProcess(builder.start(), port, log);
        registry.awaitReady(Duration.ofSeconds(300));
        return registry;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void awaitReady(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("registry exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("registry not ready after " + timeout + ":\n" + logTail());
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(java.time.Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
