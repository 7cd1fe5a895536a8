package org.contractregistry.registry.ui;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractregistry.lineage.ids.InvalidIdException;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.RegistryException;

/**
 * A page asked for something that is not there (or a malformed name): a page saying what, with the status the REST
 * API would give, instead of the API's JSON error. Each UI resource maps its exceptions here with its own
 * {@code @ServerExceptionMapper} methods, which apply to that resource only.
 */
final class UiErrors {
    private UiErrors() {}

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new RegistryException(ErrorCode.UNPROCESSABLE_REQUEST, "No " + what + " given");
        }
        return value;
    }

    static Response refused(RegistryException e) {
        return page(e.errorCode().httpStatus(), e.getMessage());
    }

    static Response malformed(InvalidIdException e) {
        return page(400, e.getMessage());
    }

    static Response page(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.missing(message).render()).build();
    }
}
