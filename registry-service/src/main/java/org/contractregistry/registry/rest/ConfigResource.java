package org.contractregistry.registry.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.SettingsService;

/**
 * {@code /config} and {@code /config/{subject}}. GET answers {@code compatibilityLevel}, PUT takes and answers
 * {@code compatibility} (Confluent's asymmetry); {@code protobufStrictness} sits beside it.
 */
@Path("/config")
@Produces({MediaTypes.V1_JSON, MediaTypes.JSON_ANY_VERSION, MediaTypes.JSON})
@Consumes(MediaTypes.JSON)
public class ConfigResource {
    private final SettingsService settings;

    public ConfigResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    public ObjectNode global(@QueryParam("defaultToGlobal") boolean defaultToGlobal) {
        return settings.config(SettingsService.global(), true);
    }

    @PUT
    public ObjectNode putGlobal(ObjectNode body) {
        return settings.putConfig(SettingsService.global(), body);
    }

    @DELETE
    public ObjectNode deleteGlobal() {
        return settings.deleteConfig(SettingsService.global());
    }

    @GET
    @Path("/{subject}")
    public ObjectNode subject(@PathParam("subject") String subject,
            @QueryParam("defaultToGlobal") boolean defaultToGlobal) {
        return settings.config(QualifiedSubject.parse(subject), defaultToGlobal);
    }

    @PUT
    @Path("/{subject}")
    public ObjectNode putSubject(@PathParam("subject") String subject, ObjectNode body) {
        return settings.putConfig(QualifiedSubject.parse(subject), body);
    }

    @DELETE
    @Path("/{subject}")
    public ObjectNode deleteSubject(@PathParam("subject") String subject) {
        return settings.deleteConfig(QualifiedSubject.parse(subject));
    }
}
