package org.nastavnik.model;

/** Whether a responsible party is a named person or a role or body. */
public enum ResponsibleKind {
    /** A named person, such as «Степанова К.С.». */
    PERSON,
    /** A role or body, such as «Руководители ОО» or «МНЦ». */
    ROLE
}
