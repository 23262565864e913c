package org.seatkeeper.directory;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A directory command that locks licence pots and then counts their consumers: at READ COMMITTED, so the
 * count after the lock sees what the transaction that held the lock before committed; under MariaDB's
 * default REPEATABLE READ it would read the snapshot taken at the transaction's first read
 * (docs/decisions/0005-named-licence-consumption.md).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(isolation = Isolation.READ_COMMITTED)
@interface ReadCommittedTransaction {

    /** The same level, for a {@code TransactionTemplate}. */
    int LEVEL = TransactionDefinition.ISOLATION_READ_COMMITTED;
}
