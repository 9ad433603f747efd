import Hearth

/// Every child's case allocations as flat arrays: child i owns entries `offset[i]..<offset[i+1]`,
/// in start order. Looking up a child's team on a date touches a handful of integers.
struct AllocationTable: Sendable {
    let offset: [Int32]
    let start: [Int32]
    let end: [Int32]
    let team: [Int32]
    let worker: [Int32]

    init(_ county: County, teams: [TeamID: Int32], workers: [WorkerID: Int32]) {
        var offset: [Int32] = [0], starts: [Int32] = [], ends: [Int32] = [], aTeam: [Int32] = [], aWorker: [Int32] = []
        offset.reserveCapacity(county.children.count + 1)
        county.children.forEachInPlace { _, c in
            // In start order: records usually are already; a stable sort keeps equal starts as recorded.
            let recorded = c.pointee.allocations
            let inOrder = recorded.indices.dropFirst().allSatisfy { recorded[$0 - 1].span.start <= recorded[$0].span.start }
            (inOrder ? recorded : recorded.sorted { $0.span.start < $1.span.start }).forEachInPlace { _, al in
                starts.append(al.pointee.span.start.ordinal)
                ends.append(al.pointee.span.end?.ordinal ?? .max)
                aTeam.append(teams[al.pointee.team] ?? -1)
                aWorker.append(al.pointee.worker.flatMap { workers[$0] } ?? -1)
            }
            offset.append(Int32(starts.count))
        }
        self.offset = offset; start = starts; end = ends; team = aTeam; worker = aWorker
    }

    /// The team and worker a child's case is attributed to on `day`: the allocation current that day;
    /// else the latest one that ended before it (a closed case stays with its last team, no worker);
    /// else the first one.
    func at(_ i: Int32, _ day: Day) -> (team: Int32, worker: Int32) {
        let lo = Int(offset[Int(i)]), hi = Int(offset[Int(i) + 1])
        guard lo < hi else { return (-1, -1) }
        var best = -1
        for k in lo..<hi where start[k] <= day.ordinal {
            if day.ordinal < end[k] { return (team[k], worker[k]) }
            best = k
        }
        return (team[best >= 0 ? best : lo], -1)
    }

    /// Whether the case kept one named worker throughout `[from, to]`.
    func sameWorker(_ i: Int32, from: Day, to: Day) -> Bool {
        let lo = Int(offset[Int(i)]), hi = Int(offset[Int(i) + 1])
        var current: Int32? = nil
        var coversStart = false
        for k in lo..<hi where start[k] <= to.ordinal && end[k] > from.ordinal {
            if worker[k] < 0 { return false }
            if let w = current, w != worker[k] { return false }
            current = worker[k]
            if start[k] <= from.ordinal { coversStart = true }
        }
        return current != nil && coversStart
    }
}

/// Makes child items attributed to the team and worker of the day, with the UASC flag.
struct ItemMaker {
    let allocations: AllocationTable
    let uascFrom: [Int32]

    func item(_ i: Int32, on day: Day, a: Int32 = -1, b: Int32 = -1) -> CohortItem {
        let al = allocations.at(i, day)
        return CohortItem(date: day, subject: i, a: a, b: b, team: al.team, worker: al.worker,
                          uasc: uascFrom[Int(i)] <= day.ordinal)
    }
}
