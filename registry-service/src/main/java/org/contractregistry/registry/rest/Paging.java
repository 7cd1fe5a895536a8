package org.contractregistry.registry.rest;

import java.util.List;

/** Confluent's {@code offset}/{@code limit} over an already ordered list; limit -1 or 0 means the default. */
final class Paging {
    private Paging() {}

    static <T> List<T> page(List<T> items, int offset, int limit, int defaultLimit) {
        int from = Math.max(0, Math.min(offset, items.size()));
        int size = limit <= 0 ? defaultLimit : Math.min(limit, defaultLimit);
        int to = (int) Math.min((long) from + size, items.size());
        return items.subList(from, to);
    }
}
