package org.nastavnik.suggest;

import java.util.List;
import org.nastavnik.common.Language;

/** A mentee of the base left without a mentor by a suggestion, with the reason. */
public final class Unmatched {
    private final String personId;
    private final String organizationId;
    private final UnmatchedReason reason;
    private final List<String> details;
    private final java.util.Map<Language, String> detailTexts;

    Unmatched(String personId, String organizationId, UnmatchedReason reason, List<String> details,
            java.util.Map<Language, String> detailTexts) {
        this.personId = personId;
        this.organizationId = organizationId;
        this.reason = reason;
        this.details = List.copyOf(details);
        this.detailTexts = java.util.Map.copyOf(detailTexts);
    }

    /** @return the mentee's id */
    public String personId() {
        return personId;
    }

    /** @return the id of the organization whose base lists the mentee */
    public String organizationId() {
        return organizationId;
    }

    /** @return why no mentor was suggested */
    public UnmatchedReason reason() {
        return reason;
    }

    /**
     * @return details for a program: the rule ids that rejected the pairs, the consents missing
     *     ({@code PERSONAL_DATA}, {@code EXTRA_DUTIES}) or the criteria made a must; may be empty
     */
    public List<String> details() {
        return details;
    }

    /**
     * @param language  the language, not null
     * @return the reason in words, with details for people (no codes in Russian)
     */
    public String text(Language language) {
        String detail = detailTexts.getOrDefault(language, "");
        return reason.text(language) + (detail.isEmpty() ? "" : ": " + detail);
    }

    @Override
    public String toString() {
        return "Unmatched{" + personId + ", " + reason + (details.isEmpty() ? "" : " " + details) + "}";
    }
}
