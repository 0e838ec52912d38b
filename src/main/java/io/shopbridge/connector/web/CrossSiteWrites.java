package io.shopbridge.connector.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request that changes state when a browser says it comes from another site: a page elsewhere could
 * otherwise make an operator's browser post to the API with the Basic credentials it has cached. Browsers send
 * {@code Origin} (and {@code Sec-Fetch-Site}) with every such request; scripts and curl send neither and pass, their
 * credentials being their own.
 */
public class CrossSiteWrites {

    private static final Logger LOG = Logger.getLogger(CrossSiteWrites.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

    /** @return the refusal, or null to go on */
    @ServerRequestFilter
    public Response refuseCrossSiteWrites(ContainerRequestContext request, UriInfo uri) {
        if (READS.contains(request.getMethod())) {
            return null;
        }
        String origin = request.getHeaderString("Origin");
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        boolean otherSite = origin != null ? !sameOrigin(origin, uri.getBaseUri())
                : fetchSite != null && OTHER_SITES.contains(fetchSite.toLowerCase(Locale.ROOT));
        if (otherSite) {
            LOG.warnf("refused %s %s from another site (Origin %s, Sec-Fetch-Site %s)", request.getMethod(),
                    uri.getPath(), origin, fetchSite);
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "a request that changes state must come from this site, not "
                            + (origin != null ? origin : "another site")))
                    .build();
        }
        return null;
    }

    /** Scheme, host and port alike; {@code Origin: null} (a sandboxed or local page) is never this site. */
    static boolean sameOrigin(String origin, URI base) {
        try {
            URI from = URI.create(origin.strip());
            return from.getScheme() != null && from.getHost() != null
                    && from.getScheme().equalsIgnoreCase(base.getScheme())
                    && from.getHost().equalsIgnoreCase(base.getHost())
                    && port(from) == port(base);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
