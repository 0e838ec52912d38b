package io.shopbridge.connector.console;

import jakarta.ws.rs.QueryParam;

/** The jobs list's query parameters, read as text: {@link JobsForm} parses them and names the one that is wrong. */
public class JobsParams {

    @QueryParam("state")
    String state;

    @QueryParam("channel")
    String channel;

    @QueryParam("name")
    String name;

    @QueryParam("backend")
    String backend;

    @QueryParam("model")
    String model;

    @QueryParam("record")
    String record;

    @QueryParam("since")
    String since;

    @QueryParam("until")
    String until;

    @QueryParam("before")
    String before;

    @QueryParam("limit")
    String limit;

    /** The outcome of the last bulk action, {@code <action>:<jobs changed>}. */
    @QueryParam("changed")
    String changed;

    JobsForm form() {
        return new JobsForm(state, channel, name, backend, model, record, since, until, before, limit);
    }
}
