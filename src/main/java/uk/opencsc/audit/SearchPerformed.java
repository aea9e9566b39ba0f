package uk.opencsc.audit;

import java.util.Map;

/**
 * Someone searched for children.
 *
 * @param terms   the search terms as entered, by field name (blank terms left out)
 * @param results how many records the searcher was shown
 */
public record SearchPerformed(String what, Map<String, String> terms, int results) {
    public SearchPerformed {
        terms = Map.copyOf(terms);
    }
}
