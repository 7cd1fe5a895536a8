package org.contractregistry.contracts.avro.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.avro.AvroContractSchema;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.Direction;
import org.junit.jupiter.api.Test;

/**
 * The engine judged by real bytes: whenever it calls (writer, reader) compatible, random data written with the writer
 * is read with the reader without error, shared fields keep their values (after promotion) and reader-only fields take
 * their defaults.
 */
class ResolutionPropertyTest {
    private static final int DATA_PER_PAIR = 5;

    private final AtomicInteger compatiblePairs = new AtomicInteger();
    private final AtomicInteger incompatiblePairs = new AtomicInteger();

    @Test
    void whatTheEngineCallsCompatibleReallyDecodes() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(this::evolveAndDecode);

        assertThat(compatiblePairs.get()).as("pairs judged compatible and decoded").isGreaterThan(100);
        assertThat(incompatiblePairs.get()).as("pairs judged incompatible (the generator must also break things)").isGreaterThan(40);
    }

    private void evolveAndDecode(long seed) {
        RandomSchemas schemas = new RandomSchemas(seed);
        var before = schemas.record(0);
        var after = schemas.evolve(before);
        ContractSchema old = parse(before.toString());
        ContractSchema evolved = parse(after.toString());
        decodeIfCompatible(old, evolved, seed);
        decodeIfCompatible(evolved, old, seed);
    }

    private static ContractSchema parse(String text) {
        return Contracts.parse(SchemaSource.avro(text)).orThrow();
    }

    private void decodeIfCompatible(ContractSchema writer, ContractSchema reader, long seed) {
        var findings = Contracts.format(writer.type()).judge(writer, reader, Direction.BACKWARD, CheckOptions.DEFAULT);
        var unpruned = SchemaCompatibility.checkReaderWriterCompatibility(
                ((AvroContractSchema) reader).schema(), ((AvroContractSchema) writer).schema()).getResult();
        assertThat(findings.stream().map(f -> f.ruleId()).sorted().toList())
                .as("engine findings equal Avro's on the full schemas\nwriter %s\nreader %s", writer, reader)
                .isEqualTo(unpruned.getIncompatibilities().stream().map(i -> i.getType().name()).sorted().toList());
        if (!findings.isEmpty()) {
            incompatiblePairs.incrementAndGet();
            return;
        }
        compatiblePairs.incrementAndGet();
        Schema w = ((AvroContractSchema) writer).schema();
        Schema r = ((AvroContractSchema) reader).schema();
        RandomData data = new RandomData(seed);
        for (int i = 0; i < DATA_PER_PAIR; i++) {
            GenericRecord written = (GenericRecord) data.of(w);
            GenericRecord read = roundTrip(written, w, r, "writer " + w + "\nreader " + r + "\ndatum " + written);
            for (Schema.Field readerField : r.getFields()) {
                Schema.Field writerField = SchemaCompatibility.lookupWriterField(w, readerField);
                Optional<Object> expected = writerField == null
                        ? Optional.ofNullable(GenericData.get().getDefaultValue(readerField)).or(() -> Optional.of(NULL))
                        : expected(writerField.schema(), readerField.schema(), written.get(writerField.pos()));
                expected.ifPresent(value -> assertThat(text(read.get(readerField.pos())))
                        .as("field %s\nwriter %s\nreader %s\ndatum %s", readerField.name(), w, r, written)
                        .isEqualTo(text(value == NULL ? null : value)));
            }
        }
    }

    private static final Object NULL = new Object();

    private static GenericRecord roundTrip(GenericRecord datum, Schema writer, Schema reader, String context) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new GenericDatumWriter<GenericRecord>(writer).write(datum, encoder);
            encoder.flush();
            return new GenericDatumReader<GenericRecord>(writer, reader)
                    .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("judged compatible but did not decode: " + e + "\n" + context, e);
        }
    }

    /** What the reader should see for a writer value, where the spec makes it plain; empty when not checked. */
    private static Optional<Object> expected(Schema writer, Schema reader, Object value) {
        if (writer.equals(reader)) {
            return Optional.ofNullable(value).or(() -> Optional.of(NULL));
        }
        if (reader.getType() == Schema.Type.UNION && writer.getType() != Schema.Type.UNION) {
            return reader.getTypes().stream().filter(writer::equals).findFirst().map(b -> value == null ? NULL : value);
        }
        if (writer.getType() == Schema.Type.ENUM && reader.getType() == Schema.Type.ENUM) {
            String symbol = value.toString();
            return Optional.of(reader.getEnumSymbols().contains(symbol) ? symbol : reader.getEnumDefault());
        }
        return promoted(writer.getType(), reader.getType(), value);
    }

    private static Optional<Object> promoted(Schema.Type from, Schema.Type to, Object value) {
        return Optional.ofNullable(switch (to) {
            case LONG -> from == Schema.Type.INT ? (Object) ((Integer) value).longValue() : null;
            case FLOAT -> value instanceof Integer i ? (Object) i.floatValue() : value instanceof Long l ? (Object) l.floatValue() : null;
            case DOUBLE -> value instanceof Number n && from != Schema.Type.DOUBLE
                    ? (Object) (value instanceof Float f ? (double) f : n.doubleValue()) : null;
            case BYTES -> from == Schema.Type.STRING ? ByteBuffer.wrap(value.toString().getBytes(StandardCharsets.UTF_8)) : null;
            case STRING -> from == Schema.Type.BYTES ? StandardCharsets.UTF_8.decode(((ByteBuffer) value).duplicate()).toString() : null;
            default -> null;
        });
    }

    private static String text(Object value) {
        return GenericData.get().toString(value);
    }
}
