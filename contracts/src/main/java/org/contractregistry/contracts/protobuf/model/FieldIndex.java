package org.contractregistry.contracts.protobuf.model;

import java.util.Arrays;
import java.util.List;

/** Fields by number: a sorted array and a binary search (no boxing, few cache misses). */
public final class FieldIndex {
    private final int[] numbers;
    private final FieldModel[] fields;

    FieldIndex(List<FieldModel> declared) {
        fields = declared.stream().sorted((a, b) -> Integer.compare(a.number(), b.number()))
                .toArray(FieldModel[]::new);
        numbers = Arrays.stream(fields).mapToInt(FieldModel::number).toArray();
    }

    /** The field with this number, or null. */
    public FieldModel get(int number) {
        int at = Arrays.binarySearch(numbers, number);
        return at >= 0 ? fields[at] : null;
    }
}
