/**
 * The drop folder: which file of each unit counts, strict reading of CSV, staged rows,
 * templates. The only module that reads input files.
 */
@ApplicationModule(allowedDependencies = { "shared", "reference", "feedback" })
package vn.dxscorecard.intake;

import org.springframework.modulith.ApplicationModule;
