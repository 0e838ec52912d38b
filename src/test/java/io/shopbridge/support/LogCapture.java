package io.shopbridge.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jboss.logmanager.ExtLogRecord;

/** The records one logger writes while the capture is open (the application's log manager speaks JUL). */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
        logger.addHandler(this);
    }

    public static LogCapture of(String loggerName) {
        return new LogCapture(Logger.getLogger(loggerName));
    }

    public List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    /** Each record as a log file shows it: the message with its parameters, and the trace of what it threw. */
    public List<String> texts() {
        return records.stream().map(LogCapture::text).toList();
    }

    private static String text(LogRecord logRecord) {
        String message = logRecord instanceof ExtLogRecord ext ? ext.getFormattedMessage()
                : new SimpleFormatter().formatMessage(logRecord);
        StringWriter trace = new StringWriter();
        if (logRecord.getThrown() != null) {
            logRecord.getThrown().printStackTrace(new PrintWriter(trace));
        }
        return message + trace;
    }

    @Override
    public void publish(LogRecord logRecord) {
        records.add(logRecord);
    }

    @Override
    public void flush() {
        // records are kept in memory only
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
