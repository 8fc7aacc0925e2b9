package org.nastavnik.rules;

import java.util.Optional;
import org.nastavnik.common.Language;

/**
 * How a text for people names the subjects of a finding: an organization by its name, an
 * activity by its number and title, a person by id unless the caller chose names. A finding's
 * own messages ({@link Finding#message(Language)}) name every subject by id; a report that knows
 * the snapshot passes names to {@link Finding#message(Language, SubjectNames)}.
 */
@FunctionalInterface
public interface SubjectNames {

    /** Every subject by its id. */
    SubjectNames IDS = (subject, language) -> Optional.empty();

    /**
     * @param subject  a subject of a finding (or an organization named in its evidence), not null
     * @param language  the language of the text, not null
     * @return what to call it, or empty to call it by its id
     */
    Optional<String> name(SubjectRef subject, Language language);
}
