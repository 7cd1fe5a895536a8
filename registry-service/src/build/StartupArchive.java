import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Records the class-data-sharing archive that makes the packaged service start faster ({@code mvn package} runs it
 * after {@code quarkus:build}; plain JDK, no dependencies).
 *
 * <p>It starts {@code quarkus-app/quarkus-run.jar} once with {@code -XX:ArchiveClassesAtExit} on a throw-away H2
 * database, waits for the first 200 on {@code /q/health/ready}, stops it, and leaves {@code quarkus-app/app-cds.jsa}:
 * every class loaded from process start to ready (configuration, CDI, Flyway, H2, OpenAPI, Vert.x, health), already
 * parsed and verified. A start with {@code -XX:SharedArchiveFile=.../app-cds.jsa} maps them instead of reading them
 * from the jars. The archive is valid for this JDK build and these jars only: the JVM ignores it (with a warning)
 * after a rebuild without it or on another JDK, and starts as it would without it.
 *
 * <p>Quarkus' own {@code quarkus.package.jar.appcds.enabled} is not used: on Java 17 it records only the static-init
 * classes and records the jar by a relative path, so the archive works only when started from inside
 * {@code quarkus-app/}.
 *
 * <pre>
 *   java registry-service/src/build/StartupArchive.java registry-service/target/quarkus-app [--relative]
 * </pre>
 *
 * <p>With {@code --relative} the jar is started from the directory's parent as {@code -jar <dir>/quarkus-run.jar}:
 * the archive then holds relative class paths and serves any copy of the directory started the same way, which is
 * how the container image starts it (registry-image/: {@code -jar app/quarkus-run.jar} from {@code /}). The JVM
 * also checks each jar's modification time, and Jib's reproducible layers set every file's to 1970-01-01T00:00:01Z,
 * so {@code --relative} sets the directory's files to that time before recording.
 */
public class StartupArchive {
    static final String ARCHIVE = "app-cds.jsa";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args[0]).toAbsolutePath().normalize();
        Path jar = app.resolve("quarkus-run.jar");
        Path archive = app.resolve(ARCHIVE);
        boolean relative = args.length > 1 && args[1].equals("--relative");
        if (relative) {
            try (Stream<Path> files = Files.walk(app)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1000));
                }
            }
        }
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: run quarkus:build first");
        }
        Files.deleteIfExists(archive);
        Path work = Files.createTempDirectory("registry-startup-archive-");
        Path log = app.getParent().resolve("startup-archive.log");
        try {
            Path started = relative ? Path.of(app.getFileName().toString(), jar.getFileName().toString()) : jar;
            record(started, archive, relative ? app.getParent() : work, log, work);
        } finally {
            deleteTree(work);
        }
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            fail("the JVM wrote no " + archive + "; see " + log);
        }
        System.out.printf("[startup-archive] %s (%d MiB) recorded; start with -XX:SharedArchiveFile=%s%n",
                archive, Files.size(archive) >> 20, archive);
    }

    /** One start to ready on a fresh H2 database, then a normal stop: the JVM writes the archive as it exits. */
    private static void record(Path jar, Path archive, Path directory, Path log, Path work) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                javaExecutable(), "-XX:ArchiveClassesAtExit=" + archive, "-Xmx256m",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.shutdown.delay=0s",
                // a slow first connection on a busy build machine must not fail the build
                "-Dquarkus.datasource.h2.jdbc.acquisition-timeout=120S",
                "-Dquarkus.http.port=" + port, "-jar", jar.toString()))
                .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("REGISTRY_DB_URL");
        builder.environment().put("REGISTRY_DB_KIND", "h2");
        builder.environment().put("REGISTRY_H2_URL",
                "jdbc:h2:file:" + work.resolve("registry") + ";DB_CLOSE_ON_EXIT=FALSE");
        Process process = builder.start();
        try {
            awaitReady(process, URI.create("http://127.0.0.1:" + port + "/q/health/ready"), log);
        } finally {
            process.destroy();
            if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the service did not stop within " + EXIT_TIMEOUT.toSeconds() + " s; see " + log);
            }
        }
    }

    private static void awaitReady(Process process, URI ready, Path log) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the service exited before it was ready; see " + log);
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).build();
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        fail("the service was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void fail(String message) {
        throw new IllegalStateException("[startup-archive] " + message);
    }
}
