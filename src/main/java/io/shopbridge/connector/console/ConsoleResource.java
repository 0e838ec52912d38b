package io.shopbridge.connector.console;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.shopbridge.connector.job.JobAdmin;
import io.shopbridge.connector.job.api.BadQueryParameter;
import io.shopbridge.connector.job.api.QueryParameters;

/**
 * The jobs console at {@code /console}: server-side pages over the job table, the channels' figures, the shops and
 * the bindings. Reading needs role {@code viewer} or {@code operator}, changing {@code operator}; the users are the
 * API's, logged in by a form whose session cookie is SameSite=Strict, and every change is a POST.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    static final String VIEWER = "viewer";
    static final String OPERATOR = "operator";
    static final List<String> STATES = List.of("wait_dependencies", "pending", "enqueued", "started", "done",
            "failed", "cancelled");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error);

        static native TemplateInstance jobs(ConsolePage page, JobsForm form, JobPage jobs, String error,
                List<String> states, List<String> channels, String changed);

        static native TemplateInstance job(ConsolePage page, JobDetail job, String changed);

        static native TemplateInstance channels(ConsolePage page, List<ChannelRow> channels);

        static native TemplateInstance shops(ConsolePage page, List<ShopRow> shops);

        static native TemplateInstance bindings(ConsolePage page, BindingQuery query, List<String> tables,
                List<BindingRow> bindings, String error);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    ConsoleJobs jobs;

    @Inject
    ConsoleChannels channels;

    @Inject
    ConsoleShops shops;

    @Inject
    ConsoleBindings bindings;

    @Inject
    JobAdmin admin;

    @ConfigProperty(name = "shopbridge.console.refresh")
    java.time.Duration refresh;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    @GET
    @RolesAllowed({ VIEWER, OPERATOR })
    public Response home() {
        return Response.seeOther(URI.create("/console/jobs")).build();
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@QueryParam("error") String error) {
        return Templates.login(error != null);
    }

    @POST
    @Path("logout")
    @PermitAll
    public Response logout() {
        return Response.seeOther(URI.create("/console/login"))
                .cookie(new NewCookie.Builder(sessionCookie).path("/").maxAge(0).value("").build()).build();
    }

    @GET
    @Path("jobs")
    @RolesAllowed({ VIEWER, OPERATOR })
    public Response jobs(@BeanParam JobsParams params) {
        JobsForm form = params.form();
        List<String> channelNames = channels.all().stream().map(ChannelRow::name).toList();
        try {
            JobPage page = jobs.page(form.filter());
            return Response.ok(Templates.jobs(page("jobs"), form, page, null, STATES, channelNames, params.changed))
                    .build();
        } catch (BadQueryParameter e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.jobs(page("jobs"), form,
                    new JobPage(List.of(), null), e.getMessage(), STATES, channelNames, null)).build();
        }
    }

    @GET
    @Path("jobs/{uuid}")
    @RolesAllowed({ VIEWER, OPERATOR })
    public TemplateInstance job(@PathParam("uuid") String uuid, @QueryParam("changed") String changed) {
        return Templates.job(page("jobs"), jobs.job(uuid).orElseThrow(() -> new NotFoundException("No job " + uuid)),
                changed);
    }

    @POST
    @Path("jobs/{uuid}/{action: requeue|cancel|done}")
    @RolesAllowed(OPERATOR)
    public Response one(@PathParam("uuid") String uuid, @PathParam("action") String action) {
        jobs.job(uuid).orElseThrow(() -> new NotFoundException("No job " + uuid));
        int changed = admin.apply(action(action), List.of(uuid), identity.getPrincipal().getName()).size();
        return Response.seeOther(URI.create("/console/jobs/" + uuid + "?changed=" + action + ":" + changed)).build();
    }

    @POST
    @Path("jobs/{action: requeue|cancel|done}")
    @RolesAllowed(OPERATOR)
    public Response many(@PathParam("action") String action, @FormParam("uuid") List<String> uuids,
            @FormParam("back") String back) {
        int changed = uuids == null || uuids.isEmpty() ? 0
                : admin.apply(action(action), uuids, identity.getPrincipal().getName()).size();
        // back to the list as it was filtered; only a query string is taken from the form, never a location
        String query = back == null ? "" : back.replaceAll("[^A-Za-z0-9_.%=&:+-]", "");
        return Response.seeOther(URI.create("/console/jobs?" + (query.isEmpty() ? "" : query + "&") + "changed="
                + action + ":" + changed)).build();
    }

    @GET
    @Path("channels")
    @RolesAllowed({ VIEWER, OPERATOR })
    public TemplateInstance channels() {
        return Templates.channels(page("channels"), channels.all());
    }

    @GET
    @Path("shops")
    @RolesAllowed({ VIEWER, OPERATOR })
    public TemplateInstance shops() {
        return Templates.shops(page("shops"), shops.all());
    }

    @GET
    @Path("bindings")
    @RolesAllowed({ VIEWER, OPERATOR })
    public Response bindings(@QueryParam("table") String table, @QueryParam("erp") String erp,
            @QueryParam("external") String external, @QueryParam("backend") String backend) {
        List<String> tables = bindings.tables();
        try {
            BindingQuery query = new BindingQuery(QueryParameters.text(table), QueryParameters.id(erp, "erp"),
                    QueryParameters.text(external), QueryParameters.text(backend));
            return Response.ok(Templates.bindings(page("bindings"), query, tables, bindings.search(query), null))
                    .build();
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.bindings(page("bindings"),
                    new BindingQuery(table, null, external, backend), tables, List.of(), e.getMessage())).build();
        }
    }

    private ConsolePage page(String view) {
        return new ConsolePage(view, identity.getPrincipal().getName(), identity.hasRole(OPERATOR),
                (int) refresh.toSeconds());
    }

    private static JobAdmin.Action action(String action) {
        return JobAdmin.Action.valueOf(action.toUpperCase(Locale.ROOT));
    }
}
