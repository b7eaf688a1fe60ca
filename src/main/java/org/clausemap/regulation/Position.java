package org.clausemap.regulation;

import tools.jackson.core.TokenStreamLocation;

/** A 1-based line and column in a framework file; {@link #UNKNOWN} when the parser could not tell. */
record Position(int line, int column) {

    static final Position UNKNOWN = new Position(0, 0);

    static Position of(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return UNKNOWN;
        }
        return new Position(location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }
}
