package org.tongchou.app.entry;

import org.tongchou.app.security.Access;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongchou.app.data.AuditEntry;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.periods.Period;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.ScopeService;

/**
 * JSON API of data entry and review (docs/data-entry.md). Paths carry {@code {unitCode}}, so the
 * unit-scope check applies; approving and returning need the ANALYST or ADMIN role. Rejected saves
 * answer 400 problem details whose {@code errors} list every bad value. Optimistic locking: the form carries each
 * value's {@code version} and an {@code ETag}; a save, approval, return or reopening based on versions (in the body,
 * or the form's tag in {@code If-Match}) that are no longer the stored ones is refused, nothing written: 409 with both
 * values for changed values, 412 for an {@code If-Match} that is no longer the form's tag.
 */
@RestController
@RequestMapping("/api/entry")
class EntryApiController {
    private final EntryService entry;
    private final ScopeService scopes;
    private final EntryMessages messages;

    EntryApiController(EntryService entry, ScopeService scopes, EntryMessages messages) {
        this.entry = entry;
        this.scopes = scopes;
        this.messages = messages;
    }

    record FieldJson(String indicator, String nameZh, String nameEn, String unit, String group, Double value, ValueStatus status,
            String comment, Double lastYear, String returnReason, List<String> problems, boolean needsComment, long version) {
    }

    record FormJson(String unitCode, String unitName, String period, List<FieldJson> fields) {
        static FormJson of(EntryForm f, EntryMessages messages) {
            List<FieldJson> fields = f.groups().stream().flatMap(g -> g.fields().stream().map(x -> new FieldJson(x.indicator().code(),
                    x.indicator().nameZh(), x.indicator().nameEn(), x.indicator().unit(), g.code(), x.value(), x.status(), x.comment(),
                    x.lastYear(), x.returnReason(), x.problems().stream().map(messages::text).toList(), x.needsComment(), x.version()))).toList();
            return new FormJson(f.unit().code(), f.unit().name(), f.period().code(), fields);
        }
    }

    /** A typed value; {@code version}: the stored version it was based on (from the form; 0 = nothing stored; optional). */
    record ValueJson(String indicator, String value, String comment, Long version) {
    }

    record SaveJson(List<ValueJson> values, Boolean submit) {
        boolean submitting() {
            return Boolean.TRUE.equals(submit);
        }
    }

    /** {@code versions}: indicator → the version the reviewer saw (optional; refused with 409 when one changed since). */
    record ReturnJson(String reason, List<String> indicators, java.util.Map<String, Long> versions) {
    }

    /** The versions the reviewer saw (optional). */
    record ApproveJson(java.util.Map<String, Long> versions) {
    }

    record CountJson(String unitCode, String period, int changed) {
    }

    record ApprovedJson(String period, java.util.Map<String, Integer> approved) {
    }

    record HistoryJson(Double oldValue, Double newValue, ValueStatus oldStatus, ValueStatus newStatus, String changedBy,
            OffsetDateTime changedAt, String reason, Long importId) {
    }

    record CompletenessJson(String unitCode, String unitName, int expected, long entered, long draft, long submitted, long approved,
            long returned, OffsetDateTime lastChange) {
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/{unitCode}/{period}")
    ResponseEntity<FormJson> form(@PathVariable String unitCode, @PathVariable String period) {
        EntryForm f = entry.form(unitCode, Period.parse(period));
        return ResponseEntity.ok().eTag(f.etag()).body(FormJson.of(f, messages));
    }

    /**
     * The versions the caller saw: those named in the body, else, with {@code If-Match}, the versions of the form as
     * stored now provided its entity tag is still the one given (412 otherwise), else null (not checked).
     */
    private java.util.Map<String, Long> seen(String unitCode, Period p, String ifMatch, java.util.Map<String, Long> named) {
        if (named != null && !named.isEmpty()) return named;
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) return null;
        EntryForm now = entry.form(unitCode, p);
        for (String tag : ifMatch.split(",")) {
            if (tag.strip().replaceFirst("^W/", "").equals(now.etag())) return now.versions();
        }
        throw new FormChangedException(unitCode, p.code(), ifMatch.strip(), now.etag());
    }

    /** Saves values as drafts, or submits the form ({@code "submit": true}); nothing is written if any value has a problem. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PutMapping("/{unitCode}/{period}")
    ResponseEntity<FormJson> save(@PathVariable String unitCode, @PathVariable String period, @RequestBody SaveJson body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Period p = Period.parse(period);
        java.util.Map<String, Long> seen = seen(unitCode, p, ifMatch, null);
        List<EntryInput> inputs = body.values() == null ? List.of()
                : body.values().stream().map(v -> new EntryInput(v.indicator(), v.value(), v.comment(),
                        v.version() != null ? v.version() : seen == null ? null : seen.get(v.indicator()))).toList();
        EntryForm f = entry.save(unitCode, p, inputs, body.submitting(), user().username());
        return ResponseEntity.ok().eTag(f.etag()).body(FormJson.of(f, messages));
    }

    /** Checks values without saving (as the form does while typing); outliers without a comment are reported. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PostMapping("/{unitCode}/{period}/check")
    FormJson check(@PathVariable String unitCode, @PathVariable String period, @RequestBody SaveJson body) {
        List<EntryInput> inputs = body.values() == null ? List.of()
                : body.values().stream().map(v -> new EntryInput(v.indicator(), v.value(), v.comment())).toList();
        return FormJson.of(entry.check(unitCode, Period.parse(period), inputs, true), messages);
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/{unitCode}/{period}/approve")
    CountJson approve(@PathVariable String unitCode, @PathVariable String period, @RequestBody(required = false) ApproveJson body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AppUser u = reviewer();
        Period p = Period.parse(period);
        return new CountJson(unitCode, period, entry.approve(unitCode, p, u.username(), seen(unitCode, p, ifMatch, body == null ? null : body.versions())));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/{unitCode}/{period}/return")
    CountJson returnValues(@PathVariable String unitCode, @PathVariable String period, @RequestBody ReturnJson body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AppUser u = reviewer();
        Period p = Period.parse(period);
        return new CountJson(unitCode, period, entry.returnValues(unitCode, p, body.indicators(), body.reason(), u.username(),
                seen(unitCode, p, ifMatch, body.versions())));
    }

    /** Unlocks approved values (all of the form's, or the named ones) with a reason; they become RETURNED, audited. */
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/{unitCode}/{period}/reopen")
    CountJson reopen(@PathVariable String unitCode, @PathVariable String period, @RequestBody ReturnJson body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AppUser u = reviewer();
        Period p = Period.parse(period);
        return new CountJson(unitCode, period, entry.reopen(unitCode, p, body.indicators(), body.reason(), u.username(),
                seen(unitCode, p, ifMatch, body.versions())));
    }

    /** Approves every submitted value of every town for the period. */
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/approve-all")
    ApprovedJson approveAll(@RequestParam String period) {
        AppUser u = reviewer();
        Period p = Period.parse(period);
        return new ApprovedJson(p.code(), entry.approveAll(p, u.username()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/{unitCode}/{period}/history/{indicator}")
    List<HistoryJson> history(@PathVariable String unitCode, @PathVariable String period, @PathVariable String indicator) {
        List<AuditEntry> h = entry.history(unitCode, Period.parse(period), indicator);
        return h.stream().map(a -> new HistoryJson(a.oldValue(), a.newValue(), a.oldStatus(), a.newStatus(), a.changedBy(), a.changedAt(),
                a.reason(), a.importId())).toList();
    }

    /** Completeness of every town's form for a period (analysts and administrators). */
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @GetMapping("/completeness")
    List<CompletenessJson> completeness(@RequestParam String period) {
        reviewer();
        return entry.completeness(Period.parse(period)).stream().map(c -> new CompletenessJson(c.unit().code(), c.unit().name(),
                c.expected(), c.entered(), c.draft(), c.submitted(), c.approved(), c.returned(), c.lastChange())).toList();
    }

    private AppUser user() {
        return scopes.currentUser().orElseThrow();
    }

    private AppUser reviewer() {
        AppUser u = user();
        if (u.role() != Role.ANALYST && u.role() != Role.ADMIN) throw new AccessDeniedException("only analysts review data");
        return u;
    }
}
