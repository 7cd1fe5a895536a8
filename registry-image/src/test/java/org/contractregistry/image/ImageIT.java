package org.contractregistry.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the image Jib built (target/jib-image.tar) without a container engine, as one would: its layers unpacked in
 * order into a root filesystem, mounted read-only in a private mount namespace with a tmpfs on /tmp and a host
 * directory on the /data volume, and its entrypoint started there (chroot) as the image's non-root user with the
 * image's environment. Podman cannot run containers in this sandbox (crun: setrlimit RLIMIT_NOFILE not permitted),
 * so this is the proof: /q/health/ready is UP, a registration is answered and lands in /data, and the JVM mapped the
 * image's app-cds.jsa. Skipped (with the missing tool named) only outside CI=true.
 */
class ImageIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    @Test
    void theImageStartsReadOnlyAsItsUserAndAnswersARegistration() throws Exception {
        for (String tool : List.of("tar", "unshare", "chroot", "mount")) {
            require(tool, find(tool).isPresent(), "apt-get install -y util-linux coreutils tar");
        }
        require("root privileges (chroot, mount namespaces)", "root".equals(System.getProperty("user.name")),
                "run the build as root, or run the image with podman/docker");
        Path image = Path.of(System.getProperty("registry.image.tar", "target/jib-image.tar"));
        assertThat(image).as("mvn package builds the image").isRegularFile();

        Path unpacked = Files.createDirectories(work.resolve("image"));
        run(List.of("tar", "-xf", image.toString(), "-C", unpacked.toString()));
        JsonNode manifest = MAPPER.readTree(unpacked.resolve("manifest.json").toFile()).get(0);
        JsonNode config = MAPPER.readTree(unpacked.resolve(manifest.get("Config").asText()).toFile()).get("config");
        Path rootfs = Files.createDirectories(work.resolve("rootfs"));
        for (JsonNode layer : manifest.get("Layers")) {
            run(List.of("tar", "-xf", unpacked.resolve(layer.asText()).toString(), "-C", rootfs.toString()));
        }

        assertThat(config.get("User").asText()).isEqualTo("10001:10001");
        assertThat(config.get("WorkingDir").asText()).as("chroot starts in /").isEqualTo("/");
        assertThat(config.get("Volumes").has("/data")).isTrue();
        assertThat(config.get("ExposedPorts").has("8081/tcp")).isTrue();
        List<String> entrypoint = new ArrayList<>();
        config.get("Entrypoint").forEach(arg -> entrypoint.add(arg.asText()));
        assertThat(entrypoint).contains("-Xmx256m", "-XX:+UseParallelGC", "-XX:SharedArchiveFile=/app/app-cds.jsa");
        assertThat(rootfs.resolve("app/app-cds.jsa")).isRegularFile();
        assertThat(rootfs.resolve("app/quarkus-run.jar")).isRegularFile();

        Path data = Files.createDirectories(work.resolve("data"));
        run(List.of("chown", "10001:10001", data.toString()));
        int port = freePort();
        List<String> env = new ArrayList<>();
        config.get("Env").forEach(variable -> env.add(variable.asText()));
        env.addAll(List.of("REGISTRY_PORT=" + port, "REGISTRY_HOST=127.0.0.1", "JAVA_TOOL_OPTIONS=-Xlog:cds=info"));
        String script = String.join("\n",
                "set -e",
                "R=" + rootfs,
                "mount --bind \"$R\" \"$R\"",
                "mount -o remount,bind,ro \"$R\"",
                "mount -t tmpfs -o mode=1777 tmpfs \"$R/tmp\"",
                "mount --bind " + data + " \"$R/data\"",
                "mount -t proc proc \"$R/proc\"",
                "exec env -i " + String.join(" ", env.stream().map(ImageIT::quoted).toList())
                        + " " + find("chroot").orElseThrow() + " --userspec=" + config.get("User").asText() + " \"$R\" "
                        + String.join(" ", entrypoint.stream().map(ImageIT::quoted).toList()));
        Path log = Path.of("target", "image-run.log");
        Process container = new ProcessBuilder("unshare", "--mount", "--propagation", "private", "--fork",
                "--kill-child=SIGTERM", "sh", "-c", script).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        try {
            String url = "http://127.0.0.1:" + port;
            awaitReady(container, url, log);
            HttpResponse<String> registered = send("POST", url + "/subjects/image-check-value/versions",
                    "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"R\\\",\\\"fields\\\":"
                            + "[{\\\"name\\\":\\\"a\\\",\\\"type\\\":\\\"long\\\"}]}\"}");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
            assertThat(MAPPER.readTree(registered.body()).get("id").asInt()).isEqualTo(1);
        } finally {
            // SIGTERM to the entrypoint, as a runtime stops a container (unshare --fork ignores it itself)
            container.descendants().forEach(ProcessHandle::destroy);
            container.destroy();
            if (!container.waitFor(60, TimeUnit.SECONDS)) {
                container.destroyForcibly();
            }
        }
        String output = Files.readString(log);
        assertThat(data.resolve("registry.mv.db")).as("the H2 file on the /data volume").isRegularFile();
        assertThat(output).as("the JVM mapped app-cds.jsa (see " + log + ")")
                .containsPattern("(?i)opened archive /app/app-cds\\.jsa|mapped dynamic region")
                .doesNotContainPattern("(?i)shared class paths mismatch|Unable to use shared archive");
        assertThat(output).as("nothing wrote to the read-only root").doesNotContain("Read-only file system");
    }

    private static void awaitReady(Process container, String url, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(container.isAlive()).as("the container exited: " + Files.readString(log)).isTrue();
            try {
                HttpResponse<String> ready = send("GET", url + "/q/health/ready", null);
                if (ready.statusCode() == 200) {
                    assertThat(ready.body()).contains("\"status\": \"UP\"");
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not ready in 120 s: " + Files.readString(log));
    }

    private static HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/vnd.schemaregistry.v1+json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String quoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    private static void require(String what, boolean present, String install) {
        if (present) {
            return;
        }
        String message = what + " not available to run the image; " + install;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + " (required when CI=true)");
        }
        Assumptions.abort(message + "; skipping");
    }

    private static Optional<Path> find(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(command + ": " + output).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
