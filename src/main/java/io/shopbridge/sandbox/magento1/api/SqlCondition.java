package io.shopbridge.sandbox.magento1.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import io.shopbridge.sandbox.magento1.shop.Php;
import io.shopbridge.sandbox.magento1.shop.ShopException;

/**
 * One field condition of a collection filter, evaluated as MySQL would evaluate the SQL that
 * {@code Varien_Db_Adapter_Pdo_Mysql::prepareSqlCondition} builds from it: a plain value is {@code =}, a struct
 * names an operator ({@code eq, neq, like, nlike, in, nin, is, null, notnull, gt, lt, gteq, lteq, moreq, finset,
 * regexp, seq, sneq} or {@code from}/{@code to}), and anything else is OR-ed. Comparisons follow MySQL: NULL matches
 * nothing, text compares case-insensitively, numbers numerically, dates after normalizing {@code /} to {@code -}.
 */
final class SqlCondition {

    private static final Set<String> OPERATORS = Set.of("eq", "neq", "like", "nlike", "in", "nin", "is", "notnull",
            "null", "gt", "lt", "gteq", "lteq", "moreq", "finset", "regexp", "from", "to", "seq", "sneq");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}[-/]\\d{2}[-/]\\d{2}( \\d{2}:\\d{2}(:\\d{2})?)?");

    private SqlCondition() {
    }

    static boolean matches(Object cell, Object condition) {
        if (condition instanceof Map<?, ?> map) {
            if (map.get("from") != null || map.get("to") != null) {
                return between(cell, map.get("from"), map.get("to"));
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (OPERATORS.contains(String.valueOf(entry.getKey()))) {
                    return operator(String.valueOf(entry.getKey()), cell, entry.getValue());
                }
            }
            return map.values().stream().anyMatch(nested -> matches(cell, nested));
        }
        if (condition instanceof List<?> list) {
            return list.stream().anyMatch(nested -> matches(cell, nested));
        }
        return compares(cell, condition, order -> order == 0);
    }

    private static boolean operator(String operator, Object cell, Object value) {
        return switch (operator) {
            case "eq" -> compares(cell, value, order -> order == 0);
            case "neq" -> compares(cell, value, order -> order != 0);
            case "like" -> like(cell, value);
            case "nlike" -> cell != null && value != null && !like(cell, value);
            case "in" -> values(value).stream().anyMatch(candidate -> compares(cell, candidate, order -> order == 0));
            case "nin" -> cell != null
                    && values(value).stream().noneMatch(candidate -> compares(cell, candidate, order -> order == 0));
            case "null" -> cell == null;
            case "notnull" -> cell != null;
            case "is" -> is(cell, value);
            case "gt" -> compares(cell, value, order -> order > 0);
            case "lt" -> compares(cell, value, order -> order < 0);
            case "gteq", "moreq", "from" -> compares(cell, value, order -> order >= 0);
            case "lteq", "to" -> compares(cell, value, order -> order <= 0);
            case "finset" -> cell != null && List.of(Php.toStr(cell).split(",")).contains(Php.toStr(value));
            case "regexp" -> cell != null && value != null
                    && Pattern.compile(Php.toStr(value), Pattern.CASE_INSENSITIVE).matcher(Php.toStr(cell)).find();
            case "seq" -> isBlank(value) ? cell == null || "".equals(cell) : compares(cell, value, order -> order == 0);
            case "sneq" -> isBlank(value) ? cell != null && !"".equals(cell)
                    : compares(cell, value, order -> order != 0);
            default -> throw new IllegalStateException("Unhandled operator " + operator);
        };
    }

    private static boolean between(Object cell, Object from, Object to) {
        return (from == null || compares(cell, from, order -> order >= 0))
                && (to == null || compares(cell, to, order -> order <= 0));
    }

    /** MySQL only accepts {@code IS NULL}-like forms; a quoted value there is a syntax error. */
    private static boolean is(Object cell, Object value) {
        String keyword = value == null ? "NULL" : Php.toStr(value).trim().toUpperCase();
        return switch (keyword) {
            case "NULL" -> cell == null;
            case "NOT NULL" -> cell != null;
            default -> throw new ShopException("SQLSTATE[42000]: Syntax error or access violation: 1064 You have an"
                    + " error in your SQL syntax; check the manual that corresponds to your MySQL server version");
        };
    }

    /** SQL three-valued logic: any comparison involving NULL is not true. */
    private static boolean compares(Object cell, Object value, IntPredicate outcome) {
        return cell != null && value != null && outcome.test(compare(cell, value));
    }

    private static int compare(Object cell, Object value) {
        String left = Php.toStr(cell);
        String right = Php.toStr(value);
        if (NUMBER.matcher(left).matches() && NUMBER.matcher(right).matches()) {
            return new BigDecimal(left).compareTo(new BigDecimal(right));
        }
        if (DATE.matcher(left).matches() && DATE.matcher(right).matches()) {
            return normalizedDate(left).compareTo(normalizedDate(right));
        }
        return left.trim().compareToIgnoreCase(right.trim());
    }

    private static boolean like(Object cell, Object pattern) {
        if (cell == null || pattern == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        String text = Php.toStr(pattern);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                regex.append(Pattern.quote(String.valueOf(text.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                .matcher(Php.toStr(cell))
                .matches();
    }

    private static List<?> values(Object value) {
        return value instanceof List<?> list ? list : List.of(value == null ? "" : value);
    }

    private static boolean isBlank(Object value) {
        return value == null || "".equals(value);
    }

    private static String normalizedDate(String value) {
        String date = value.replace('/', '-');
        return date.length() == 10 ? date + " 00:00:00" : date.length() == 16 ? date + ":00" : date;
    }
}
