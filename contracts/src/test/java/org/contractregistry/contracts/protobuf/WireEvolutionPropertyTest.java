package org.contractregistry.contracts.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.compatibility.ProtobufStrictness;
import org.junit.jupiter.api.Test;

/**
 * Judges the engine by real bytes: random proto2/proto3 evolutions of one message (type changes, label changes,
 * deletions with or without reservations, additions, renames, moves into and out of a oneof). Whenever WIRE mode says
 * the reader can read the writer (BACKWARD: new reads old; FORWARD: old reads new), a random message built with the writer's descriptor must parse with the reader's,
 * and every field both have under the same number must keep its value, converted as the wire groups define
 * (int32 -> int64 widens, int64 -> int32 truncates, fixed32 <-> sfixed32 keep the bits, string <-> bytes keep UTF-8).
 * Bytes values are generated as valid UTF-8, which is what the string/bytes group assumes.
 */
class WireEvolutionPropertyTest {
    private static final CheckOptions WIRE = new CheckOptions(ProtobufStrictness.WIRE);
    private static final List<String> SCALARS = List.of("int32", "int64", "uint32", "uint64", "bool", "sint32",
            "sint64", "fixed32", "sfixed32", "fixed64", "sfixed64", "float", "double", "string", "bytes");

    private record FieldSpec(int number, String name, String type, String label, boolean inOneof) {}

    private record MessageSpec(boolean proto3, List<FieldSpec> fields, List<Integer> reserved) {
        String render() {
            StringBuilder text = new StringBuilder(proto3 ? "syntax = \"proto3\";\n" : "syntax = \"proto2\";\n");
            text.append("package prop;\nmessage M {\n");
            for (FieldSpec f : fields) {
                if (!f.inOneof()) {
                    String label = f.label().isEmpty() ? "" : f.label() + " ";
                    text.append("  ").append(label).append(f.type()).append(' ').append(f.name()).append(" = ")
                            .append(f.number()).append(";\n");
                }
            }
            if (fields.stream().anyMatch(FieldSpec::inOneof)) {
                text.append("  oneof choice {\n");
                for (FieldSpec f : fields) {
                    if (f.inOneof()) {
                        text.append("    ").append(f.type()).append(' ').append(f.name()).append(" = ")
                                .append(f.number()).append(";\n");
                    }
                }
                text.append("  }\n");
            }
            for (int number : reserved) {
                text.append("  reserved ").append(number).append(";\n");
            }
            return text.append("}\n").toString();
        }
    }

    private final AtomicInteger compatibleCases = new AtomicInteger();
    private final AtomicInteger incompatibleCases = new AtomicInteger();

    @Test
    void compatibleUnderWireMeansWriterBytesParseWithTheReaderAndKeepValues() {
        qt().withExamples(600).withFixedSeed(20261125L).forAll(longs().all()).checkAssert(this::evolveAndCheck);
        assertThat(compatibleCases.get()).as("compatible evolutions exercised").isGreaterThan(100);
        assertThat(incompatibleCases.get()).as("incompatible evolutions seen").isGreaterThan(100);
    }

    private void evolveAndCheck(long seed) {
        Random random = new Random(seed);
        MessageSpec old = randomMessage(random);
        MessageSpec evolved = evolve(old, random);
        ProtobufSchema oldSchema = parse(old.render());
        ProtobufSchema newSchema = parse(evolved.render());
        // BACKWARD: the new schema reads old data; FORWARD: the old schema reads new data.
        List<Finding> backward = new ProtobufFormat().judge(oldSchema, newSchema, Direction.BACKWARD, WIRE);
        List<Finding> forward = new ProtobufFormat().judge(newSchema, oldSchema, Direction.FORWARD, WIRE);
        if (backward.isEmpty()) {
            compatibleCases.incrementAndGet();
            roundTrip(old, oldSchema, evolved, newSchema, seed, random);
        } else {
            incompatibleCases.incrementAndGet();
        }
        if (forward.isEmpty()) {
            roundTrip(evolved, newSchema, old, oldSchema, seed, random);
        }
    }

    private static void roundTrip(
            MessageSpec writer, ProtobufSchema writing, MessageSpec reader, ProtobufSchema reading, long seed,
            Random random) {
        Descriptor writerType = writing.fileDescriptor().findMessageTypeByName("M");
        Descriptor readerType = reading.fileDescriptor().findMessageTypeByName("M");
        for (int sample = 0; sample < 5; sample++) {
            DynamicMessage written = randomValue(writerType, random);
            DynamicMessage read;
            try {
                read = DynamicMessage.parseFrom(readerType, written.toByteArray());
            } catch (InvalidProtocolBufferException e) {
                throw new AssertionError("judged compatible but the reader cannot parse:\n" + writer.render()
                        + "---\n" + reader.render() + "data: " + written + "\n" + e.getMessage(), e);
            }
            for (FieldDescriptor writerField : writerType.getFields()) {
                FieldDescriptor readerField = readerType.findFieldByNumber(writerField.getNumber());
                if (readerField == null || !present(written, writerField)) {
                    continue;
                }
                Object expected = expected(written.getField(writerField), writerField, readerField);
                assertThat(read.getField(readerField))
                        .as("field %d, %s -> %s, seed %d:%n%s---%n%s", writerField.getNumber(),
                                writerField.getType(), readerField.getType(), seed, writer.render(), reader.render())
                        .isEqualTo(expected);
            }
        }
    }

    private static boolean present(DynamicMessage message, FieldDescriptor field) {
        return field.isRepeated() ? message.getRepeatedFieldCount(field) > 0 : message.hasField(field);
    }

    private static ProtobufSchema parse(String text) {
        return (ProtobufSchema) Contracts.parse(SchemaSource.protobuf(text)).orThrow();
    }

    // ---- random schemas and evolutions

    private static MessageSpec randomMessage(Random random) {
        boolean proto3 = random.nextBoolean();
        List<FieldSpec> fields = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int number = 1; fields.size() < count; number++) {
            fields.add(newField(proto3, number, random));
        }
        return new MessageSpec(proto3, fields, List.of());
    }

    private static FieldSpec newField(boolean proto3, int number, Random random) {
        String type = SCALARS.get(random.nextInt(SCALARS.size()));
        boolean inOneof = random.nextInt(5) == 0;
        return new FieldSpec(number, "f" + number, type, inOneof ? "" : randomLabel(proto3, random), inOneof);
    }

    private static String randomLabel(boolean proto3, Random random) {
        int pick = random.nextInt(10);
        if (proto3) {
            return pick < 5 ? "" : pick < 8 ? "optional" : "repeated";
        }
        return pick < 6 ? "optional" : pick < 9 ? "repeated" : "required";
    }

    private static MessageSpec evolve(MessageSpec writer, Random random) {
        List<FieldSpec> fields = new ArrayList<>(writer.fields());
        List<Integer> reserved = new ArrayList<>(writer.reserved());
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            int index = random.nextInt(Math.max(1, fields.size()));
            FieldSpec f = fields.isEmpty() ? null : fields.get(index);
            switch (random.nextInt(7)) {
                case 0, 1 -> { // type change: mostly within the wire group
                    if (f != null) {
                        String type = random.nextInt(10) < 7 ? sameGroup(f.type(), random)
                                : SCALARS.get(random.nextInt(SCALARS.size()));
                        fields.set(index, new FieldSpec(f.number(), f.name(), type, f.label(), f.inOneof()));
                    }
                }
                case 2 -> { // label change
                    if (f != null && !f.inOneof()) {
                        fields.set(index, new FieldSpec(f.number(), f.name(), f.type(),
                                randomLabel(writer.proto3(), random), false));
                    }
                }
                case 3 -> { // delete, maybe reserving
                    if (f != null && fields.size() > 1) {
                        fields.remove(index);
                        if (random.nextBoolean()) {
                            reserved.add(f.number());
                        }
                    }
                }
                case 4 -> { // add
                    int number = fields.stream().mapToInt(FieldSpec::number).max().orElse(0) + 1
                            + reserved.size();
                    fields.add(newField(writer.proto3(), number, random));
                }
                case 5 -> { // rename
                    if (f != null) {
                        fields.set(index, new FieldSpec(f.number(), f.name() + "_r", f.type(), f.label(),
                                f.inOneof()));
                    }
                }
                default -> { // into or out of the oneof
                    if (f != null && !f.label().equals("repeated") && !f.label().equals("required")) {
                        String label = f.inOneof() ? (writer.proto3() ? "" : "optional") : "";
                        fields.set(index, new FieldSpec(f.number(), f.name(), f.type(), label, !f.inOneof()));
                    }
                }
            }
        }
        return new MessageSpec(writer.proto3(), fields, reserved);
    }

    private static String sameGroup(String type, Random random) {
        List<List<String>> groups = List.of(List.of("int32", "int64", "uint32", "uint64", "bool"),
                List.of("sint32", "sint64"), List.of("fixed32", "sfixed32"), List.of("fixed64", "sfixed64"),
                List.of("string", "bytes"), List.of("float"), List.of("double"));
        for (List<String> group : groups) {
            if (group.contains(type)) {
                return group.get(random.nextInt(group.size()));
            }
        }
        return type;
    }

    // ---- random data and the expected reading

    private static DynamicMessage randomValue(Descriptor type, Random random) {
        DynamicMessage.Builder builder = DynamicMessage.newBuilder(type);
        for (FieldDescriptor field : type.getFields()) {
            boolean set = field.isRequired() || random.nextInt(4) != 0;
            if (!set) {
                continue;
            }
            if (field.isRepeated()) {
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    builder.addRepeatedField(field, scalar(field, random));
                }
            } else {
                builder.setField(field, scalar(field, random));
            }
        }
        return builder.build();
    }

    private static Object scalar(FieldDescriptor field, Random random) {
        return switch (field.getJavaType()) {
            case INT -> random.nextInt(3) == 0 ? random.nextInt(200) - 100 : random.nextInt();
            case LONG -> random.nextInt(3) == 0 ? (long) random.nextInt(200) - 100 : random.nextLong();
            case FLOAT -> random.nextFloat() * 1000 - 500;
            case DOUBLE -> random.nextDouble() * 1e6 - 5e5;
            case BOOLEAN -> random.nextBoolean();
            case STRING -> text(random);
            case BYTE_STRING -> ByteString.copyFromUtf8(text(random));
            default -> throw new IllegalStateException("no generator for " + field);
        };
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(5) == 0 ? 0x00e0 + random.nextInt(40) : 'a' + random.nextInt(26));
        }
        return text.toString();
    }

    private static Object expected(Object written, FieldDescriptor writer, FieldDescriptor reader) {
        if (written instanceof List<?> values) {
            return values.stream().map(v -> convert(v, writer.getType(), reader.getType())).toList();
        }
        return convert(written, writer.getType(), reader.getType());
    }

    /** One value written as {@code from} and read as {@code to}, as the wire format decodes it. */
    static Object convert(Object value, FieldDescriptor.Type from, FieldDescriptor.Type to) {
        if (from == to) {
            return value;
        }
        return switch (to) {
            case INT32, UINT32 -> (int) varint(value, from);
            case INT64, UINT64 -> varint(value, from);
            case BOOL -> varint(value, from) != 0;
            case SINT32 -> CodedInputStream.decodeZigZag32((int) zigzag(value, from));
            case SINT64 -> CodedInputStream.decodeZigZag64(zigzag(value, from));
            case FIXED32, SFIXED32, FIXED64, SFIXED64 -> value;
            case STRING -> ((ByteString) value).toStringUtf8();
            case BYTES -> ByteString.copyFromUtf8((String) value);
            default -> throw new IllegalStateException(from + " -> " + to);
        };
    }

    private static long varint(Object value, FieldDescriptor.Type from) {
        return switch (from) {
            case INT32 -> (long) (Integer) value;
            case UINT32 -> Integer.toUnsignedLong((Integer) value);
            case INT64, UINT64 -> (Long) value;
            case BOOL -> (Boolean) value ? 1L : 0L;
            default -> throw new IllegalStateException("not a varint: " + from);
        };
    }

    private static long zigzag(Object value, FieldDescriptor.Type from) {
        return from == FieldDescriptor.Type.SINT32
                ? Integer.toUnsignedLong(CodedOutputStream.encodeZigZag32((Integer) value))
                : CodedOutputStream.encodeZigZag64((Long) value);
    }
}
