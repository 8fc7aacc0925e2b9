package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.Activity;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.model.Responsible;

/**
 * Reads the operative items of an order (or of approved recommendations) and turns those that
 * impose an obligation with a date into activities.
 *
 * <p>Numbering: an item numbered in the document keeps its number with the prefix «order-»
 * («3.1.» becomes «order-3.1»); an unnumbered dash item gets its parent's number and its position
 * among the parent's dash items («order-2.3» for the third dash under item 2). The addressee is
 * the body named by the item itself or by its parent heading («Руководителям образовательных
 * организаций:»).
 */
final class OrderItemsReader {
    static final String PREFIX = "order-";
    private static final Pattern NUMBERED = Pattern.compile("^(?:[-–—•]\\s*)?(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-–—•]\\s*(\\S.*)$");
    private static final Pattern DATED = Pattern.compile(
            "(?:в\\s+срок\\s+)?(?:до|не\\s+позднее|не\\s+позже)\\s+(?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{1,2}\\s+(?:"
                    + HeaderDates.MONTHS + ")\\s+\\d{4})(?:\\s*(?:года|г\\.))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]{0,200}\\)");

    private OrderItemsReader() {
    }

    /** An item of the order: its number, its text (with wrapped lines joined) and where it starts. */
    static final class Item {
        final String number;
        final @Nullable Item parent;
        final int line;
        final StringBuilder text = new StringBuilder();
        final StringBuilder raw = new StringBuilder();
        int bullets;

        Item(String number, @Nullable Item parent, int line) {
            this.number = number;
            this.parent = parent;
            this.line = line;
        }

        String text() {
            return SourceText.cell(text.toString());
        }
    }

    static List<Item> items(List<SourceLine> lines, int start, int end) {
        List<Item> items = new ArrayList<>();
        List<Item> numbered = new ArrayList<>();
        Item current = null;
        for (int i = Math.max(0, start); i < end && i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String s = SourceText.cell(line.clean());
            if (s.isEmpty() || line.hasCells()) {
                continue;
            }
            Matcher m = NUMBERED.matcher(s);
            Matcher b;
            if (m.matches()) {
                String number = m.group(1);
                current = new Item(number, parentOf(number, numbered), line.number());
                current.text.append(m.group(2));
                numbered.add(current);
                items.add(current);
            } else if ((b = BULLET.matcher(s)).matches()) {
                Item parent = numbered.isEmpty() ? null : lastHeading(numbered);
                int ordinal = parent == null ? items.size() + 1 : ++parent.bullets;
                String number = parent == null ? String.valueOf(ordinal) : parent.number + "." + ordinal;
                current = new Item(number, parent, line.number());
                current.text.append(b.group(1));
                items.add(current);
            } else if (current != null) {
                current.text.append(' ').append(s);
            } else {
                continue;
            }
            current.raw.append(current.raw.length() == 0 ? "" : " ").append(line.raw().strip());
        }
        return items;
    }

    private static @Nullable Item parentOf(String number, List<Item> numbered) {
        int dot = number.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String parentNumber = number.substring(0, dot);
        for (int i = numbered.size() - 1; i >= 0; i--) {
            if (numbered.get(i).number.equals(parentNumber)) {
                return numbered.get(i);
            }
        }
        return null;
    }

    private static Item lastHeading(List<Item> numbered) {
        return numbered.get(numbered.size() - 1);
    }

    static List<Activity> activities(List<Item> items, DeadlineCells deadlines) {
        List<Activity> activities = new ArrayList<>();
        for (Item item : items) {
            String text = item.text();
            if (text.endsWith(":")) {
                continue;
            }
            Matcher m = DATED.matcher(text);
            if (!m.find()) {
                continue;
            }
            String phrase = SourceText.cell(m.group());
            String number = PREFIX + item.number;
            var activity = Activity.builder()
                    .number(number)
                    .title(text)
                    .deadlineText(phrase)
                    .deadline(deadlines.parse(phrase, item.line, number))
                    .origin(ActivityOrigin.ORDER_ITEM);
            Item heading = addresseeHeading(item);
            if (heading != null) {
                String addressee = heading.text();
                addressee = addressee.substring(0, addressee.length() - 1).strip();
                String withoutPersons = SourceText.cell(PARENTHESES.matcher(addressee).replaceAll(""));
                activity.addressee(withoutPersons);
                List<Responsible> responsible = ResponsibleSplitter.split(addressee);
                activity.addAllResponsible(responsible);
            }
            activities.add(activity.build());
        }
        return activities;
    }

    private static @Nullable Item addresseeHeading(Item item) {
        for (Item p = item.parent; p != null; p = p.parent) {
            String text = p.text();
            if (text.endsWith(":") && !startsWithVerb(text)) {
                return p;
            }
        }
        return null;
    }

    private static boolean startsWithVerb(String text) {
        int space = text.indexOf(' ');
        String first = (space < 0 ? text : text.substring(0, space)).replace(":", "").toLowerCase(Locale.ROOT);
        return first.endsWith("ть") || first.endsWith("ться") || first.endsWith("ти");
    }
}
