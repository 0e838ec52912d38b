package io.shopbridge.connector.job.api;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A query parameter that does not parse answers 400 with the reason, not the 404 JAX-RS gives by default. */
@Provider
public class BadQueryParameterMapper implements ExceptionMapper<BadQueryParameter> {

    @Override
    public Response toResponse(BadQueryParameter e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", e.getMessage())).build();
    }
}
