import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load harness for the lineage API of a running registry (no dependencies; run with {@code java LineageLoad.java}).
 *
 * <pre>
 *   java benchmarks/lineage/LineageLoad.java ingest http://127.0.0.1:8081 20000 16
 *       posts N RunEvents (START+COMPLETE pairs; 1 input, 1 output each) from C threads, prints events/s
 *   java benchmarks/lineage/LineageLoad.java graph http://127.0.0.1:8081 10000 500
 *       builds a graph of D datasets (D/2 jobs, each reading 2 and writing 2), then times Q depth-3 graph queries
 *   java benchmarks/lineage/LineageLoad.java graph-build http://127.0.0.1:8081 10000 0      (prints its prefix)
 *   java benchmarks/lineage/LineageLoad.java graph-query http://127.0.0.1:8081 10000 500 PREFIX
 *       the same in two steps (graph.sh runs PostgreSQL's ANALYZE between them)
 * </pre>
 */
public class LineageLoad {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String base = args[1];
        int n = Integer.parseInt(args[2]);
        int m = Integer.parseInt(args[3]);
        switch (mode) {
            case "ingest" -> ingest(base, n, m);
            case "graph" -> queryGraph(base, buildGraph(base, n), n, m);
            case "graph-build" -> System.out.println("graph-prefix " + buildGraph(base, n));
            case "graph-query" -> queryGraph(base, args[4], n, m);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    static String dataset(String ns, String name) {
        return "{\"namespace\":\"" + ns + "\",\"name\":\"" + name + "\",\"facets\":{\"schema\":{\"_producer\":\"load\","
                + "\"_schemaURL\":\"https://openlineage.io/spec/facets/1-1-1/SchemaDatasetFacet.json\",\"fields\":["
                + "{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"amount\",\"type\":\"double\"}]}}}";
    }

    static String event(String type, UUID run, String job, String time, List<String> in, List<String> out) {
        return "{\"eventType\":\"" + type + "\",\"eventTime\":\"" + time + "\",\"producer\":\"https://load\","
                + "\"schemaURL\":\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent\","
                + "\"run\":{\"runId\":\"" + run + "\"},\"job\":{\"namespace\":\"load\",\"name\":\"" + job + "\","
                + "\"facets\":{\"jobType\":{\"_producer\":\"load\",\"_schemaURL\":\"x\",\"processingType\":\"BATCH\","
                + "\"integration\":\"SPARK\",\"jobType\":\"JOB\"}}},\"inputs\":[" + String.join(",", in)
                + "],\"outputs\":[" + String.join(",", out) + "]}";
    }

    /**
     * One kept-alive HTTP/1.1 connection per client thread. The JDK's HttpClient used ~1.3 ms of CPU per request here,
     * more than the whole budget of the 2,000 events/s target on 2 cores (1 ms per event for client, service and
     * PostgreSQL together); this costs a few tens of microseconds.
     */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final String head;

        Connection(String base, String path) throws IOException {
            URI uri = URI.create(base);
            socket = new Socket(uri.getHost(), uri.getPort());
            socket.setTcpNoDelay(true);
            out = new BufferedOutputStream(socket.getOutputStream());
            in = new BufferedInputStream(socket.getInputStream());
            head = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: ";
        }

        /** Posts a JSON body; fails on any status but 201. */
        void post(byte[] body) throws IOException {
            out.write((head + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = line();
            int length = 0;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            byte[] answer = chunked ? chunks() : in.readNBytes(length);
            if (!status.startsWith("HTTP/1.1 201")) {
                throw new IllegalStateException(status + " " + new String(answer, StandardCharsets.UTF_8));
            }
        }

        private byte[] chunks() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
            return body.toByteArray();
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed by the service");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Posts the events from {@code threads} threads, one connection each; returns events per second. */
    static double postAll(String base, List<String> events, int threads) throws Exception {
        List<byte[]> bodies = events.stream().map(e -> e.getBytes(StandardCharsets.UTF_8)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    try (Connection connection = new Connection(base, "/api/v1/lineage")) {
                        for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                            connection.post(bodies.get(i));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return events.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow(); // a failed post ends the run instead of leaving the other threads posting
        }
    }

    static void ingest(String base, int n, int threads) throws Exception {
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        List<String> warmup = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < n / 2 + 500; i++) {
            UUID run = UUID.randomUUID();
            String job = "job-" + prefix + "-" + (i % 200);
            List<String> in = List.of(dataset("kafka://broker:9092", "topic-" + prefix + "-" + (i % 1000)));
            List<String> out = List.of(dataset("file", "/out/" + prefix + "/" + (i % 1000)));
            List<String> target = i < 500 ? warmup : events;
            target.add(event("START", run, job, Instant.now().toString(), in, out));
            target.add(event("COMPLETE", run, job, Instant.now().plusMillis(5).toString(), in, out));
        }
        postAll(base, warmup, threads);
        double rate = postAll(base, events, threads);
        System.out.printf("ingest: %d events, %d threads: %.0f events/s%n", events.size(), threads, rate);
    }

    /** Posts D/2 jobs, each reading 2 random datasets and writing 2 of its own; answers the datasets' name prefix. */
    static String buildGraph(String base, int datasets) throws Exception {
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(42);
        List<String> events = new ArrayList<>();
        for (int j = 0; j < datasets / 2; j++) {
            List<String> in = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                in.add(dataset("file", "/g/" + prefix + "/" + random.nextInt(datasets)));
            }
            List<String> out = List.of(dataset("file", "/g/" + prefix + "/" + (2 * j)),
                    dataset("file", "/g/" + prefix + "/" + (2 * j + 1)));
            events.add(event("COMPLETE", UUID.randomUUID(), "g-" + prefix + "-" + j, Instant.now().toString(), in, out));
        }
        double rate = postAll(base, events, 8);
        System.out.printf("graph: built %d datasets / %d jobs at %.0f events/s%n", datasets, datasets / 2, rate);
        return prefix;
    }

    /** Times Q depth-3 graph queries around random datasets of the graph built with this prefix (after 50 unreported). */
    static void queryGraph(String base, String prefix, int datasets, int queries) throws Exception {
        Random random = new Random(7);
        List<Long> micros = new ArrayList<>();
        int nodes = 0;
        for (int q = 0; q < queries + 50; q++) {
            String node = "dataset:file:/g/" + prefix + "/" + random.nextInt(datasets);
            URI uri = URI.create(base + "/api/v1/lineage?depth=3&nodeId=" + URLEncoder.encode(node, StandardCharsets.UTF_8));
            long start = System.nanoTime();
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - start) / 1000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            if (q >= 50) {
                micros.add(took);
                nodes += response.body().split("\"id\":").length - 1;
            }
        }
        Collections.sort(micros);
        System.out.printf("graph depth=3: %d queries, median %.1f ms, p95 %.1f ms, mean nodes per graph %d%n",
                queries, micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() * 95 / 100) / 1000.0,
                nodes / queries);
    }
}
