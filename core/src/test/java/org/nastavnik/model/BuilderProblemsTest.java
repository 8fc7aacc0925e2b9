package org.nastavnik.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Building a value never throws a bare Immutables or null pointer exception: a required
 * attribute not set, or set to null, is one {@link ValidationException} in the same form as the
 * snapshot's validation (path, value, reason), every problem of the value at once.
 */
class BuilderProblemsTest {
    private static final LocalDate DAY = LocalDate.of(2022, 9, 1);

    @Test
    void should_list_every_required_attribute_not_set_when_a_curator_appointment_lacks_them() {
        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> CuratorAppointment.builder().organizationId("s1").appointedOn(DAY).build());

        // then
        assertEquals("CuratorAppointment", e.subject());
        assertEquals(List.of(Problem.of("personId", "", "required, not set"), Problem.of("order", "", "required, not set")),
                e.problems());
        assertEquals("CuratorAppointment is invalid: 2 problems" + System.lineSeparator()
                + "  - personId (): required, not set" + System.lineSeparator()
                + "  - order (): required, not set", e.getMessage());
    }

    @Test
    void should_list_every_null_attribute_when_a_curator_appointment_is_given_nulls() {
        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> CuratorAppointment.builder().personId(null).organizationId("s1").order(null)
                        .appointedOn(null).build());

        // then
        assertEquals("CuratorAppointment", e.subject());
        assertEquals(List.of(Problem.of("personId", "null", "must not be null"),
                Problem.of("order", "null", "must not be null"), Problem.of("appointedOn", "null", "must not be null")),
                e.problems());
    }

    @Test
    void should_report_a_null_mentee_id_by_its_index_when_a_mentorship_is_built() {
        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> Mentorship.builder().id("p1").organizationId("s1").form(MentoringForm.TEACHER_TEACHER)
                        .mentorId(null).addMenteeIds("t2", null).formedOn(DAY).build());

        // then
        assertEquals("Mentorship", e.subject());
        assertEquals(List.of(Problem.of("mentorId", "null", "must not be null"),
                Problem.of("menteeIds[1]", "null", "must not be null")), e.problems());
    }

    @Test
    void should_report_null_matching_data_by_its_index() {
        // when
        ValidationException entry = assertThrows(ValidationException.class,
                () -> RegistryEntry.builder().personId("t1").organizationId("s1").role(ParticipantRole.MENTOR)
                        .includedOn(DAY).addTopics("физика", null).addPartnerRequests(null, "t2").build());
        ValidationException person = assertThrows(ValidationException.class,
                () -> Person.builder().id("t1").kind(PersonKind.TEACHER).organizationId("s1").addSubjects((String) null)
                        .build());

        // then
        assertEquals(List.of(Problem.of("topics[1]", "null", "must not be null"),
                Problem.of("partnerRequests[0]", "null", "must not be null")), entry.problems());
        assertEquals(List.of(Problem.of("subjects[0]", "null", "must not be null")), person.problems());
    }

    @Test
    void should_report_a_null_element_of_a_snapshot_list_instead_of_failing_in_validation() {
        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> Snapshot.builder().asOf(DAY).territory(Territory.region("31"))
                        .addOrganizations(Organization.builder().id("s1").name("Школа").kind(OrganizationKind.SCHOOL)
                                .region("31").build(), null)
                        .build());

        // then
        assertEquals(List.of(Problem.of("organizations[1]", "null", "must not be null")), e.problems());
    }

    @Test
    void should_report_missing_required_attributes_of_a_snapshot_at_once() {
        // when
        ValidationException e = assertThrows(ValidationException.class, () -> Snapshot.builder().build());

        // then
        assertEquals("Snapshot", e.subject());
        assertEquals(List.of(Problem.of("asOf", "", "required, not set"), Problem.of("territory", "", "required, not set")),
                e.problems());
    }

    @Test
    void should_report_a_null_code_when_a_region_code_is_made_of_null() {
        // when
        ValidationException e = assertThrows(ValidationException.class, () -> RegionCode.of(null));

        // then
        assertEquals("RegionCode", e.subject());
        assertEquals(List.of(Problem.of("code", "null", "must not be null")), e.problems());
    }

    @Test
    void should_report_a_null_given_to_a_copy_method() {
        // given
        FormAdoption adoption = FormAdoption.builder().organizationId("s1").form(MentoringForm.TEACHER_TEACHER)
                .adoptedOn(DAY).build();

        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> ImmutableFormAdoption.copyOf(adoption).withAdoptedOn(null));

        // then
        assertEquals(List.of(Problem.of("adoptedOn", "null", "must not be null")), e.problems());
    }

    @Test
    void should_read_a_null_optional_attribute_as_absent() {
        // when
        CuratorAppointment c = CuratorAppointment.builder().personId("c1").organizationId("s1")
                .order(DocumentRef.order("1", DAY)).appointedOn(DAY).endedOn((LocalDate) null).build();

        // then
        assertEquals(Optional.empty(), c.endedOn());
    }

    @Test
    void should_take_a_region_as_its_code_in_every_builder() {
        // when
        Organization school = Organization.builder().id("s1").name("Школа").kind(OrganizationKind.SCHOOL).region("31")
                .build();
        Territory territory = Territory.builder().region("31").municipality("город Белгород").build();

        // then
        assertEquals(RegionCode.of("31"), school.region());
        assertEquals(Territory.municipality("31", "город Белгород"), territory);
    }

    @Test
    void should_refuse_a_bad_region_code_naming_the_attribute() {
        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> Organization.builder().id("s1").region("3x"));

        // then
        assertEquals("Organization", e.subject());
        assertEquals(List.of(Problem.of("region", "3x",
                "must be two digits from 01 to 99, such as 31 for the Belgorod region")), e.problems());
    }

    @Test
    void should_report_a_null_region_code_at_build_with_the_other_nulls() {
        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> Organization.builder().id("s1").name(null).kind(OrganizationKind.SCHOOL).region((String) null)
                        .build());

        // then
        assertEquals(List.of(Problem.of("name", "null", "must not be null"), Problem.of("region", "null", "must not be null")),
                e.problems());
    }

    /**
     * Every value of the full snapshot, every attribute that may not be null: set to null through
     * the type's builder, it is reported by name, as a ValidationException and nothing else.
     */
    @Test
    void should_report_null_for_every_attribute_of_every_model_type() throws Exception {
        // given
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        collect(Fixtures.fullSnapshot(), samples);
        int checked = 0;

        // when / then
        for (Map.Entry<Class<?>, Object> sample : samples.entrySet()) {
            Class<?> type = sample.getKey();
            for (Method accessor : type.getDeclaredMethods()) {
                if (!isAttribute(accessor) || accessor.getReturnType().isPrimitive()
                        || accessor.getReturnType() == Optional.class || accessor.getReturnType() == OptionalInt.class) {
                    continue;
                }
                Object builder = builderFrom(type, sample.getValue());
                Method setter = setter(builder.getClass(), accessor);
                if (setter == null) {
                    continue; // a collection: its setters take elements or iterables
                }
                setter.invoke(builder, new Object[] {null});
                try {
                    builder.getClass().getMethod("build").invoke(builder);
                    fail(type.getSimpleName() + "." + accessor.getName() + "(null) was accepted");
                } catch (InvocationTargetException e) {
                    ValidationException v = assertInstanceOf(ValidationException.class, e.getCause(),
                            type.getSimpleName() + "." + accessor.getName());
                    assertEquals(List.of(Problem.of(accessor.getName(), "null", "must not be null")), v.problems(),
                            type.getSimpleName());
                    assertEquals(type.getSimpleName(), v.subject());
                    checked++;
                }
            }
        }
        assertTrue(samples.size() >= 20, "model types reached: " + samples.keySet());
        assertTrue(checked >= 60, "attributes checked: " + checked);
    }

    private static boolean isAttribute(Method m) {
        return Modifier.isAbstract(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0;
    }

    private static Object builderFrom(Class<?> type, Object value) throws Exception {
        Object builder = type.getMethod("builder").invoke(null);
        Method from = null;
        for (Method m : builder.getClass().getMethods()) {
            if (m.getName().equals("from") && m.getParameterTypes()[0] == type) {
                from = m;
            }
        }
        assertNotNull(from, type.getSimpleName());
        return from.invoke(builder, value);
    }

    private static Method setter(Class<?> builder, Method accessor) {
        for (Method m : builder.getMethods()) {
            if (m.getName().equals(accessor.getName()) && m.getParameterCount() == 1
                    && m.getParameterTypes()[0] == accessor.getReturnType()) {
                return m;
            }
        }
        return null;
    }

    /** Every model value reachable from {@code value}, one per type, found through its accessors. */
    private static void collect(Object value, Map<Class<?>, Object> samples) throws Exception {
        if (value instanceof Collection<?> c) {
            for (Object element : new ArrayList<>(c)) {
                collect(element, samples);
            }
            return;
        }
        if (value instanceof Optional<?> o) {
            if (o.isPresent()) {
                collect(o.get(), samples);
            }
            return;
        }
        Class<?> type = value.getClass().getSuperclass();
        if (!value.getClass().getSimpleName().startsWith("Immutable") || samples.containsKey(type)) {
            return;
        }
        boolean hasBuilder = false;
        try {
            type.getMethod("builder");
            hasBuilder = true;
        } catch (NoSuchMethodException e) {
            // a value made with of(...) only, such as RegionCode
        }
        if (hasBuilder && type.getPackage() == Snapshot.class.getPackage()) { // DateRange (common) checks its own
            samples.put(type, value);
        }
        for (Method m : type.getDeclaredMethods()) {
            if (isAttribute(m)) {
                collect(m.invoke(value), samples);
            }
        }
    }
}
