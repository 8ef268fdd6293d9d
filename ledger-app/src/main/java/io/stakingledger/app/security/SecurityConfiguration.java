package io.stakingledger.app.security;

import io.stakingledger.app.store.StoreRecovery;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spring Security for the REST server (docs/security.md). Every request needs a bearer credential except
 * the health probe: an API key ({@code slk_...}, {@link ApiKeys}) or, when {@code ledger.security.jwt.issuer}
 * is set, a JWT from that issuer verified by Spring's resource server (Nimbus). Stateless: no session, no
 * cookie, so no CSRF token. The coarse rules are here (health open, actuator and OpenAPI by permission,
 * everything else authenticated); each controller then applies its fine-grained {@link Access} check.
 * Refusals are problem JSON: 401, 403, 429.
 */
@Configuration
@ConditionalOnWebApplication
public class SecurityConfiguration {

    private static final String MISSING = SecurityConfiguration.class.getName() + ".missing";

    /**
     * Spring Security observes every filter of the chain, authentication and authorization on every request:
     * about 7% of the request threads' samples, read by hand from the JFR recording of the quick run summarised in
     * bench-results/2026-12-06-99de1fb-quick-jfr.txt. Each
     * request stays timed as a whole ({@code http_server_requests}), and refusals are counted by
     * {@link SecurityEvents}.
     */
    @Bean
    static SecurityObservationSettings noSpringSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public SecurityFilterChain ledgerSecurity(HttpSecurity http, ApiKeys keys, RateLimits limits, SecurityEvents events,
                                              StoreRecovery recovery,
                                              @Value("${ledger.security.jwt.issuer:}") String issuer,
                                              @Value("${ledger.security.jwt.jwk-set-uri:}") String jwkSetUri,
                                              @Value("${ledger.security.jwt.public-key-location:}") String publicKeyLocation,
                                              @Value("${ledger.security.jwt.audience:}") String audience,
                                              @Value("${ledger.security.jwt.roles-claim:roles}") String rolesClaim,
                                              @Value("${ledger.security.jwt.role-prefix:}") String rolePrefix,
                                              @Value("${ledger.security.jwt.account-claim:account}") String accountClaim,
                                              @Value("${ledger.security.jwt.pools-claim:pools}") String poolsClaim)
            throws Exception {
        JwtAuthenticationProvider jwt = null;
        if (!issuer.isBlank()) {
            jwt = new JwtAuthenticationProvider(jwtDecoder(issuer, jwkSetUri, publicKeyLocation, audience));
            jwt.setJwtAuthenticationConverter(new JwtCallers(rolesClaim, rolePrefix, accountClaim, poolsClaim));
        }
        AuthenticationManager bearer = bearerAuthentication(keys, jwt);
        AuthenticationEntryPoint unauthenticated = (request, response, failure) ->
                unauthenticated(request, response, failure, limits, events);
        AccessDeniedHandler denied = (request, response, failure) -> forbidden(request, response, events);

        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).access(requires(Permission.ACTUATOR))
                        // the published contract and its Swagger UI describe the API and hold no ledger data
                        .requestMatchers(HttpMethod.GET, API_CONTRACT).permitAll()
                        // the dashboard's static files hold no ledger data; every figure comes from /api with a key
                        .requestMatchers(HttpMethod.GET, DASHBOARD_ASSETS).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o
                        .authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .addFilterBefore(new StoreFailureFilter(recovery), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(limits, events), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** The OpenAPI document and Swagger UI, open to anyone like any published API contract (docs/security.md). */
    static final String[] API_CONTRACT = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /** The dashboard's page, script, style sheet and chart library, served to anyone (they carry no data). */
    static final String[] DASHBOARD_ASSETS = {"/", "/index.html", "/app.js", "/app.css", "/favicon.ico", "/webjars/**"};

    /**
     * Spring Security's firewall, except its list of HTTP methods: an unknown method (after
     * authentication) is answered by the web layer as every unsupported method is, a 405 problem with
     * {@code Allow}, rather than a bare 400. Its other checks (encoded slashes, path traversal, ...) stay.
     */
    @Bean
    public HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setUnsafeAllowAnyHttpMethod(true);
        return firewall;
    }

    /** API keys by their prefix; anything else is a JWT when an issuer is configured, else refused. */
    private static AuthenticationManager bearerAuthentication(ApiKeys keys, JwtAuthenticationProvider jwt) {
        return authentication -> {
            String token = ((BearerTokenAuthenticationToken) authentication).getToken();
            if (token.startsWith(ApiKeys.PREFIX)) {
                return keys.authenticate(token).map(CallerAuthentication::new)
                        .orElseThrow(() -> new InvalidBearerTokenException("unknown or revoked API key"));
            }
            if (jwt == null) {
                throw new InvalidBearerTokenException("not an API key, and this ledger accepts no tokens (no issuer configured)");
            }
            return jwt.authenticate(authentication);
        };
    }

    static NimbusJwtDecoder jwtDecoder(String issuer, String jwkSetUri, String publicKeyLocation, String audience)
            throws IOException {
        NimbusJwtDecoder decoder;
        if (!jwkSetUri.isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        } else if (!publicKeyLocation.isBlank()) {
            Resource pem = new DefaultResourceLoader().getResource(publicKeyLocation);
            try (InputStream in = pem.getInputStream()) {
                RSAPublicKey key = RsaKeyConverters.x509().convert(in);
                decoder = NimbusJwtDecoder.withPublicKey(key).build();
            }
        } else {
            throw new IllegalStateException("ledger.security.jwt.issuer is set: also set ledger.security.jwt.jwk-set-uri "
                    + "or ledger.security.jwt.public-key-location");
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuer));
        if (!audience.isBlank()) {
            validators.add(new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** An authorization rule that notes the permission it found missing, for the 403 problem. */
    private static AuthorizationManager<RequestAuthorizationContext> requires(Permission permission) {
        return (authentication, context) -> {
            boolean granted = authentication.get() instanceof CallerAuthentication caller
                    && caller.getPrincipal().has(permission);
            if (!granted) {
                context.getRequest().setAttribute(MISSING, permission);
            }
            return new AuthorizationDecision(granted);
        };
    }

    private static void unauthenticated(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure, RateLimits limits, SecurityEvents events)
            throws IOException {
        // A request whose credentials were refused counts against its address's bucket (guessing keys is limited too).
        if (!RateLimitFilter.takeOnce(limits, events, "ip:" + request.getRemoteAddr(), request, response)) {
            return;
        }
        boolean presented = failure instanceof OAuth2AuthenticationException;
        String detail = presented
                ? "the bearer credential was refused: " + description(failure)
                : "authentication required: send Authorization: Bearer <API key or token>";
        events.denied(request, 401, presented ? "invalid-credential" : "unauthenticated", detail);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer");
        SecurityProblems.write(request, response, HttpStatus.UNAUTHORIZED, SecurityProblems.UNAUTHENTICATED,
                "Authentication required", detail, Map.of());
    }

    private static String description(AuthenticationException failure) {
        String text = failure instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null
                ? oauth.getError().getDescription() : failure.getMessage();
        return text == null ? "invalid" : text;
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response, SecurityEvents events)
            throws IOException {
        Object missing = request.getAttribute(MISSING);
        String permission = missing instanceof Permission p ? p.label() : "unknown";
        String detail = request.getRequestURI() + " needs permission " + permission;
        events.denied(request, 403, permission, detail);
        SecurityProblems.write(request, response, HttpStatus.FORBIDDEN, SecurityProblems.PERMISSION_DENIED,
                "Permission denied", detail, Map.of("permission", permission));
    }
}
