package io.shopbridge.sandbox.magento1.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.shopbridge.sandbox.magento1.shop.Php;

/**
 * Positional arguments of an API method, as PHP receives them from {@code call_user_func_array}: a missing trailing
 * argument is simply null, and values are converted the loose PHP way.
 */
public final class Args {

    private final List<Object> values;

    private Args(List<Object> values) {
        this.values = values;
    }

    public static Args of(List<?> values) {
        return new Args(new ArrayList<>(values));
    }

    /** What Magento's handler does with a call's args: arrays are spread, any other value is the one argument. */
    static Args spread(Object args) {
        if (args instanceof List<?> list) {
            return of(list);
        }
        if (args instanceof Map<?, ?> map) {
            return of(new ArrayList<>(map.values()));
        }
        return of(args == null ? List.of() : List.of(args));
    }

    public int size() {
        return values.size();
    }

    public Object get(int index) {
        return index < values.size() ? values.get(index) : null;
    }

    public String string(int index) {
        return Php.toStr(get(index));
    }

    /** PHP truthiness, for flags such as {@code $email}. */
    public boolean flag(int index) {
        return !Php.isEmpty(get(index));
    }
}
