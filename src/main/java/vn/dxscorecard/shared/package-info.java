/**
 * The small base every feature may use: the period, SHA-256, atomic and spreadsheet-safe
 * files, the message catalogue, the folders and the clock, and the names of the quarterly
 * scorecard job (the delivery job keeps its own).
 */
@ApplicationModule(allowedDependencies = {})
package vn.dxscorecard.shared;

import org.springframework.modulith.ApplicationModule;
