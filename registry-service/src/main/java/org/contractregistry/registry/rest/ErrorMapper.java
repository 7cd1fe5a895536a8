package org.contractregistry.registry.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.contractregistry.contracts.JsonProblems;
import org.contractregistry.lineage.ids.InvalidIdException;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.store.StoreException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place errors become HTTP answers; every body is {@code {"error_code","message"}}, and every message names
 * the problem in the client's terms (the field, the parameter, the media type), never a Java type.
 */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    static final String JSON_TYPES = MediaTypes.V1_JSON + ", " + MediaTypes.JSON_ANY_VERSION + " or " + MediaTypes.JSON;

    @ServerExceptionMapper
    public Response registry(RegistryException e) {
        return answer(e.errorCode().httpStatus(), e.errorCode().code(), e.getMessage());
    }

    /** Not JSON: 400; JSON of the wrong shape (a number where a string belongs): 422, as Confluent's rest-utils. */
    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e) {
        if (e.getCause() instanceof RegistryException refusal) { // thrown while the body was read (over the limit)
            return registry(refusal);
        }
        // A document nested past Jackson's limit is malformed also when a binding met it (an any-setter reading a value)
        return JsonProblems.isSyntax(e) || e.getCause() instanceof StreamConstraintsException
                ? answer(400, ErrorCode.MALFORMED_REQUEST.code(), "Malformed JSON: " + JsonProblems.describe(e))
                : answer(422, ErrorCode.UNPROCESSABLE_REQUEST.code(),
                        "Unprocessable request: " + JsonProblems.describe(e));
    }

    // The subtypes have mappers of their own in Quarkus REST; these keep ours in charge of every one.

    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonParseException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(StreamReadException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongShape(JsonMappingException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongType(MismatchedInputException e) {
        return json(e);
    }

    /** Quarkus REST's refusals (no route, method, media types) in our shape; an answer already built passes as is. */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e, ContainerRequestContext request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        if (e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        int status = e.getResponse().getStatus();
        return answer(status, status, frameworkMessage(status, request));
    }

    /** A lineage id (namespace, dataset or job name, node id) that breaks its rules, wherever it surfaces. */
    @ServerExceptionMapper
    public Response invalidId(InvalidIdException e) {
        return answer(400, ErrorCode.MALFORMED_REQUEST.code(), e.getMessage());
    }

    /**
     * A database that stays unreachable is 503 (load balancers and clients retry elsewhere or later) with 50001, a
     * statement cancelled by a timeout 503 with 50002, any other database failure 500 with 50001; none is half-written
     * (its transaction rolled back).
     */
    @ServerExceptionMapper
    public Response store(StoreException e) {
        if (e.isUnavailable()) {
            LOG.warn(e.getMessage());
            return answer(503, ErrorCode.STORE_ERROR.code(), e.getMessage());
        }
        LOG.error("Store failure", e);
        if (e.isTimeout()) {
            return answer(503, ErrorCode.OPERATION_TIMED_OUT.code(), "The database did not answer in time ("
                    + e.getMessage() + "); nothing was changed, retry later");
        }
        return answer(500, ErrorCode.STORE_ERROR.code(), "Error in the backend data store: " + e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        LOG.error("Unexpected failure", e);
        return answer(500, ErrorCode.INTERNAL_ERROR.code(), "Internal error while answering " + request.getMethod()
                + " " + request.getUriInfo().getPath() + "; the server log has the details");
    }

    /** What the routing and content negotiation of Quarkus REST refused, said for the client. */
    private static String frameworkMessage(int status, ContainerRequestContext request) {
        String call = request.getMethod() + " " + request.getUriInfo().getPath();
        return switch (status) {
            case 404 -> "Not found: no endpoint answers " + call;
            case 405 -> "Method " + request.getMethod() + " is not allowed on " + request.getUriInfo().getPath();
            case 406 -> "Cannot answer " + call + " in the media type the Accept header asks for ('"
                    + request.getHeaderString(HttpHeaders.ACCEPT) + "'); the API answers " + JSON_TYPES;
            case 415 -> "Content-Type '" + request.getHeaderString(HttpHeaders.CONTENT_TYPE) + "' is not supported by "
                    + call + "; send JSON as " + JSON_TYPES;
            default -> Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                    : "HTTP " + status + " " + Response.Status.fromStatusCode(status).getReasonPhrase();
        };
    }

    static Response answer(int status, int code, String message) {
        return Response.status(status).type(MediaTypes.V1_JSON).entity(new ErrorResponse(code, message)).build();
    }
}
