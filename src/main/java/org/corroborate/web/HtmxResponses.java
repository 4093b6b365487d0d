package org.corroborate.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** What every page answer tells caches and htmx about in-place updates. */
public class HtmxResponses {

    @ServerResponseFilter
    public void mark(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return;
        }
        // one url answers a whole page or, to htmx, a fragment of it: caches must keep them apart
        response.getHeaders().add(HttpHeaders.VARY, Htmx.REQUEST);
        // an in-place update whose sign-in ran out was sent to the sign-in page: show it as a page, not a fragment
        if (Htmx.isPartial(request::getHeaderString) && "/login".equals(request.getUriInfo().getPath())) {
            response.getHeaders().add("HX-Redirect", "/login");
        }
    }
}
