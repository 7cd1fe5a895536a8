package org.contractregistry.registry.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /q/swagger-ui}: Swagger UI over {@code /q/openapi}, its scripts and styles served from the
 * {@code org.webjars:swagger-ui} jar under {@code /webjars/} (no CDN, works offline). The extension's own Swagger UI
 * would bring SmallRye OpenAPI to run time (see {@link OpenApiResource}).
 */
@Path("/q/swagger-ui")
public class SwaggerUiResource {
    /** The webjar's version (registry-service/pom.xml); SwaggerUiTest loads the files from this path. */
    static final String ASSETS = "/webjars/swagger-ui/5.35.0";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Contract registry API</title>
              <link rel="stylesheet" href="%1$s/swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="%1$s/swagger-ui-bundle.js"></script>
              <script>
                window.ui = SwaggerUIBundle({url: "/q/openapi?format=json", dom_id: "#swagger-ui", deepLinking: true});
              </script>
            </body>
            </html>
            """.formatted(ASSETS);

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return PAGE;
    }
}
