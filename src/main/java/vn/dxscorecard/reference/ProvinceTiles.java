package vn.dxscorecard.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The tiles of {@code province-tiles.csv}, each code and each position once. */
public final class ProvinceTiles {

    static final String FILE = "province-tiles.csv";

    private static final int MAX_SIDE = 40;

    private final List<Tile> tiles;

    public ProvinceTiles(List<Tile> tiles) {
        this.tiles = List.copyOf(tiles);
    }

    public List<Tile> tiles() {
        return tiles;
    }

    /**
     * Whether the tiles are exactly these provinces: the map of the 34 provinces does not
     * fit the 63 of before July 2025, and a partial map would hide the missing ones.
     */
    public boolean covers(Set<String> provinceCodes) {
        return !tiles.isEmpty() && tiles.stream().map(Tile::code).collect(Collectors.toSet()).equals(provinceCodes);
    }

    static ProvinceTiles load(ReferenceSource source) {
        ReferenceCsv.Table table = ReferenceCsv.read(source, FILE, List.of("code", "row", "col"));
        Set<String> codes = new HashSet<>();
        Set<List<Integer>> places = new HashSet<>();
        List<Tile> tiles = table.rows().stream().map(row -> {
            Tile tile = new Tile(row.get("code"), number(row, "row"), number(row, "col"));
            if (!tile.code().matches("[0-9A-Z]{1,10}") || !codes.add(tile.code())) {
                throw row.error("province '" + tile.code() + "' is not a code or has a tile already");
            }
            if (!places.add(List.of(tile.row(), tile.col()))) {
                throw row.error("row " + tile.row() + ", col " + tile.col() + " holds another province already");
            }
            return tile;
        }).toList();
        return new ProvinceTiles(tiles);
    }

    private static int number(ReferenceCsv.Row row, String column) {
        String text = row.get(column);
        if (!text.matches("[0-9]{1,2}") || Integer.parseInt(text) >= MAX_SIDE) {
            throw row.error(
                    "column '" + column + "' must be a whole number from 0 to " + (MAX_SIDE - 1) + ": '" + text + "'");
        }
        return Integer.parseInt(text);
    }

}
