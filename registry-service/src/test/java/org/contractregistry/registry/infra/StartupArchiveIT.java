package org.contractregistry.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.contractregistry.registry.store.PackagedRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data-sharing archive {@code mvn package} records ({@code app-cds.jsa}, src/build/StartupArchive.java) fits
 * the packaged jar: started as README starts it, plus {@code -Xshare:on} (the JVM then refuses to start with a stale,
 * foreign or missing archive instead of ignoring it), the service gets ready and loads most of its classes from it.
 */
class StartupArchiveIT {
    @TempDir
    Path data;

    @Test
    void thePackagedJarStartsFromItsArchive() throws Exception {
        Path classLog = data.resolve("classes.log");
        Map<String, String> h2 = Map.of("REGISTRY_DB_KIND", "h2",
                "REGISTRY_H2_URL", "jdbc:h2:file:" + data.resolve("registry") + ";DB_CLOSE_ON_EXIT=FALSE");
        try (PackagedRegistry registry = PackagedRegistry.start(h2,
                List.of("-Xshare:on", "-Xlog:class+load=info:file=" + classLog), "startup-archive").awaitReady()) {
            try (Stream<String> lines = Files.lines(classLog)) {
                assertThat(lines.filter(line -> line.contains("source: shared objects file (top)")).count())
                        .as("classes loaded from app-cds.jsa before ready").isGreaterThan(3000);
            }
        }
    }
}
