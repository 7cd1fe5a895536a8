package org.contractregistry.registry.lineage.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.JobId;

/** Row keys of jobs and datasets: SHA-256 (hex) of namespace, NUL, name — fixed width whatever the name's length. */
public final class Keys {
    private static final MessageDigest SHA_256 = sha256();

    private Keys() {}

    public static String of(DatasetId dataset) {
        return hash(dataset.namespace().value(), dataset.name());
    }

    public static String of(JobId job) {
        return hash(job.namespace().value(), job.name());
    }

    private static String hash(String namespace, String name) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone(); // cheaper than looking the provider up again
        } catch (CloneNotSupportedException e) {
            digest = sha256();
        }
        digest.update(namespace.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
