/**
 * The one Spring Batch job: steps wired from the beans each feature declares, and nothing
 * else.
 */
@ApplicationModule(allowedDependencies = { "shared", "reference", "intake", "validation", "scoring", "ranking" })
package vn.dxscorecard.job;

import org.springframework.modulith.ApplicationModule;
