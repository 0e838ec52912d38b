package io.shopbridge.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.job.JobHeaders;
import io.shopbridge.support.JobRows;

/** In a browser: an operator logs in, filters the failed jobs, opens one, requeues it and sees it done. */
@QuarkusTest
class ConsoleRequeueFailedJobTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Test
    void aFailedJobRequeuedFromItsPageEndsDone() {
        // fails both its attempts, then passes when run again
        String uuid = producer.request("job:test_flaky?maxRetries=1&retryPattern=1:50ms", exchange -> exchange
                .getMessage().setBody(Map.of("failures", 2))).getMessage().getHeader(JobHeaders.UUID, String.class);
        jobs.awaitState(uuid, "failed");

        try (Browser browser = Browser.open(app)) {
            browser.get("/console/jobs");
            browser.find("#j_username");
            assertTrue(browser.currentUrl().contains("/console/login"), browser.currentUrl());
            browser.screenshot("login");
            browser.logIn("operator", "operator-dev");

            new Select(browser.find("#filter-state")).selectByValue("failed");
            browser.find("#filter-name").sendKeys("test_flaky");
            browser.find("#filter-apply").click();
            browser.awaitUntil(() -> !browser.findAll("tr[data-uuid='" + uuid + "']").isEmpty());
            for (WebElement state : browser.findAll("#jobs td.state")) {
                assertEquals("failed", state.getText());
            }
            browser.screenshot("jobs-failed");

            browser.find("tr[data-uuid='" + uuid + "']").findElement(By.cssSelector("a.job-link")).click();
            browser.awaitText("#job-uuid", uuid);
            assertEquals("failed", browser.text("#job-state"));
            assertEquals("gave up after 2 attempts: backend busy", browser.text("#job-error"));
            assertTrue(browser.text("#job-trace").contains("RetryableJobError"), browser.text("#job-trace"));
            browser.screenshot("job-failed");

            browser.find("#requeue").click();
            // the page reloads itself until the job has run again
            browser.awaitText("#job-state", "done");
            assertEquals("passed on attempt 1", browser.text("#job-result"));
            browser.screenshot("job-done");
        }
        assertEquals("done", jobs.state(uuid));
    }
}
