package org.contractregistry.registry.security.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.access.CallerSource;
import org.contractregistry.registry.domain.audit.AuditTrail;
import org.contractregistry.registry.infra.AuthSettings;
import org.contractregistry.registry.security.Authenticator;
import org.contractregistry.registry.security.BindRule;
import org.contractregistry.registry.security.FailureThrottle;
import org.contractregistry.registry.security.PasswordHashing;
import org.contractregistry.registry.security.SecurityService;
import org.contractregistry.registry.security.TeamCache;
import org.contractregistry.registry.security.TokenVerifier;

/** Builds the identity parts once per instance: the caller of each request, the permission check, the management. */
@ApplicationScoped
public class SecurityBeans {

    /**
     * The request's caller as {@link AuthenticationFilter} set it; outside a request (start-up tasks) the system. A
     * request the filter did not see has a caller with no role, so it can read nothing and change nothing.
     */
    @Produces
    @Singleton
    CallerSource callerSource(CurrentCaller current) {
        return () -> {
            if (!Arc.container().requestContext().isActive()) {
                return Caller.system();
            }
            Caller caller = current.get();
            return caller != null ? caller : new Caller("unauthenticated", Caller.Kind.ANONYMOUS, null, Set.of(),
                    null, null);
        };
    }

    @Produces
    @Singleton
    TeamCache teamCache(@Any InjectableInstance<AgroalDataSource> dataSources, AuthSettings settings) {
        return new TeamCache(dataSources.getActive(), Duration.ofSeconds(settings.cacheSeconds()));
    }

    @Produces
    @Singleton
    AccessControl accessControl(CallerSource callers, TeamCache teams) {
        return new AccessControl(callers, teams);
    }

    @Produces
    @Singleton
    PasswordHashing passwordHashing(AuthSettings settings) {
        return new PasswordHashing(settings.bcryptCost());
    }

    @Produces
    @Singleton
    Authenticator authenticator(@Any InjectableInstance<AgroalDataSource> dataSources, PasswordHashing hashing,
            AuthSettings settings) {
        AuthSettings.Oidc oidc = settings.oidc();
        TokenVerifier tokens = oidc.issuer().map(issuer -> new TokenVerifier(new TokenVerifier.Issuer(issuer,
                oidc.audience().orElseThrow(() -> missing("audience")),
                oidc.jwksLocation().orElseThrow(() -> missing("jwks-location")),
                oidc.rolesClaim(), oidc.teamClaim(), oidc.principalClaim()))).orElse(null);
        return new Authenticator(dataSources.getActive(), hashing, tokens, BindRule.openOnPurpose(settings.mode()),
                Clock.systemUTC(), Duration.ofSeconds(settings.cacheSeconds()));
    }

    private static IllegalArgumentException missing(String key) {
        return new IllegalArgumentException("registry.auth.oidc.issuer is set: registry.auth.oidc." + key
                + " must be set too");
    }

    @Produces
    @Singleton
    FailureThrottle failureThrottle(AuthSettings settings) {
        AuthSettings.Failures failures = settings.failures();
        return new FailureThrottle(failures.free(), Duration.ofMillis(failures.baseDelayMillis()),
                Duration.ofMillis(failures.maxDelayMillis()), Duration.ofSeconds(failures.windowSeconds()));
    }

    /**
     * Records nothing until the audit log is built in: a bean of type {@link AuditTrail} elsewhere (the audit log's)
     * replaces this default one, and the security writes below append to it in their own transaction.
     */
    @Produces
    @Singleton
    @DefaultBean
    AuditTrail auditTrail() {
        return AuditTrail.NONE;
    }

    @Produces
    @Singleton
    SecurityService securityService(@Any InjectableInstance<AgroalDataSource> dataSources, PasswordHashing hashing,
            AccessControl access, AuditTrail audit, Authenticator authenticator, TeamCache teams) {
        return new SecurityService(dataSources.getActive(), hashing, access, audit, Clock.systemUTC(), () -> {
            authenticator.forgetAll();
            teams.forgetAll();
        });
    }
}
