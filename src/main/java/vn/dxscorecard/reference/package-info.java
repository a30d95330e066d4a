/**
 * The registry of reporting units and the catalogue of pillars and indicators (SPEC §2,
 * §4), checked at start, and the roster of each period.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package vn.dxscorecard.reference;

import org.springframework.modulith.ApplicationModule;
