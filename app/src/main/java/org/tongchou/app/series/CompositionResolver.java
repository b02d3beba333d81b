package org.tongchou.app.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Expresses a unit by the units valid on a given day, walking the change events backwards (the unit
 * did not exist yet) or forwards (it no longer existed).
 *
 * <p>Backwards, a unit is {@code Σ share × predecessor} over the edges into it: a merged unit is the
 * sum of its predecessors (shares 1), a split successor is its share of the predecessor, and chains
 * (merge then split) multiply the shares along the way. Forwards, an ended unit is the sum of its
 * successors, which is only known when each successor came wholly from it and its outgoing shares sum
 * to 1 (a split); when a successor also took in other units, the part that came from this one is not
 * recorded and the composition fails with a reason saying so. Renames and re-codes are edges with
 * share 1 and so are identities. A unit that continues and absorbs others (an absorber) is, before the
 * absorption, itself plus the absorbed units' shares.
 */
final class CompositionResolver {
    /** Far beyond any real chain of boundary changes; guards against a cyclic event history. */
    private static final int MAX_DEPTH = 64;
    private static final double SHARE_TOLERANCE = 1e-6;

    private final BoundaryHistory history;
    /** Notes on approximations made while resolving the current composition. */
    private final List<String> notes = new ArrayList<>();

    CompositionResolver(BoundaryHistory history) {
        this.history = history;
    }

    Composition resolve(HistoricUnit unit, LocalDate day) {
        boolean absorbedLater = history.linksInto(unit.id()).stream().anyMatch(l -> l.date().isAfter(day));
        if (unit.validOn(day) && !absorbedLater) return Composition.self(unit.id());
        Map<Long, Double> factors = new LinkedHashMap<>();
        notes.clear();
        boolean backward = unit.validOn(day) || unit.validFrom() != null && day.isBefore(unit.validFrom());
        String failure = backward ? backward(unit, day, 1.0, factors, 0) : forward(unit, day, 1.0, factors, 0);
        if (failure != null) return Composition.failed(failure);
        return new Composition(backward ? Composition.Direction.BACKWARD : Composition.Direction.FORWARD, factors, null,
                notes.isEmpty() ? null : String.join("; ", notes));
    }

    private String backward(HistoricUnit unit, LocalDate day, double factor, Map<Long, Double> out, int depth) {
        if (depth > MAX_DEPTH) return "change history too deep or cyclic at " + label(unit);
        if (unit.validTo() != null && !day.isBefore(unit.validTo())) {
            // a predecessor that had already ended on that day: it came from an earlier change
            return label(unit) + " had already ended on " + day;
        }
        boolean valid = unit.validOn(day);
        if (valid) out.merge(unit.id(), factor, Double::sum);
        // edges after the day: the unit's predecessors, or units it absorbed later and so are part of it now
        List<BoundaryLink> in = history.linksInto(unit.id()).stream().filter(l -> l.date().isAfter(day)).toList();
        if (!valid && in.isEmpty()) {
            return label(unit) + " begins on " + unit.validFrom() + " and has no recorded predecessor";
        }
        for (BoundaryLink link : in) {
            String f = backward(history.unit(link.fromId()), day, factor * link.share(), out, depth + 1);
            if (f != null) return f;
        }
        return null;
    }

    private String forward(HistoricUnit unit, LocalDate day, double factor, Map<Long, Double> out, int depth) {
        if (depth > MAX_DEPTH) return "change history too deep or cyclic at " + label(unit);
        if (unit.validOn(day)) {
            out.merge(unit.id(), factor, Double::sum);
            return null;
        }
        if (unit.validFrom() != null && day.isBefore(unit.validFrom())) {
            return label(unit) + " did not exist yet on " + day;
        }
        List<BoundaryLink> outLinks = history.linksOutOf(unit.id());
        if (outLinks.isEmpty()) {
            return label(unit) + " ended on " + unit.validTo() + " and has no recorded successor";
        }
        double total = outLinks.stream().mapToDouble(BoundaryLink::share).sum();
        if (Math.abs(total - 1.0) > SHARE_TOLERANCE) {
            return "the shares of " + label(unit) + " in its successors sum to " + total + ", not 1";
        }
        // successors that came wholly from the unit carry it; a part that went into a unit holding
        // other territory too cannot be separated, so the whole successors are scaled up to stand for it
        List<BoundaryLink> whole = new ArrayList<>();
        List<String> mixed = new ArrayList<>();
        double mixedShare = 0;
        for (BoundaryLink link : outLinks) {
            HistoricUnit successor = history.unit(link.toId());
            boolean existedBefore = successor.validFrom() != null && successor.validFrom().isBefore(link.date());
            boolean othersIn = history.linksInto(successor.id()).stream()
                    .anyMatch(l -> l.fromId() != unit.id() && l.date().equals(link.date()));
            if (existedBefore || othersIn) {
                mixed.add(label(successor) + " (share " + link.share() + ")");
                mixedShare += link.share();
            } else {
                whole.add(link);
            }
        }
        if (whole.isEmpty()) {
            return "every successor of " + label(unit) + " also holds other territory (" + String.join(", ", mixed)
                    + "); the part that came from it is not recorded";
        }
        double scale = 1.0 / (1.0 - mixedShare);
        if (!mixed.isEmpty()) {
            notes.add("parts of " + label(unit) + " in " + String.join(", ", mixed) + " are not separable; its whole"
                    + " successors, holding " + fmt(1.0 - mixedShare) + " of it, are scaled by " + fmt(scale));
        }
        for (BoundaryLink link : whole) {
            String f = forward(history.unit(link.toId()), day, factor * scale, out, depth + 1);
            if (f != null) return f;
        }
        return null;
    }

    private static String fmt(double x) {
        return String.format(java.util.Locale.ROOT, "%.4f", x);
    }

    private static String label(HistoricUnit u) {
        return u.code() + " " + u.name();
    }
}
