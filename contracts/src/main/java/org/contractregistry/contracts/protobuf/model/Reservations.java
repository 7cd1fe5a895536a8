package org.contractregistry.contracts.protobuf.model;

import java.util.List;
import java.util.Set;

/** Reserved numbers (inclusive ranges) and names of a message or enum. */
public record Reservations(List<Range> ranges, Set<String> names) {
    public static final Reservations NONE = new Reservations(List.of(), Set.of());

    /** An inclusive range of numbers; {@code first == last} for a single number. */
    public record Range(int first, int last) {
        @Override
        public String toString() {
            return first == last ? Integer.toString(first) : first + " to " + last;
        }
    }

    public boolean hasNumber(int number) {
        for (Range range : ranges) {
            if (number >= range.first() && number <= range.last()) {
                return true;
            }
        }
        return false;
    }

    /** Whether every number of {@code range} is reserved here, possibly across several ranges. */
    public boolean covers(Range range) {
        long next = range.first();
        boolean advanced = true;
        while (next <= range.last() && advanced) {
            advanced = false;
            for (Range candidate : ranges) {
                if (candidate.first() <= next && candidate.last() >= next) {
                    next = (long) candidate.last() + 1;
                    advanced = true;
                }
            }
        }
        return next > range.last();
    }
}
