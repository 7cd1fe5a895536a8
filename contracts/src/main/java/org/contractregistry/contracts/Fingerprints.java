package org.contractregistry.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Content fingerprints: SHA-256, lower-case hex.
 *
 * <p>Without references the fingerprint is exactly {@code sha256(text)} (UTF-8), so anyone can recompute it with
 * {@code sha256sum}. With references, each reference adds a line {@code \nref name subject version fingerprint} (fields
 * separated by one space) after the text, in the given order.
 */
public final class Fingerprints {
    private Fingerprints() {}

    /** One reference as it enters a fingerprint. */
    public record Part(String name, String subject, int version, String fingerprint) {}

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String of(String text, List<Part> references) {
        StringBuilder all = new StringBuilder(text);
        for (Part ref : references) {
            all.append("\nref ").append(ref.name()).append(' ').append(ref.subject()).append(' ')
                    .append(ref.version()).append(' ').append(ref.fingerprint());
        }
        return sha256(all.toString());
    }
}
