package uk.opencsc.timescales;

/** The timescales as this authority runs them: the catalogue with every local setting saved so far. */
public interface RulesInForce {

    TimescaleRules rules();
}
