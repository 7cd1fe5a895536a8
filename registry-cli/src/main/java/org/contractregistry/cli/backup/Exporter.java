package org.contractregistry.cli.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/** Reads a whole registry through its REST API into a {@link BackupFile}. */
public final class Exporter {
    private final RegistryClient source;
    private final Progress progress;

    public Exporter(RegistryClient source, Progress progress) {
        this.source = source;
        this.progress = progress;
    }

    /** Exports into {@code file}; with {@code resume}, keeps what an interrupted export of it holds and goes on. */
    public BackupFile.Contents export(Path file, boolean resume) throws IOException {
        List<String> contexts = SubjectListing.contexts(source);
        SortedSet<String> subjects = SubjectListing.subjects(source, contexts);
        try (BackupFile.Writer writer = resume ? BackupFile.resume(file) : BackupFile.create(file)) {
            if (!writer.hasGlobal()) {
                writer.write(new GlobalEntry(source.get("/config"), modeOf(source.get("/mode")), contexts));
            }
            Set<String> done = new HashSet<>(writer.subjectsDone());
            if (!done.isEmpty()) {
                progress.say("resuming after " + done.size() + " subjects already in " + file);
            }
            int count = done.size();
            for (String subject : subjects) {
                if (done.contains(subject)) {
                    continue;
                }
                writer.write(subject(subject));
                progress.at(++count, subjects.size(), "subjects");
            }
            BackupFile.Contents contents = BackupFile.readUnended(file);
            writer.end(contents.subjects().size(), contents.versionCount());
        }
        return BackupFile.read(file);
    }

    private SubjectEntry subject(String subject) {
        String path = "/subjects/" + RegistryClient.segment(subject);
        Set<Integer> live = new HashSet<>();
        source.find(path + "/versions").ifPresent(list -> list.forEach(v -> live.add(v.asInt())));
        List<VersionEntry> versions = new ArrayList<>();
        for (JsonNode version : (ArrayNode) source.get(path + "/versions?deleted=true")) {
            JsonNode answer = source.get(path + "/versions/" + version.asInt() + "?deleted=true");
            versions.add(VersionEntry.of(answer, !live.contains(version.asInt())));
        }
        String segment = RegistryClient.segment(subject);
        JsonNode config = source.find("/config/" + segment + "?defaultToGlobal=false").orElse(null);
        String mode = source.find("/mode/" + segment + "?defaultToGlobal=false").map(Exporter::modeOf).orElse(null);
        return new SubjectEntry(subject, config, mode, versions);
    }

    private static String modeOf(JsonNode answer) {
        return answer.hasNonNull("mode") ? answer.get("mode").asText() : null;
    }
}
