package vn.dxscorecard.reference;

/**
 * Where a province sits on the national summary's tile map: a schematic grid by its
 * approximate position, north at row 0 (SPEC §6, {@code province-tiles.csv}).
 */
public record Tile(String code, int row, int col) {
}
