package org.contractregistry.registry.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.contractregistry.registry.domain.ConfigKeys;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.RegistryException;

/** {@code GET /} and {@code POST /}: Confluent's liveness no-op, answering {@code {}}. */
@Path("/")
public class RootResource {
    private final ObjectMapper json;

    public RootResource(ObjectMapper json) {
        this.json = json;
    }

    @GET
    public Map<String, Object> root() {
        return Map.of();
    }

    /**
     * Any content type and no body are fine (a liveness probe); a body must be a JSON object, as Confluent reads one
     * here: malformed JSON is 400, another JSON value 422.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> rootPost(String body) throws JsonProcessingException {
        if (body != null && !body.isBlank()) {
            JsonNode value = json.readTree(body);
            if (!value.isObject()) {
                throw new RegistryException(ErrorCode.UNPROCESSABLE_REQUEST, "Unprocessable request: the body must"
                        + " be an object, not " + ConfigKeys.word(value.getNodeType()));
            }
        }
        return Map.of();
    }
}
