import Hearth

/// Statutory visit and review schedules: each visit is due a fixed interval after the previous
/// one (or after the start), so a late visit resets the clock. Counts the visits due up to a date
/// and how many were held by their due date.
public struct VisitSchedule: Sendable {
    /// When the first visit is due, from the start of the plan or arrangement.
    public var firstDue: @Sendable (Day) -> Day
    /// When the next visit is due after a visit held on `held`, given the start and visits so far.
    public var nextDue: @Sendable (_ held: Day, _ start: Day, _ heldSoFar: Int) -> Day

    public init(firstDue: @escaping @Sendable (Day) -> Day,
                nextDue: @escaping @Sendable (_ held: Day, _ start: Day, _ heldSoFar: Int) -> Day) {
        self.firstDue = firstDue; self.nextDue = nextDue
    }

    /// Visits due on or before `through`, and how many were held in time. A missed visit with no
    /// later visit is counted once and the schedule stops (the next due date is unknowable).
    public func compliance(start: Day, visits: [Day], through: Day) -> (due: Int, onTime: Int) {
        let held = visits.filter { $0 >= start && $0 <= through }.sorted()
        var due = firstDue(start), count = 0, met = 0, next = 0
        while due <= through {
            count += 1
            guard next < held.count else { break }
            let v = held[next]
            next += 1
            if v <= due { met += 1 }
            due = nextDue(v, start, next)
        }
        return (count, met)
    }

    /// Private fostering (unconfirmed in the sources; statutory minimum chosen): first visit within
    /// 7 days of the start, then every 6 weeks in the first year and every 12 weeks after.
    public static let privateFostering = VisitSchedule(
        firstDue: { $0.adding(days: 7) },
        nextDue: { held, start, _ in held.adding(days: held < start.adding(years: 1) ? 42 : 84) })

    /// Child protection visits (frequency unconfirmed; 10 working days chosen, the common local
    /// standard): first within 10 working days of the plan starting, then every 10 working days.
    public static let protectionVisits = VisitSchedule(
        firstDue: { FastWorkingDays.englandAndWales.adding(workingDays: 10, to: $0) },
        nextDue: { held, _, _ in FastWorkingDays.englandAndWales.adding(workingDays: 10, to: held) })

    /// Child protection review conferences (Working Together; unconfirmed in the sources): first within
    /// 3 months of the initial conference (the plan start), then at most every 6 months.
    public static let protectionReviews = VisitSchedule(
        firstDue: { $0.adding(months: 3) },
        nextDue: { held, _, _ in held.adding(months: 6) })

    /// Looked-after reviews (Care Planning Regulations 2010, reg. 33): first within 20 working days of
    /// becoming looked after, second within 3 months of the first, then every 6 months.
    public static let careReviews = VisitSchedule(
        firstDue: { FastWorkingDays.englandAndWales.adding(workingDays: 20, to: $0) },
        nextDue: { held, _, n in held.adding(months: n == 1 ? 3 : 6) })
}
