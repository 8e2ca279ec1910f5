package dev.tactful.etiquette;

import java.util.List;

/** A rule of the catalogue: id (R1-R18), short title, a one-line summary in our own words, and its sources. */
public record RuleInfo(String id, String title, String summary, List<RuleSource> sources) {
    public RuleInfo {
        sources = List.copyOf(sources);
    }
}
