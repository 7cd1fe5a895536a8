package org.contractregistry.registry.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real tools the deploy tests drive (promtool, prometheus, kubectl, podman): found on the PATH, else the test is
 * skipped with a message naming the missing tool, except under {@code CI=true} where it fails ({@code .ci/run}
 * installs them).
 */
public final class Tools {
    /** The repository's {@code deploy/} directory (tests run in {@code registry-service/}). */
    public static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();

    private Tools() {}

    /** The tool's path; skips (fails under CI=true) when it is not on the PATH. */
    public static Path require(String tool, String install) {
        Optional<Path> found = find(tool);
        if (found.isEmpty()) {
            String message = tool + " not found on the PATH; install it with: " + install;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + " (required when CI=true)");
            }
            Assumptions.abort(message + "; skipping");
        }
        return found.get();
    }

    public static Optional<Path> find(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs a command to its end (at most {@code timeoutSeconds}); its exit code and its output and errors together. */
    public static Result run(List<String> command, Path directory, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("tool", ".out");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(command + " did not finish in " + timeoutSeconds + " s: "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    public record Result(int exitCode, String output) {}
}
