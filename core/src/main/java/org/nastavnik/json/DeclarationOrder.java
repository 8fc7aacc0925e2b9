package org.nastavnik.json;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which a class declares its methods, read from its class file. Reflection
 * ({@code Class.getDeclaredMethods}, {@code getDeclaredFields}) returns members in an order the
 * JDK does not specify; the class file lists them in the order the compiler wrote them, which
 * for javac is their order in the source, and reads the same on every JVM.
 */
final class DeclarationOrder {
    private static final int MAGIC = 0xCAFEBABE;

    private DeclarationOrder() {
    }

    /**
     * @param type  a class loaded from a class file
     * @return the names of the methods without parameters that {@code type} itself declares, in
     *         the order of its class file
     * @throws IllegalStateException if the class file cannot be found or read
     */
    static List<String> noArgumentMethods(Class<?> type) {
        String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + type.getName()
                        + ": the order of its attributes is unknown");
            }
            return read(new DataInputStream(new BufferedInputStream(in)), type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the class file of " + type.getName(), e);
        }
    }

    private static List<String> read(DataInputStream in, Class<?> type) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IllegalStateException("not a class file: " + type.getName());
        }
        skip(in, 4); // minor and major version
        String[] utf8 = constants(in, type);
        skip(in, 6); // access flags, this class, super class
        skip(in, 2 * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            skip(in, 6); // access flags, name, descriptor
            skipAttributes(in);
        }
        int methods = in.readUnsignedShort();
        List<String> names = new ArrayList<>(methods);
        for (int i = 0; i < methods; i++) {
            skip(in, 2); // access flags
            String name = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            skipAttributes(in);
            if (descriptor.startsWith("()") && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names;
    }

    /** The constant pool's UTF-8 entries by index; other entries are skipped. */
    private static String[] constants(DataInputStream in, Class<?> type) throws IOException {
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1: // Utf8: a u2 length and modified UTF-8, as readUTF reads it
                    utf8[i] = in.readUTF();
                    break;
                case 7: case 8: case 16: case 19: case 20: // Class, String, MethodType, Module, Package
                    skip(in, 2);
                    break;
                case 15: // MethodHandle
                    skip(in, 3);
                    break;
                case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
                    skip(in, 4); // Integer, Float, the three refs, NameAndType, Dynamic, InvokeDynamic
                    break;
                case 5: case 6: // Long, Double: eight bytes and two entries
                    skip(in, 8);
                    i++;
                    break;
                default:
                    throw new IllegalStateException("unknown constant pool tag " + tag + " in the class file of "
                            + type.getName());
            }
        }
        return utf8;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            skip(in, 2); // name
            skip(in, in.readInt());
        }
    }

    private static void skip(DataInputStream in, int bytes) throws IOException {
        in.readFully(new byte[bytes]);
    }
}
