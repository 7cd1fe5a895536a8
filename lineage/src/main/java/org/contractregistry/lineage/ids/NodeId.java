package org.contractregistry.lineage.ids;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A graph node id as Marquez writes it: {@code dataset:<namespace>:<name>} or {@code job:<namespace>:<name>}.
 *
 * <p>Namespaces may contain colons ({@code kafka://broker:9092}): a URI-like namespace ends after its authority
 * ({@code scheme://host[:port]}); any other namespace ends at the first colon.
 */
public record NodeId(NodeType type, NamespaceName namespace, String name) implements Comparable<NodeId> {
    private static final Pattern URI_NAMESPACE =
            Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://[^/:]*(?::\\d+)?):(.+)$", Pattern.DOTALL);
    private static final Comparator<NodeId> ORDER = Comparator.comparing(NodeId::value);

    public NodeId {
        if (type == null || namespace == null) {
            throw new InvalidIdException("node id needs a type and a namespace");
        }
        name = Names.require(name, type.prefix() + " name", DatasetId.MAX_NAME_LENGTH);
    }

    public static NodeId of(DatasetId dataset) {
        return new NodeId(NodeType.DATASET, dataset.namespace(), dataset.name());
    }

    public static NodeId of(JobId job) {
        return new NodeId(NodeType.JOB, job.namespace(), job.name());
    }

    /** Parses {@code dataset:ns:name} / {@code job:ns:name}; throws {@link InvalidIdException} naming the problem. */
    public static NodeId parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidIdException("nodeId must not be blank");
        }
        int colon = value.indexOf(':');
        Optional<NodeType> type = colon < 0 ? Optional.empty() : NodeType.fromPrefix(value.substring(0, colon));
        if (type.isEmpty()) {
            throw new InvalidIdException("nodeId must start with 'dataset:' or 'job:': " + value);
        }
        String rest = value.substring(colon + 1);
        Matcher uri = URI_NAMESPACE.matcher(rest);
        if (uri.matches()) {
            return new NodeId(type.get(), new NamespaceName(uri.group(1)), uri.group(2));
        }
        int split = rest.indexOf(':');
        if (split <= 0 || split == rest.length() - 1) {
            throw new InvalidIdException("nodeId must be <type>:<namespace>:<name>: " + value);
        }
        return new NodeId(type.get(), new NamespaceName(rest.substring(0, split)), rest.substring(split + 1));
    }

    public String value() {
        return type.prefix() + ":" + namespace.value() + ":" + name;
    }

    public DatasetId asDataset() {
        requireType(NodeType.DATASET);
        return new DatasetId(namespace, name);
    }

    public JobId asJob() {
        requireType(NodeType.JOB);
        return new JobId(namespace, name);
    }

    private void requireType(NodeType expected) {
        if (type != expected) {
            throw new IllegalStateException(value() + " is not a " + expected.prefix());
        }
    }

    @Override
    public int compareTo(NodeId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return value();
    }
}
