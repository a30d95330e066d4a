package vn.dxscorecard.reference;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the catalogue and the registry come from (SPEC §4, §7); {@code --catalogue} and
 * {@code --reference} set them.
 *
 * @param catalogue a folder with {@code pillars.csv} and {@code indicators.csv} replacing
 * the shipped catalogue
 * @param registry a folder with {@code provinces.csv} and {@code ministries.csv}
 * replacing the shipped registry
 */
@ConfigurationProperties("dx.reference")
record ReferenceProperties(Path catalogue, Path registry) {
}
