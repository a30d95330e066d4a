package vn.dxscorecard.reference;

/**
 * The shipped registry and catalogue, loaded and checked as the job loads them, for tests
 * of other features.
 */
public final class ShippedReference {

    private static final Registry REGISTRY = RegistryLoader.load(ReferenceSource.classpath(ReferenceConfig.SHIPPED));

    private static final Catalogue CATALOGUE = CatalogueLoader.load(ReferenceSource.classpath(ReferenceConfig.SHIPPED));

    private ShippedReference() {
    }

    public static Registry registry() {
        return REGISTRY;
    }

    public static Catalogue catalogue() {
        return CATALOGUE;
    }

}
