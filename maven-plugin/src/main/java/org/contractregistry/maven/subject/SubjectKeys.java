package org.contractregistry.maven.subject;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confluent's encoding of subject names that cannot be XML element names: {@code %} written as {@code _x}, so
 * {@code _x3A} is {@code :} and {@code _x2F} is {@code /}. Only {@code _x} followed by two hex digits is decoded.
 */
public final class SubjectKeys {
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{2})");

    private SubjectKeys() {}

    public static String decode(String key) {
        if (!ESCAPE.matcher(key).find()) {
            return key;
        }
        String protectedText = key.replace("%", "%25").replace("+", "%2B");
        String percent = ESCAPE.matcher(protectedText).replaceAll(m -> Matcher.quoteReplacement("%" + m.group(1)));
        return URLDecoder.decode(percent, StandardCharsets.UTF_8);
    }
}
