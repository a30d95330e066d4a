package vn.dxscorecard.results;

/**
 * The best and the worst of a unit's published rank and its ranks with one pillar left
 * out at a time (SPEC §5, rank range).
 */
public record RankRange(int min, int max) {

    public boolean single() {
        return min == max;
    }

}
