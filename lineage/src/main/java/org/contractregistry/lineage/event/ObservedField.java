package org.contractregistry.lineage.event;

/**
 * One field of a schema facet, flattened: nested fields get dot paths ({@code customer.email}).
 *
 * @param type the type as the producer wrote it ({@code string}, {@code decimal(10,2)}, {@code VARCHAR}); may be empty
 */
public record ObservedField(String path, String type) {
    public ObservedField {
        type = type == null ? "" : type;
    }
}
