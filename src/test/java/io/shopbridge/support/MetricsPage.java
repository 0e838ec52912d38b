package io.shopbridge.support;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The application's {@code /q/metrics} page (Prometheus text), read through HTTP as a scraper reads it. */
public final class MetricsPage {

    private MetricsPage() {
    }

    public static String read() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sample's value, 0 while the series does not exist yet. */
    public static double value(String page, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(page);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    public static double value(String series) {
        return value(read(), series);
    }
}
