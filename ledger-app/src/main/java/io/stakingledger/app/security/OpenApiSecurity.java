package io.stakingledger.app.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document says how to authenticate: a bearer API key or JWT on every operation. */
@Configuration
public class OpenApiSecurity {

    @Bean
    public OpenAPI ledgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Staking ledger").description("Every operation needs Authorization: Bearer "
                        + "<API key or JWT> and a role that allows it (docs/security.md)."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API key (slk_...) or, when an issuer is configured, a JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
