package org.contractregistry.cli.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Writes a {@link BackupFile} into a registry through its REST API in IMPORT mode, so every version keeps its id and
 * version number; then soft-deletes what was soft-deleted, and restores configs and modes. Refuses a registry that
 * already holds subjects unless told; resumes an interrupted import by skipping the versions already there (and
 * refusing any that is there under another id).
 */
public final class Importer {
    private final RegistryClient target;
    private final Progress progress;

    public Importer(RegistryClient target, Progress progress) {
        this.target = target;
        this.progress = progress;
    }

    /** One version to register, with the subject it goes under. */
    private record Item(SubjectEntry subject, VersionEntry version) {
        String path() {
            return "/subjects/" + RegistryClient.segment(subject.subject()) + "/versions";
        }
    }

    /**
     * @param allowNonEmpty import into a registry that already holds subjects (versions already there with the same
     *                      id are skipped; another id there is an error)
     */
    public void importContents(BackupFile.Contents contents, boolean allowNonEmpty) {
        SortedSet<String> existing = SubjectListing.subjects(target, SubjectListing.contexts(target));
        if (!existing.isEmpty() && !allowNonEmpty) {
            throw new IllegalStateException("the registry at " + target.baseUrl() + " already holds "
                    + existing.size() + " subjects (first: '" + existing.first() + "'); import into an empty "
                    + "registry, or pass --allow-non-empty (also to resume an interrupted import)");
        }
        target.put("/mode?force=true", mode("IMPORT"));
        List<Item> items = new ArrayList<>();
        for (SubjectEntry subject : contents.subjects()) {
            Map<Integer, Integer> there = existing.contains(subject.subject()) ? idsThere(subject) : Map.of();
            for (VersionEntry version : subject.versions()) {
                Integer idThere = there.get(version.version());
                if (idThere == null) {
                    items.add(new Item(subject, version));
                } else if (idThere != version.id()) {
                    throw new IllegalStateException("subject '" + subject.subject() + "' version "
                            + version.version() + " is id " + idThere + " in " + target.baseUrl()
                            + " but id " + version.id() + " in the file; nothing more was imported");
                }
            }
        }
        register(items, contents.versionCount() - items.size(), contents.versionCount());
        softDelete(contents);
        for (SubjectEntry subject : contents.subjects()) {
            String segment = RegistryClient.segment(subject.subject());
            if (subject.config() != null) {
                target.put("/config/" + segment, configUpdate(subject.config()));
            }
            if (subject.mode() != null) {
                target.put("/mode/" + segment + "?force=true", mode(subject.mode()));
            }
        }
        if (contents.global().config() != null) {
            target.put("/config", configUpdate(contents.global().config()));
        }
        target.put("/mode?force=true", mode(contents.global().mode() == null ? "READWRITE"
                : contents.global().mode()));
    }

    /**
     * Registers in id order within each context, so a referenced schema comes before the schemas that use it; what
     * still fails (a reference to a later id) is tried again after the rest, while each round makes progress.
     */
    private void register(List<Item> items, int alreadyThere, int total) {
        List<Item> pending = new ArrayList<>(items);
        pending.sort(Comparator.comparing((Item i) -> i.subject().context()).thenComparingInt(i -> i.version().id())
                .thenComparing(i -> i.subject().subject()).thenComparingInt(i -> i.version().version()));
        int done = alreadyThere;
        while (!pending.isEmpty()) {
            List<Item> failed = new ArrayList<>();
            RegistryCallException firstFailure = null;
            for (Item item : pending) {
                try {
                    JsonNode answer = target.post(item.path(), registration(item.version()));
                    int id = answer.path("id").asInt();
                    if (id != item.version().id()) {
                        throw new IllegalStateException("subject '" + item.subject().subject() + "' version "
                                + item.version().version() + " was given id " + id + " by " + target.baseUrl()
                                + ", not the id " + item.version().id() + " asked for");
                    }
                    progress.at(++done, total, "versions");
                } catch (RegistryCallException e) {
                    failed.add(item);
                    firstFailure = firstFailure == null ? e : firstFailure;
                }
            }
            if (failed.size() == pending.size()) {
                throw firstFailure;
            }
            pending = failed;
        }
    }

    private void softDelete(BackupFile.Contents contents) {
        List<Item> deleted = new ArrayList<>();
        for (SubjectEntry subject : contents.subjects()) {
            subject.versions().stream().filter(VersionEntry::deleted).forEach(v -> deleted.add(new Item(subject, v)));
        }
        // Newest ids first: a schema that referenced another was deleted before it.
        deleted.sort(Comparator.comparingInt((Item i) -> i.version().id()).reversed());
        for (Item item : deleted) {
            try {
                target.delete(item.path() + "/" + item.version().version());
            } catch (RegistryCallException e) {
                if (e.status() != 404) {
                    throw e;
                }
                // Soft-deleted already (a resumed import): Confluent answers 40406 for that.
            }
        }
    }

    private Map<Integer, Integer> idsThere(SubjectEntry subject) {
        Map<Integer, Integer> ids = new HashMap<>();
        String path = "/subjects/" + RegistryClient.segment(subject.subject()) + "/versions";
        target.find(path + "?deleted=true").ifPresent(list -> list.forEach(v -> ids.put(v.asInt(),
                target.get(path + "/" + v.asInt() + "?deleted=true").path("id").asInt())));
        return ids;
    }

    private static ObjectNode registration(VersionEntry version) {
        ObjectNode body = BackupFile.JSON.createObjectNode();
        body.put("schema", version.schema());
        if (!"AVRO".equals(version.schemaType())) {
            body.put("schemaType", version.schemaType());
        }
        if (version.references() != null) {
            body.set("references", version.references());
        }
        if (version.metadata() != null) {
            body.set("metadata", version.metadata());
        }
        if (version.ruleSet() != null) {
            body.set("ruleSet", version.ruleSet());
        }
        body.put("id", version.id());
        body.put("version", version.version());
        return body;
    }

    /** {@code GET /config} answers {@code compatibilityLevel}; {@code PUT /config} takes {@code compatibility}. */
    static ObjectNode configUpdate(JsonNode config) {
        ObjectNode update = BackupFile.JSON.createObjectNode();
        config.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                update.set("compatibilityLevel".equals(field.getKey()) ? "compatibility" : field.getKey(),
                        field.getValue());
            }
        });
        return update;
    }

    private static ObjectNode mode(String mode) {
        return BackupFile.JSON.createObjectNode().put("mode", mode);
    }
}
