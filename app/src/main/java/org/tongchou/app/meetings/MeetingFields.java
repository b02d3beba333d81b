package org.tongchou.app.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The meeting form as posted: the agenda's three parts and the requirements as text areas, one item per
 * line (blank lines are skipped; a line "title｜detail" or "title | detail" gives an item a detail).
 */
record MeetingFields(String kind, String title, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, String hostUnit, String venue,
                     String plan, String period, String minutes, String see, String hear, String discuss, String requirements) {

    MeetingService.MeetingForm form() {
        List<MeetingItem> items = new ArrayList<>();
        lines(see, AgendaPart.SEE, items);
        lines(hear, AgendaPart.HEAR, items);
        lines(discuss, AgendaPart.DISCUSS, items);
        lines(requirements, AgendaPart.REQUIREMENT, items);
        return new MeetingService.MeetingForm(kind, title, heldOn, blank(hostUnit), venue, blank(plan), blank(period), minutes, items, false);
    }

    static MeetingFields of(MeetingService.MeetingForm f) {
        return new MeetingFields(f.kindCode(), f.title(), f.heldOn(), f.hostUnitCode(), f.venue(), f.planCode(), f.period(), f.minutes(),
                text(f.items(), AgendaPart.SEE), text(f.items(), AgendaPart.HEAR), text(f.items(), AgendaPart.DISCUSS),
                text(f.items(), AgendaPart.REQUIREMENT));
    }

    private static void lines(String text, AgendaPart part, List<MeetingItem> out) {
        if (text == null) return;
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            int bar = l.indexOf('｜') >= 0 ? l.indexOf('｜') : l.indexOf(" | ");
            if (bar > 0) {
                int skip = l.charAt(bar) == '｜' ? 1 : 3;
                out.add(new MeetingItem(part, l.substring(0, bar).strip(), l.substring(bar + skip).strip()));
            } else {
                out.add(new MeetingItem(part, l, null));
            }
        }
    }

    private static String text(List<MeetingItem> items, AgendaPart part) {
        if (items == null) return "";
        StringBuilder b = new StringBuilder();
        for (MeetingItem i : items) {
            if (i.part() != part) continue;
            if (b.length() > 0) b.append('\n');
            b.append(i.title());
            if (i.detail() != null && !i.detail().isBlank()) b.append(" ｜ ").append(i.detail());
        }
        return b.toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
