package io.stakingledger.app.security;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** API keys over REST (admin only): create (the key is in this one answer), list, revoke. */
@RestController
@RequestMapping("/api/admin/keys")
public class KeysController {

    private final ApiKeys keys;
    private final Access access;

    public KeysController(ApiKeys keys, Access access) {
        this.keys = keys;
        this.access = access;
    }

    /** {@code CreateKey}: name, roles, optional pools (empty: every pool), optional account (the account role's). */
    public record CreateKeyRequest(String name, List<String> roles, List<String> pools, String account) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API key; the answer's key is shown this once (only its hash is stored)")
    public ApiKeys.CreatedKey create(@RequestBody CreateKeyRequest request) {
        Caller admin = access.requireWholeLedger(Permission.KEYS, "managing API keys");
        return keys.create(new ApiKeys.KeySpec(request.name(), request.roles(), request.pools(), request.account()),
                admin.actor());
    }

    @GetMapping
    @Operation(summary = "Every API key with its roles, pools, account and state; never a secret")
    public List<ApiKeys.ApiKey> list() {
        access.requireWholeLedger(Permission.KEYS, "managing API keys");
        return keys.list();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke an API key: refused from the next request on")
    public ApiKeys.ApiKey revoke(@PathVariable String id) {
        Caller admin = access.requireWholeLedger(Permission.KEYS, "managing API keys");
        return keys.revoke(id, admin.actor());
    }
}
