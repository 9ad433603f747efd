import Hearth

/// Posts and the workers who hold them, simulated post by post from the start of the burn-in.
///
/// Each post is filled, held for a while, vacated and (after a gap) filled again. Parameters are
/// chosen so that the stock on any day matches Kent's Jan 2017 staffing (scorecard.md §5.2
/// ids 41–42): about 14% of caseholding FTE agency, about 5% vacant, the rest permanent
/// qualified social workers. See docs/synthetic-county.md for the arithmetic.
struct SyntheticWorkforce: Sendable {
    struct Holding: Sendable {
        let worker: Int32
        let start: Day
        let end: Day?
    }

    var workers: [Worker]
    var posts: [Post]
    /// Per team, the indices of its caseholding posts (or all posts, for teams without any).
    let teamPosts: [[Int]]
    let holdings: [[Holding]]
    /// Team manager of each team's first post, used as the case file auditor.
    let managers: [[Int]]

    /// Mean tenure in a post (years): permanent staff stay long, agency staff move on.
    static let permanentTenureYears = 7.0
    static let agencyTenureYears = 1.5
    /// Share of new appointments that are agency locums.
    static let agencyHireShare = 0.45
    /// Mean vacancy gap between holders (days).
    static let vacancyGapDays = 120.0

    init(structure: KentStructure, scale: Double, seed: UInt64, from start: Day, to extract: Day) {
        var workers: [Worker] = [], posts: [Post] = [], holdings: [[Holding]] = []
        var teamPosts: [[Int]] = Array(repeating: [], count: structure.teams.count)
        var managers: [[Int]] = Array(repeating: [], count: structure.teams.count)
        let fteTable = WeightedTable<Double>([(1.0, 0.8), (0.8, 0.12), (0.6, 0.05), (0.5, 0.03)])
        var postNumber = 0

        for (t, plan) in structure.teams.enumerated() {
            let team = plan.team
            var rng = SeededGenerator(seed: seed, stream: 3, index: UInt64(t))
            let target = plan.caseholdingFTE * scale
            var specs: [(fte: Double, caseholding: Bool, role: WorkerRole)] = []
            let managersNeeded = max(1, Int((target / 8).rounded()))
            for _ in 0..<managersNeeded { specs.append((1.0, false, .teamManager)) }
            var fte = 0.0
            let caseholding = team.kind != .fostering
            while fte < target - 0.25 {
                let f = min(rng.pick(fteTable), max(0.5, target - fte))
                fte += f
                let role: WorkerRole
                switch team.kind {
                case .careLeavers: role = .personalAdviser
                case .fostering: role = .fosteringSocialWorker
                default: role = rng.chance(0.2) ? .seniorPractitioner : .socialWorker
                }
                specs.append((f, caseholding, role))
            }
            for spec in specs {
                postNumber += 1
                let postIndex = posts.count
                var post = Post(id: PostID("P\(postNumber)"), team: team.id, fte: spec.fte, caseholding: spec.caseholding)
                var postHoldings: [Holding] = []
                // The post's first holder joined before the simulation began.
                var day = start
                var first = true
                while day <= extract {
                    let agencyHire = spec.role != .teamManager && rng.chance(Self.agencyHireShare)
                    let tenureDays = Int(rng.exponential(mean: 365.25 * (agencyHire ? Self.agencyTenureYears : Self.permanentTenureYears))) + 30
                    var joined = day
                    if first { joined = day.adding(days: -rng.below(tenureDays)); first = false }
                    let left = joined.adding(days: tenureDays)
                    let qualified: Bool
                    switch spec.role {
                    case .personalAdviser: qualified = rng.chance(0.25)
                    case .supportWorker: qualified = false
                    default: qualified = rng.chance(0.985)
                    }
                    // 903 SW_ID (rule SW02STG1): a registered social worker's Social Work England
                    // number starts SW; anyone without a registration gets an ID starting XX.
                    let id = WorkerID((qualified ? "SW" : "XX") + String(100_000 + workers.count + 1))
                    let span = DaySpan(start: joined, end: left <= extract ? left : nil)
                    workers.append(Worker(id: id, name: SyntheticNames.person(&rng), team: team.id, role: spec.role,
                                          qualified: qualified, employment: agencyHire ? .agency : .permanent,
                                          fte: spec.fte, employed: span))
                    post.holders.append(PostHolding(worker: id, span: span))
                    postHoldings.append(Holding(worker: Int32(workers.count - 1), start: joined, end: span.end))
                    guard left <= extract else { break }
                    day = left.adding(days: Int(rng.exponential(mean: Self.vacancyGapDays)))
                }
                posts.append(post)
                holdings.append(postHoldings)
                if spec.role == .teamManager { managers[t].append(postIndex) } else { teamPosts[t].append(postIndex) }
            }
        }
        self.workers = workers; self.posts = posts; self.holdings = holdings
        self.teamPosts = teamPosts; self.managers = managers
    }

    /// A worker in `team` in post on `day`, with the day they leave; nil if every post tried is vacant.
    func worker(inTeam team: Int, on day: Day, _ rng: inout SeededGenerator) -> (index: Int32, leaves: Day?)? {
        let candidates = teamPosts[team].isEmpty ? managers[team] : teamPosts[team]
        for _ in 0..<12 {
            let p = candidates[rng.below(candidates.count)]
            if let h = holding(post: p, on: day) { return (h.worker, h.end) }
        }
        return nil
    }

    func manager(ofTeam team: Int, on day: Day) -> Int32? {
        for p in managers[team] { if let h = holding(post: p, on: day) { return h.worker } }
        return nil
    }

    private func holding(post p: Int, on day: Day) -> Holding? {
        let hs = holdings[p]
        var lo = 0, hi = hs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if hs[mid].start <= day { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let h = hs[lo - 1]
        if let e = h.end, e <= day { return nil }
        return h
    }
}

/// Invented names for workers, drawn from short lists so output stays compact.
enum SyntheticNames {
    static let first = ["Alex", "Sam", "Jo", "Chris", "Priya", "Amira", "Tom", "Hannah", "Femi", "Grace", "Oliver", "Zoe",
                        "Daniel", "Aisha", "Rachel", "Mark", "Sophie", "James", "Nadia", "Leah", "Kwame", "Ellie", "Ryan",
                        "Fatima", "Ben", "Katie", "Imran", "Laura", "Marek", "Chloe", "Dev", "Emma"]
    static let last = ["Smith", "Jones", "Patel", "Okafor", "Brown", "Taylor", "Wilson", "Khan", "Evans", "Walker", "Green",
                       "Hughes", "Clarke", "Ahmed", "Mensah", "Turner", "Wright", "Cooper", "Nowak", "Hall", "Lewis",
                       "Begum", "Harris", "Moore", "Young", "King", "Baker", "Ali", "Scott", "Reid", "Shaw", "Bennett"]
    static func person(_ rng: inout SeededGenerator) -> String {
        "\(first[rng.below(first.count)]) \(last[rng.below(last.count)])"
    }
}
