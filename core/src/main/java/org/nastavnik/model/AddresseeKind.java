package org.nastavnik.model;

/** What an addressee of an order's item is. */
public enum AddresseeKind {
    /** A position or group of people: «Руководители ОО», «Заместитель директора …», «методисты». */
    ROLE,
    /** One named body or unit: «МБУ НМИЦ», «Отдел мониторинга и методического сопровождения …». */
    ORGANIZATION,
    /** Every organization of a kind: «образовательные организации», «ОО», «ОУ». */
    ORGANIZATION_KIND,
    /** A named person, by surname and initials: «Журавлев А.С.». */
    PERSON
}
