package org.nastavnik.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The check every value type of the model makes when built: no required attribute and no
 * element of a list or set is {@code null}. The generated builders report the attributes never
 * set ({@link ValidationException#ValidationException(String)}); a value's {@code @Value.Check}
 * then calls {@link #require} with each of its attributes that may not be null, so that every
 * null, whether passed to a setter, a {@code with} method or an {@code of} factory, is listed
 * in one {@link ValidationException} with the rest.
 */
final class Attributes {
    /** The reason of an attribute that was never set. */
    static final String NOT_SET = "required, not set";
    /** The reason of an attribute or element that is null. */
    static final String NOT_NULL = "must not be null";

    private Attributes() {
    }

    /**
     * Throws if a value is null or a collection holds a null element.
     *
     * @param owner  the value being built
     * @param namesAndValues  pairs of an attribute's name and its value
     * @throws ValidationException listing every null, named by path ({@code menteeIds[1]})
     */
    static void require(Object owner, Object... namesAndValues) {
        List<Problem> problems = null;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null || value instanceof Collection<?> c && containsNull(c)) {
                if (problems == null) {
                    problems = new ArrayList<>();
                }
                String name = (String) namesAndValues[i];
                if (value == null) {
                    problems.add(Problem.of(name, "null", NOT_NULL));
                } else {
                    int index = 0;
                    for (Object element : (Collection<?>) value) {
                        if (element == null) {
                            problems.add(Problem.of(name + "[" + index + "]", "null", NOT_NULL));
                        }
                        index++;
                    }
                }
            }
        }
        if (problems != null) {
            throw new ValidationException(typeName(owner.getClass()), problems);
        }
    }

    private static boolean containsNull(Collection<?> c) {
        for (Object element : c) {
            if (element == null) {
                return true;
            }
        }
        return false;
    }

    /** The model type's name: {@code CuratorAppointment} for {@code ImmutableCuratorAppointment}. */
    static String typeName(Class<?> type) {
        Class<?> t = type;
        while (t.getSimpleName().startsWith("Immutable") && t.getSuperclass() != null
                && t.getSuperclass() != Object.class) {
            t = t.getSuperclass();
        }
        return t.getSimpleName();
    }

    /** The model type whose generated code is throwing: the first {@code Immutable*} class on the stack. */
    static String callerType() {
        Optional<Class<?>> generated = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                        .map(c -> c.getEnclosingClass() != null ? c.getEnclosingClass() : c)
                        .filter(c -> c.getSimpleName().startsWith("Immutable"))
                        .findFirst());
        return generated.map(c -> c.getSimpleName().substring("Immutable".length())).orElse("value");
    }
}
