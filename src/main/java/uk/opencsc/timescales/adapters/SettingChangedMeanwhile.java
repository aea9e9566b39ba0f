package uk.opencsc.timescales.adapters;

/** Someone else changed a rule's setting after the form being saved was read from it. */
class SettingChangedMeanwhile extends RuntimeException {

    SettingChangedMeanwhile(String rule, int expected, int current) {
        super("The setting of " + rule + " is at version " + current + ", the change was made from version " + expected);
    }
}
