package uk.opencsc.people;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The keys a name is searched by, computed in Java so they are the same when a record is saved, bulk
 * loaded and searched for: a folded form (lower case, accents and punctuation removed) that the
 * trigram index compares, and American Soundex codes that catch spellings the trigrams miss
 * (Smith/Smyth, Jon/John, Mohammed/Muhammad).
 */
public final class NameKeys {

    private NameKeys() {
    }

    /** Lower case, accents and punctuation removed, single spaces: "Zoë  O'Brien" becomes "zoe obrien". */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("['’.]", "").replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** The folded names a trigram search compares: first, middle, last and preferred. */
    public static String searchName(String first, String middle, String last, String preferred) {
        return (fold(first) + " " + fold(middle) + " " + fold(last) + " " + fold(preferred)).trim().replaceAll(" +", " ");
    }

    /** American Soundex of a name's first word ("Robert" and "Rupert" are R163), or "" for a name with no letters. */
    public static String soundex(String name) {
        String letters = fold(name).replaceAll("[^a-z]", "");
        if (letters.isEmpty()) {
            return "";
        }
        StringBuilder code = new StringBuilder().append(Character.toUpperCase(letters.charAt(0)));
        char previous = digit(letters.charAt(0));
        for (int i = 1; i < letters.length() && code.length() < 4; i++) {
            char c = letters.charAt(i);
            char d = digit(c);
            if (d != '0' && d != previous) {
                code.append(d);
            }
            // h and w do not separate two letters with the same code; vowels do
            if (c != 'h' && c != 'w') {
                previous = d;
            }
        }
        while (code.length() < 4) {
            code.append('0');
        }
        return code.toString();
    }

    private static char digit(char c) {
        return switch (c) {
            case 'b', 'f', 'p', 'v' -> '1';
            case 'c', 'g', 'j', 'k', 'q', 's', 'x', 'z' -> '2';
            case 'd', 't' -> '3';
            case 'l' -> '4';
            case 'm', 'n' -> '5';
            case 'r' -> '6';
            default -> '0';
        };
    }
}
