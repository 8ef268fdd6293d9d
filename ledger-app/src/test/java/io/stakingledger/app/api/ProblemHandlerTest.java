package io.stakingledger.app.api;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.stakingledger.app.store.StoreRecovery;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** An unexpected failure answers a 500 problem that tells nothing of the failure but the id it is logged under. */
class ProblemHandlerTest {

    @Test
    void anUnexpectedFailureIsA500ProblemWhoseIdIsInTheLog() {
        Logger logger = (Logger) LoggerFactory.getLogger(ProblemHandler.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            ResponseEntity<ProblemDetail> answer = new ProblemHandler(new StoreRecovery(null)).unexpected(
                    new IllegalStateException("java.lang.BigInteger would overflow"),
                    new MockHttpServletRequest("POST", "/api/pools/kash/commands/Stake"));

            ProblemDetail problem = answer.getBody();
            String id = (String) problem.getProperties().get("errorId");
            assertThat(answer.getStatusCode().value()).isEqualTo(500);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(Problems.PROBLEM_JSON);
            assertThat(problem.getType().toString()).isEqualTo(Problems.TYPE_BASE + "internal-error");
            assertThat(problem.getDetail()).endsWith("logged as " + id).doesNotContain("IllegalState", "java", "overflow");
            assertThat(log.list).singleElement().satisfies(line -> {
                assertThat(line.getFormattedMessage()).contains(id, "POST", "/api/pools/kash/commands/Stake");
                assertThat(line.getThrowableProxy().getMessage()).isEqualTo("java.lang.BigInteger would overflow");
            });
        } finally {
            logger.detachAppender(log);
        }
    }
}
