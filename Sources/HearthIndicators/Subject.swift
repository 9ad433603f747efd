import Hearth

/// What an indicator's rules see: one item, the county it comes from and the window being reported.
/// The accessors read straight from the county's arrays by index.
public struct Subject {
    public let index: CountyIndex
    public let item: CohortItem
    public let window: Window

    public init(index: CountyIndex, item: CohortItem, window: Window) {
        self.index = index; self.item = item; self.window = window
    }

    public var calendar: WorkingDayCalendar { index.calendar }
    /// Table-driven working-day arithmetic over the same calendar.
    public var workingDays: FastWorkingDays { index.workingDays }
    /// Looked after on `day`, without copying the period of care.
    public func isLookedAfter(on day: Day) -> Bool { index.timelines.care.contains(item.subject, day) }
    /// On a child protection plan on `day`.
    public func isOnProtectionPlan(on day: Day) -> Bool { index.timelines.protection.contains(item.subject, day) }
    /// Placements current on any day of `[from, to]` (DfE counting rules).
    public func placementCount(from: Day, to: Day) -> Int { index.timelines.placementCount(item.subject, from: from, to: to) }
    /// The long-term stability test on `day`.
    public func inSamePlacementTwoYears(on day: Day) -> Bool { index.timelines.samePlacementTwoYears(item.subject, on: day) }
    /// The item's date: the event date, or the snapshot date for point-in-time cohorts.
    public var date: Day { item.date }
    public var snapshot: Day { window.snapshot }
    public var isChild: Bool { item.kind == .child }

    public var child: ChildRecord { _read { yield index.county.children[Int(item.subject)] } }
    public var age: Int? { index.county.children[Int(item.subject)].dateOfBirth.map { $0.age(on: item.date) } }

    public var episode: ChildInNeedEpisode { _read { yield index.county.children[Int(item.subject)].childInNeedEpisodes[Int(item.a)] } }
    public var assessment: Assessment { _read { yield episode.assessments[Int(item.b)] } }
    public var enquiry: Section47Enquiry { _read { yield episode.section47Enquiries[Int(item.b)] } }
    public var protectionPlan: ChildProtectionPlan { _read { yield episode.protectionPlans[Int(item.b)] } }
    public var periodOfCare: PeriodOfCare { _read { yield index.county.children[Int(item.subject)].periodsOfCare[Int(item.a)] } }
    public var review: CarePlanReview { _read { yield periodOfCare.reviews[Int(item.b)] } }
    public var missingEpisode: MissingEpisode { _read { yield index.county.children[Int(item.subject)].missingEpisodes[Int(item.a)] } }
    public var adoption: AdoptionJourney { _read { yield index.county.children[Int(item.subject)].adoptions[Int(item.a)] } }
    public var audit: CaseFileAudit { _read { yield index.county.children[Int(item.subject)].audits[Int(item.a)] } }
    public var documentGrade: DocumentGrade { _read { yield index.county.children[Int(item.subject)].documentGrades[Int(item.a)] } }
    public var privateFostering: PrivateFosteringArrangement {
        _read { yield index.county.children[Int(item.subject)].privateFostering[Int(item.a)] }
    }
    /// For care-leaver birthday items: the age reached on `date`.
    public var birthdayAge: Int { Int(item.a) }

    public var post: Post { _read { yield index.county.posts[Int(item.subject)] } }
    public var worker: Worker { _read { yield index.county.workers[Int(item.subject)] } }
    public var household: FosteringHousehold { _read { yield index.county.fosteringHouseholds[Int(item.subject)] } }
}
