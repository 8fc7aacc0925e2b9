package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.Activity;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.model.Addressee;
import org.nastavnik.model.AddresseeKind;
import org.nastavnik.model.Citation;
import org.nastavnik.model.Responsible;

/**
 * Reads the operative items of an order (or of approved recommendations) and turns every item that
 * imposes an obligation into an activity, with its deadline when the item states one.
 *
 * <p>An item is an obligation unless it is
 * <ul>
 *   <li>a heading of other items («Руководителям образовательных организаций:», «Утвердить:»);
 *   <li>an act the order performs itself: an item without an addressee that approves, determines,
 *       appoints, creates, repeals or declares («Утвердить план …», «Определить муниципальным
 *       координатором …»), or any item under a heading that does;
 *   <li>the signer keeping control («Контроль исполнения приказа оставляю за собой»). Control
 *       given to someone else («Контроль … возложить на директора …») is that person's obligation.
 * </ul>
 *
 * <p>Numbering: an item numbered in the document keeps its number with the prefix «order-»
 * («3.1.» becomes «order-3.1»); an unnumbered dash item is not given a number the document does not
 * have: it is «order-» plus the number of the item it stands under and «-b» plus its position there
 * («order-2-b3» for the third dash under item 2, cited «п. 2, абзац 3»). The addressee is read from
 * the item's heading («Руководителям …:»), from the words in the dative before the item's verb
 * («Методисту МКУ СЦРО (Е.Н.Опалько) обеспечить …») or from a control clause («возложить на …»).
 */
final class OrderItemsReader {
    static final String PREFIX = "order-";
    static final String DASH = "-b";
    private static final Pattern NUMBERED = Pattern.compile("^(?:[-–—•]\\s*)?(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-–—•·▪]\\s*(\\S.*)$");
    private static final Pattern DATED = Pattern.compile(
            "(?:в\\s+срок\\s+)?(?:до|не\\s+позднее|не\\s+позже)\\s+(?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{1,2}\\s+(?:"
                    + HeaderDates.MONTHS + ")\\s+\\d{4})(?:\\s*(?:года|г\\.))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]{0,200}\\)");
    private static final Pattern CONTROL = Pattern.compile("^контроль\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONTROL_KEPT = Pattern.compile("(?:оставляю|оставить)\\s+за\\s+собой",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONTROL_GIVEN = Pattern.compile("возложить\\s+на\\s+(\\S.*?)\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Verbs of acts the order performs itself when it names no addressee. */
    private static final Set<String> OWN_ACTS = Set.of("утвердить", "определить", "назначить", "создать", "признать",
            "считать", "отменить", "образовать", "включить", "ввести");

    private OrderItemsReader() {
    }

    /** An item of the order: its number, its text (with wrapped lines joined) and where it starts. */
    static final class Item {
        /** The document's number, or for a dash item the number of the item it stands under (maybe ""). */
        final String number;
        /** For a dash item, its 1-based position under its parent; 0 for a numbered item. */
        final int position;
        final @Nullable Item parent;
        final int line;
        final StringBuilder text = new StringBuilder();
        final StringBuilder raw = new StringBuilder();
        int bullets;
        boolean hasChildren;

        Item(String number, int position, @Nullable Item parent, int line) {
            this.number = number;
            this.position = position;
            this.parent = parent;
            this.line = line;
            if (parent != null) {
                parent.hasChildren = true;
            }
        }

        String text() {
            return SourceText.cell(text.toString());
        }

        /** @return the activity number: «order-4.1», «order-2-b3» */
        String activityNumber() {
            if (position == 0) {
                return PREFIX + number;
            }
            return PREFIX + (number.isEmpty() ? "" : number) + DASH + position;
        }

        Citation citation() {
            return position == 0 ? Citation.orderItem(number) : Citation.dashItem(number, position);
        }

        /** @return the item's number as a finding cites it: «4.1», «2, абзац 3» */
        String label() {
            return position == 0 ? number : (number.isEmpty() ? "" : number + ", ") + "абзац " + position;
        }
    }

    static List<Item> items(List<SourceLine> lines, int start, int end) {
        List<Item> items = new ArrayList<>();
        List<Item> numbered = new ArrayList<>();
        Item current = null;
        int topBullets = 0;
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
                current = new Item(number, 0, parentOf(number, numbered), line.number());
                current.text.append(m.group(2));
                numbered.add(current);
                items.add(current);
            } else if ((b = BULLET.matcher(s)).matches()) {
                Item parent = numbered.isEmpty() ? null : numbered.get(numbered.size() - 1);
                int ordinal = parent == null ? ++topBullets : ++parent.bullets;
                current = new Item(parent == null ? "" : parent.number, ordinal, parent, line.number());
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
            if (numbered.get(i).number.equals(parentNumber) && numbered.get(i).position == 0) {
                return numbered.get(i);
            }
        }
        return null;
    }

    /** An obligation read from an item: the activity and the item it came from. */
    record Obligation(Activity activity, Item item) {
    }

    static List<Obligation> obligations(List<Item> items, DeadlineCells deadlines) {
        List<Obligation> obligations = new ArrayList<>();
        for (Item item : items) {
            String text = item.text();
            if (text.isEmpty() || item.hasChildren || text.endsWith(":") || underOwnAct(item)) {
                continue;
            }
            String written = null;
            boolean control = CONTROL.matcher(text).find();
            if (control) {
                if (CONTROL_KEPT.matcher(text).find()) {
                    continue;
                }
                Matcher given = CONTROL_GIVEN.matcher(text);
                if (!given.find()) {
                    continue;
                }
                written = given.group(1).strip();
            }
            Item heading = addresseeHeading(item);
            if (written == null && heading != null) {
                String h = heading.text();
                written = h.substring(0, h.length() - 1).strip();
            }
            Matcher dated = DATED.matcher(text);
            boolean hasDate = dated.find();
            String rest = hasDate && dated.start() == 0 ? text.substring(dated.end()).strip() : text;
            int verb = verbIndex(rest);
            if (written == null && !control && verb > 0) {
                String prefix = rest.substring(0, verb).strip();
                if (looksDative(prefix)) {
                    written = prefix;
                }
            }
            if (written == null && verb == 0 && OWN_ACTS.contains(firstWord(rest))) {
                continue;
            }
            String number = item.activityNumber();
            var activity = Activity.builder()
                    .number(number)
                    .title(text)
                    .origin(ActivityOrigin.ORDER_ITEM)
                    .addCitations(item.citation());
            if (hasDate) {
                String phrase = SourceText.cell(dated.group());
                activity.deadlineText(phrase).deadline(deadlines.parse(phrase, item.line, number));
            } else {
                activity.deadlineText("").deadline(DeadlineCells.NOT_STATED);
            }
            if (written != null) {
                List<Addressee> addressees = Addressees.classify(written, control);
                activity.addressee(SourceText.cell(PARENTHESES.matcher(written).replaceAll("")));
                activity.addAllAddressees(addressees);
                for (Addressee a : addressees) {
                    activity.addResponsible(a.kind() == AddresseeKind.PERSON
                            ? Responsible.person(a.name()) : Responsible.role(a.name()));
                }
            }
            obligations.add(new Obligation(activity.build(), item));
        }
        return obligations;
    }

    /** Whether an ancestor heading is itself an act of the order («Утвердить:»). */
    private static boolean underOwnAct(Item item) {
        for (Item p = item.parent; p != null; p = p.parent) {
            String t = p.text();
            if (t.endsWith(":") && verbIndex(t) == 0 && OWN_ACTS.contains(firstWord(t))) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Item addresseeHeading(Item item) {
        for (Item p = item.parent; p != null; p = p.parent) {
            String text = p.text();
            if (text.endsWith(":") && verbIndex(text) != 0) {
                return p;
            }
        }
        return null;
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** @return the index of the first infinitive outside brackets, or -1 */
    static int verbIndex(String text) {
        int depth = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
                i++;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                    i++;
                }
                if (depth == 0 && isInfinitive(text.substring(start, i))) {
                    return start;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    private static final Set<String> NOT_VERBS = Set.of("часть", "власть", "область", "сеть", "связь", "путь",
            "мать", "дочь", "ночь", "речь", "помощь", "мощь", "печать", "тетрадь", "дети", "сети", "пути", "гости");

    /** Whether a word is an infinitive (назначить, провести, учесть), nouns such as «деятельность» aside. */
    static boolean isInfinitive(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (w.length() < 4 || NOT_VERBS.contains(w) || w.endsWith("ость")) {
            return false;
        }
        if (w.endsWith("ть") || w.endsWith("ться") || w.endsWith("чь") || w.endsWith("тись")) {
            return true;
        }
        return w.endsWith("ести") || w.endsWith("зти") || (w.endsWith("ти") && !w.endsWith("сти"));
    }

    /** Whether the words before a verb name an addressee: their first word is in the dative or an abbreviation. */
    private static boolean looksDative(String prefix) {
        if (prefix.isEmpty() || prefix.length() > 400) {
            return false;
        }
        String first = prefix.split("[\\s(,]", 2)[0];
        if (first.length() >= 2 && first.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '-')) {
            return true;
        }
        String w = first.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(first.charAt(0)) && (w.endsWith("у") || w.endsWith("ю") || w.endsWith("ам")
                || w.endsWith("ям") || w.endsWith("ому") || w.endsWith("ему"));
    }
}
