package org.contractregistry.registry.lineage.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;
import org.contractregistry.lineage.ids.InvalidIdException;
import org.contractregistry.lineage.ids.NamespaceName;
import org.contractregistry.registry.lineage.api.Views.ErrorView;

/** How lineage resources answer: the value, 404 naming what is missing, or 400 for an invalid id (Marquez's shape). */
final class Answers {
    private Answers() {}

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorView(status, message)).build();
    }

    static Response ok(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON).build();
    }

    /** Runs a read whose ids are built inside it: an {@link InvalidIdException} becomes 400. */
    static Response found(Supplier<Optional<?>> read, String missing) {
        try {
            return read.get().map(Answers::ok).orElseGet(() -> error(404, missing));
        } catch (InvalidIdException e) {
            return error(400, e.getMessage());
        }
    }

    /** The namespace when it is a valid namespace name; else the request ends with 400 naming the problem. */
    static String namespace(String namespace) {
        try {
            return new NamespaceName(namespace).value();
        } catch (InvalidIdException e) {
            throw new WebApplicationException(error(400, e.getMessage()));
        }
    }

    static Response valid(Supplier<Object> read) {
        try {
            return ok(read.get());
        } catch (InvalidIdException e) {
            return error(400, e.getMessage());
        }
    }
}
