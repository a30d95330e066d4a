/**
 * The row rules of SPEC §3: staged rows into accepted values and rejections.
 */
@ApplicationModule(allowedDependencies = { "shared", "reference", "feedback", "intake" })
package vn.dxscorecard.validation;

import org.springframework.modulith.ApplicationModule;
