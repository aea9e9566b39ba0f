package uk.opencsc.adoption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a household of prospective adopters stands, and whether a stage is taking longer than the statutory guidance
 * expects: stage 1 (pre-assessment) within two months of its start, stage 2 (assessment) within four months of its
 * start (Adoption statutory guidance, chapter 3, after the 2013 amendments to the Adoption Agencies Regulations
 * 2005; reported quarterly to the Adoption and Special Guardianship Leadership Board). Plain functions of the
 * household's dates and today.
 */
public final class AdopterStages {

    public static final int STAGE_1_MONTHS = 2;
    public static final int STAGE_2_MONTHS = 4;

    private AdopterStages() {
    }

    /** The stages in the order a household moves through them; a household that left is LEFT whatever it reached. */
    public enum Stage {
        ENQUIRY("Enquiry"),
        STAGE_1("Stage 1"),
        STAGE_2("Stage 2"),
        APPROVED("Approved, waiting for a match"),
        MATCHED("Matched"),
        PLACED("Child placed"),
        ADOPTED("Adoption order made"),
        LEFT("Left the process");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * What the household's children have reached, from their adoption records (the latest milestone among them).
     */
    public record ChildrenProgress(int matched, int placed, int adopted) {
        public static final ChildrenProgress NONE = new ChildrenProgress(0, 0, 0);
    }

    public static Stage stageOf(HouseholdDetails h, ChildrenProgress children) {
        if (h.leftDate() != null) return Stage.LEFT;
        if (children.adopted() > 0) return Stage.ADOPTED;
        if (children.placed() > 0) return Stage.PLACED;
        if (children.matched() > 0) return Stage.MATCHED;
        if (h.approvalDate() != null) return Stage.APPROVED;
        if (h.stage2Start() != null) return Stage.STAGE_2;
        if (h.stage1Start() != null) return Stage.STAGE_1;
        return Stage.ENQUIRY;
    }

    /** Stage 1 is expected to end within two months of its start. */
    public static LocalDate stage1Due(LocalDate stage1Start) {
        return stage1Start.plusMonths(STAGE_1_MONTHS);
    }

    /** Stage 2 is expected to end within four months of its start. */
    public static LocalDate stage2Due(LocalDate stage2Start) {
        return stage2Start.plusMonths(STAGE_2_MONTHS);
    }

    /**
     * A stage's timing: when it was due, when it ended (null while it runs) and by how many days it is or was late.
     */
    public record StageTiming(String stage, LocalDate started, LocalDate due, LocalDate ended, long daysLate) {
        /** Still running past its due day: the list puts these first. */
        public boolean overdue() {
            return ended == null && daysLate > 0;
        }
    }

    /** The timings of the stages the household has started, stage 1 first; a household that left has no open stage. */
    public static List<StageTiming> timings(HouseholdDetails h, LocalDate today) {
        List<StageTiming> timings = new ArrayList<>();
        if (h.stage1Start() != null) {
            timings.add(timing("Stage 1", h.stage1Start(), stage1Due(h.stage1Start()), h.stage1End(), h.leftDate(), today));
        }
        if (h.stage2Start() != null) {
            timings.add(timing("Stage 2", h.stage2Start(), stage2Due(h.stage2Start()), h.stage2End(), h.leftDate(), today));
        }
        return timings;
    }

    /** True when a stage the household is in has run past its due day (and it has not left). */
    public static boolean overdue(HouseholdDetails h, LocalDate today) {
        return timings(h, today).stream().anyMatch(StageTiming::overdue);
    }

    private static StageTiming timing(String stage, LocalDate start, LocalDate due, LocalDate end, LocalDate left, LocalDate today) {
        LocalDate upTo = end != null ? end : left != null ? left : today;
        long late = Math.max(0, ChronoUnit.DAYS.between(due, upTo));
        return new StageTiming(stage, start, due, end != null ? end : left, late);
    }
}
