package org.contractregistry.registry.security;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Team;
import org.contractregistry.registry.domain.access.TeamDirectory;
import org.contractregistry.registry.store.JdbcTransactions;

/** What each team owns, read from the database and kept for {@code ttl} (forgotten at once after a local change). */
public final class TeamCache implements TeamDirectory {
    private static final String ALL = "";
    private final LoadingCache<String, Optional<Team>> teams;
    private final LoadingCache<String, List<Team>> all;

    public TeamCache(DataSource dataSource, Duration ttl) {
        this.teams = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build(name ->
                JdbcTransactions.withConnection(dataSource, connection -> new SecurityStore(connection).team(name)));
        this.all = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(ttl).build(key ->
                JdbcTransactions.withConnection(dataSource, connection -> new SecurityStore(connection).teams()));
    }

    @Override
    public Optional<Team> team(String name) {
        return teams.get(name);
    }

    @Override
    public List<Team> all() {
        return all.get(ALL);
    }

    public void forgetAll() {
        teams.invalidateAll();
        all.invalidateAll();
    }
}
