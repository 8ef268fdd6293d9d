package io.stakingledger.app.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every refused request as a structured security event: one WARN line on the logger
 * {@code io.stakingledger.security} with key=value pairs (also attached as SLF4J key-values for
 * structured log formats), and the counter {@code ledger.security.denied} tagged by status and reason.
 * The caller is named by its actor ({@code key:<keyId>}, {@code jwt:<subject>}) or its address; a
 * token or key secret is never written.
 */
@Component
public class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("io.stakingledger.security");

    private final ObjectProvider<MeterRegistry> meters;

    public SecurityEvents(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    /**
     * @param status 401, 403 or 429
     * @param reason a short, stable word: {@code unauthenticated}, {@code invalid-token}, the missing
     *               permission, or {@code rate-limited}
     */
    public void denied(HttpServletRequest request, int status, String reason, String detail) {
        String actor = actor(request);
        log.atWarn()
                .addKeyValue("event", "denied")
                .addKeyValue("status", status)
                .addKeyValue("reason", reason)
                .addKeyValue("actor", actor)
                .addKeyValue("method", request.getMethod())
                .addKeyValue("path", request.getRequestURI())
                .addKeyValue("remote", request.getRemoteAddr())
                .log("security event=denied status={} reason={} actor={} method={} path={} remote={} detail=\"{}\"",
                        status, reason, actor, request.getMethod(), request.getRequestURI(), request.getRemoteAddr(),
                        detail);
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            registry.counter("ledger.security.denied", "status", Integer.toString(status), "reason", reason).increment();
        }
    }

    /** Who asked: the authenticated caller's actor, else the key id a presented API key names, else anonymous. */
    static String actor(HttpServletRequest request) {
        Caller caller = Callers.current().orElse(null);
        if (caller != null) {
            return caller.actor();
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String keyId = ApiKeys.keyIdOf(header.substring(7).trim());
            return keyId == null ? "bearer-token" : "unverified-" + ApiKeys.actorOf(keyId);
        }
        return "anonymous";
    }
}
