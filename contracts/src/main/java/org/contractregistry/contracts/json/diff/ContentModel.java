package org.contractregistry.contracts.json.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What an object or a tuple accepts beyond what it names. Open: anything (no schema for the rest, no patterns);
 * closed: nothing ({@code false}); partly open: a schema (or, for objects, {@code patternProperties}) the rest must
 * match. A schema of {@code true} or {@code {}} is the same as none.
 */
record ContentModel(boolean permits, SchemaView restSchema, JsonNode patterns) {

    static ContentModel of(SchemaView owner, JsonNode rest, JsonNode patterns) {
        boolean permits = rest == null || !(rest.isBoolean() && !rest.asBoolean());
        boolean unconstrained = rest == null || rest.isBoolean() || rest.isObject() && rest.isEmpty();
        JsonNode usedPatterns = patterns != null && patterns.isObject() && !patterns.isEmpty() ? patterns : null;
        return new ContentModel(permits, unconstrained ? null : owner.at(rest), usedPatterns);
    }

    boolean isOpen() {
        return permits && restSchema == null && patterns == null;
    }

    /** The schema a name outside the named ones must match here: the first matching pattern's, else the rest's. */
    SchemaView schemaFor(SchemaView owner, String name) {
        if (patterns != null) {
            var fields = patterns.fields();
            while (fields.hasNext()) {
                var entry = fields.next();
                if (matches(entry.getKey(), name)) {
                    return owner.at(entry.getValue());
                }
            }
        }
        return restSchema;
    }

    private static boolean matches(String regex, String name) {
        try {
            return Pattern.compile(regex).matcher(name).find();
        } catch (PatternSyntaxException notJavaRegex) {
            return false;
        }
    }
}
