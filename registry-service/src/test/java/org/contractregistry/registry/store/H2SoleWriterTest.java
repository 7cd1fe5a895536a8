package org.contractregistry.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which H2 URLs make the opening process the database's only writer (reads may then keep copies). */
class H2SoleWriterTest {

    @Test
    void anEmbeddedFileOrMemoryDatabaseHasOneWriter() {
        assertThat(H2Durability.soleWriter("jdbc:h2:file:./data/registry;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0")).isTrue();
        assertThat(H2Durability.soleWriter("jdbc:h2:./data/registry")).isTrue();
        assertThat(H2Durability.soleWriter("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isTrue();
    }

    @Test
    void serverAndSharedFileModesAndOtherDatabasesDoNot() {
        assertThat(H2Durability.soleWriter("jdbc:h2:file:./data/registry;AUTO_SERVER=TRUE")).isFalse();
        assertThat(H2Durability.soleWriter("jdbc:h2:file:./data/registry;auto_server = true")).isFalse();
        assertThat(H2Durability.soleWriter("jdbc:h2:file:./data/registry;FILE_LOCK=NO")).isFalse();
        assertThat(H2Durability.soleWriter("jdbc:h2:tcp://db:9092/registry")).isFalse();
        assertThat(H2Durability.soleWriter("jdbc:h2:ssl://db:9092/registry")).isFalse();
        assertThat(H2Durability.soleWriter("jdbc:postgresql://127.0.0.1:5432/registry")).isFalse();
        assertThat(H2Durability.soleWriter(null)).isFalse();
    }
}
