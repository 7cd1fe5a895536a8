package org.contractregistry.registry.lineage.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.contractregistry.lineage.drift.DriftKind;
import org.contractregistry.registry.lineage.LineageQueries;
import org.contractregistry.registry.lineage.api.Views.DriftListView;
import org.contractregistry.registry.lineage.store.DriftReader;

/** Drift across all datasets: one entry per problem, open or resolved by a later run, filtered and paged. */
@Path("/api/v1/drift")
@Produces(MediaType.APPLICATION_JSON)
public class DriftResource {
    static final int MAX_LIMIT = 1000;
    private final LineageQueries queries;

    public DriftResource(LineageQueries queries) {
        this.queries = queries;
    }

    @GET
    public DriftListView drift(@QueryParam("namespace") String namespace, @QueryParam("subject") String subject,
            @QueryParam("kind") String kind, @QueryParam("since") String since,
            @QueryParam("status") String status, @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw bad("limit must be 1.." + MAX_LIMIT + " and offset 0 or more");
        }
        DriftReader.Filter filter = new DriftReader.Filter(blankToNull(namespace), blankToNull(subject), kind(kind),
                since(since), status(status));
        return queries.drift(filter, limit, offset);
    }

    private static String kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return DriftKind.valueOf(kind.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw bad("kind must be one of " + Arrays.toString(DriftKind.values()) + ", not '" + kind + "'");
        }
    }

    private static Long since(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.trim()).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw bad("since must be an ISO-8601 instant such as 2026-11-25T10:00:00Z, not '" + since + "'");
        }
    }

    /** {@code open} -> true, {@code resolved} -> false, absent -> both. */
    private static Boolean status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return switch (status.trim().toUpperCase(Locale.ROOT)) {
            case "OPEN" -> true;
            case "RESOLVED" -> false;
            default -> throw bad("status must be OPEN or RESOLVED, not '" + status + "'");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static WebApplicationException bad(String message) {
        return new WebApplicationException(Answers.error(400, message));
    }
}
