package uk.opencsc.calendar;

/**
 * A number of working days, as a statute or procedure states it ("within 15 working days").
 *
 * @param count zero or more
 */
public record WorkingDays(int count) {

    public WorkingDays {
        if (count < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative, was " + count);
        }
    }

    /** @throws IllegalArgumentException if {@code count} is negative */
    public static WorkingDays of(int count) {
        return new WorkingDays(count);
    }

    @Override
    public String toString() {
        return count + (count == 1 ? " working day" : " working days");
    }
}
