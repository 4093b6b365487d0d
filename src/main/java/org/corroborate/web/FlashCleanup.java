package org.corroborate.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Clears a flash message once a page has been answered to the request that carried it. */
public class FlashCleanup {

    @ServerResponseFilter
    public void clearShownMessage(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getCookies().containsKey(Flash.COOKIE) && !response.getCookies().containsKey(Flash.COOKIE)) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(Flash.COOKIE).value("").path("/").maxAge(0)
                    .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
    }
}
