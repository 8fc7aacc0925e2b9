package org.nastavnik.json;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.model.RegionCode;

/**
 * Builds the codecs of the model's types by reflection. An attribute of a value type is a public
 * no-argument method of the abstract type for which the builder its static {@code builder()}
 * returns has a setter of the same name taking the method's type; derived methods such as
 * {@code Mentorship.isGroup()} have no setter and are left out. Attributes are taken in the order
 * the abstract type declares its accessors, read from its class file by {@link DeclarationOrder}
 * (reflection's order of fields and methods is unspecified), so the JSON form's field order is
 * the source's, the same on every JVM.
 */
final class Codecs {
    private final Map<Class<?>, Codec> codecs = new HashMap<>();

    private Codecs() {
    }

    /** The codec of a value type of the model, such as {@code Snapshot}. */
    static ObjectCodec objectCodec(Class<?> type) {
        return (ObjectCodec) new Codecs().of(type);
    }

    private Codec of(Class<?> type) {
        Codec codec = codecs.get(type);
        if (codec == null) {
            codec = create(type);
            codecs.put(type, codec);
        }
        return codec;
    }

    @SuppressWarnings("unchecked")
    private Codec create(Class<?> type) {
        if (type == String.class) {
            return Scalars.STRING;
        } else if (type == boolean.class || type == Boolean.class) {
            return Scalars.BOOLEAN;
        } else if (type == int.class || type == Integer.class) {
            return Scalars.INT;
        } else if (type == BigDecimal.class) {
            return Scalars.DECIMAL;
        } else if (type == LocalDate.class) {
            return Scalars.DATE;
        } else if (type == RegionCode.class) {
            return Scalars.REGION;
        } else if (type == Deadline.class) {
            return DeadlineCodec.INSTANCE;
        } else if (type.isEnum()) {
            return new Scalars.EnumCodec((Class<? extends Enum<?>>) type);
        }
        return objectCodecOf(type);
    }

    /**
     * The codecs of a root type and of every type reachable from it, by type: the model's value
     * types ({@link ObjectCodec}), region codes, deadlines, enums and plain values.
     */
    static Map<Class<?>, Codec> reachable(Class<?> root) {
        Codecs codecs = new Codecs();
        codecs.of(root);
        return Map.copyOf(codecs.codecs);
    }

    private ObjectCodec objectCodecOf(Class<?> type) {
        // The type's own public factory, builder(), gives the generated builder: no class is looked up by name.
        Method builderFactory;
        Method build;
        try {
            builderFactory = type.getMethod("builder");
            if (!Modifier.isStatic(builderFactory.getModifiers())) {
                throw new NoSuchMethodException(type.getName() + ".builder() is not static");
            }
            build = builderFactory.getReturnType().getMethod("build");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no JSON form for " + type.getName()
                    + ": it is neither a supported value nor a model type with a static builder()", e);
        }
        Class<?> builder = builderFactory.getReturnType();
        List<ObjectCodec.Attribute> attributes = new ArrayList<>();
        for (String name : DeclarationOrder.noArgumentMethods(type)) {
            Method accessor;
            try {
                accessor = type.getMethod(name);
            } catch (NoSuchMethodException e) {
                continue;
            }
            if (Modifier.isStatic(accessor.getModifiers())) {
                continue;
            }
            // An attribute is an accessor the builder can set; derived methods (isGroup()) have no setter.
            Method setter = setter(builder, name, accessor.getReturnType());
            if (setter != null) {
                attributes.add(attribute(accessor, setter));
            }
        }
        return new ObjectCodec(type, builderFactory, build, attributes);
    }

    private static Method setter(Class<?> builder, String name, Class<?> type) {
        for (Method m : builder.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1
                    && m.getParameterTypes()[0].isAssignableFrom(type)) {
                return m;
            }
        }
        return null;
    }

    private ObjectCodec.Attribute attribute(Method accessor, Method setter) {
        String name = accessor.getName();
        Type type = accessor.getGenericReturnType();
        Class<?> raw = accessor.getReturnType();
        if (raw == Optional.class) {
            return new ObjectCodec.Attribute(name, ObjectCodec.Shape.OPTIONAL, of(argument(type)), accessor,
                    setter);
        } else if (raw == OptionalInt.class) {
            return new ObjectCodec.Attribute(name, ObjectCodec.Shape.OPTIONAL_INT, Scalars.INT, accessor, setter);
        } else if (raw == List.class || raw == Set.class) {
            return new ObjectCodec.Attribute(name, ObjectCodec.Shape.COLLECTION,
                    new CollectionCodec(of(argument(type)), raw == Set.class), accessor, setter);
        }
        ObjectCodec.Shape shape = Modifier.isAbstract(accessor.getModifiers())
                ? ObjectCodec.Shape.REQUIRED : ObjectCodec.Shape.DEFAULT;
        return new ObjectCodec.Attribute(name, shape, of(raw), accessor, setter);
    }

    private static Class<?> argument(Type type) {
        if (type instanceof ParameterizedType) {
            Type argument = ((ParameterizedType) type).getActualTypeArguments()[0];
            if (argument instanceof Class) {
                return (Class<?>) argument;
            }
        }
        throw new IllegalStateException("no JSON form for " + type);
    }
}
