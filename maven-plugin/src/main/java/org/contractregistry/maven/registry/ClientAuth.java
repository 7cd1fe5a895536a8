package org.contractregistry.maven.registry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The credentials a build gives the registry, named as in Confluent's plugin and clients: {@code <userInfoConfig>}
 * (HTTP Basic {@code user:password}, or an API key's {@code id:secret}), or in {@code <configs>} the client settings
 * {@code basic.auth.credentials.source=USER_INFO} with {@code basic.auth.user.info}, or
 * {@code bearer.auth.credentials.source=STATIC_TOKEN} with {@code bearer.auth.token} (and the optional
 * {@code bearer.auth.logical.cluster} and {@code bearer.auth.identity.pool.id} headers). Each key may carry
 * Confluent's {@code schema.registry.} prefix.
 */
public final class ClientAuth {
    private ClientAuth() {
    }

    /** The HTTP headers those settings ask for; an unsupported or half-given setting is an error naming it. */
    public static Map<String, String> headers(String userInfoConfig, Map<String, String> configs) {
        Map<String, String> settings = configs == null ? Map.of() : configs;
        Map<String, String> headers = new LinkedHashMap<>();
        String userInfo = blankToNull(userInfoConfig);
        String basicSource = setting(settings, "basic.auth.credentials.source");
        if (userInfo == null && basicSource != null) {
            if (!basicSource.toUpperCase(Locale.ROOT).equals("USER_INFO")) {
                throw new IllegalArgumentException("basic.auth.credentials.source=" + basicSource
                        + " is not supported: use USER_INFO with basic.auth.user.info (or <userInfoConfig>)");
            }
            userInfo = required(settings, "basic.auth.user.info", "basic.auth.credentials.source=USER_INFO");
        } else if (userInfo == null) {
            userInfo = setting(settings, "basic.auth.user.info");
        }
        String bearerSource = setting(settings, "bearer.auth.credentials.source");
        if (bearerSource != null) {
            if (userInfo != null) {
                throw new IllegalArgumentException("both Basic credentials (<userInfoConfig> or basic.auth.user.info)"
                        + " and bearer.auth.credentials.source are set: give one");
            }
            if (!bearerSource.toUpperCase(Locale.ROOT).equals("STATIC_TOKEN")) {
                throw new IllegalArgumentException("bearer.auth.credentials.source=" + bearerSource
                        + " is not supported: use STATIC_TOKEN with bearer.auth.token");
            }
            headers.put("Authorization", "Bearer " + required(settings, "bearer.auth.token",
                    "bearer.auth.credentials.source=STATIC_TOKEN"));
            putIfSet(headers, "target-sr-cluster", setting(settings, "bearer.auth.logical.cluster"));
            putIfSet(headers, "Confluent-Identity-Pool-Id", setting(settings, "bearer.auth.identity.pool.id"));
        } else if (userInfo != null) {
            if (!userInfo.contains(":")) {
                throw new IllegalArgumentException("Basic credentials must be 'user:password' (or an API key's"
                        + " 'id:secret')");
            }
            headers.put("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
        }
        return headers;
    }

    private static String setting(Map<String, String> settings, String key) {
        String value = settings.get(key);
        return blankToNull(value != null ? value : settings.get("schema.registry." + key));
    }

    private static String required(Map<String, String> settings, String key, String because) {
        String value = setting(settings, key);
        if (value == null) {
            throw new IllegalArgumentException(because + " needs " + key + " in <configs>");
        }
        return value;
    }

    private static void putIfSet(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
