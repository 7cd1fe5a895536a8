package org.contractregistry.registry.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.compatibility.Finding;

/**
 * The lines of Confluent's verbose compatibility answer and 409 message, in Confluent's order
 * ({@code SchemaValidatorBuilder.formatErrorMessages}, {@code KafkaSchemaRegistry.isCompatibleWithPrevious}): the
 * reserved-field problems; then, per old version broken (newest first), each difference (under FULL the old-reads-new
 * ones first, as Confluent's mutual-read strategy lists them), {@code {oldSchemaVersion: N}} and
 * {@code {oldSchema: '...'}} cut at 10 KiB as Confluent cuts it; last {@code {validateFields: '..', compatibility:
 * '..'}}.
 *
 * <p>A difference keeps the shape of Confluent's: {@code {errorType:'..', description:'..'}} in single quotes for Avro
 * (its {@code avro.Difference}), double quotes otherwise (its Protobuf and JSON {@code Difference}), and adds the
 * engine's {@code path} and {@code fixHint}.
 */
final class IncompatibilityMessages {
    /** Confluent's {@code MAX_SCHEMA_SIZE_FOR_LOGGING}. */
    static final int MAX_OLD_SCHEMA_CHARS = 10 * 1024;

    private IncompatibilityMessages() {}

    /**
     * @param oldSchemas the text of every old version compared, by version
     */
    static List<String> lines(List<String> reservedFieldProblems, List<Finding> findings,
            Map<Integer, StoredSchema> oldSchemas, boolean validateFields, String level) {
        List<String> lines = new ArrayList<>(reservedFieldProblems);
        Map<Integer, List<Finding>> byVersion = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byVersion.computeIfAbsent(finding.againstVersion(), v -> new ArrayList<>()).add(finding);
        }
        byVersion.forEach((version, broken) -> {
            StoredSchema old = oldSchemas.get(version);
            SchemaType type = old == null ? SchemaType.AVRO : old.type();
            broken.forEach(f -> lines.add(difference(f, type)));
            if (version > 0) {
                lines.add("{oldSchemaVersion: " + version + "}");
            }
            if (old != null) {
                lines.add(oldSchema(old.shownText()));
            }
        });
        if (!lines.isEmpty()) {
            lines.add("{validateFields: '" + validateFields + "', compatibility: '" + level + "'}");
        }
        return lines;
    }

    /** One difference in Confluent's shape, with the engine's path and fix hint. */
    static String difference(Finding finding, SchemaType oldType) {
        char q = oldType == SchemaType.AVRO ? '\'' : '"';
        StringBuilder text = new StringBuilder("{errorType:").append(q).append(finding.ruleId()).append(q)
                .append(", description:").append(q).append(finding.message()).append(q)
                .append(", path:").append(q).append(finding.path()).append(q);
        if (!finding.fixHint().isEmpty()) {
            text.append(", fixHint:").append(q).append(finding.fixHint()).append(q);
        }
        return text.append('}').toString();
    }

    static String oldSchema(String text) {
        if (text.length() <= MAX_OLD_SCHEMA_CHARS) {
            return "{oldSchema: '" + text + "'}";
        }
        return "{oldSchema: <truncated to " + MAX_OLD_SCHEMA_CHARS + " characters> '"
                + text.substring(0, MAX_OLD_SCHEMA_CHARS) + "'}";
    }
}
