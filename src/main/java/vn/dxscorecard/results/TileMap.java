package vn.dxscorecard.results;

import java.util.List;

import vn.dxscorecard.ranking.RankingEntry;
import vn.dxscorecard.reference.Tile;

/**
 * The provinces placed on the tile grid, each with its ranking line (ranked or not
 * submitted).
 */
public record TileMap(int rows, int cols, List<Placed> tiles) {

    public record Placed(Tile tile, RankingEntry entry) {

        public ChangeBand changeBand() {
            return ChangeBand.of(entry.overallChange());
        }

    }

}
