import Hearth

/// A span from a child's record, flattened for snapshot cohorts: current on `day` when
/// `start <= day < end` (exclusive end, `Int32.max` while open).
struct FlatSpan: Sendable {
    var start: Int32
    var end: Int32
    var child: Int32
    var a: Int32
    var b: Int32
}

/// Every snapshot population of children as flat span lists, built once per county.
enum SpanLists {
    static func build(_ county: County, careLeaverFrom: [Day?]) -> [Population: [FlatSpan]] {
        var lists: [Population: [FlatSpan]] = [:]
        func add(_ p: Population, _ span: DaySpan, _ i: Int, _ a: Int, _ b: Int = -1) {
            lists[p, default: []].append(FlatSpan(start: span.start.ordinal, end: span.end?.ordinal ?? .max,
                                                  child: Int32(i), a: Int32(a), b: Int32(b)))
        }
        county.children.forEachInPlace { i, c in
            c.pointee.periodsOfCare.forEachInPlace { k, p in if !p.pointee.isShortBreaksOnly { add(.lookedAfter, p.pointee.span, i, k) } }
            c.pointee.childInNeedEpisodes.forEachInPlace { e, ep in
                add(.childInNeedOpen, ep.pointee.span, i, e)
                for (k, p) in ep.pointee.protectionPlans.enumerated() { add(.protectionPlansOpen, p.span, i, e, k) }
                for (k, a) in ep.pointee.assessments.enumerated() {
                    add(.assessmentsOpen, DaySpan(start: a.startDate, end: a.authorisationDate), i, e, k)
                }
            }
            for (k, pf) in c.pointee.privateFostering.enumerated() { add(.privateFosteringOpen, pf.span, i, k) }
            for (k, al) in c.pointee.allocations.enumerated() { add(.openCases, al.span, i, k) }
            if let left = careLeaverFrom[i], let dob = c.pointee.dateOfBirth {
                add(.careLeaversWithDuty, DaySpan(start: left, end: dob.birthday(22)), i, -1)
            }
        }
        return lists
    }
}
