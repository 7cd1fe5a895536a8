package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.audit.AuditEntry;
import org.contractregistry.registry.domain.audit.AuditEvent;
import org.contractregistry.registry.domain.audit.AuditFilter;
import org.contractregistry.registry.domain.audit.AuditLog;
import org.contractregistry.registry.domain.audit.Changes;
import org.contractregistry.registry.domain.audit.ChainVerdict;
import org.contractregistry.registry.store.JdbcAuditTrail;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** Every registry write appends exactly one audit entry in its transaction; a refused write appends none. */
class AuditedWritesTest {
    static final String V1 = RegistrationServiceTest.V1;
    static final String V2 = RegistrationServiceTest.V2;

    private final DataSource dataSource = TestDatabases.h2();
    private final Caller alice = new Caller("alice", Caller.Kind.USER, "orders", java.util.Set.of(), "req-1",
            "10.0.0.7");
    private final Registry registry = Registry.audited(dataSource, new MutableClock(5_000), () -> alice);
    private final AuditLog log = new AuditLog(dataSource, new JdbcAuditTrail(Clock.systemUTC()));
    private final QualifiedSubject orders = QualifiedSubject.parse("orders-value");

    private SubjectVersionView register(QualifiedSubject subject, String schema) {
        return registry.registrations().register(subject, SchemaDraft.of(schema, null), false, false);
    }

    private List<AuditEntry> entries() {
        return log.page(AuditFilter.all()).entries();
    }

    /** Runs the write and answers the one entry it appended. */
    private AuditEntry onlyEntryOf(Runnable write) {
        int before = entries().size();
        write.run();
        List<AuditEntry> after = entries();
        assertThat(after).hasSize(before + 1);
        return after.get(after.size() - 1);
    }

    private void appendsNothing(Runnable write) {
        int before = entries().size();
        write.run();
        assertThat(entries()).hasSize(before);
    }

    private void refusedAppendsNothing(Supplier<?> write) {
        int before = entries().size();
        assertThatThrownBy(write::get).isInstanceOf(RegistryException.class);
        assertThat(entries()).hasSize(before);
    }

    @Test
    void aRegistrationAppendsOneEntryWithWhoWhatAndWhere() {
        AuditEntry entry = onlyEntryOf(() -> register(orders, V1));
        assertThat(entry.seq()).isEqualTo(1);
        assertThat(entry.operation()).isEqualTo(Changes.SCHEMA_REGISTER);
        assertThat(entry.target()).isEqualTo("orders-value");
        assertThat(entry.version()).isEqualTo(1);
        assertThat(entry.schemaId()).isEqualTo(1);
        assertThat(entry.principal()).isEqualTo("alice");
        assertThat(entry.principalKind()).isEqualTo("USER");
        assertThat(entry.team()).isEqualTo("orders");
        assertThat(entry.requestId()).isEqualTo("req-1");
        assertThat(entry.clientAddress()).isEqualTo("10.0.0.7");
        assertThat(entry.after()).contains("\"version\":1", "\"id\":1", "AVRO");
        assertThat(log.verify()).isEqualTo(new ChainVerdict(true, 1, null));
    }

    @Test
    void registeringKnownContentChangesNothingAndAppendsNothing() {
        register(orders, V1);
        appendsNothing(() -> register(orders, V1));
    }

    @Test
    void eachDeletionAppendsOneEntry() {
        register(orders, V1);
        register(orders, V2);
        AuditEntry version = onlyEntryOf(() -> registry.deletions().deleteVersion(orders, VersionSpec.parse("1"),
                false));
        assertThat(version.operation()).isEqualTo(Changes.VERSION_DELETE);
        assertThat(version.version()).isEqualTo(1);
        assertThat(version.after()).isEqualTo("{\"permanent\":false}");
        AuditEntry subject = onlyEntryOf(() -> registry.deletions().deleteSubject(orders, false));
        assertThat(subject.operation()).isEqualTo(Changes.SUBJECT_DELETE);
        assertThat(subject.after()).isEqualTo("{\"permanent\":false,\"versions\":[2]}");
        AuditEntry permanent = onlyEntryOf(() -> registry.deletions().deleteSubject(orders, true));
        assertThat(permanent.after()).isEqualTo("{\"permanent\":true,\"versions\":[1,2]}");
        QualifiedSubject scratch = QualifiedSubject.parse(":.scratch:x");
        register(scratch, V1);
        registry.deletions().deleteSubject(scratch, false);
        registry.deletions().deleteSubject(scratch, true);
        AuditEntry context = onlyEntryOf(() -> registry.deletions().deleteContext(".scratch"));
        assertThat(context.operation()).isEqualTo(Changes.CONTEXT_DELETE);
        assertThat(context.target()).isEqualTo(":.scratch:");
        assertThat(log.verify().valid()).isTrue();
    }

    @Test
    void eachSettingsChangeAppendsOneEntryWithBeforeAndAfter() {
        ObjectNode none = Json.MAPPER.createObjectNode().put("compatibility", "NONE");
        AuditEntry config = onlyEntryOf(() -> registry.settings().putConfig(orders, none));
        assertThat(config.operation()).isEqualTo(Changes.CONFIG_UPDATE);
        assertThat(config.before()).isNull();
        assertThat(config.after()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
        ObjectNode full = Json.MAPPER.createObjectNode().put("compatibility", "FULL");
        AuditEntry changed = onlyEntryOf(() -> registry.settings().putConfig(orders, full));
        assertThat(changed.before()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
        assertThat(changed.after()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
        AuditEntry deleted = onlyEntryOf(() -> registry.settings().deleteConfig(orders));
        assertThat(deleted.operation()).isEqualTo(Changes.CONFIG_DELETE);
        AuditEntry global = onlyEntryOf(() -> registry.settings().putConfig(SettingsService.global(), none));
        assertThat(global.target()).isNull();

        AuditEntry mode = onlyEntryOf(() -> registry.settings().putMode(orders, "READONLY", false));
        assertThat(mode.operation()).isEqualTo(Changes.MODE_UPDATE);
        assertThat(mode.after()).isEqualTo("{\"mode\":\"READONLY\"}");
        AuditEntry modeDeleted = onlyEntryOf(() -> registry.settings().deleteMode(orders));
        assertThat(modeDeleted.operation()).isEqualTo(Changes.MODE_DELETE);
        assertThat(modeDeleted.before()).isEqualTo("{\"mode\":\"READONLY\"}");
        assertThat(log.verify()).isEqualTo(new ChainVerdict(true, 6, null));
    }

    @Test
    void aRefusedWriteAppendsNothing() {
        register(orders, V1);
        String incompatible = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"int\"}]}";
        refusedAppendsNothing(() -> register(orders, incompatible));
        refusedAppendsNothing(() -> registry.deletions().deleteSubject(orders, true));
        refusedAppendsNothing(() -> {
            registry.deletions().deleteContext(".");
            return null;
        });
        registry.settings().putMode(orders, "READONLY", false);
        refusedAppendsNothing(() -> register(orders, V2));
        refusedAppendsNothing(() -> registry.settings().putConfig(orders,
                Json.MAPPER.createObjectNode().put("compatibility", "NONE")));
        assertThat(log.verify().valid()).isTrue();
    }

    @Test
    void anEntryRecordedAloneCommitsWithoutAWrite() {
        Caller claimed = new Caller("mallory", Caller.Kind.USER, null, java.util.Set.of(), "req-9", "10.6.6.6");
        log.recordAlone(claimed, AuditEvent.of(Changes.LOGIN_FAILURE, "mallory"));
        AuditEntry entry = entries().get(0);
        assertThat(entry.operation()).isEqualTo(Changes.LOGIN_FAILURE);
        assertThat(entry.principal()).isEqualTo("mallory");
        assertThat(log.verify().valid()).isTrue();
    }

    @Test
    void pagesFilterBySubjectActorOperationAndTime() {
        register(orders, V1);
        register(QualifiedSubject.parse("payments-value"), V1);
        registry.settings().putMode(orders, "READONLY", false);
        assertThat(log.page(new AuditFilter("orders-value", null, null, null, null, 0, 10)).entries())
                .extracting(AuditEntry::operation).containsExactly(Changes.SCHEMA_REGISTER, Changes.MODE_UPDATE);
        assertThat(log.page(new AuditFilter(null, null, Changes.MODE_UPDATE, null, null, 0, 10)).entries())
                .hasSize(1);
        assertThat(log.page(new AuditFilter(null, "bob", null, null, null, 0, 10)).entries()).isEmpty();
        // the registry's clock stands at 5,000 ms
        assertThat(log.page(new AuditFilter(null, "alice", null, 5_000L, 5_001L, 0, 10)).entries()).hasSize(3);
        assertThat(log.page(new AuditFilter(null, null, null, null, 5_000L, 0, 10)).entries()).isEmpty();
        AuditLog.Page first = log.page(new AuditFilter(null, null, null, null, null, 0, 2));
        assertThat(first.entries()).extracting(AuditEntry::seq).containsExactly(1L, 2L);
        assertThat(first.next()).isEqualTo(2L);
        AuditLog.Page second = log.page(new AuditFilter(null, null, null, null, null, first.next(), 2));
        assertThat(second.entries()).extracting(AuditEntry::seq).containsExactly(3L);
        assertThat(second.next()).isNull();
    }
}
