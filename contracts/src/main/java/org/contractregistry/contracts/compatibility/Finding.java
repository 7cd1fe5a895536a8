package org.contractregistry.contracts.compatibility;

import java.util.Objects;

/**
 * One reason a schema cannot replace another.
 *
 * @param ruleId stable SCREAMING_SNAKE id, e.g. {@code READER_FIELD_MISSING_DEFAULT_VALUE}, {@code FIELD_NO_DELETE}
 * @param category the rule's category, e.g. {@code AVRO}, {@code WIRE}, {@code WIRE_JSON}
 * @param path where in the schema: Avro {@code /fields/customer/fields/email/type}, Protobuf {@code acme.Order.items}
 * @param message one sentence a person understands
 * @param fixHint what to do about it, e.g. "give `email` a default"
 * @param againstVersion the prior version this breaks, or 0 when not set (a bare pair comparison)
 * @param direction who reads whom in the comparison that failed
 * @param line 1-based line in the new schema text where known, else 0
 */
public record Finding(
        String ruleId,
        String category,
        String path,
        String message,
        String fixHint,
        int againstVersion,
        Direction direction,
        int line) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(direction, "direction");
        fixHint = fixHint == null ? "" : fixHint;
    }

    public Finding againstVersion(int version) {
        return new Finding(ruleId, category, path, message, fixHint, version, direction, line);
    }

    /** One line for logs and HTTP messages: {@code RULE_ID at path: message (old version N, BACKWARD)}. */
    public String describe() {
        StringBuilder text = new StringBuilder(ruleId).append(" at ").append(path).append(": ").append(message);
        if (againstVersion > 0) {
            text.append(" (old version ").append(againstVersion).append(", ").append(direction).append(')');
        }
        return text.toString();
    }
}
