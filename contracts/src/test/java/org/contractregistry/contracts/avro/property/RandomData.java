package org.contractregistry.contracts.avro.property;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.util.Utf8;

/** Random datum for a schema (no recursive schemas: the generator never makes them). */
final class RandomData {
    private final Random random;

    RandomData(long seed) {
        this.random = new Random(seed);
    }

    Object of(Schema schema) {
        return switch (schema.getType()) {
            case NULL -> null;
            case BOOLEAN -> random.nextBoolean();
            case INT -> random.nextInt();
            case LONG -> random.nextLong();
            case FLOAT -> random.nextFloat() * 1000;
            case DOUBLE -> random.nextDouble() * 1e6;
            case STRING -> new Utf8("s" + random.nextInt(1000));
            case BYTES -> ByteBuffer.wrap(("b" + random.nextInt(1000)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(random.nextInt(schema.getEnumSymbols().size())));
            case FIXED -> {
                byte[] bytes = new byte[schema.getFixedSize()];
                random.nextBytes(bytes);
                yield new GenericData.Fixed(schema, bytes);
            }
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    items.add(of(schema.getElementType()));
                }
                yield new GenericData.Array<>(schema, items);
            }
            case MAP -> {
                Map<Utf8, Object> map = new HashMap<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    map.put(new Utf8("k" + i), of(schema.getValueType()));
                }
                yield map;
            }
            case UNION -> of(schema.getTypes().get(random.nextInt(schema.getTypes().size())));
            case RECORD -> {
                GenericData.Record record = new GenericData.Record(schema);
                for (Schema.Field field : schema.getFields()) {
                    record.put(field.pos(), of(field.schema()));
                }
                yield record;
            }
        };
    }
}
