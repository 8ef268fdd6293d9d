package io.stakingledger.app.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Limits every request before any handler sees it: a body of at most {@code ledger.input.max-body-bytes}
 * (413, whether announced by {@code Content-Length} or found while reading a chunked body), and a body
 * that is UTF-8 if it names a charset at all (415: a body labelled UTF-16 is not read as UTF-8). The
 * media type itself is checked by each endpoint ({@code application/json} only). {@code TRACE} is refused
 * here, so no request is ever echoed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLimits extends OncePerRequestFilter {

    /** Default body limit: 64 KiB, ample for any command or pool creation (a 1,000-epoch schedule is ~30 KB). */
    public static final int DEFAULT_MAX_BODY_BYTES = 65_536;

    /** Default body limit of a bulk of commands ({@code POST /api/pools/{pool}/commands}): 1 MiB. */
    public static final int DEFAULT_MAX_BULK_BODY_BYTES = 1_048_576;

    /** A bulk of commands: the one path whose bodies may be larger than a single command's. */
    private static final Pattern BULK_PATH = Pattern.compile("/api/pools/[^/]+/commands");

    private final long maxBodyBytes;
    private final long maxBulkBodyBytes;

    public RequestLimits(@Value("${ledger.input.max-body-bytes:" + DEFAULT_MAX_BODY_BYTES + "}") long maxBodyBytes,
                         @Value("${ledger.bulk.max-body-bytes:" + DEFAULT_MAX_BULK_BODY_BYTES + "}") long maxBulkBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxBulkBodyBytes = maxBulkBodyBytes;
    }

    /** The body limit of this request: a bulk's, or every other request's. */
    private long limitOf(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && BULK_PATH.matcher(request.getRequestURI()).matches()
                ? maxBulkBodyBytes : maxBodyBytes;
    }

    /** Thrown while reading a body that turns out longer than the limit. */
    public static final class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("the request body exceeds the limit of " + limit + " bytes");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("HTTP/0.9".equals(request.getProtocol())) {
            // An HTTP/0.9 answer has no status line and no headers: all that can be sent is the problem itself.
            refuse(request, response, Problems.Kind.INVALID_INPUT, "the ledger speaks HTTP/1.1 (and 1.0), not HTTP/0.9");
            return;
        }
        if ("TRACE".equals(request.getMethod())) {
            refuse(request, response, Problems.Kind.METHOD_NOT_ALLOWED, "method TRACE is not allowed");
            return;
        }
        long length = request.getContentLengthLong();
        long limit = limitOf(request);
        if (length > limit) {
            refuse(request, response, Problems.Kind.PAYLOAD_TOO_LARGE,
                    "the request body has " + length + " bytes; the limit is " + limit);
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && hasBody(request, length)) {
            String problem = charsetProblem(contentType);
            if (problem != null) {
                refuse(request, response, Problems.Kind.UNSUPPORTED_MEDIA_TYPE, problem);
                return;
            }
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private static boolean hasBody(HttpServletRequest request, long length) {
        return length > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** Null when the body's Content-Type is readable (no charset, or UTF-8), else why not. */
    private static String charsetProblem(String contentType) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return "the Content-Type header cannot be read; send Content-Type: application/json";
        }
        String charset = type.getParameter("charset");
        if (charset == null) {
            return null;
        }
        String name = charset.replace("\"", "");
        try {
            if (Charset.forName(name).equals(StandardCharsets.UTF_8)) {
                return null;
            }
        } catch (IllegalArgumentException unknown) {
            // an unknown or malformed charset name is refused below like any other
        }
        return "the body must be UTF-8 JSON; a body in another charset is not read";
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Problems.Kind kind,
                               String detail) throws IOException {
        response.setStatus(kind.status().value());
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // The body is not read: the connection closes after the answer rather than draining it.
        response.setHeader("Connection", "close");
        response.getOutputStream().write(Problems.json(kind, kind.status().value(), detail, request.getRequestURI())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The request with a body that stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
