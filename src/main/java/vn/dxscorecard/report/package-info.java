/**
 * Every output file of a period (CSV, PDF in Vietnamese and on request English, the web
 * edition, manifest), written from the PeriodReport and value types only; every PDF
 * archival (PDF/A-2b) and, with a keystore, signed by the publishing organisation.
 */
@ApplicationModule(
        allowedDependencies = { "shared", "reference", "feedback", "intake", "scoring", "ranking", "results", "cycle" })
package vn.dxscorecard.report;

import org.springframework.modulith.ApplicationModule;
