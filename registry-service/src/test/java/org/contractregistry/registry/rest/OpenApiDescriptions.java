package org.contractregistry.registry.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What SmallRye OpenAPI cannot read from the resources: each operation's summary and the error answers it really
 * gives, each with its Confluent {@code error_code}. Applied when the documents are generated in the tests
 * ({@code mp.openapi.filter}, see application.properties; {@code OpenApiDocumentTest} writes them), so the served
 * {@code /q/openapi} carries it. One line per operation: {@code "METHOD path", "summary", error codes...}.
 */
public final class OpenApiDescriptions implements OASFilter {
    record Entry(String summary, int[] errors) {}

    static final Map<String, Entry> OPERATIONS = new LinkedHashMap<>();

    private static void op(String key, String summary, int... errors) {
        OPERATIONS.put(key, new Entry(summary, errors));
    }

    static {
        op("GET /", "Root: an empty JSON object (clients use it to see the registry answers)");
        op("POST /", "Root POST: an empty JSON object, as Confluent answers", 413, 415);
        op("GET /v1/metadata/id", "The registry instance's id");
        op("GET /v1/metadata/version", "The registry's version");
        op("GET /schemas", "List schemas (filter by subject prefix, latest only, deleted)");
        op("GET /schemas/types", "The schema types this registry accepts");
        op("GET /schemas/ids/{id}", "A schema by id", 40403);
        op("GET /schemas/ids/{id}/schema", "The raw schema text of an id", 40403);
        op("GET /schemas/ids/{id}/subjects", "The subjects that hold a schema id", 40403);
        op("GET /schemas/ids/{id}/versions", "The subject versions that hold a schema id", 40403);
        op("GET /schemas/guids/{guid}", "A schema by GUID", 40403);
        op("GET /schemas/guids/{guid}/ids", "The ids (one per context) of a schema GUID", 40403);
        op("GET /subjects", "List subjects (prefix, deleted, deletedOnly)");
        op("POST /subjects/{subject}", "Look up a schema under a subject: its id and version", 40401, 40403, 42201,
                42208, 413, 415);
        op("DELETE /subjects/{subject}", "Delete a subject: soft, or permanent after a soft delete", 40401, 40404,
                40405, 42206, 42208);
        op("GET /subjects/{subject}/metadata", "The latest version whose metadata matches key=value pairs", 40401,
                40403, 42208);
        op("GET /subjects/{subject}/versions", "List a subject's versions", 40401, 42208);
        op("POST /subjects/{subject}/versions", "Register a schema under a subject (a new version, or the existing"
                + " one)", 40901, 42201, 42205, 42207, 42208, 42209, 42210, 413, 415);
        op("GET /subjects/{subject}/versions/{version}", "A subject version (a number or latest)", 40401, 40402,
                42202, 42208);
        op("DELETE /subjects/{subject}/versions/{version}", "Delete a version: soft, or permanent after a soft"
                + " delete", 40401, 40402, 40406, 40407, 42202, 42206, 42208);
        op("GET /subjects/{subject}/versions/{version}/referencedby", "The schema ids that reference a version",
                40401, 40402, 42202, 42208);
        op("GET /subjects/{subject}/versions/{version}/schema", "The raw schema text of a version", 40401, 40402,
                42202, 42208);
        op("POST /compatibility/subjects/{subject}/versions", "Check a schema against the versions the subject's"
                + " level compares with", 40401, 42201, 42208, 413, 415);
        op("POST /compatibility/subjects/{subject}/versions/{version}", "Check a schema against one version", 40401,
                40402, 42201, 42202, 42208, 413, 415);
        op("GET /config", "The global compatibility level and data-contract config");
        op("PUT /config", "Set the global compatibility level and data-contract config", 42203, 42210, 413, 415);
        op("DELETE /config", "Reset the global config to the server default");
        op("GET /config/{subject}", "A subject's config (defaultToGlobal=true falls back to the global one)", 40408,
                42208);
        op("PUT /config/{subject}", "Set a subject's compatibility level and data-contract config", 42203, 42208,
                42210, 413, 415);
        op("DELETE /config/{subject}", "Remove a subject's own config", 40401, 42208);
        op("GET /mode", "The global mode (READWRITE, READONLY, IMPORT)");
        op("PUT /mode", "Set the global mode", 42204, 42205, 413, 415);
        op("DELETE /mode", "Reset the global mode");
        op("GET /mode/{subject}", "A subject's mode (defaultToGlobal=true falls back to the global one)", 40409,
                42208);
        op("PUT /mode/{subject}", "Set a subject's mode", 42204, 42205, 42208, 413, 415);
        op("DELETE /mode/{subject}", "Remove a subject's own mode", 40401, 42208);
        op("GET /contexts", "List contexts");
        op("DELETE /contexts/{context}", "Delete a context that holds no subject", 404, 42211);
        op("GET /associations/{path}", "Subjects associated with a resource", 404);
        op("POST /api/v1/lineage", "Ingest one OpenLineage event (RunEvent, DatasetEvent or JobEvent)", 400, 413,
                415, 422);
        op("GET /api/v1/lineage", "The lineage graph around a dataset or job node (nodeId, depth)", 400, 404);
        op("GET /api/v1/lineage/bindings", "List explicit dataset-to-subject bindings");
        op("PUT /api/v1/lineage/bindings", "Bind a dataset to a subject explicitly", 400, 413, 415, 422);
        op("DELETE /api/v1/lineage/bindings", "Remove an explicit dataset-to-subject binding", 400, 404);
        op("GET /api/v1/lineage/bindings/current", "The subject a dataset binds to now, and by which rule", 400,
                404);
        op("GET /api/v1/drift", "Drift across all datasets, open or resolved by a later run (namespace, subject,"
                + " kind, since, status; paged)", 400);
        op("GET /api/v1/contracts/subjects/{subject}/consumers", "Jobs that read a subject's datasets, with the"
                + " contract version and drift of their last read", 42208);
        op("GET /api/v1/jobs/runs/{id}", "A run and its state changes", 404);
        op("GET /api/v1/namespaces", "List lineage namespaces");
        op("GET /api/v1/namespaces/{namespace}/datasets", "List a namespace's datasets (percent-encode the"
                + " namespace)", 400);
        op("GET /api/v1/namespaces/{namespace}/datasets/{dataset}", "A dataset: bound contract and its versions,"
                + " producers, consumers, latest runs, drift, quality", 400, 404);
        op("GET /api/v1/namespaces/{namespace}/jobs", "List a namespace's jobs", 400);
        op("GET /api/v1/namespaces/{namespace}/jobs/{job}", "A job: inputs, outputs, children, facets, latest runs",
                400, 404);
        op("GET /api/v1/namespaces/{namespace}/jobs/{job}/runs", "A job's runs, newest first", 400, 404);
        op("GET /api/v1/audit", "Audit log entries in chain order (subject, actor, operation, from, to; after/limit"
                + " pages; format=jsonl exports)", 400, 40101, 40301);
        op("GET /api/v1/audit/verify", "Walk the audit log's hash chain: valid, or the first entry edited, deleted,"
                + " inserted or reordered", 40101, 40301);
        op("GET /api/v1/governance/subjects", "Subjects by owner team, tag, field sensitivity and lifecycle (paged)",
                400, 40101);
        op("GET /api/v1/security/whoami", "Who the registry takes the caller for, and whether it is open", 40101);
        op("GET /api/v1/security/users", "List users and their roles", 40101, 40301);
        op("PUT /api/v1/security/users/{name}", "Create or update a user (password, roles, team)", 400, 40101, 40301,
                413, 415, 422);
        op("DELETE /api/v1/security/users/{name}", "Delete a user", 404, 40101, 40301);
        op("GET /api/v1/security/teams", "List teams and what they own (subject prefixes, contexts)", 40101);
        op("PUT /api/v1/security/teams/{name}", "Create or update a team and what it owns", 400, 40101, 40301, 413,
                415, 422);
        op("DELETE /api/v1/security/teams/{name}", "Delete a team", 404, 40101, 40301);
        op("GET /api/v1/security/keys", "List a team's API keys (never their secrets)", 40101, 40301);
        op("POST /api/v1/security/keys", "Create an API key for a team: the secret is shown once", 400, 40101,
                40301, 413, 415, 422);
        op("DELETE /api/v1/security/keys/{id}", "Revoke an API key", 404, 40101, 40301);
    }

    /** What each error_code means, as the response description says it. */
    private static final Map<Integer, String> MEANING = Map.ofEntries(
            Map.entry(400, "Bad request: a parameter or the JSON body is malformed (the message names it)"),
            Map.entry(404, "Not found (the message names what)"),
            Map.entry(413, "Request body larger than registry.max-request-bytes"),
            Map.entry(415, "Unsupported Content-Type"),
            Map.entry(422, "The body is well-formed but not acceptable (the message names the field)"),
            Map.entry(40401, "Subject not found"),
            Map.entry(40402, "Version not found"),
            Map.entry(40403, "Schema not found"),
            Map.entry(40404, "Subject was soft-deleted"),
            Map.entry(40405, "Subject was not soft-deleted first (permanent delete)"),
            Map.entry(40406, "Version was soft-deleted"),
            Map.entry(40407, "Version was not soft-deleted first (permanent delete)"),
            Map.entry(40408, "Subject has no config of its own"),
            Map.entry(40409, "Subject has no mode of its own"),
            Map.entry(40101, "Unauthenticated: no credentials, or wrong ones (WWW-Authenticate says which schemes)"),
            Map.entry(40301, "Forbidden: the caller lacks the permission (the message names subject, caller and"
                    + " permission)"),
            Map.entry(40901, "Incompatible with an earlier version: the message names rule id, path and version"),
            Map.entry(42201, "Invalid schema (the message names the problem and its position)"),
            Map.entry(42202, "Invalid version"),
            Map.entry(42203, "Invalid compatibility level"),
            Map.entry(42204, "Invalid mode"),
            Map.entry(42205, "Operation not permitted in the current mode"),
            Map.entry(42206, "Still referenced by another schema"),
            Map.entry(42207, "Explicit id does not match the stored schema"),
            Map.entry(42208, "Invalid subject name"),
            Map.entry(42209, "Schema too large"),
            Map.entry(42210, "Invalid rule set or metadata"),
            Map.entry(42211, "Context is not empty"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("ErrorResponse", OASFactory.createSchema()
                .type(List.of(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT))
                .description("Every error body, as Confluent's: error_code and a message naming the problem")
                .addProperty("error_code", OASFactory.createSchema()
                        .type(List.of(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)))
                .addProperty("message", OASFactory.createSchema()
                        .type(List.of(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING))));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            Entry entry = OPERATIONS.get(method.name() + " " + path);
            if (entry != null) {
                describe(operation, entry);
            }
        }));
    }

    private static void describe(Operation operation, Entry entry) {
        operation.setSummary(entry.summary());
        Map<Integer, List<Integer>> byStatus = new LinkedHashMap<>();
        Arrays.stream(entry.errors()).sorted().forEach(code -> byStatus
                .computeIfAbsent(code >= 10000 ? code / 100 : code, s -> new java.util.ArrayList<>()).add(code));
        byStatus.forEach((status, codes) -> {
            StringBuilder description = new StringBuilder();
            for (int code : codes) {
                description.append(description.length() == 0 ? "" : "; ").append("error_code ").append(code)
                        .append(": ").append(MEANING.get(code));
            }
            APIResponse response = OASFactory.createAPIResponse().description(description.toString())
                    .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/ErrorResponse"))));
            operation.getResponses().addAPIResponse(String.valueOf(status), response);
        });
    }
}
