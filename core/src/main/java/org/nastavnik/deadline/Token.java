package org.nastavnik.deadline;

import java.util.ArrayList;
import java.util.List;

/** A token of a deadline phrase: a lower-case word, a run of ASCII digits or one other character. */
final class Token {

    enum Kind { WORD, NUMBER, SYMBOL }

    final Kind kind;
    /** Lower case, «ё» as «е», Cyrillic «і» as Latin «i»; a dash of any kind as "-"; a quote of any kind as '"'. */
    final String value;
    /** Index of the first character in the phrase. */
    final int start;

    private Token(Kind kind, String value, int start) {
        this.kind = kind;
        this.value = value;
        this.start = start;
    }

    /** Numeric value of a NUMBER token of at most 9 digits, else -1. */
    int number() {
        return kind == Kind.NUMBER && value.length() <= 9 ? Integer.parseInt(value) : -1;
    }

    @Override
    public String toString() {
        return kind + "(" + value + ")@" + start;
    }

    static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Words.isSpace(c)) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, s.substring(i, j), i));
                i = j;
            } else if (Character.isLetter(c)) {
                StringBuilder sb = new StringBuilder();
                int j = i;
                while (j < n && Character.isLetter(s.charAt(j))) {
                    char l = Character.toLowerCase(s.charAt(j));
                    sb.append(l == 'ё' ? 'е' : l == 'і' ? 'i' : l);
                    j++;
                }
                tokens.add(new Token(Kind.WORD, sb.toString(), i));
                i = j;
            } else {
                tokens.add(new Token(Kind.SYMBOL, symbol(c), i));
                i++;
            }
        }
        return tokens;
    }

    private static String symbol(char c) {
        switch (c) {
            case '-': case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
                return "-";
            case '"': case '«': case '»': case '„': case '“': case '”': case '‟': case '\'': case '‘': case '’':
                return "\"";
            default:
                return String.valueOf(c);
        }
    }
}
