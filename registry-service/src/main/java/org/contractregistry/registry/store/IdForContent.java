package org.contractregistry.registry.store;

/**
 * The id of a schema's content in a context: the stored one ({@code known}), else one reserved for it just now
 * (see {@link RegistryStore#reserveId}), which may end up unused.
 */
public record IdForContent(int id, boolean known) {
}
