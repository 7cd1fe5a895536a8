// Starts the registry service (registry-service/target/quarkus-app/quarkus-run.jar) for one IT: a free port, a fresh
// H2 file database under the IT's target/, output in registry.log. `timeout` bounds its life even if verify never runs.
// Used by setup.groovy (start, seed) and verify.groovy (query, stop) through evaluate(); returns an instance.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

class Registry {
    File basedir
    File jar
    /** Extra environment of the service (REGISTRY_AUTH_* for a secured registry). */
    Map<String, String> env = [:]
    /** The Authorization header call() sends, or null. */
    String auth

    String getUrl() { "http://127.0.0.1:${new File(basedir, 'registry.port').text.trim()}" }

    static int freePort() {
        def socket = new ServerSocket(0)
        try { return socket.localPort } finally { socket.close() }
    }

    void start() {
        assert jar.isFile(): "registry jar missing: ${jar} (build registry-service first)"
        int port = freePort()
        int dead = freePort()
        def data = new File(basedir, 'target/registry-data')
        data.mkdirs()
        // validate-unknown=false: the service's own run-time config source (registry.db.*) trips SmallRye's
        // unknown-property check in the packaged app; harmless once the service maps those keys.
        // app-cds.jsa: the class-data-sharing archive mvn package records beside the jar (faster start).
        def command = ['timeout', '900', 'java', '-Xmx384m',
                       "-XX:SharedArchiveFile=${new File(jar.absoluteFile.parentFile, 'app-cds.jsa')}",
                       '-Dsmallrye.config.mapping.validate-unknown=false',
                       "-Dquarkus.http.port=${port}", '-Dquarkus.http.host=127.0.0.1',
                       "-Dquarkus.datasource.h2.jdbc.url=jdbc:h2:file:${data.absolutePath}/registry;DB_CLOSE_ON_EXIT=FALSE",
                       '-jar', jar.absolutePath]*.toString()
        def builder = new ProcessBuilder(command).directory(data)
        builder.environment().putAll(env)
        def process = builder
                .redirectErrorStream(true).redirectOutput(new File(basedir, 'registry.log')).start()
        new File(basedir, 'registry.pid').text = process.pid().toString()
        new File(basedir, 'registry.port').text = port.toString()
        // The IT's builds find the URLs in .mvn/maven.config: a live one and one where nothing listens.
        new File(basedir, '.mvn').mkdirs()
        new File(basedir, '.mvn/maven.config').text =
                "-DliveRegistryUrl=http://127.0.0.1:${port}\n-DdeadRegistryUrl=http://127.0.0.1:${dead}\n"
        long deadline = System.currentTimeMillis() + 120_000
        while (true) {
            try {
                def connection = new URL("http://127.0.0.1:${port}/q/health/ready").openConnection()
                connection.connectTimeout = 1000
                if (connection.responseCode == 200) return
            } catch (IOException ignored) {
            }
            assert process.alive: "registry exited early: ${new File(basedir, 'registry.log').text}"
            assert System.currentTimeMillis() < deadline: "registry did not start in 120 s"
            Thread.sleep(250)
        }
    }

    def call(String method, String path, Object body = null,
             String contentType = 'application/vnd.schemaregistry.v1+json') {
        HttpURLConnection connection = new URL(url + path).openConnection()
        connection.requestMethod = method
        connection.setRequestProperty('Content-Type', contentType)
        if (auth != null) {
            connection.setRequestProperty('Authorization', auth)
        }
        if (body != null) {
            connection.doOutput = true
            connection.outputStream.withWriter('UTF-8') { it << (body instanceof String ? body : JsonOutput.toJson(body)) }
        }
        int status = connection.responseCode
        def stream = status < 400 ? connection.inputStream : connection.errorStream
        def text = stream?.getText('UTF-8')
        assert status < 400: "${method} ${path} -> ${status} ${text}"
        return text ? new JsonSlurper().parseText(text) : null
    }

    /** An OpenLineage COMPLETE run of a job that reads one Kafka topic (and writes the topics in {@code writes}). */
    void jobReads(String jobNamespace, String job, String integration, String topic, List<String> writes = []) {
        def event = [eventType: 'COMPLETE', eventTime: '2026-11-25T10:00:00Z', producer: 'https://it.example',
                     schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
                     run: [runId: UUID.randomUUID().toString()],
                     job: [namespace: jobNamespace, name: job,
                           facets: [jobType: [_producer: 'https://it.example', _schemaURL: 'https://it.example',
                                              processingType: 'BATCH', integration: integration, jobType: 'JOB']]],
                     inputs: [[namespace: 'kafka://broker:9092', name: topic]],
                     outputs: writes.collect { [namespace: 'kafka://broker:9092', name: it] }]
        call('POST', '/api/v1/lineage', JsonOutput.toJson(event), 'application/json')
    }

    void stop() {
        def pidFile = new File(basedir, 'registry.pid')
        if (!pidFile.isFile()) return
        ProcessHandle.of(pidFile.text.trim() as long).ifPresent { handle ->
            handle.descendants().forEach { it.destroy() }
            handle.destroy()
            handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS)
        }
        pidFile.delete()
    }
}

return new Registry(basedir: basedir, jar: new File(registryJar.toString()))
