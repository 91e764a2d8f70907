package org.guichet.sandbox;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with one pooled connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
