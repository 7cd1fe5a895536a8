package org.contractregistry.maven.check;

import java.util.List;

/** All subjects of one run, in the order they were checked. */
public record CheckSummary(String baseline, List<SubjectOutcome> outcomes) {
    public CheckSummary {
        outcomes = List.copyOf(outcomes);
    }

    public long count(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public int findingCount() {
        return outcomes.stream().mapToInt(o -> o.findings().size()).sum();
    }

    public boolean fails() {
        return outcomes.stream().anyMatch(o -> o.status().fails());
    }

    /** {@code 3 subjects: 1 incompatible (2 findings), 1 compatible, 1 new}. */
    public String headline() {
        StringBuilder text = new StringBuilder().append(outcomes.size())
                .append(outcomes.size() == 1 ? " subject: " : " subjects: ");
        text.append(count(Status.INCOMPATIBLE)).append(" incompatible (").append(findingCount())
                .append(findingCount() == 1 ? " finding), " : " findings), ");
        text.append(count(Status.COMPATIBLE)).append(" compatible, ");
        text.append(count(Status.NEW)).append(" new");
        long invalid = count(Status.INVALID);
        if (invalid > 0) {
            text.append(", ").append(invalid).append(" invalid");
        }
        return text.toString();
    }

    /**
     * The level in force and where it came from: {@code level BACKWARD from <compatibilityLevel>}, or, when subjects
     * differ, {@code levels FULL from the registry for 2, BACKWARD from <compatibilityLevels> for 1}.
     */
    public String levels() {
        java.util.Map<String, Long> counts = outcomes.stream().filter(o -> o.level() != null)
                .collect(java.util.stream.Collectors.groupingBy(o -> o.level() + " from " + source(o.levelSource()),
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
        if (counts.isEmpty()) {
            return "no level applied";
        }
        if (counts.size() == 1) {
            return "level " + counts.keySet().iterator().next();
        }
        return "levels " + counts.entrySet().stream().map(e -> e.getKey() + " for " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String source(String levelSource) {
        return switch (levelSource == null ? "" : levelSource) {
            case org.contractregistry.maven.baseline.LevelPolicy.REGISTRY -> "the registry";
            case org.contractregistry.maven.baseline.LevelPolicy.CONFIGURATION -> "<compatibilityLevels>";
            case org.contractregistry.maven.baseline.LevelPolicy.DEFAULT -> "<compatibilityLevel>";
            case org.contractregistry.maven.baseline.LevelPolicy.DEFAULT_UNREACHABLE ->
                    "<compatibilityLevel> (registry unreachable)";
            default -> levelSource;
        };
    }
}
