import Hearth
import Testing
@testable import HearthIndicators

/// Small hand-built counties for hand-worked indicator tests. Reporting month January 2017 unless
/// said otherwise: snapshot Tuesday 31 January 2017; rolling 12 months 1 Feb 2016 – 31 Jan 2017.
enum F {
    static let jan2017 = ReportingMonth(year: 2017, month: 1)
    static let aug2016 = ReportingMonth(year: 2016, month: 8)

    static func d(_ s: String) -> Day { Day(iso: s)! }

    static let areas = [Area(id: "N", name: "North"), Area(id: "W", name: "West")]
    static let teams = [
        Team(id: "N-CSWT", name: "North CSWT", kind: .childrensSocialWork, area: "N"),
        Team(id: "N-CIC", name: "North CIC", kind: .childrenInCare, area: "N"),
        Team(id: "W-CIC", name: "West CIC", kind: .childrenInCare, area: "W"),
        Team(id: "CL", name: "Care Leaver Service", kind: .careLeavers, area: nil),
        Team(id: "FOST", name: "Fostering", kind: .fostering, area: nil),
    ]
    static let workers = [
        Worker(id: "W1", name: "Worker One", team: "N-CIC", role: .socialWorker, qualified: true, employment: .permanent,
               fte: 1.0, employed: DaySpan(start: d("2010-01-01"))),
        Worker(id: "W2", name: "Worker Two", team: "W-CIC", role: .socialWorker, qualified: true, employment: .permanent,
               fte: 0.5, employed: DaySpan(start: d("2010-01-01"))),
    ]

    /// A county of `children`; every child without allocations is allocated to North CIC, worker W1, from 2010.
    static func county(_ children: [ChildRecord], teams: [Team] = F.teams, workers: [Worker] = F.workers,
                       posts: [Post] = [], households: [FosteringHousehold] = [],
                       postcodes: [String: GridReference] = [:]) -> County {
        County(councilCode: "886", name: "Testshire", extractDate: d("2017-02-28"), areas: areas, teams: teams,
               workers: workers, posts: posts, fosteringHouseholds: households, postcodes: postcodes,
               children: children.map { c in
                   var c = c
                   if c.allocations.isEmpty {
                       c.allocations = [CaseAllocation(team: "N-CIC", worker: "W1", span: DaySpan(start: d("2010-01-01")))]
                   }
                   return c
               })
    }

    static func child(_ id: String, born: String = "2006-05-01", uasc: [DaySpan] = [], care: [PeriodOfCare] = [],
                      episodes: [ChildInNeedEpisode] = [], allocations: [CaseAllocation] = []) -> ChildRecord {
        ChildRecord(id: ChildID(id), dateOfBirth: d(born), uasc: uasc, childInNeedEpisodes: episodes,
                    periodsOfCare: care, allocations: allocations)
    }

    /// A period of care with placements given as (start, type, carer); each ends when the next starts.
    static func care(_ id: String, from: String, to: String? = nil, reason: String? = nil,
                     placements: [(String, String, String?)] = [], legal: String = "C2", provider: String? = nil,
                     postcode: String? = nil) -> PeriodOfCare {
        let end = to.map(d)
        let list = placements.isEmpty ? [(from, "U4", nil)] : placements
        var spans: [PlacementSpan] = []
        for (i, p) in list.enumerated() {
            let next = i + 1 < list.count ? d(list[i + 1].0) : end
            spans.append(PlacementSpan(span: DaySpan(start: d(p.0), end: next), type: PlacementType(rawValue: p.1),
                                       provider: provider.map { PlacementProvider(rawValue: $0) }, carer: p.2.map { CarerID($0) },
                                       postcode: postcode))
        }
        return PeriodOfCare(id: id, span: DaySpan(start: d(from), end: end),
                            reasonEnded: reason.map { ReasonEpisodeCeased(rawValue: $0) },
                            legalStatuses: [LegalStatusSpan(span: DaySpan(start: d(from), end: end), status: LegalStatus(rawValue: legal))],
                            placements: spans)
    }

    static func episode(_ id: String, referred: String, closed: String? = nil, assessments: [Assessment] = [],
                        enquiries: [Section47Enquiry] = [], cinPlans: [ChildInNeedPlan] = [],
                        plans: [ChildProtectionPlan] = []) -> ChildInNeedEpisode {
        ChildInNeedEpisode(id: id, referralDate: d(referred), referralSource: "1A", primaryNeed: "N1",
                           closureDate: closed.map(d), closureReason: closed == nil ? nil : "RC1", assessments: assessments,
                           section47Enquiries: enquiries, childInNeedPlans: cinPlans, protectionPlans: plans)
    }

    static func plan(_ id: String, from: String, to: String? = nil, previous: Int? = nil, reviews: [String] = [],
                     visits: [String] = []) -> ChildProtectionPlan {
        ChildProtectionPlan(id: id, span: DaySpan(start: d(from), end: to.map(d)), initialCategory: "NEG",
                            numberOfPreviousPlans: previous, reviews: reviews.map(d), visits: visits.map(d))
    }
}

/// Checks one indicator's council result against hand-worked figures.
func expectIndicator(_ county: County, _ id: String, month: ReportingMonth = F.jan2017, unit: ReportingUnit = .council,
                     excludingUASC: Bool = false, numerator: Double, denominator: Double?, value: Double?, rag: RAG?,
                     sourceLocation: SourceLocation = #_sourceLocation) {
    let engine = ScorecardEngine(county)
    guard let d = IndicatorCatalogue.definition(id),
          let r = engine.result(d, month: month, unit: unit, excludingUASC: excludingUASC, collect: true) else {
        Issue.record("no result for \(id)", sourceLocation: sourceLocation); return
    }
    #expect(abs(r.numerator - numerator) < 1e-9, "numerator of \(id)", sourceLocation: sourceLocation)
    if let den = denominator {
        #expect(r.denominator.map { abs($0 - den) < 1e-9 } ?? false, "denominator of \(id): \(String(describing: r.denominator))",
                sourceLocation: sourceLocation)
    } else {
        #expect(r.denominator == nil, "denominator of \(id)", sourceLocation: sourceLocation)
    }
    if let v = value {
        #expect(r.value.map { abs($0 - v) < 1e-6 } ?? false, "value of \(id): \(String(describing: r.value))", sourceLocation: sourceLocation)
    } else {
        #expect(r.value == nil, "value of \(id)", sourceLocation: sourceLocation)
    }
    #expect(r.rag == rag, "RAG of \(id): \(String(describing: r.rag))", sourceLocation: sourceLocation)
}
