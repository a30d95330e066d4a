/**
 * The launcher: command line, run lock, exit codes, signals, the summary; starts the job
 * by name.
 */
@ApplicationModule(allowedDependencies = { "shared", "reference", "intake", "ranking", "cycle", "delivery", "report" })
package vn.dxscorecard.ops;

import org.springframework.modulith.ApplicationModule;
