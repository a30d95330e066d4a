/**
 * Delivery by e-mail (SPEC §9): the recipients file, the outbox, the four messages and
 * their sending, after publication and never as part of it.
 */
@ApplicationModule(allowedDependencies = { "shared", "reference", "feedback", "intake", "scoring", "ranking", "cycle",
        "results", "report" })
package vn.dxscorecard.delivery;

import org.springframework.modulith.ApplicationModule;
