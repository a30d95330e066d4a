/**
 * The period's report: one model assembled from what the steps stored, with every figure
 * the reports show.
 */
@ApplicationModule(allowedDependencies = { "shared", "reference", "feedback", "intake", "scoring", "ranking", "cycle" })
package vn.dxscorecard.results;

import org.springframework.modulith.ApplicationModule;
