package io.stakingledger.app.audit;

import io.stakingledger.app.security.Access;
import io.stakingledger.app.security.Permission;
import io.stakingledger.app.api.Query;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** Verification over REST: the hash chain and conservation laws of one pool, or of all of them. */
@RestController
public class AuditController {

    private final Auditor auditor;
    private final Access access;

    public AuditController(Auditor auditor, Access access) {
        this.auditor = auditor;
        this.access = access;
    }

    @GetMapping("/api/pools/{pool}/audit")
    @Operation(summary = "Recompute the pool's hash chain from the store and check its conservation laws")
    public PoolAudit audit(@PathVariable String pool, HttpServletRequest request) {
        access.reach(pool);
        access.require(Permission.AUDIT, "auditing pool " + pool);
        Query.of(request, Set.of());
        return auditor.audit(pool);
    }

    @GetMapping("/api/audit")
    @Operation(summary = "Audit every pool")
    public List<PoolAudit> auditAll(HttpServletRequest request) {
        access.requireWholeLedger(Permission.AUDIT, "auditing every pool");
        Query.of(request, Set.of());
        return auditor.auditAll();
    }
}
