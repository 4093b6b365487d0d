package org.corroborate.i18n;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;

import org.corroborate.cache.Remembered;

/**
 * A message bundle that remembers what it said. A message with parameters is a Qute template, rendered anew on every
 * call (a template instance, its initializers, the evaluation): the JSON of one claim says up to a dozen verdict
 * rules, each such a message, and that was 7 % of the API's claim read. Messages depend only on their arguments, so
 * a message asked again with equal arguments of plain values (text, numbers, enum values, dates) answers what it said
 * before; a call with any other argument is rendered as it comes. At most {@link #MAX_SAID} answers a bundle and
 * language, past which they start over.
 *
 * <p>A language's own bundle renders in its locale. The default (English) bundle gives its templates none, so they
 * take the request's ({@link PageLanguage}), which a message naming another ({@code {msg:rating1}}) speaks: its answers
 * are remembered per request language too.
 */
final class Said implements InvocationHandler {

    static final int MAX_SAID = 4096;

    private final Object bundle;
    private final boolean inRequestLanguage;
    private final Remembered<List<Object>, String> said = new Remembered<>(MAX_SAID);

    private Said(Object bundle, boolean inRequestLanguage) {
        this.bundle = bundle;
        this.inRequestLanguage = inRequestLanguage;
    }

    /**
     * {@code bundle} as {@code type}, remembering its messages; {@code byDefault} when it is the default bundle, whose
     * templates speak the request's language.
     */
    static Object remembering(Class<?> type, Object bundle, boolean byDefault) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, new Said(bundle, byDefault));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        if (method.getReturnType() != String.class || !plain(args)) {
            return call(method, args);
        }
        int given = args == null ? 0 : args.length;
        Object[] key = new Object[given + 2];
        key[0] = method;
        key[1] = inRequestLanguage ? Languages.ofRequest() : null;
        if (given > 0) {
            System.arraycopy(args, 0, key, 2, given);
        }
        return said.get(Arrays.asList(key), k -> (String) call(method, args));
    }

    /** The bundle's own answer; what it throws (messages declare no checked exceptions) reaches the caller as it is. */
    private Object call(Method method, Object[] args) {
        try {
            return method.invoke(bundle, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + method + " of the bundle", e);
        }
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "remembering " + bundle;
        };
    }

    /** Whether every argument is a value that equals another of the same text: a message of it is its message. */
    private static boolean plain(Object[] args) {
        if (args == null) {
            return true;
        }
        for (Object arg : args) {
            if (arg != null && !(arg instanceof String || arg instanceof Integer || arg instanceof Long
                    || arg instanceof Double || arg instanceof BigDecimal || arg instanceof Enum<?>
                    || arg instanceof Boolean || arg instanceof Character || arg instanceof TemporalAccessor)) {
                return false;
            }
        }
        return true;
    }
}
