package org.contractregistry.contracts.avro.rules;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.contractregistry.contracts.compatibility.Direction;

/**
 * One incompatibility Avro found, located by name, with who reads whom: everything a rule needs to word a finding.
 *
 * @param avro Avro's incompatibility (type, message, reader and writer fragments)
 * @param path the readable pointer, e.g. {@code /fields/customer/fields/email/type}
 * @param fields the field names along the path, outermost first
 * @param writerAtPath the writer schema the path ends at (for a union index: that branch), or null
 * @param direction BACKWARD: the reader is the new schema; FORWARD: the reader is the old schema
 */
public record AvroBreak(Incompatibility avro, String path, List<String> fields, Schema writerAtPath, Direction direction) {

    public Schema reader() {
        return avro.getReaderFragment();
    }

    public Schema writer() {
        return avro.getWriterFragment();
    }

    public boolean backward() {
        return direction == Direction.BACKWARD;
    }

    /** {@code `customer.email`} or a phrase for the top level. */
    public String field() {
        return fields.isEmpty() ? "the top-level schema" : "`" + String.join(".", fields) + "`";
    }

    /** The innermost field name in backticks. */
    public String lastField() {
        return fields.isEmpty() ? "the schema" : "`" + fields.get(fields.size() - 1) + "`";
    }
}
