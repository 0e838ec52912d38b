package io.shopbridge.connector.job.api;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import io.shopbridge.connector.job.JobAdmin;

/**
 * The jobs API: list and filter, read one, and requeue / cancel / mark done, one job or many. Reading needs role
 * {@code viewer} or {@code operator}; changing needs {@code operator}.
 */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    /** Body of the bulk operations. */
    public record Uuids(List<String> uuids) {
    }

    static final int MAX_LIMIT = 1000;

    @Inject
    JobAdmin admin;

    @GET
    @RolesAllowed({ "viewer", "operator" })
    public List<Map<String, Object>> list(@QueryParam("state") String state, @QueryParam("channel") String channel,
            @QueryParam("name") String name, @QueryParam("backend") String backend, @QueryParam("model") String model,
            @QueryParam("record") String record, @QueryParam("since") String since, @QueryParam("until") String until,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return admin.list(new JobAdmin.Filter(state, channel, name, backend, model,
                QueryParameters.id(record, "record"), QueryParameters.instant(since, "since"),
                QueryParameters.instant(until, "until"), QueryParameters.integer(limit, "limit", 1, MAX_LIMIT, 100),
                QueryParameters.integer(offset, "offset", 0, Integer.MAX_VALUE, 0)));
    }

    @GET
    @Path("{uuid}")
    @RolesAllowed({ "viewer", "operator" })
    public Map<String, Object> get(@PathParam("uuid") String uuid) {
        return admin.get(uuid).orElseThrow(() -> new NotFoundException("No job " + uuid));
    }

    @POST
    @Path("{uuid}/{action: requeue|cancel|done}")
    @RolesAllowed("operator")
    public Response one(@PathParam("uuid") String uuid, @PathParam("action") String action,
            @Context SecurityContext security) {
        admin.get(uuid).orElseThrow(() -> new NotFoundException("No job " + uuid));
        List<String> changed = admin.apply(action(action), List.of(uuid), security.getUserPrincipal().getName());
        if (changed.isEmpty()) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(Map.of("error", "job " + uuid + " is " + admin.get(uuid).orElseThrow().get("state")
                            + ": cannot " + action + " it"))
                    .build();
        }
        return Response.ok(Map.of("changed", changed)).build();
    }

    @POST
    @Path("{action: requeue|cancel|done}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("operator")
    public Map<String, Object> many(@PathParam("action") String action, Uuids body,
            @Context SecurityContext security) {
        if (body == null || body.uuids() == null || body.uuids().isEmpty()) {
            throw new BadRequestException("Give the jobs as {\"uuids\": [...]}");
        }
        return Map.of("changed", admin.apply(action(action), body.uuids(), security.getUserPrincipal().getName()));
    }

    private static JobAdmin.Action action(String action) {
        return JobAdmin.Action.valueOf(action.toUpperCase(java.util.Locale.ROOT));
    }
}
