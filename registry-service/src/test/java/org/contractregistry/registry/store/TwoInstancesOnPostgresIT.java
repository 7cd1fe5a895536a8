package org.contractregistry.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.contractregistry.registry.store.TestDatabases.PgDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two real instances of the packaged app ({@code quarkus-run.jar}) on random ports over one fresh PostgreSQL database,
 * hammered by 32 concurrent writers: one id and one version per schema, no id handed out twice, one valid audit chain.
 */
class TwoInstancesOnPostgresIT {
    private static final int WRITERS = 32;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PgDatabase database;
    private final List<PackagedRegistry> instances = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();

    @BeforeEach
    void startTwoInstances() throws Exception {
        database = TestDatabases.postgres();
        for (int i = 0; i < 2; i++) {
            instances.add(PackagedRegistry.start(database, "two-instances-" + i));
            urls.add(instances.get(i).url());
        }
        for (PackagedRegistry instance : instances) {
            instance.awaitReady();
        }
    }

    @AfterEach
    void stop() throws Exception {
        for (PackagedRegistry instance : instances) {
            instance.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void thirtyTwoWritersOnTwoInstancesGetOneIdPerSchemaAndOneVersionPerSchema() throws Exception {
        send("PUT", urls.get(0) + "/config/shared", "{\"compatibility\":\"NONE\"}");
        List<JsonNode[]> results = runConcurrently(i -> new JsonNode[] {
            send("POST", urls.get(i % 2) + "/subjects/same/versions", body(schema(1000))),
            send("POST", urls.get(i % 2) + "/subjects/own-" + i + "/versions", body(schema(i))),
            send("POST", urls.get((i + 1) % 2) + "/subjects/shared/versions", body(schema(i)))
        });

        Set<Integer> sameIds = new HashSet<>();
        Set<Integer> sameVersions = new HashSet<>();
        Set<Integer> ownIds = new HashSet<>();
        for (JsonNode[] r : results) {
            sameIds.add(r[0].get("id").asInt());
            sameVersions.add(r[0].get("version").asInt());
            ownIds.add(r[1].get("id").asInt());
            assertThat(r[2].get("id").asInt()).isEqualTo(r[1].get("id").asInt());
        }
        assertThat(sameIds).hasSize(1);
        assertThat(sameVersions).containsExactly(1);
        assertThat(ownIds).hasSize(WRITERS).doesNotContainAnyElementsOf(sameIds);
        assertThat(send("GET", urls.get(1) + "/subjects/same/versions", null).toString()).isEqualTo("[1]");
        JsonNode shared = send("GET", urls.get(0) + "/subjects/shared/versions", null);
        assertThat(shared.toString()).isEqualTo(MAPPER.valueToTree(IntStream.rangeClosed(1, WRITERS).boxed().toList())
                .toString());
        // WRITERS + 1 distinct schemas; ids taken by registrations that lost a race for the same content stay unused.
        assertThat(send("GET", urls.get(1) + "/schemas/ids/" + sameIds.iterator().next() + "?fetchMaxId=true", null)
                .get("maxId").asInt()).isGreaterThanOrEqualTo(WRITERS + 1);
        // One audit chain across both instances: the config change and each new version, one entry each.
        for (String url : urls) {
            JsonNode verdict = send("GET", url + "/api/v1/audit/verify", null);
            assertThat(verdict.toString()).isEqualTo("{\"valid\":true,\"entries\":" + (2 + 2 * WRITERS) + "}");
        }
    }

    private static String schema(int n) {
        return "{\"type\":\"record\",\"name\":\"R" + n + "\",\"fields\":[{\"name\":\"f\",\"type\":\"int\"}]}";
    }

    private static String body(String schema) {
        return MAPPER.createObjectNode().put("schema", schema).toString();
    }

    private static JsonNode send(String method, String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = PackagedRegistry.send(method, url, "application/vnd.schemaregistry.v1+json",
                body);
        assertThat(response.statusCode()).as(method + " " + url + " -> " + response.body()).isEqualTo(200);
        return MAPPER.readTree(response.body());
    }

    private interface Writer {
        JsonNode[] write(int index) throws Exception;
    }

    private static List<JsonNode[]> runConcurrently(Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonNode[]>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int index = i;
                Callable<JsonNode[]> task = () -> {
                    start.await();
                    return writer.write(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<JsonNode[]> results = new ArrayList<>();
            for (Future<JsonNode[]> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
