package org.nastavnik.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.nastavnik.model.Problem;

/** JSON paths such as {@code mentorships[2].formedOn}, and the problems reported at them. */
final class Paths {
    /** The path that names the document itself. */
    static final String ROOT = "$";

    private static final int MAX_VALUE_LENGTH = 60;
    /** The fields whose values are personal data: a problem there never shows the value. */
    private static final java.util.Set<String> PERSONAL = java.util.Set.of("fullName", "birthDate");

    private Paths() {
    }

    static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** @return the name of the last field of a path, without an index: {@code menteeIds} of {@code mentorships[0].menteeIds[2]} */
    static String lastField(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == ']') {
            int open = path.lastIndexOf('[', end - 1);
            end = open < 0 ? 0 : open;
        }
        int dot = path.lastIndexOf('.', end - 1);
        return path.substring(dot + 1, end);
    }

    /** @return whether the field at the path holds an id or a number that identifies: at most {@code Limits.MAX_ID_LENGTH} characters */
    static boolean isId(String path) {
        String name = lastField(path);
        return name.equals("id") || name.endsWith("Id") || name.endsWith("Ids") || name.equals("number")
                || name.endsWith("Number");
    }

    /** @return whether the field is personal data, such as a full name */
    static boolean isPersonal(String name) {
        return PERSONAL.contains(name);
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static Problem problem(String path, Object value, String reason) {
        return Problem.of(path.isEmpty() ? ROOT : path, value, reason);
    }

    static Problem wrongType(String path, JsonNode node, String expected) {
        return problem(path, text(node), "expected " + expected + ", found " + describe(node));
    }

    /** The node as the problem's value: a string's text, any other node as compact JSON, shortened. */
    static String text(JsonNode node) {
        String text = node.isTextual() ? node.textValue() : node.toString();
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }

    static String describe(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case NULL:
                return "null";
            default:
                return "nothing";
        }
    }
}
