package org.contractregistry.contracts.protobuf;

import com.google.protobuf.Descriptors.FileDescriptor;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import java.util.List;
import java.util.Optional;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.FieldShape;
import org.contractregistry.contracts.Fingerprints;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.protobuf.model.ModelBuilder;
import org.contractregistry.contracts.protobuf.model.ProtoModel;

/** A parsed and linked .proto file with its references. Everything is computed once, at parse time. */
public final class ProtobufSchema implements ContractSchema {
    private final SchemaSource source;
    private final String mainFile;
    private final ProtoModel model;
    private final String canonicalText;
    private final String normalizedText;
    private final String fingerprint;
    private final String normalizedFingerprint;
    private final List<FieldShape> fields;
    private FileDescriptor descriptor;

    ProtobufSchema(SchemaSource source, Schema schema, String mainFile, ProtoFileElement element) {
        this.source = source;
        this.mainFile = mainFile;
        this.model = ModelBuilder.build(schema, mainFile);
        this.canonicalText = element.toSchema();
        this.normalizedText = ProtoNormalizer.normalize(schema, element);
        this.fingerprint = sha256(canonicalText, source.references());
        this.normalizedFingerprint = sha256(normalizedText, source.references());
        this.fields = ProtoFieldShapes.of(model);
    }

    @Override
    public SchemaType type() {
        return SchemaType.PROTOBUF;
    }

    @Override
    public SchemaSource source() {
        return source;
    }

    @Override
    public String canonicalText() {
        return canonicalText;
    }

    @Override
    public String normalizedText() {
        return normalizedText;
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public String normalizedFingerprint() {
        return normalizedFingerprint;
    }

    @Override
    public Optional<String> recordName() {
        return model.mainMessages().isEmpty()
                ? Optional.empty()
                : Optional.of(model.message(model.mainMessages().get(0)).fullName());
    }

    @Override
    public List<FieldShape> fields() {
        return fields;
    }

    /** The rule-facing view of the file. */
    public ProtoModel model() {
        return model;
    }

    /**
     * wire's linked schema (main file, references and the well-known types it needed), linked again on each call: a
     * parse does not keep it, since it weighs ~200 KB where the rest of a parse weighs a few KB.
     */
    public Schema wireSchema() {
        return ProtoParsing.relink(source);
    }

    /** The main file's name inside {@link #wireSchema()}. */
    public String mainFileName() {
        return mainFile;
    }

    /** A protobuf-java descriptor of the main file, its imports linked; built on first use. */
    public synchronized FileDescriptor fileDescriptor() {
        if (descriptor == null) {
            descriptor = ProtoDescriptors.fileDescriptor(wireSchema(), mainFile);
        }
        return descriptor;
    }

    /** Confluent's {@code format=serialized}: the main file's {@code FileDescriptorProto}, base64-encoded. */
    public String serializedDescriptor() {
        return java.util.Base64.getEncoder().encodeToString(withFieldTypes(fileDescriptor()).toByteArray());
    }

    /** The descriptor's proto with every field's {@code type} set, as protoc writes it (protobuf-es needs it). */
    static com.google.protobuf.DescriptorProtos.FileDescriptorProto withFieldTypes(FileDescriptor file) {
        var proto = file.toProto().toBuilder();
        for (int i = 0; i < proto.getMessageTypeCount(); i++) {
            withFieldTypes(proto.getMessageTypeBuilder(i), file.getMessageTypes().get(i));
        }
        return proto.build();
    }

    private static void withFieldTypes(com.google.protobuf.DescriptorProtos.DescriptorProto.Builder proto,
            com.google.protobuf.Descriptors.Descriptor message) {
        for (int i = 0; i < proto.getFieldCount(); i++) {
            proto.getFieldBuilder(i).setType(message.getFields().get(i).getType().toProto());
        }
        for (int i = 0; i < proto.getNestedTypeCount(); i++) {
            withFieldTypes(proto.getNestedTypeBuilder(i), message.getNestedTypes().get(i));
        }
    }

    private static String sha256(String text, List<ResolvedReference> references) {
        return Fingerprints.of(text, references.stream()
                .map(r -> new Fingerprints.Part(r.name(), r.subject(), r.version(), Fingerprints.sha256(canonical(r))))
                .toList());
    }

    /** A reference's own fingerprint is over its canonical text (its imports are fingerprinted on their own). */
    private static String canonical(ResolvedReference reference) {
        try {
            return ProtoParser.Companion.parse(Location.get("", reference.name()), reference.text()).toSchema();
        } catch (RuntimeException unparsable) {
            return reference.text();
        }
    }
}
