/**
 * Distance to target, exactly as SPEC §5 states it, and the stored scores.
 */
@ApplicationModule(allowedDependencies = { "shared", "reference", "intake", "validation" })
package vn.dxscorecard.scoring;

import org.springframework.modulith.ApplicationModule;
