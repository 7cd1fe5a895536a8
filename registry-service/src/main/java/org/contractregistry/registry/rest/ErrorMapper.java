package org.contractregistry.registry.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.store.StoreException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place errors become HTTP answers; every body is {@code {"error_code","message"}}. */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @ServerExceptionMapper
    public Response registry(RegistryException e) {
        return answer(e.errorCode().httpStatus(), e.errorCode().code(), e.getMessage());
    }

    /** Malformed JSON: 400, as Confluent's rest-utils. */
    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonParseException e) {
        return answer(400, ErrorCode.MALFORMED_REQUEST.code(), "Malformed JSON: " + e.getOriginalMessage());
    }

    /** Well-formed JSON of the wrong shape (a number where a string belongs, ...): 422, as Confluent's rest-utils. */
    @ServerExceptionMapper(priority = 1)
    public Response wrongShape(JsonMappingException e) {
        return answer(422, ErrorCode.UNPROCESSABLE_REQUEST.code(), "Unprocessable request: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongType(MismatchedInputException e) {
        return wrongShape(e);
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonParseException parse) {
            return malformed(parse);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return wrongShape(mapping);
        }
        return answer(status, status, e.getMessage() == null ? Response.Status.fromStatusCode(status).toString()
                : e.getMessage());
    }

    @ServerExceptionMapper
    public Response store(StoreException e) {
        LOG.error("Store failure", e);
        return answer(500, ErrorCode.STORE_ERROR.code(), "Error in the backend data store: " + e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected failure", e);
        return answer(500, ErrorCode.INTERNAL_ERROR.code(), "Internal error: " + e);
    }

    static Response answer(int status, int code, String message) {
        return Response.status(status).type(MediaTypes.V1_JSON).entity(new ErrorResponse(code, message)).build();
    }
}
