/**
 * Ranks per group and the change since last quarter, from the previous quarter's
 * published result only.
 */
@ApplicationModule(allowedDependencies = { "shared", "reference", "scoring", "cycle" })
package vn.dxscorecard.ranking;

import org.springframework.modulith.ApplicationModule;
