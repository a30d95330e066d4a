/**
 * The quarterly scorecard job: its nine steps, wired by type from the readers,
 * processors, writers and tasklets each feature declares, and nothing else. The delivery
 * job is delivery's own.
 */
@ApplicationModule(allowedDependencies = { "shared", "reference", "intake", "validation", "scoring", "ranking",
        "report", "cycle", "delivery" })
package vn.dxscorecard.job;

import org.springframework.modulith.ApplicationModule;
