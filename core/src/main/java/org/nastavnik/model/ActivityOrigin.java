package org.nastavnik.model;

/** Where in a document an activity was found. */
public enum ActivityOrigin {
    /** A row of the roadmap's table (план мероприятий). */
    TABLE,
    /** An operative item of the order itself («назначить … в срок до 07.03.2022»). */
    ORDER_ITEM
}
