package org.corroborate.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The API document declares both ways to sign in to {@code /api}: a bearer token (scripts: fast) and HTTP Basic
 * (trying things out: a bcrypt check per request). Every operation Quarkus marks as needing a sign-in accepts
 * either, and every such POST documents the {@code Idempotency-Key} header ({@link IdempotencyKeys}). Registered
 * with {@code mp.openapi.filter}.
 */
public class ApiSecuritySchemes implements OASFilter {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        Map<String, SecurityScheme> schemes = components.getSecuritySchemes();
        String generated = schemes == null ? null : schemes.keySet().stream().filter(name -> !name.equals(BASIC)
                && !name.equals(BEARER)).findFirst().orElse(null);
        if (generated != null) {
            components.removeSecurityScheme(generated);
        }
        components.addSecurityScheme(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("Username and password on every request: one bcrypt check each, "
                        + "slow by design. For trying things out."));
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("crb_ token")
                .description("An API token (POST /api/tokens or the account page), scope read (GET only) or write."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                    operation.setSecurity(List.of(requirement(BEARER), requirement(BASIC)));
                    if (entry.getKey() == PathItem.HttpMethod.POST) {
                        operation.addParameter(OASFactory.createParameter().name(IdempotencyKeys.HEADER)
                                .in(Parameter.In.HEADER).required(false)
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(
                                        IdempotencyKeys.KEY_MAX))
                                .description("Makes a retry safe: the first successful answer is kept for 24 hours "
                                        + "and given again to a retry with the same key, which writes nothing."));
                    }
                }
            }
        }
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }
}
