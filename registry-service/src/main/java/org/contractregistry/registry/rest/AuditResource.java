package org.contractregistry.registry.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.contractregistry.registry.domain.Json;
import org.contractregistry.registry.domain.audit.AuditFilter;
import org.contractregistry.registry.domain.audit.AuditLog;
import org.contractregistry.registry.domain.audit.ChainVerdict;
import org.contractregistry.registry.domain.audit.Unsealed;

/**
 * The audit log: {@code GET /api/v1/audit} pages and filters it (subject, actor, operation, time), or exports every
 * matching entry as JSON Lines ({@code format=jsonl} or {@code Accept: application/x-ndjson}); {@code GET
 * /api/v1/audit/verify} walks the hash chain.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    static final String JSON_LINES = "application/x-ndjson";

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, JSON_LINES})
    public Response entries(@QueryParam("subject") String subject, @QueryParam("actor") String actor,
            @QueryParam("operation") String operation, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("after") String after, @QueryParam("limit") String limit,
            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        AuditFilter filter = AuditQuery.filter(subject, actor, operation, from, to, after, limit);
        if (AuditQuery.jsonLines(format, accept)) {
            StreamingOutput lines = out -> {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                try {
                    log.export(filter, entry -> line(writer, Json.write(AuditViews.entry(entry))));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                writer.flush();
            };
            return Response.ok(lines, JSON_LINES).build();
        }
        AuditLog.Page page = log.page(filter);
        ObjectNode body = Json.MAPPER.createObjectNode();
        var entries = body.putArray("entries");
        page.entries().forEach(entry -> entries.add(AuditViews.entry(entry)));
        if (page.next() == null) {
            body.putNull("next");
        } else {
            body.put("next", page.next());
        }
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    private static void line(BufferedWriter writer, String json) {
        try {
            writer.write(json);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code {"valid": true, "entries": N}}, or {@code "valid": false} with the first entry found tampered with; and
     * {@code "unsealed": {"entries": n, "oldestAgeMs": ms}} when committed entries still wait to enter the chain.
     */
    @GET
    @Path("/verify")
    public ObjectNode verify() {
        ChainVerdict verdict = log.verify();
        ObjectNode body = Json.MAPPER.createObjectNode().put("valid", verdict.valid()).put("entries", verdict.entries());
        if (verdict.problem() != null) {
            body.put("problem", verdict.problem().kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("entry", verdict.problem().seq())
                    .put("message", verdict.problem().message());
        }
        Unsealed unsealed = log.unsealed();
        if (unsealed.count() > 0) {
            body.putObject("unsealed").put("entries", unsealed.count()).put("oldestAgeMs", unsealed.oldestAgeMillis());
        }
        return body;
    }
}
