package org.contractregistry.registry.security.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.security.AuthenticationFailed;
import org.contractregistry.registry.security.Authenticator;
import org.contractregistry.registry.security.FailureThrottle;
import org.contractregistry.registry.security.Identity;
import org.contractregistry.registry.security.SecurityService;
import org.contractregistry.registry.rest.ErrorResponse;
import org.contractregistry.registry.rest.EventLoop;
import org.contractregistry.registry.rest.MediaTypes;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Sets the caller of every API request (after routing, on the thread that runs the resource; for an endpoint that
 * answers on the event loop, whatever needs a statement or a verification is decided on a worker): anonymous with every
 * right while the registry is open, else the identity its {@code Authorization} header proves. Refusals are 401 with
 * {@code WWW-Authenticate} and {@code error_code} 40101; each is counted ({@code registry_auth_failures_total}),
 * logged without the secret, appended to the audit log, and answered later and later when one address keeps failing.
 * {@code /q/*} (health, metrics, the API description) needs no credentials.
 */
public class AuthenticationFilter {
    private static final Logger LOG = Logger.getLogger(AuthenticationFilter.class);
    static final String REALM = "realm=\"contract-registry\"";
    private static final String REQUEST_ID = "X-Request-Id";
    private static final String INSTANCE = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private static final AtomicLong REQUESTS = new AtomicLong();

    private final Authenticator authenticator;
    private final FailureThrottle throttle;
    private final SecurityService security;
    private final CurrentCaller current;
    private final MeterRegistry meters;

    public AuthenticationFilter(Authenticator authenticator, FailureThrottle throttle, SecurityService security,
            CurrentCaller current, MeterRegistry meters) {
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.security = security;
        this.current = current;
        this.meters = meters;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Response> authenticate(ContainerRequestContext request, HttpServerRequest raw) {
        if (request.getUriInfo().getPath().startsWith("/q/")) {
            return null;
        }
        String requestId = requestId(request.getHeaderString(REQUEST_ID));
        SocketAddress remote = raw.remoteAddress();
        String source = remote == null ? "unknown" : remote.hostAddress();
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (!Context.isOnEventLoopThread()) {
            return decide(header, requestId, source);
        }
        // On the event loop (an endpoint that answers there when it can): only what needs no statement, no bcrypt
        // and no token check is decided here; the rest on a worker thread.
        Optional<Boolean> open = authenticator.openWithoutReading();
        if (open.isPresent() && open.get()) {
            current.set(Caller.anonymous(requestId, source));
            return null;
        }
        Optional<Identity> known = open.isPresent() ? authenticator.verifiedBefore(header) : Optional.empty();
        if (known.isPresent()) {
            current.set(known.get().caller(requestId, source));
            return null;
        }
        return EventLoop.onWorker(() -> decide(header, requestId, source))
                .flatMap(refusal -> refusal == null ? Uni.createFrom().nullItem() : refusal);
    }

    /** Anonymous while the registry is open, else the identity the header proves, else a refusal (non-null). */
    private Uni<Response> decide(String header, String requestId, String source) {
        if (authenticator.open()) {
            current.set(Caller.anonymous(requestId, source));
            return null;
        }
        try {
            Identity identity = authenticator.authenticate(header);
            current.set(identity.caller(requestId, source));
            return null;
        } catch (AuthenticationFailed failure) {
            return refuse(failure, header, requestId, source);
        }
    }

    private Uni<Response> refuse(AuthenticationFailed failure, String header, String requestId, String source) {
        String scheme = header == null || header.isBlank() ? "none" : header.strip().split(" ", 2)[0].toLowerCase();
        meters.counter("registry.auth.failures", "scheme", scheme.equals("basic") || scheme.equals("bearer")
                || scheme.equals("none") ? scheme : "other").increment();
        LOG.warnf("Authentication refused from %s (request %s, scheme %s, name %s): %s", source, requestId, scheme,
                printable(failure.claimedName()), failure.getMessage());
        try {
            security.loginFailed(failure.claimedName(), failure.getMessage(), requestId, source);
        } catch (RuntimeException e) {
            LOG.error("Could not append the refused login to the audit log", e);
        }
        Response.ResponseBuilder answer = Response.status(401).type(MediaTypes.V1_JSON)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic " + REALM + ", charset=\"UTF-8\"")
                .entity(new ErrorResponse(ErrorCode.UNAUTHENTICATED.code(), "Unauthorized: " + failure.getMessage()
                        + (header == null ? "; send HTTP Basic (a user's name:password or an API key's id:secret)"
                                + (authenticator.acceptsBearer() ? " or a Bearer token" : "") : "")));
        if (authenticator.acceptsBearer()) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM);
        }
        Duration delay = throttle.failed(source);
        Uni<Response> refusal = Uni.createFrom().item(answer.build());
        return delay.isZero() ? refusal : refusal.onItem().delayIt().by(delay);
    }

    /** The client's request id when it sent a reasonable one, else one of this instance's. */
    static String requestId(String sent) {
        if (sent != null && !sent.isEmpty() && sent.length() <= 128 && sent.chars().allMatch(c -> c > 32 && c < 127)) {
            return sent;
        }
        return INSTANCE + "-" + REQUESTS.incrementAndGet();
    }

    private static String printable(String name) {
        if (name == null) {
            return "-";
        }
        String cut = name.length() > 100 ? name.substring(0, 100) + "..." : name;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
