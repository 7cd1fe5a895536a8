package org.contractregistry.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.VectorFolders;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.compatibility.PriorVersion;
import org.junit.jupiter.api.Test;

/**
 * A parsed JSON schema keeps what the walk derives from it (views, property indexes), so a schema compared many
 * times, in any order and from several threads at once, must give exactly the findings of a fresh parse compared once.
 * The schemas are every previous and current schema of the JSON vectors.
 */
class JsonReusedSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = VectorFolders.root("json");

    private record Source(String file, JsonNode schema, JsonNode references) {}

    @Test
    void everyPairComparedAfterOtherComparisonsFindsWhatAFreshParseFinds() throws Exception {
        List<Source> sources = sources();
        List<ContractSchema> kept = sources.stream().map(JsonReusedSchemasTest::parse).toList();
        List<ContractSchema> single = sources.stream().map(JsonReusedSchemasTest::parse).toList();

        List<List<Finding>> expected = pairs(single, identity(single.size()));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Finding>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<Integer> order = identity(kept.size());
                Collections.shuffle(order, new Random(t));
                runs.add(threads.submit(() -> pairs(kept, order)));
            }
            for (Future<List<List<Finding>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdown();
        }
        for (int i = 0; i < sources.size(); i++) {
            for (int j : List.of(i ^ 1, (i + 17) % sources.size())) {
                assertThat(findings(kept.get(i), kept.get(j)))
                        .as("%s against %s", sources.get(i).file(), sources.get(j).file())
                        .isEqualTo(findings(parse(sources.get(i)), parse(sources.get(j))));
            }
        }
    }

    @Test
    void aTransitiveCheckOfKeptSchemasFindsWhatFreshParsesFind() {
        List<Source> sources = sources();
        List<ContractSchema> kept = sources.stream().map(JsonReusedSchemasTest::parse).toList();
        for (int round = 0; round < 2; round++) {
            List<PriorVersion> keptPriors = new ArrayList<>();
            List<PriorVersion> freshPriors = new ArrayList<>();
            for (int j = 0; j < sources.size(); j += 3) {
                keptPriors.add(new PriorVersion(j + 1, kept.get(j)));
                freshPriors.add(new PriorVersion(j + 1, parse(sources.get(j))));
            }
            for (int i = 0; i < sources.size(); i += 11) {
                assertThat(CompatibilityChecker.check(kept.get(i), keptPriors, CompatibilityLevel.FULL_TRANSITIVE,
                        CheckOptions.DEFAULT).findings())
                        .as(sources.get(i).file())
                        .isEqualTo(CompatibilityChecker.check(parse(sources.get(i)), freshPriors,
                                CompatibilityLevel.FULL_TRANSITIVE, CheckOptions.DEFAULT).findings());
            }
        }
    }

    /** Findings of a fifth of the ordered pairs (i, j), compared in the given order of i, listed in index order. */
    private static List<List<Finding>> pairs(List<ContractSchema> schemas, List<Integer> order) {
        List<List<Finding>> byPair = new ArrayList<>(Collections.nCopies(schemas.size() * schemas.size(), null));
        for (int i : order) {
            for (int j = i % 5; j < schemas.size(); j += 5) {
                byPair.set(i * schemas.size() + j, findings(schemas.get(i), schemas.get(j)));
            }
        }
        return byPair;
    }

    private static List<Finding> findings(ContractSchema candidate, ContractSchema prior) {
        return CompatibilityChecker.checkPair(candidate, new PriorVersion(1, prior), CompatibilityLevel.FULL,
                CheckOptions.DEFAULT).findings();
    }

    private static List<Integer> identity(int size) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(i);
        }
        return out;
    }

    private static List<Source> sources() {
        List<Source> out = new ArrayList<>();
        VectorFolders.cases(ROOT).forEach(file -> {
            try {
                JsonNode vector = JSON.readTree(ROOT.resolve(file).toFile());
                out.add(new Source(file + " previous", vector.get("previous"), vector.get("previousReferences")));
                out.add(new Source(file + " current", vector.get("current"), vector.get("currentReferences")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(out).hasSizeGreaterThan(100);
        return out;
    }

    private static ContractSchema parse(Source source) {
        return JsonSchemaVectorsTest.parse(source.file(), source.schema(), source.references());
    }
}
