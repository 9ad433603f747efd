import Hearth

/// Puts workers on the case. The simulation decides which team holds the case when; here each
/// team spell is given a worker in post in that team on the day, a new worker when that one
/// leaves (SW_REASON LEFTRL) and occasionally for other reasons (managing caseloads, absence,
/// the child's or parent's request). A few cases wait unallocated for some days (Kent id 7).
extension ChildLife {
    static let changeReasons = WeightedTable<SocialWorkerChangeReason>([
        (.manage, 0.45), (.absenc, 0.15), (.orgrst, 0.1), (.chchan, 0.08), (.pcchan, 0.07), (.others, 0.15),
    ])

    mutating func allocateWorkers() {
        let workforce = ctx.workforce
        for (i, change) in teamChanges.enumerated() {
            let spellEnd = i + 1 < teamChanges.count ? teamChanges[i + 1].day : nil
            guard let team = change.team else { continue }
            let teamID = ctx.team(team).id
            var day = change.day
            var reason = change.reason
            if rng.chance(0.004) {
                let waited = day.adding(days: rng.int(1...20))
                record(team: teamID, worker: nil, on: day, reason: reason)
                if spellEnd.map({ waited >= $0 }) ?? !known(waited) { continue }
                day = waited
            }
            while true {
                guard let (w, leaves) = workforce.worker(inTeam: team, on: day, &rng) else {
                    record(team: teamID, worker: nil, on: day, reason: reason)
                    break
                }
                record(team: teamID, worker: workforce.workers[Int(w)].id, on: day, reason: reason)
                var next = leaves
                var nextReason: SocialWorkerChangeReason = .leftrl
                let other = day.adding(days: 1 + Int(rng.exponential(mean: 2.5 * 365)))
                if next.map({ other < $0 }) ?? true { next = other; nextReason = rng.pick(Self.changeReasons) }
                guard let n = next, known(n), spellEnd.map({ n < $0 }) ?? true else { break }
                day = n
                reason = nextReason
            }
            if let end = spellEnd, teamChanges[i + 1].team == nil { child.closeAllocation(on: end) }
        }
        if child.careLeaver != nil {
            let adviser = child.allocations.last { a in a.worker != nil && a.team == ctx.team(teams.careLeavers).id }?.worker
            child.careLeaver?.personalAdviser = adviser
        }
    }

    private mutating func record(team: TeamID, worker: WorkerID?, on day: Day, reason: SocialWorkerChangeReason?) {
        if let last = child.allocations.last, last.span.start == day {
            child.allocations.removeLast()
            if child.allocations.last?.span.end == day { child.allocations[child.allocations.count - 1].span.end = nil }
        }
        do { try child.allocate(to: team, worker: worker, on: day, reason: reason) } catch { rejected.append(error) }
    }
}
