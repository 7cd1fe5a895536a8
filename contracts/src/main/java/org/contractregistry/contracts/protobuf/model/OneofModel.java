package org.contractregistry.contracts.protobuf.model;

import java.util.List;

/** A real oneof (not the synthetic one of a proto3 {@code optional} field) and the numbers of its members. */
public record OneofModel(String name, List<Integer> memberNumbers, int line) {}
