package org.contractregistry.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** bcrypt hashes of secrets, and the decoy an unknown name is checked against. */
class PasswordHashingTest {

    @Test
    void aHashMatchesItsSecretOnly() {
        PasswordHashing hashing = new PasswordHashing(5);
        String hash = hashing.hash("s3cret");
        assertThat(hash).startsWith("$2b$05$").hasSize(60);
        assertThat(hashing.matches("s3cret", hash)).isTrue();
        assertThat(hashing.matches("s3cret!", hash)).isFalse();
    }

    @Test
    void theDecoyIsAWellFormedHashAtTheConfiguredCostThatNothingMatches() {
        PasswordHashing hashing = new PasswordHashing(7);
        String decoy = hashing.decoyHash();
        assertThat(decoy).startsWith("$2b$07$").hasSize(60).isNotEqualTo(new PasswordHashing(7).decoyHash());
        assertThat(org.bouncycastle.crypto.generators.OpenBSDBCrypt.checkPassword(decoy, "decoy".toCharArray()))
                .isFalse();
        assertThat(hashing.matches("anything", null)).isFalse();
    }
}
