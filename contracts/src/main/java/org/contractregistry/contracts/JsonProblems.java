package org.contractregistry.contracts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.net.URL;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jackson's complaints about JSON text (syntax) or JSON shape (a number where a string belongs) as sentences for the
 * person who sent it: the field path and what was expected, the line and column, and no Java type names or parser
 * internals ({@code `java.lang.String`}, {@code [Source: ...]}, {@code StreamReadConstraints...}).
 */
public final class JsonProblems {
    private static final Pattern SOURCE =
            Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)|\\s*\\[Source:[^\\]]*\\]");
    private static final Pattern FROM_INTERNAL = Pattern.compile(",\\s*from `[^`]*`");
    private static final Pattern FOUND =
            Pattern.compile("(?:from|coerce) (Array|Object|String|Integer|Floating-point|Boolean|Null|empty String)");
    private static final Pattern TICKED = Pattern.compile("`[^`]*`");

    private JsonProblems() {}

    /** True when the text is not JSON (or has content after the value); false for JSON of the wrong shape. */
    public static boolean isSyntax(JsonProcessingException e) {
        if (e instanceof InputCoercionException) {
            return false;
        }
        return !(e instanceof JsonMappingException) || isTrailingContent(e);
    }

    /** One sentence naming the problem and where it is (the field path, or the line and column). */
    public static String describe(JsonProcessingException e) {
        return sentence(e, true);
    }

    /** {@link #describe} without the line and column, for callers that report the position themselves. */
    public static String describeWithoutPosition(JsonProcessingException e) {
        return sentence(e, false);
    }

    private static String sentence(JsonProcessingException e, boolean position) {
        String at = position ? at(e.getLocation()) : "";
        if (isTrailingContent(e)) {
            return "unexpected content after the JSON value" + at;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return where(mismatch) + " must be " + expected(mismatch.getTargetType()) + found(mismatch);
        }
        String text = clean(e.getOriginalMessage());
        String field = e instanceof InputCoercionException ? currentField(e) : null;
        if (field != null) {
            return "'" + field + "': " + text + at;
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return where(mapping) + ": " + text;
        }
        return text + at;
    }

    private static boolean isTrailingContent(JsonProcessingException e) {
        return e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Trailing token");
    }

    /** {@code references[0].version}, or "the body" for the top-level value. */
    private static String where(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the body" : "'" + path + "'";
    }

    private static String currentField(JsonProcessingException e) {
        try {
            return e.getProcessor() instanceof JsonParser parser ? parser.currentName() : null;
        } catch (java.io.IOException unreadable) {
            return null;
        }
    }

    private static String expected(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type) || type == TextNode.class || type == char.class
                || type == Character.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type) || type == ArrayNode.class) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == URI.class || type == URL.class) {
            return "a URI string";
        }
        if (type == UUID.class) {
            return "a UUID string";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date-time string";
        }
        if (type == JsonNode.class) {
            return "a JSON value";
        }
        return "an object";
    }

    /** What was sent instead: Jackson names it ("from Array value", "Cannot coerce String"), else the parser does. */
    private static String found(MismatchedInputException e) {
        Matcher named = FOUND.matcher(String.valueOf(e.getOriginalMessage()));
        if (named.find()) {
            return ", not " + switch (named.group(1)) {
                case "Array" -> "an array";
                case "Object" -> "an object";
                case "String", "empty String" -> "a string";
                case "Integer" -> "a whole number";
                case "Floating-point" -> "a number with a fraction";
                case "Boolean" -> "a boolean";
                default -> "JSON null";
            };
        }
        if (!(e.getProcessor() instanceof JsonParser parser) || parser.currentToken() == null) {
            return "";
        }
        return switch (parser.currentToken()) {
            case START_ARRAY -> ", not an array";
            case START_OBJECT -> ", not an object";
            case VALUE_STRING -> ", not a string";
            case VALUE_NUMBER_INT -> ", not a whole number";
            case VALUE_NUMBER_FLOAT -> ", not a number with a fraction";
            case VALUE_TRUE, VALUE_FALSE -> ", not a boolean";
            case VALUE_NULL -> ", not JSON null";
            default -> "";
        };
    }

    private static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "invalid JSON";
        }
        String text = SOURCE.matcher(message).replaceAll("");
        text = FROM_INTERNAL.matcher(text).replaceAll("");
        return TICKED.matcher(text).replaceAll("value");
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
