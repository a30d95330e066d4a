/**
 * What a sender is told: the stable error codes, the rejections of files and rows, and
 * their store.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package vn.dxscorecard.feedback;

import org.springframework.modulith.ApplicationModule;
