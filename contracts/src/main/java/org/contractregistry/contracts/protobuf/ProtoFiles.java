package org.contractregistry.contracts.protobuf;

import com.squareup.wire.schema.CoreLoader;
import com.squareup.wire.schema.ErrorCollector;
import com.squareup.wire.schema.Loader;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * An in-memory file set for wire's linker: the schema and its references by import path, and the well-known types
 * ({@code google/protobuf/*.proto}) from the wire-schema jar (descriptor, any, duration, empty, field_mask, struct,
 * timestamp, wrappers) or, for the few wire lacks (api, type, source_context), from the protobuf-java jar.
 */
final class ProtoFiles implements Loader {
    static final String WELL_KNOWN_PREFIX = "google/protobuf/";

    private final Map<String, String> texts;
    private final Map<String, ProtoFile> loaded = new HashMap<>();

    ProtoFiles(Map<String, String> texts) {
        this.texts = texts;
    }

    static boolean isBuiltIn(String path) {
        return path.startsWith(WELL_KNOWN_PREFIX) || path.startsWith("wire/");
    }

    static boolean builtInExists(String path) {
        return isBuiltIn(path) && ProtoFiles.class.getClassLoader().getResource(path) != null;
    }

    boolean has(String path) {
        return texts.containsKey(path) || builtInExists(path);
    }

    /** Parses one file of the set; throws the parser's exception (with path:line:col) on a syntax error. */
    ProtoFileElement parse(String path) {
        return ProtoParser.Companion.parse(Location.get("", path), texts.get(path));
    }

    @Override
    public ProtoFile load(String path) {
        return loaded.computeIfAbsent(path, this::loadUncached);
    }

    private ProtoFile loadUncached(String path) {
        if (texts.containsKey(path)) {
            return ProtoFile.Companion.get(parse(path));
        }
        if (path.startsWith("wire/") || wireShips(path)) {
            return CoreLoader.INSTANCE.load(path);
        }
        if (builtInExists(path)) {
            return ProtoFile.Companion.get(ProtoParser.Companion.parse(Location.get("", path), resource(path)));
        }
        throw new IllegalArgumentException("import \"" + path + "\" was not found among the references");
    }

    private static boolean wireShips(String path) {
        return switch (path) {
            case "google/protobuf/descriptor.proto", "google/protobuf/any.proto", "google/protobuf/duration.proto",
                    "google/protobuf/empty.proto", "google/protobuf/field_mask.proto",
                    "google/protobuf/struct.proto", "google/protobuf/timestamp.proto",
                    "google/protobuf/wrappers.proto" -> true;
            default -> false;
        };
    }

    private static String resource(String path) {
        try (InputStream in = ProtoFiles.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Loader withErrors(ErrorCollector errors) {
        return this;
    }
}
