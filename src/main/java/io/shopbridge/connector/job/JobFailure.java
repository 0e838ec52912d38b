package io.shopbridge.connector.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.RuntimeCamelException;

/** What a job's exception means for the job: retry later, fail now, or done with nothing to do. */
record JobFailure(Kind kind, String message, String trace, Duration retryAfter) {

    enum Kind {
        RETRYABLE, PERMANENT, NOTHING_TO_DO
    }

    private static final int MAX_TRACE = 32_000;

    static JobFailure of(Throwable error) {
        Throwable meaningful = unwrap(error);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof NothingToDoJob) {
                return new JobFailure(Kind.NOTHING_TO_DO, t.getMessage(), null, null);
            }
            if (t instanceof RetryableJobError r) {
                return new JobFailure(Kind.RETRYABLE, r.getMessage(), trace(error), r.retryAfter());
            }
            if (t instanceof PermanentJobError) {
                return new JobFailure(Kind.PERMANENT, t.getMessage(), trace(error), null);
            }
            // a network failure nobody classified is worth another try
            if (t instanceof IOException) {
                return new JobFailure(Kind.RETRYABLE, describe(t), trace(error), null);
            }
        }
        return new JobFailure(Kind.PERMANENT, describe(meaningful), trace(error), null);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CamelExecutionException || t instanceof RuntimeCamelException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getName() : t.getClass().getSimpleName() + ": "
                + message;
    }

    private static String trace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        String trace = out.toString();
        return trace.length() <= MAX_TRACE ? trace : trace.substring(0, MAX_TRACE) + "\n… (truncated)";
    }
}
