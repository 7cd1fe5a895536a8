package org.contractregistry.contracts.json.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * A numeric keyword compared between writer and reader: added, removed, increased or decreased, each a difference of
 * its own (whether that is compatible depends on the keyword: a larger maximum is fine, a larger minimum is not).
 */
record Bounds(String keyword, JsonDifference added, JsonDifference removed, JsonDifference increased,
        JsonDifference decreased) {

    static Bounds of(String keyword, String prefix) {
        return new Bounds(keyword, JsonDifference.valueOf(prefix + "_ADDED"), JsonDifference.valueOf(prefix + "_REMOVED"),
                JsonDifference.valueOf(prefix + "_INCREASED"), JsonDifference.valueOf(prefix + "_DECREASED"));
    }

    void compare(Walk walk, JsonNode original, JsonNode update) {
        compare(walk, number(original.get(keyword)), number(update.get(keyword)));
    }

    void compare(Walk walk, BigDecimal original, BigDecimal update) {
        if (original == null && update == null) {
            return;
        }
        if (original == null) {
            walk.add(keyword, added);
        } else if (update == null) {
            walk.add(keyword, removed);
        } else if (original.compareTo(update) < 0) {
            walk.add(keyword, increased);
        } else if (original.compareTo(update) > 0) {
            walk.add(keyword, decreased);
        }
    }

    static BigDecimal number(JsonNode value) {
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }
}
