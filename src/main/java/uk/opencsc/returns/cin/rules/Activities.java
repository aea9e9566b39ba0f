package uk.opencsc.returns.cin.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;
import uk.opencsc.returns.cin.CinDetails.CensusAssessment;
import uk.opencsc.returns.cin.CinDetails.CinPlanDates;
import uk.opencsc.returns.cin.CinDetails.ProtectionPlan;
import uk.opencsc.returns.cin.CinDetails.Section47;

/**
 * Walks a child's episodes and what happened in them, handing each item to a rule with its episode and its element
 * path, so each activity rule says only what it checks. Every walk is one pass over the child's own lists.
 */
final class Activities {

    /** What a rule does with one item: the episode it sits in, the item, and where it is in the child's record. */
    @FunctionalInterface
    interface Visit<T> {
        void accept(CinDetails episode, T item, ElementPath at);
    }

    private Activities() {}

    static void episodes(CensusChild child, BiConsumer<CinDetails, ElementPath> visit) {
        for (int e = 0; e < child.cinDetails().size(); e++) {
            visit.accept(child.cinDetails().get(e), ElementPath.cinDetails(e));
        }
    }

    static void assessments(CensusChild child, Visit<CensusAssessment> visit) {
        each(child, "Assessments", CinDetails::assessments, visit);
    }

    static void cinPlans(CensusChild child, Visit<CinPlanDates> visit) {
        each(child, "CINPlanDates", CinDetails::cinPlans, visit);
    }

    static void section47s(CensusChild child, Visit<Section47> visit) {
        each(child, "Section47", CinDetails::section47s, visit);
    }

    static void protectionPlans(CensusChild child, Visit<ProtectionPlan> visit) {
        each(child, "ChildProtectionPlans", CinDetails::protectionPlans, visit);
    }

    /** Every {@code DateOfInitialCPC}: the episode's own (held without a section 47) and each section 47's. */
    static void initialConferenceDates(CensusChild child, Visit<LocalDate> visit) {
        episodes(child, (episode, at) -> {
            if (episode.dateOfInitialCpc() != null) {
                visit.accept(episode, episode.dateOfInitialCpc(), at.then("DateOfInitialCPC"));
            }
        });
        section47s(child, (episode, enquiry, at) -> {
            if (enquiry.dateOfInitialCpc() != null) {
                visit.accept(episode, enquiry.dateOfInitialCpc(), at.then("DateOfInitialCPC"));
            }
        });
    }

    /**
     * A section 47 enquiry still open: no initial conference held and none declared not required. The census
     * writes ICPCnotRequired as 0/1, so an absent flag is read as "required".
     */
    static boolean awaitingConference(Section47 enquiry) {
        return enquiry.dateOfInitialCpc() == null && !Boolean.TRUE.equals(enquiry.icpcNotRequired());
    }

    /** True only when both dates are present and {@code date} is strictly earlier: a missing date is another rule's. */
    static boolean before(LocalDate date, LocalDate other) {
        return date != null && other != null && date.isBefore(other);
    }

    /** True only when both dates are present and {@code date} is strictly later. */
    static boolean after(LocalDate date, LocalDate other) {
        return date != null && other != null && date.isAfter(other);
    }

    /** Present but outside 1 April to 31 March of the census year. */
    static boolean outsideYear(LocalDate date, CensusPeriod period) {
        return date != null && !period.contains(date);
    }

    /**
     * Whether a plan running from {@code start} is open on {@code day}: from its start (inclusive) to its end
     * (exclusive, so another plan may begin the day one ends), or to the reference date (inclusive) while it has
     * no end. False when the plan has no start.
     */
    static boolean openOn(LocalDate day, LocalDate start, LocalDate end, CensusPeriod period) {
        LocalDate endExclusive = end != null ? end : period.referenceDate().plusDays(1);
        return day != null && start != null && !day.isBefore(start) && day.isBefore(endExclusive);
    }

    /**
     * As {@link #openOn} but counting the end day itself: the DfE's overlap rules for two plans or enquiries of
     * one kind say a start may not fall "on or between" the other's start and end.
     */
    static boolean coversDay(LocalDate day, LocalDate start, LocalDate end, CensusPeriod period) {
        return openOn(day, start, end == null ? null : end.plusDays(1), period);
    }

    /** A plan of one kind, as the overlap rules see it: where it is, and its start and end. */
    record Span(ElementPath at, LocalDate start, LocalDate end) {
    }

    /**
     * The start elements ({@code at/startElement}) of the spans that start on or between another span's start and
     * end (4014 for CIN plans, 8940 for child protection plans).
     */
    static List<ElementPath> startsWithinAnother(List<Span> spans, String startElement, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            for (int j = 0; j < spans.size(); j++) {
                Span other = spans.get(j);
                if (i != j && coversDay(spans.get(i).start(), other.start(), other.end(), period)) {
                    breaches.add(spans.get(i).at().then(startElement));
                    break;
                }
            }
        }
        return breaches;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static <T> void each(CensusChild child, String element,
            Function<CinDetails, List<T>> items, Visit<T> visit) {
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            List<T> list = items.apply(episode);
            for (int i = 0; i < list.size(); i++) {
                visit.accept(episode, list.get(i), ElementPath.cinDetails(e).then(element, i));
            }
        }
    }
}
