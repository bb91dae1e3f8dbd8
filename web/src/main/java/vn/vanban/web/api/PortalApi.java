package vn.vanban.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}: HTTP Basic authentication, JSON in and out, errors as {@link ApiError}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Văn bản: API của cổng văn bản", version = "1",
                description = "Documents, meetings and administration of the steering committee's portal. "
                        + "Errors are JSON {code, message, field} with a stable code."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PortalApi extends Application {
}
