package io.stakingledger.app.api;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat's own error answer (a request it refuses before the application sees it, e.g. a malformed URL
 * encoding or an encoded slash in the path) as a problem of {@link Problems} instead of an HTML page.
 * A request in an HTTP version or transfer coding Tomcat does not implement (505, 501) is a malformed
 * request to the ledger: 400.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail;
        if (status == 501 || status == 505) {
            status = 400;
            detail = "the request uses an HTTP version or transfer coding the ledger does not accept (HTTP/1.1; "
                    + "bodies plain or chunked)";
            response.setStatus(status);
        } else {
            detail = status >= 500 ? "the server failed to answer this request" : Problems.detailOf(status);
        }
        Problems.Kind kind = Problems.kindOf(status);
        try {
            response.setContentType(Problems.PROBLEM_JSON.toString());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(Problems.json(kind, status, detail, null));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer already started; nothing more can be said
        }
    }
}
