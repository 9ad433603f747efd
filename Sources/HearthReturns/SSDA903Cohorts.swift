import Hearth

/// OC2: children looked after continuously for at least 12 months at 31 March (returns.md §2.7).
/// Read as the DfE validator reads it (rule 191): in a period of care that began on or before
/// 1 April of the collection year and had not ended before 31 March, so a period whose episode
/// ceased on 31 March itself still counts (the 903 treats a DEC of 31 March as looked after at
/// the year end). Periods made up only of agreed short breaks (V3/V4) are left out, as in the
/// DfE outcome statistics.
public enum OC2Cohort {
    public static func includes(_ child: ChildRecord, in year: CollectionYear) -> Bool {
        child.periodsOfCare.contains {
            $0.span.start <= year.start && ($0.span.end.map { $0 >= year.end } ?? true) && !$0.isShortBreaksOnly
        }
    }
}

/// OC3: care leavers who turn 17, 18, 19, 20 or 21 in the collection year (rule 391), reported
/// "around their birthday". A child is a care leaver for the return when the leaving-care
/// service holds a record for them (`ChildRecord.careLeaver`); the row is the recorded contact
/// nearest the birthday within 3 months before to 1 month after it (the window the DfE is thought
/// to use, unconfirmed). No contact in the window means no row, rather than an invented one.
/// Not reported: a young person looked after on that birthday (rule 1007); and, at 17 or 18, one
/// whose care ended after that birthday, including a later period of care by 31 March (rule 1016,
/// "cease to be looked after, after their birthday"). Leaving on the birthday itself (DEC =
/// birthday, the usual end of care at 18) keeps the young person in the cohort.
public enum OC3Cohort {
    public static let ages = 17...21

    /// The age in `ages` the young person reaches during the year, if any.
    public static func ageInYear(dob: Day, year: CollectionYear) -> Int? {
        ages.first { year.span.contains(dob.birthday($0)) }
    }

    /// The date an OC3 row is about: the birthday in the year (31 March when there is none).
    public static func contactDate(dob: Day, year: CollectionYear) -> Day {
        ageInYear(dob: dob, year: year).map { dob.birthday($0) } ?? year.end
    }

    /// The contact to report for `child` in `year`, or nil when they are not in the cohort.
    public static func contact(for child: ChildRecord, in year: CollectionYear) -> CareLeaverContact? {
        guard let record = child.careLeaver, let dob = child.dateOfBirth, let age = ageInYear(dob: dob, year: year) else { return nil }
        let birthday = dob.birthday(age)
        if child.isLookedAfter(on: birthday) { return nil }
        if age <= 18, child.periodsOfCare.contains(where: { $0.span.start <= year.end && ($0.span.end.map { $0 > birthday } ?? true) }) {
            return nil
        }
        let from = birthday.adding(months: -3), to = birthday.adding(months: 1)
        return record.contacts.filter { $0.date >= from && $0.date <= to }
            .min { (abs($0.date.days(to: birthday)), $0.date) < (abs($1.date.days(to: birthday)), $1.date) }
    }
}

/// AD1: children adopted during the year: a period of care that ended with REC E11 or E12 in the
/// year. The adoption journey reported is the one whose order date is that day, else the latest
/// unreversed decision made before it. A child adopted without a recorded journey has no AD1 row.
public enum AD1Cohort {
    public static func adoption(for child: ChildRecord, in year: CollectionYear) -> AdoptionJourney? {
        guard let period = child.periodsOfCare.last(where: {
            ($0.reasonEnded?.isAdoption ?? false) && ($0.span.end.map(year.span.contains) ?? false)
        }), let end = period.span.end else { return nil }
        if let j = child.adoptions.last(where: { $0.adoptionOrderDate == end }) { return j }
        return child.adoptions.last { $0.decisionDate <= end && $0.decisionReversedDate == nil }
    }
}
