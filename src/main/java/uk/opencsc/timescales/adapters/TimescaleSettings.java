package uk.opencsc.timescales.adapters;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.timescales.LocalSetting;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.RuleId;
import uk.opencsc.timescales.RulesInForce;
import uk.opencsc.timescales.TimescaleRule;
import uk.opencsc.timescales.TimescaleRules;

import java.util.List;

/** The catalogue with this authority's settings, and changing a setting (audited, optimistically locked). */
@Service
class TimescaleSettings implements RulesInForce {

    static final String AUDIT_SUBJECT = "timescale-local-setting";

    private final RuleCatalogue catalogue;
    private final LocalSettingsRepository settings;
    private final ApplicationEventPublisher events;

    TimescaleSettings(RuleCatalogue catalogue, LocalSettingsRepository settings, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.events = events;
    }

    RuleCatalogue catalogue() {
        return catalogue;
    }

    /** The rules as they stand with every saved setting: each obligation uses the version in force when it started. */
    @Override
    public TimescaleRules rules() {
        return TimescaleRules.of(catalogue, settings.all().stream().map(LocalSettingsRepository.StoredSetting::setting).toList());
    }

    int currentVersion(RuleId rule) {
        return settings.currentVersion(rule);
    }

    List<LocalSettingsRepository.StoredSetting> history(RuleId rule) {
        return settings.all().stream().filter(s -> s.setting().rule().equals(rule)).toList();
    }

    /**
     * Saves a change made from the form read at {@code expectedVersion} and audits it as a {@link RecordChanged}.
     *
     * @throws SettingChangedMeanwhile  when the rule's setting changed since {@code expectedVersion}
     * @throws IllegalArgumentException when the rule is not changeable
     */
    @Transactional
    public void change(LocalSetting setting, int expectedVersion, String by) {
        TimescaleRule before = rules().ruleFor(setting.rule(), setting.effectiveFrom());
        TimescaleRule after = before.withLocalLimits(setting.first(), setting.repeat());
        int current = settings.currentVersion(setting.rule());
        if (current != expectedVersion) {
            throw new SettingChangedMeanwhile(setting.rule().value(), expectedVersion, current);
        }
        try {
            settings.insert(setting, expectedVersion + 1, by);
        } catch (DuplicateKeyException e) {
            // another administrator saved between our check and our insert: the unique (rule, version) caught it
            throw new SettingChangedMeanwhile(setting.rule().value(), expectedVersion, expectedVersion + 1);
        }
        events.publishEvent(new RecordChanged(AUDIT_SUBJECT, setting.rule().value(), null, List.of(
                new FieldChange("effectiveFrom", null, setting.effectiveFrom().toString()),
                new FieldChange("setting", before.describeLimits(), after.describeLimits()),
                new FieldChange("version", String.valueOf(expectedVersion), String.valueOf(expectedVersion + 1)))));
    }
}
