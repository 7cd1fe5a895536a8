package org.contractregistry.cli.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The backup file: JSON Lines, one registry in one file. Line 1 names the format, line 2 holds the global settings
 * and contexts ({@link GlobalEntry}), then one line per subject in name order ({@link SubjectEntry}), then an end line
 * with the counts. Nothing in it depends on where or when it was made, so two exports of equal registries are equal
 * files. An export cut short lacks the end line; {@link #resume} keeps its whole lines and carries on after them.
 */
public final class BackupFile {
    public static final String FORMAT = "contract-registry-backup";
    public static final int FORMAT_VERSION = 1;
    static final ObjectMapper JSON = new ObjectMapper();

    private BackupFile() {}

    /** A file being written: the subjects already in it (when resumed) and a way to add more. */
    public static final class Writer implements AutoCloseable {
        private final BufferedWriter out;
        private final FileChannel channel;
        private final List<String> subjectsDone;
        private final boolean hasGlobal;

        private Writer(Path file, List<String> subjectsDone, boolean hasGlobal) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            this.out = new BufferedWriter(java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8));
            this.subjectsDone = List.copyOf(subjectsDone);
            this.hasGlobal = hasGlobal;
        }

        /** The subjects a resumed file already holds whole, in the order written. */
        public List<String> subjectsDone() {
            return subjectsDone;
        }

        public boolean hasGlobal() {
            return hasGlobal;
        }

        public void write(Object entry) {
            try {
                out.write(JSON.writeValueAsString(entry));
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void end(int subjects, int versions) {
            ObjectNode end = JSON.createObjectNode().put("kind", "end").put("subjects", subjects)
                    .put("versions", versions);
            write(end);
            try {
                channel.force(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** A new file (an existing one is replaced), its first line written. */
    public static Writer create(Path file) throws IOException {
        Files.deleteIfExists(file);
        Writer writer = new Writer(file, List.of(), false);
        writer.write(JSON.createObjectNode().put("format", FORMAT).put("formatVersion", FORMAT_VERSION));
        return writer;
    }

    /**
     * Carries on with a file an interrupted export left: keeps its whole lines (a cut last line is dropped), or starts
     * it anew when it does not exist. Refuses a file that is complete already or is not a backup file.
     */
    public static Writer resume(Path file) throws IOException {
        if (!Files.exists(file)) {
            return create(file);
        }
        List<String> lines = new ArrayList<>();
        long keep = 0;
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                if (!parses(line)) {
                    break;
                }
                lines.add(line);
                start = i + 1;
                keep = start;
            }
        }
        if (lines.isEmpty()) {
            return create(file);
        }
        requireHeader(file, JSON.readTree(lines.get(0)));
        List<String> done = new ArrayList<>();
        boolean hasGlobal = false;
        for (String line : lines.subList(1, lines.size())) {
            JsonNode node = JSON.readTree(line);
            switch (node.path("kind").asText()) {
                case GlobalEntry.KIND -> hasGlobal = true;
                case SubjectEntry.KIND -> done.add(node.path("subject").asText());
                case "end" -> throw new IllegalStateException(file + " is a complete export already; "
                        + "to export again, run without --resume");
                default -> throw new IllegalStateException(file + ": unknown line kind " + node.path("kind"));
            }
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(keep);
        }
        return new Writer(file, done, hasGlobal);
    }

    /** What a complete backup file holds. */
    public record Contents(GlobalEntry global, List<SubjectEntry> subjects) {
        public int versionCount() {
            return subjects.stream().mapToInt(s -> s.versions().size()).sum();
        }
    }

    /** Reads a complete file; one without its end line (an export cut short) is refused with what to do. */
    public static Contents read(Path file) throws IOException {
        return read(file, true);
    }

    /** What a file being written holds so far (no end line needed). */
    static Contents readUnended(Path file) throws IOException {
        return read(file, false);
    }

    private static Contents read(Path file, boolean requireEnd) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalStateException(file + " is empty");
        }
        requireHeader(file, JSON.readTree(lines.get(0)));
        GlobalEntry global = null;
        List<SubjectEntry> subjects = new ArrayList<>();
        boolean ended = false;
        for (int i = 1; i < lines.size(); i++) {
            JsonNode node;
            try {
                node = JSON.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(file + ":" + (i + 1) + " is not a whole JSON line (an export cut "
                        + "short? finish it with export --resume)");
            }
            switch (node.path("kind").asText()) {
                case GlobalEntry.KIND -> global = JSON.treeToValue(node, GlobalEntry.class);
                case SubjectEntry.KIND -> subjects.add(JSON.treeToValue(node, SubjectEntry.class));
                case "end" -> ended = true;
                default -> throw new IllegalStateException(file + ":" + (i + 1) + ": unknown line kind "
                        + node.path("kind"));
            }
        }
        if (requireEnd && (!ended || global == null)) {
            throw new IllegalStateException(file + " is incomplete (the export was interrupted): finish it with "
                    + "export --resume --file " + file);
        }
        return new Contents(global, subjects);
    }

    private static void requireHeader(Path file, JsonNode header) {
        if (!FORMAT.equals(header.path("format").asText())) {
            throw new IllegalStateException(file + " is not a " + FORMAT + " file");
        }
        if (header.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new IllegalStateException(file + " has format version " + header.path("formatVersion")
                    + "; this tool reads version " + FORMAT_VERSION);
        }
    }

    private static boolean parses(String line) {
        try {
            JSON.readTree(line);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
