package org.contractregistry.maven.baseline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.contractregistry.maven.registry.RegistryException;
import org.contractregistry.maven.subject.RemoteSchemas;
import org.contractregistry.maven.subject.SourceAssembler;
import org.contractregistry.maven.subject.SpecText;
import org.contractregistry.maven.subject.SubjectSpec;

/**
 * The same files at a git ref ({@code git show <ref>:./<path>}), fully offline. The ref is one prior version; the level
 * comes from configuration.
 */
public final class GitBaseline implements Baseline {
    private final Path workDir;
    private final String ref;
    private final List<SubjectSpec> specs;
    private final LevelPolicy levels;
    private boolean refChecked;

    public GitBaseline(Path workDir, String ref, List<SubjectSpec> specs, LevelPolicy levels) {
        this.workDir = workDir;
        this.ref = ref;
        this.specs = specs;
        this.levels = levels;
    }

    @Override
    public Optional<History> history(SubjectSpec spec) throws IOException, RegistryException {
        checkRef();
        SpecText atRef = this::show;
        return new SourceAssembler(specs, atRef, RemoteSchemas.NONE).assemble(spec)
                .map(source -> levels.historyOf(spec.subject(), List.of(new PriorSchema(1, ref, source))));
    }

    private void checkRef() throws IOException {
        if (refChecked) {
            return;
        }
        Result result = git("rev-parse", "--verify", "--quiet", ref + "^{commit}");
        if (result.exit != 0) {
            throw new IOException("git ref '" + ref + "' is not known in " + workDir
                    + " (fetch it first, e.g. git fetch origin, or choose another baseline)"
                    + (result.err.isBlank() ? "" : ": " + result.err.strip()));
        }
        refChecked = true;
    }

    private Optional<String> show(SubjectSpec spec) throws IOException {
        String relative = workDir.toAbsolutePath().normalize()
                .relativize(spec.file().toAbsolutePath().normalize()).toString().replace('\\', '/');
        Result result = git("show", ref + ":./" + relative);
        if (result.exit == 0) {
            return Optional.of(result.out);
        }
        if (result.err.contains("does not exist") || result.err.contains("exists on disk, but not in")) {
            return Optional.empty();
        }
        throw new IOException("git show " + ref + ":./" + relative + " failed: " + result.err.strip());
    }

    private record Result(int exit, String out, String err) {}

    private Result git(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        String out = drain(process.getInputStream());
        try {
            return new Result(process.waitFor(), out, err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("interrupted while running git", e);
        }
    }

    private static String drain(InputStream stream) {
        try (stream; ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            stream.transferTo(buffer);
            return buffer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public String describe() {
        return "git:" + ref;
    }
}
