package org.tongchou.app.units;

import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.security.AuditService;

/**
 * Applies change events made on the administration pages through {@link DivisionChangeService} and
 * records each in the audit log, in one transaction: if applying fails, no audit row is left either.
 */
@Service
class UnitChangeApplier {
    private final DivisionChangeService changes;
    private final AuditService audit;

    UnitChangeApplier(DivisionChangeService changes, AuditService audit) {
        this.changes = changes;
        this.audit = audit;
    }

    /**
     * @param actor the signed-in user's name, for the record
     * @throws ProposalException listing every change that cannot be applied; nothing is written
     */
    @Transactional
    public DivisionChangeService.ApplyResult apply(ChangeProposal proposal, String actor) {
        DivisionChangeService.ApplyResult result = changes.apply(proposal);
        for (ProposedChange c : proposal.changes()) {
            // the audit columns are short (target 64, values 400 characters): the codes, then the whole description
            String target = c.predecessors().isEmpty() ? c.successors().get(0).code() : c.predecessors().get(0).code();
            audit.change(actor, "unit-change " + c.kind(), target, null, cut(c.date() + " " + describe(c) + " (" + c.note() + ")"));
        }
        return result;
    }

    private static String cut(String s) {
        return s.length() <= 400 ? s : s.substring(0, 399) + "…";
    }

    static String describe(ProposedChange c) {
        String before = c.predecessors().stream().map(p -> p.code() + " " + p.name()).collect(Collectors.joining(" + "));
        String after = c.successors().stream().map(s -> s.code() + " " + s.name()).collect(Collectors.joining(" + "));
        return before + " → " + after;
    }
}
