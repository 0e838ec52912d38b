package io.shopbridge.connector.sync.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.shopbridge.connector.sync.ImportStarter;

/**
 * Starts an import on a backend, role {@code operator}: {@code {"model", "external_id"}} imports one record,
 * {@code {"model", "since"}} runs a batch of the records changed since then; both answer the job's uuid (202).
 */
@Path("/api/backends/{backend}/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportResource {

    /** The body: a model, and either an external id or a time. */
    public record ImportRequest(String model, @JsonProperty("external_id") String externalId, String since) {
    }

    @Inject
    ImportStarter starter;

    @POST
    @RolesAllowed("operator")
    public Response start(@PathParam("backend") String backend, ImportRequest request) {
        if (request == null || blank(request.model())) {
            return badRequest("give the model to import: {\"model\": \"...\", \"external_id\": \"...\"} or "
                    + "{\"model\": \"...\", \"since\": \"2026-11-25T10:00:00Z\"}");
        }
        if (blank(request.externalId()) == blank(request.since())) {
            return badRequest("give either external_id (one record) or since (a batch), not both nor neither");
        }
        try {
            String uuid = blank(request.externalId())
                    ? starter.importBatch(backend, request.model(), Instant.parse(request.since()))
                    : starter.importRecord(backend, request.model(), request.externalId());
            return Response.accepted(Map.of("uuid", uuid)).build();
        } catch (DateTimeParseException e) {
            return badRequest("since must be an ISO instant such as 2026-11-25T10:00:00Z, not " + request.since());
        } catch (ImportStarter.RefusedImport e) {
            return badRequest(e.getMessage());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Response badRequest(String reason) {
        return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", reason)).build();
    }
}
