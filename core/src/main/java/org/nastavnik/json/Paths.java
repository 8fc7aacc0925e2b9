package org.nastavnik.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.nastavnik.model.Problem;

/** JSON paths such as {@code mentorships[2].formedOn}, and the problems reported at them. */
final class Paths {
    /** The path that names the document itself. */
    static final String ROOT = "$";

    private static final int MAX_VALUE_LENGTH = 60;

    private Paths() {
    }

    static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
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
