package nl.regiograaf.repo;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/** Null-tolerant reads of driver values into Java types. */
final class Values {

    private Values() {
    }

    static String text(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? null : x.asString();
    }

    static Long longOrNull(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? null : x.asLong();
    }

    static long longOr0(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? 0 : x.asLong();
    }

    static Double doubleOrNull(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? null : x.asDouble();
    }

    static Map<String, Object> map(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? Map.of() : x.asMap();
    }

    static List<Value> list(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? List.of() : x.asList(e -> e);
    }

    static List<String> strings(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? List.of() : x.asList(Value::asString);
    }
}
