package org.contractregistry.registry.domain;

import java.util.List;

/**
 * One page of a listing: the items from {@code offset}, at most {@code limit} of them, and how many match in all.
 *
 * @param <T> the item
 */
public record Page<T>(List<T> items, int total, int offset, int limit) {
    public static final int MAX_LIMIT = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** The offset and limit a caller asked for, kept within 0.. and 1..{@link #MAX_LIMIT}. */
    public static int[] bounds(int offset, int limit) {
        return new int[] {Math.max(0, offset), Math.max(1, Math.min(MAX_LIMIT, limit))};
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return offset + items.size() < total;
    }

    public int previousOffset() {
        return Math.max(0, offset - limit);
    }

    public int nextOffset() {
        return offset + limit;
    }

    /** 1-based position of the first item, 0 when the page is empty. */
    public int first() {
        return items.isEmpty() ? 0 : offset + 1;
    }

    public int last() {
        return offset + items.size();
    }
}
