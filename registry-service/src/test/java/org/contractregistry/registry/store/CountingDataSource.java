package org.contractregistry.registry.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A datasource that records what goes to the database server: each statement execution (with its SQL) and each commit
 * or rollback. On PostgreSQL each of them is one round trip (pgjdbc sends {@code BEGIN} with the first statement and
 * nothing for {@code setAutoCommit}), so the list's size is the round trips of the work measured.
 */
public final class CountingDataSource {
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    private final DataSource target;
    private final List<String> trips = new ArrayList<>();

    public CountingDataSource(DataSource target) {
        this.target = target;
    }

    public DataSource dataSource() {
        return wrap(DataSource.class, target, (method, args, result) -> method.getName().equals("getConnection")
                ? wrap(Connection.class, (Connection) result, this::afterConnectionCall) : result);
    }

    /** What went to the server since the last {@link #reset}: the SQL of each execution, "COMMIT" or "ROLLBACK". */
    public synchronized List<String> trips() {
        return List.copyOf(trips);
    }

    public synchronized void reset() {
        trips.clear();
    }

    private synchronized void record(String trip) {
        trips.add(trip);
    }

    private Object afterConnectionCall(Method method, Object[] args, Object result) {
        switch (method.getName()) {
            case "commit" -> record("COMMIT");
            case "rollback" -> record("ROLLBACK");
            case "prepareStatement", "createStatement" -> {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                return wrap(Statement.class, (Statement) result, (m, a, answer) -> {
                    if (EXECUTIONS.contains(m.getName())) {
                        record(sql != null ? sql : String.valueOf(a == null ? null : a[0]));
                    }
                    return answer;
                }, method.getReturnType());
            }
            default -> {
            }
        }
        return result;
    }

    /** What a wrapper answers after the call went to the wrapped object. */
    @FunctionalInterface
    private interface After {
        Object apply(Method method, Object[] args, Object result);
    }

    private static <T> T wrap(Class<T> type, T target, After after) {
        return wrap(type, target, after, type);
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Class<T> type, T target, After after, Class<?> asType) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {asType}, handler);
    }
}
