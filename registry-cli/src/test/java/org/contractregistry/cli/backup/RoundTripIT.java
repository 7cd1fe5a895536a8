package org.contractregistry.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.contractregistry.cli.RegistryCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export -> import -> export through the packaged service: two equal files, the same schema behind every id, a
 * non-empty target refused, an interrupted export resumed to the same file, and {@code migrate} from the runnable jar.
 */
class RoundTripIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static PackagedService source;
    private static PackagedService target;

    @BeforeAll
    static void start() throws Exception {
        source = PackagedService.start(Files.createDirectories(dir.resolve("a")), "roundtrip-source");
        target = PackagedService.start(Files.createDirectories(dir.resolve("b")), "roundtrip-target");
        seed(RegistryClient.of(source.url(), null, null));
    }

    @AfterAll
    static void stop() throws Exception {
        if (source != null) {
            source.close();
        }
        if (target != null) {
            target.close();
        }
    }

    /** Avro and Protobuf with references, contexts with overlapping ids, soft deletes, configs, modes, metadata. */
    private static void seed(RegistryClient registry) {
        registry.put("/config", JSON.createObjectNode().put("compatibility", "FULL"));
        register(registry, "address", avro("Address", "{\"name\":\"street\",\"type\":\"string\"}"), null, null);
        register(registry, "customers-value", "{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"com.acme\","
                + "\"fields\":[{\"name\":\"home\",\"type\":\"com.acme.Address\"}]}", null,
                "[{\"name\":\"com.acme.Address\",\"subject\":\"address\",\"version\":1}]");
        for (int i = 1; i <= 3; i++) {
            StringBuilder fields = new StringBuilder("{\"name\":\"id\",\"type\":\"long\"}");
            for (int f = 2; f <= i; f++) {
                fields.append(",{\"name\":\"f").append(f).append("\",\"type\":\"string\",\"default\":\"\"}");
            }
            register(registry, "orders-value", avro("Order", fields.toString()), null, null);
        }
        // The same content under a second subject shares its id.
        register(registry, "orders-copy-value", avro("Order", "{\"name\":\"id\",\"type\":\"long\"}"), null, null);
        register(registry, "common-money", "syntax = \"proto3\";\npackage common;\n\nmessage Money {\n"
                + "  string currency = 1;\n  int64 units = 2;\n}\n", "PROTOBUF", null);
        register(registry, "payments-proto-value", "syntax = \"proto3\";\npackage pay;\n\n"
                + "import \"common/money.proto\";\n\nmessage Payment {\n  common.Money amount = 1;\n}\n", "PROTOBUF",
                "[{\"name\":\"common/money.proto\",\"subject\":\"common-money\",\"version\":1}]");
        ObjectNode withMetadata = registrationBody(avro("Audited", "{\"name\":\"who\",\"type\":\"string\"}"), null,
                null);
        withMetadata.set("metadata", parse("{\"properties\":{\"owner\":\"team-a\"},\"tags\":{\"who\":[\"PII\"]}}"));
        registry.post("/subjects/audited-value/versions", withMetadata);
        // A context whose ids start at 1 again.
        register(registry, ":.payments:refunds-value", avro("Refund", "{\"name\":\"amount\",\"type\":\"int\"}"), null,
                null);
        register(registry, ":.payments:refunds-value", avro("Refund", "{\"name\":\"amount\",\"type\":\"int\"},"
                + "{\"name\":\"reason\",\"type\":\"string\",\"default\":\"\"}"), null, null);
        register(registry, "gone-value", avro("Gone", "{\"name\":\"x\",\"type\":\"int\"}"), null, null);
        registry.delete("/subjects/gone-value");
        registry.delete("/subjects/orders-value/versions/2");
        registry.put("/config/orders-value", JSON.createObjectNode().put("compatibility", "FORWARD"));
        registry.put("/mode/customers-value", JSON.createObjectNode().put("mode", "READONLY"));
    }

    @Test
    void exportImportExportGivesTheSameFileAndTheSameSchemaBehindEveryId() throws Exception {
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        assertThat(cli("export", "--url", source.url(), "--file", first.toString())).isZero();
        assertThat(cli("import", "--url", target.url(), "--file", first.toString())).isZero();
        assertThat(cli("export", "--url", target.url(), "--file", second.toString())).isZero();

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        BackupFile.Contents contents = BackupFile.read(first);
        assertThat(contents.subjects()).hasSize(9);
        assertThat(contents.versionCount()).isEqualTo(12);
        assertThat(subject(contents, "gone-value").versions()).extracting(VersionEntry::deleted).containsExactly(true);
        assertThat(subject(contents, "orders-value").versions()).extracting(VersionEntry::deleted)
                .containsExactly(false, true, false);
        assertThat(subject(contents, ":.payments:refunds-value").versions()).extracting(VersionEntry::id)
                .containsExactly(1, 2);
        assertThat(subject(contents, "customers-value").versions().get(0).references()).hasSize(1);
        assertThat(subject(contents, "audited-value").versions().get(0).metadata().path("properties")
                .path("owner").asText()).isEqualTo("team-a");

        // What a Confluent deserializer asks: the schema behind each id, in each context.
        RegistryClient a = RegistryClient.of(source.url(), null, null);
        RegistryClient b = RegistryClient.of(target.url(), null, null);
        for (SubjectEntry subject : contents.subjects()) {
            for (VersionEntry version : subject.versions()) {
                String byId = "/schemas/ids/" + version.id() + "?subject=" + RegistryClient.param(subject.subject());
                assertThat(b.get(byId)).as(byId).isEqualTo(a.get(byId));
            }
        }
        assertThat(b.get("/config/orders-value").path("compatibilityLevel").asText()).isEqualTo("FORWARD");
        assertThat(b.get("/mode/customers-value").path("mode").asText()).isEqualTo("READONLY");
        assertThat(b.get("/mode").path("mode").asText()).isEqualTo("READWRITE");

        // A second import into the now non-empty registry is refused, and says how to go on anyway.
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(cliWithErr(err, "import", "--url", target.url(), "--file", first.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds 9 subjects", "--allow-non-empty");
        // Told to, it skips what is there with the same ids and changes nothing.
        assertThat(cli("import", "--url", target.url(), "--file", first.toString(), "--allow-non-empty")).isZero();
        Path third = dir.resolve("third.jsonl");
        assertThat(cli("export", "--url", target.url(), "--file", third.toString())).isZero();
        assertThat(Files.readString(third)).isEqualTo(Files.readString(first));
    }

    @Test
    void anInterruptedExportResumesToTheSameFile() throws Exception {
        Path whole = dir.resolve("whole.jsonl");
        assertThat(cli("export", "--url", source.url(), "--file", whole.toString())).isZero();
        List<String> lines = Files.readAllLines(whole);
        // Cut after four subjects and half of the fifth, as a kill would leave it.
        Path cut = dir.resolve("cut.jsonl");
        String kept = String.join("\n", lines.subList(0, 6)) + "\n" + lines.get(6).substring(0, 40);
        Files.writeString(cut, kept);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(cliWithErr(err, "import", "--url", target.url(), "--file", cut.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("export --resume");

        assertThat(cli("export", "--url", source.url(), "--file", cut.toString(), "--resume")).isZero();
        assertThat(Files.readString(cut)).isEqualTo(Files.readString(whole));
    }

    @Test
    void migrateFromTheRunnableJar() throws Exception {
        Path data = Files.createDirectories(dir.resolve("c"));
        try (PackagedService third = PackagedService.start(data, "roundtrip-migrate-target")) {
            String jar = System.getProperty("registry.cli.jar", "target/registry-cli.jar");
            Process migrate = new ProcessBuilder("java", "-jar", jar, "migrate", "--from", source.url(), "--to",
                    third.url()).redirectErrorStream(true).start();
            String output = new String(migrate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(migrate.waitFor()).as(output).isZero();
            assertThat(output).contains("migrated 9 subjects, 12 versions");

            Path fromSource = dir.resolve("from-source.jsonl");
            Path fromThird = dir.resolve("from-third.jsonl");
            assertThat(cli("export", "--url", source.url(), "--file", fromSource.toString())).isZero();
            assertThat(cli("export", "--url", third.url(), "--file", fromThird.toString())).isZero();
            assertThat(Files.readString(fromThird)).isEqualTo(Files.readString(fromSource));
        }
    }

    private static SubjectEntry subject(BackupFile.Contents contents, String name) {
        return contents.subjects().stream().filter(s -> s.subject().equals(name)).findFirst().orElseThrow();
    }

    private static int cli(String... args) {
        return RegistryCli.run(args);
    }

    private static int cliWithErr(ByteArrayOutputStream err, String... args) {
        return RegistryCli.commandLine()
                .setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true))
                .execute(args);
    }

    private static String avro(String name, String fields) {
        return "{\"type\":\"record\",\"name\":\"" + name + "\",\"namespace\":\"com.acme\",\"fields\":[" + fields + "]}";
    }

    private static void register(RegistryClient registry, String subject, String schema, String type,
            String references) {
        registry.post("/subjects/" + RegistryClient.segment(subject) + "/versions",
                registrationBody(schema, type, references));
    }

    private static ObjectNode registrationBody(String schema, String type, String references) {
        ObjectNode body = JSON.createObjectNode().put("schema", schema);
        if (type != null) {
            body.put("schemaType", type);
        }
        if (references != null) {
            body.set("references", parse(references));
        }
        return body;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
