package io.shopbridge.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.job.JobHeaders;
import io.shopbridge.support.JobRows;

/** In a browser: an operator selects jobs in the list and cancels them in one action. */
@QuarkusTest
class ConsoleBulkActionTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Test
    void selectedJobsAreCancelledTogether() {
        List<String> waiting = List.of(enqueueLater(), enqueueLater(), enqueueLater());
        String untouched = enqueueLater();

        try (Browser browser = Browser.open(app)) {
            browser.logIn("operator", "operator-dev");
            browser.get("/console/jobs?state=pending&name=test_noop");
            for (String uuid : waiting) {
                // a checked box stops the page's reloads; until the first, a reload may replace the row under us
                browser.awaitUntil(() -> {
                    WebElement box = browser.find("tr[data-uuid='" + uuid + "']")
                            .findElement(By.cssSelector("input[name=uuid]"));
                    if (!box.isSelected()) {
                        box.click();
                    }
                    return box.isSelected();
                });
            }
            browser.screenshot("jobs-selected");
            browser.find("#bulk-cancel").click();
            browser.awaitText("#changed", "cancel:3");
            browser.screenshot("jobs-bulk-cancelled");
        }
        for (String uuid : waiting) {
            assertEquals("cancelled", jobs.state(uuid));
        }
        assertEquals("pending", jobs.state(untouched));
        jobs.setState(untouched, "cancelled");
    }

    private String enqueueLater() {
        return producer.request("job:test_noop?delay=1h", exchange -> exchange.getMessage().setBody(Map.of("n", 1)))
                .getMessage().getHeader(JobHeaders.UUID, String.class);
    }
}
