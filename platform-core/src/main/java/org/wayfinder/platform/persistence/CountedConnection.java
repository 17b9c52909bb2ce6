package org.wayfinder.platform.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * A database connection whose statements are recorded in the {@link StatementLog} of the thread
 * that runs them: everything else is the driver's connection, unchanged. A JDBC proxy library
 * would do the same with a dependency and a configuration of its own; the platform already owns
 * the one place connections are opened.
 */
final class CountedConnection {

    private CountedConnection() {
    }

    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(CountedConnection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    String name = method.getName();
                    if (result instanceof CallableStatement call && name.equals("prepareCall")) {
                        return statement(call, CallableStatement.class, (String) args[0]);
                    }
                    if (result instanceof PreparedStatement prepared && name.equals("prepareStatement")) {
                        return statement(prepared, PreparedStatement.class, (String) args[0]);
                    }
                    if (result instanceof Statement plain && name.equals("createStatement")) {
                        return statement(plain, Statement.class, null);
                    }
                    return result;
                });
    }

    /** A statement whose executions are recorded, with its prepared SQL or the SQL each execution is given. */
    private static Object statement(Statement statement, Class<? extends Statement> type, String preparedSql) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (!method.getName().startsWith("execute")) {
                return invoke(statement, method, args);
            }
            String sql = args != null && args.length > 0 && args[0] instanceof String given ? given : preparedSql;
            long started = System.nanoTime();
            try {
                return invoke(statement, method, args);
            } finally {
                StatementLog.record(sql, System.nanoTime() - started);
            }
        };
        return Proxy.newProxyInstance(CountedConnection.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
