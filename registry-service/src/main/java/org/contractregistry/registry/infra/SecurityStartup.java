package org.contractregistry.registry.infra;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.contractregistry.registry.security.Authenticator;
import org.contractregistry.registry.security.BindRule;
import org.contractregistry.registry.security.SecurityService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * At start, after the migrations and before the HTTP server listens: {@code REGISTRY_AUTH_ADMIN_PASSWORD} sets the
 * user {@code admin}; then the open/secured state is printed, and an open registry asked to listen beyond loopback
 * refuses to start ({@link BindRule}): one line on stderr, exit status 1.
 */
@ApplicationScoped
public class SecurityStartup {
    private static final Logger LOG = Logger.getLogger(SecurityStartup.class);

    void start(@Observes @Priority(10) StartupEvent event, AuthSettings settings, SecurityService security,
            Authenticator authenticator, @ConfigProperty(name = "quarkus.http.host") String host) {
        settings.adminPassword().filter(p -> !p.isEmpty()).ifPresent(password -> {
            security.ensureAdmin(password);
            LOG.info("REGISTRY_AUTH_ADMIN_PASSWORD: user 'admin' (role admin) created or updated");
        });
        boolean open = authenticator.open();
        BindRule.refusal(host, open, settings.mode()).ifPresent(line -> {
            // Quarkus prints a ConfigurationException's message alone on stderr (no "Failed to start" record, no
            // stack trace) and exits 1; a PreventFurtherStepsException here would leave the JVM waiting, silent.
            throw new ConfigurationException(line);
        });
        if (open && BindRule.openOnPurpose(settings.mode())) {
            LOG.warnf("Registry is OPEN on purpose (REGISTRY_AUTH_MODE=open): no credentials are asked, every caller"
                    + " may change everything; listening on %s.", host);
        } else if (open) {
            LOG.warnf("Registry is OPEN: no user, API key or token issuer is configured, so every caller may change"
                    + " everything; listening on %s only. Set REGISTRY_AUTH_ADMIN_PASSWORD to secure it.", host);
        } else {
            LOG.infof("Registry is SECURED: callers authenticate with HTTP Basic (users, API keys)%s",
                    authenticator.acceptsBearer() ? " or Bearer tokens" : "");
        }
    }
}
