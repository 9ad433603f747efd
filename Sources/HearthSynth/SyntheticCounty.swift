import Foundation
import Hearth

/// A seeded, deterministic synthetic Kent-like county.
///
/// Children arrive as a Poisson process month by month from the start of an 18-year burn-in;
/// each child's life is then simulated from its own random stream. Children whose involvement
/// ended before recorded history began are dropped, so the county starts its history with a
/// steady-state stock (children in care, on plans, care leavers) whose records are backdated.
/// The same parameters always give the same county.
public enum SyntheticCounty {
    public static func generate(_ p: SynthParameters) -> County { simulate(p).county }

    /// The county and any change the model refused while building it (none, if the generator
    /// is correct; tests assert so).
    public static func simulate(_ p: SynthParameters) -> SyntheticCountyRun {
        let ctx = SynthContext(p)
        let arrivals = Arrival.schedule(ctx)
        let results = simulateLives(arrivals, ctx)
        var households = ctx.places.households
        let (children0, extraHouseholds, rejected) = results.drain()
        var children = children0
        households += extraHouseholds
        assignSupervisingWorkers(&households, ctx)
        scheduleAudits(&children, ctx)

        let postcodes = ctx.places.grid
        let county = County(councilCode: "886", name: "Synthetic Kent", extractDate: ctx.extract,
                            areas: ctx.structure.areas, teams: ctx.structure.teams.map(\.team),
                            workers: ctx.workforce.workers, posts: ctx.workforce.posts,
                            fosteringHouseholds: households, postcodes: postcodes, children: children)
        return SyntheticCountyRun(county: county, rejected: rejected, arrivalsSimulated: arrivals.count)
    }

    /// Simulates every arrival, in parallel chunks; results are kept in arrival order.
    private static func simulateLives(_ arrivals: [Arrival], _ ctx: SynthContext) -> ChunkResults {
        let chunks = max(1, min(64, arrivals.count / 2000))
        let results = ChunkResults(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = arrivals.count * c / chunks, hi = arrivals.count * (c + 1) / chunks
            var kept = ChunkResults.Chunk()
            for i in lo..<hi {
                let a = arrivals[i]
                let rng = SeededGenerator(seed: ctx.parameters.seed, stream: 1, index: UInt64(i))
                let id = ChildID("C\(i + 1)")
                var life: ChildLife
                switch a.kind {
                case .referral: life = .referred(ctx: ctx, id: id, on: a.day, rng: rng)
                case .unaccompanied: life = .unaccompanied(ctx: ctx, id: id, on: a.day, rng: rng)
                case .privateFostering: life = .privatelyFostered(ctx: ctx, id: id, on: a.day, rng: rng)
                }
                // Keep children whose case was open at some point in recorded history.
                guard let last = life.teamChanges.last else { continue }
                if last.team == nil && last.day < ctx.historyStart { continue }
                life.allocateWorkers()
                kept.children.append(life.child)
                kept.households += life.connectedHouseholds
                kept.rejected += life.rejected
            }
            results.set(c, kept)
        }
        return results
    }

    /// Fostering households are supervised by a fostering social worker in post at the end of
    /// their approval (or on the extract date).
    private static func assignSupervisingWorkers(_ households: inout [FosteringHousehold], _ ctx: SynthContext) {
        var rng = SeededGenerator(seed: ctx.parameters.seed, stream: 5, index: 0)
        let team = ctx.structure.fostering
        for i in households.indices {
            let h = households[i]
            let day = h.approved.end.map { $0.adding(days: -1) } ?? ctx.extract
            if let (w, _) = ctx.workforce.worker(inTeam: team, on: max(day, h.approved.start), &rng) {
                households[i].supervisingWorker = ctx.workforce.workers[Int(w)].id
            }
        }
    }

    /// About 60 case file audits are scheduled each month on open cases (Kent id 36: 746 a
    /// year), audited by the team manager; most are completed within the month and graded.
    private static func scheduleAudits(_ children: inout [ChildRecord], _ ctx: SynthContext) {
        guard !children.isEmpty else { return }
        var rng = SeededGenerator(seed: ctx.parameters.seed, stream: 6, index: 0)
        let grades = WeightedTable(ModelParameters.auditGrades)
        var month = ctx.historyStart.firstOfMonth
        let teamIndex = Dictionary(uniqueKeysWithValues: ctx.structure.teams.enumerated().map { ($0.element.team.id, $0.offset) })
        while month <= ctx.extract {
            let target = rng.poisson(ModelParameters.auditsPerMonth * ctx.parameters.scale)
            var done = 0, tries = 0
            while done < target && tries < target * 40 {
                tries += 1
                let i = rng.below(children.count)
                let scheduled = month.adding(days: rng.int(0...20))
                guard scheduled <= ctx.extract, let allocation = children[i].allocation(on: scheduled) else { continue }
                var audit = CaseFileAudit(scheduled: scheduled)
                if let t = teamIndex[allocation.team], let m = ctx.workforce.manager(ofTeam: t, on: scheduled) {
                    audit.auditor = ctx.workforce.workers[Int(m)].id
                }
                let completed = scheduled.adding(days: rng.int(0...25))
                if rng.chance(ModelParameters.auditCompleted) && completed <= ctx.extract {
                    audit.completed = completed
                    audit.grade = rng.pick(grades)
                }
                children[i].audits.append(audit)
                done += 1
            }
            month = month.adding(months: 1)
        }
    }
}

/// The result of a generation run.
public struct SyntheticCountyRun: Sendable {
    public var county: County
    /// Changes the case model refused during generation.
    public var rejected: [ModelViolation]
    /// Children simulated, including those whose involvement ended before recorded history.
    public var arrivalsSimulated: Int
}

/// A child's first contact with the department.
struct Arrival: Sendable {
    enum Kind: UInt8, Sendable { case referral, unaccompanied, privateFostering }
    let day: Day
    let kind: Kind

    /// Poisson arrivals month by month from the start of the burn-in to the extract date.
    static func schedule(_ ctx: SynthContext) -> [Arrival] {
        var rng = SeededGenerator(seed: ctx.parameters.seed, stream: 2, index: 0)
        let s = ctx.parameters.scale
        var out: [Arrival] = []
        var month = ctx.burnInStart.firstOfMonth
        while month <= ctx.extract {
            let days = Day.daysIn(month: month.month, year: month.year)
            var batch: [Arrival] = []
            for (kind, perYear) in [(Kind.referral, ModelParameters.firstReferralsPerYear),
                                    (.unaccompanied, ModelParameters.uascArrivalsPerYear),
                                    (.privateFostering, ModelParameters.privateFosteringPerYear)] {
                let n = rng.poisson(perYear * s / 12)
                for _ in 0..<n {
                    let d = month.adding(days: rng.below(days))
                    if d <= ctx.extract { batch.append(Arrival(day: d, kind: kind)) }
                }
            }
            batch.sort { ($0.day, $0.kind.rawValue) < ($1.day, $1.kind.rawValue) }
            out += batch
            month = month.adding(months: 1)
        }
        return out
    }
}

/// Per-chunk results written from concurrent workers; each slot is written by one worker only,
/// and drained chunk by chunk so that a national-scale county is never held twice.
final class ChunkResults: @unchecked Sendable {
    struct Chunk {
        var children: [ChildRecord] = []
        var households: [FosteringHousehold] = []
        var rejected: [ModelViolation] = []
    }
    private var slots: [Chunk]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: Chunk(), count: count) }
    func set(_ i: Int, _ chunk: Chunk) { lock.lock(); slots[i] = chunk; lock.unlock() }

    /// All children in arrival order, emptying the slots as it goes.
    func drain() -> ([ChildRecord], [FosteringHousehold], [ModelViolation]) {
        var children: [ChildRecord] = [], households: [FosteringHousehold] = [], rejected: [ModelViolation] = []
        children.reserveCapacity(slots.reduce(0) { $0 + $1.children.count })
        for i in slots.indices {
            children += slots[i].children
            households += slots[i].households
            rejected += slots[i].rejected
            slots[i] = Chunk()
        }
        return (children, households, rejected)
    }
}
