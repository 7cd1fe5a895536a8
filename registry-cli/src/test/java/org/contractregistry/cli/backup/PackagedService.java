package org.contractregistry.cli.backup;

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

/** The packaged registry-service as a process on a free port over its own H2 file in a temporary folder. */
final class PackagedService implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Process process;
    private final String url;
    private final Path log;

    private PackagedService(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    static PackagedService start(Path dataDir, String name) throws Exception {
        String jar = System.getProperty("quarkus.app.jar", "../registry-service/target/quarkus-app/quarkus-run.jar");
        if (!new File(jar).exists()) {
            throw new IllegalStateException("packaged registry-service missing at " + jar + " (mvn package first)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", name + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", jar).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("REGISTRY_"));
        builder.environment().put("REGISTRY_PORT", Integer.toString(port));
        builder.environment().put("REGISTRY_H2_URL", "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("registry")
                + ";DB_CLOSE_ON_EXIT=FALSE");
        PackagedService service = new PackagedService(builder.start(), "http://127.0.0.1:" + port, log);
        service.awaitReady();
        return service;
    }

    String url() {
        return url;
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(url + " not ready in 120 s: " + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
