/**
 * The quarterly cycle (SPEC §8): each period's deadline, its editions, and which edition
 * a launch publishes.
 */
@ApplicationModule(allowedDependencies = { "shared", "reference", "intake" })
package vn.dxscorecard.cycle;

import org.springframework.modulith.ApplicationModule;
