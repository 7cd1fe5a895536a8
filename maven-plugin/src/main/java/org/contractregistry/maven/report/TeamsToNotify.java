package org.contractregistry.maven.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.contractregistry.maven.check.CheckSummary;
import org.contractregistry.maven.check.SubjectOutcome;
import org.contractregistry.maven.registry.Consumer;

/**
 * Who to tell before merging: the teams owning the downstream jobs the failing subjects would break, each job counted
 * once however many subjects it reads, most jobs first ({@code payments (2 jobs), analytics (1 job)}), then the jobs
 * of no known owner.
 */
public final class TeamsToNotify {
    static final String UNKNOWN = "owner unknown";

    private TeamsToNotify() {}

    /** Team to its number of broken jobs, in report order; {@link #UNKNOWN} last. Empty when owners are not known. */
    public static Map<String, Integer> jobsPerTeam(CheckSummary summary) {
        Map<String, Set<String>> jobs = new TreeMap<>();
        Set<String> unknown = new TreeSet<>();
        for (SubjectOutcome outcome : summary.outcomes()) {
            if (!outcome.status().fails()) {
                continue;
            }
            for (Consumer consumer : outcome.consumers().orElse(List.of())) {
                consumer.owners().ifPresent(teams -> {
                    if (teams.isEmpty()) {
                        unknown.add(consumer.job());
                    }
                    teams.forEach(team -> jobs.computeIfAbsent(team, t -> new TreeSet<>()).add(consumer.job()));
                });
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        jobs.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Set<String>> e) -> -e.getValue().size()))
                .forEach(e -> counts.put(e.getKey(), e.getValue().size()));
        if (!unknown.isEmpty()) {
            counts.put(UNKNOWN, unknown.size());
        }
        return counts;
    }

    /** {@code payments (2 jobs), analytics (1 job), owner unknown (1 job)}, or empty. */
    public static Optional<String> line(CheckSummary summary) {
        Map<String, Integer> counts = jobsPerTeam(summary);
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(counts.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " job)" : " jobs)"))
                .collect(Collectors.joining(", ")));
    }
}
