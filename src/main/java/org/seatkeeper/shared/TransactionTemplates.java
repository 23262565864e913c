package org.seatkeeper.shared;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way to a {@link TransactionTemplate}: inject Spring Boot's bean (default propagation and
 * isolation); a class that needs other settings derives its own from that bean here, never from the
 * transaction manager (docs/decisions/0024-settings-records-and-one-data-access-style.md).
 */
public final class TransactionTemplates {

    private TransactionTemplates() {}

    /** Like {@code template}, but each call in a transaction of its own, whatever the caller is in. */
    public static TransactionTemplate eachInOwnTransaction(TransactionTemplate template) {
        TransactionTemplate own = new TransactionTemplate(template.getTransactionManager(), template);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own;
    }
}
