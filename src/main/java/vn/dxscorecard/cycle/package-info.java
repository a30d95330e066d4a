/**
 * Which periods are published, and from which job execution.
 */
@ApplicationModule(allowedDependencies = { "shared", "reference", "intake" })
package vn.dxscorecard.cycle;

import org.springframework.modulith.ApplicationModule;
