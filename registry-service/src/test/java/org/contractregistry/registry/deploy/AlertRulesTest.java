package org.contractregistry.registry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** deploy/observability/alerts.yml is valid for Prometheus and each alert passes its promtool unit tests. */
class AlertRulesTest {
    private static final Path OBSERVABILITY = Tools.DEPLOY.resolve("observability");

    @Test
    void theRulesAreValidAndEachAlertFiresWhenItShouldAndOnlyThen() throws Exception {
        Path promtool = Tools.require("promtool", "apt-get install -y prometheus");
        Tools.Result check = Tools.run(List.of(promtool.toString(), "check", "rules", "alerts.yml"), OBSERVABILITY, 60);
        assertThat(check.exitCode()).as(check.output()).isZero();
        Tools.Result test = Tools.run(List.of(promtool.toString(), "test", "rules", "alerts.test.yml"), OBSERVABILITY,
                120);
        assertThat(test.exitCode()).as(test.output()).isZero();
        assertThat(test.output()).contains("SUCCESS");
    }

    @Test
    void everyAlertHasAUnitTest() throws Exception {
        List<String> alerts = ObservedExpressions.alertNames(OBSERVABILITY.resolve("alerts.yml"));
        String tests = java.nio.file.Files.readString(OBSERVABILITY.resolve("alerts.test.yml"));
        assertThat(alerts).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(alert -> assertThat(tests).contains("alertname: " + alert));
    }
}
