import Hearth

/// One child's life as the department sees it, simulated from the child's own random stream:
/// referrals, assessments, plans, care, leaving care. The simulation runs forward in time and
/// records only what happened on or before the extract date.
///
/// Case-holding is tracked as a list of team changes; workers are put on the case afterwards
/// (see ChildLife+Allocation.swift) so that the choice of worker follows the workforce.
struct ChildLife {
    let ctx: SynthContext
    var rng: SeededGenerator
    var child: ChildRecord
    let district: Int
    let homePostcode: String?
    let homeGrid: GridReference?
    /// When the case moved team (nil team: the case closed), in date order.
    var teamChanges: [(day: Day, team: Int?, reason: SocialWorkerChangeReason?)] = []
    /// Relatives and friends approved as foster carers for this child.
    var connectedHouseholds: [FosteringHousehold] = []
    var counter = 0
    /// Changes the model refused; the generator reports them (a correct model has none).
    var rejected: [ModelViolation] = []

    var extract: Day { ctx.extract }
    var calendar: WorkingDayCalendar { ctx.calendar }

    init(ctx: SynthContext, id: ChildID, rng: SeededGenerator, district: Int, dateOfBirth: Day, uasc: Bool) {
        self.ctx = ctx
        self.district = district
        var r = rng
        let pcs = ctx.places.homePostcodes[district]
        var home: String? = pcs[r.below(pcs.count)]
        let outside = ctx.places.outsidePostcodes
        if r.chance(0.03) { home = outside[r.below(outside.count)] }
        if uasc { home = nil }
        homePostcode = home
        homeGrid = home.flatMap { ctx.places.grid[GridReference.normalise($0)] }
        let sex: Sex = uasc ? (r.chance(0.93) ? .m : .f) : (r.chance(0.52) ? .m : .f)
        let ethnicity = uasc ? r.pick(Self.uascEthnicity) : r.pick(Self.ethnicity)
        self.rng = r
        child = ChildRecord(id: id, sex: [SexRecord(sex)], dateOfBirth: dateOfBirth, ethnicity: ethnicity,
                            disabilities: [.none], homePostcode: home)
    }

    // MARK: Recording helpers

    /// Whether something on `day` is known at the extract.
    @inline(__always) func known(_ day: Day) -> Bool { day <= extract }

    /// The end of a span as known at the extract: nil if it ends later.
    @inline(__always) func knownEnd(_ day: Day) -> Day? { day <= extract ? day : nil }

    mutating func nextID(_ prefix: String) -> String {
        counter += 1
        return "\(child.id.rawValue)-\(prefix)\(counter)"
    }

    mutating func moveCase(to team: Int?, on day: Day, reason: SocialWorkerChangeReason?) {
        guard known(day) else { return }
        if let last = teamChanges.last {
            if last.team == team { return }
            if day < last.day { return }
            if day == last.day { teamChanges.removeLast() }
        } else if team == nil { return }
        teamChanges.append((day, team, reason))
    }

    var teams: KentStructure { ctx.structure }
    var cswt: Int {
        let d = teams.districts[district]
        guard let home = homePostcode, let o = d.outwards.first(where: { home.hasPrefix($0.code + " ") }) else {
            return d.outwards[0].cswt
        }
        return o.cswt
    }
    var cicTeam: Int { teams.districts[district].cic }
    var disabilityTeam: Int { teams.districts[district].disability }

    var birthday18: Day { child.dateOfBirth!.birthday(18) }
    func age(on day: Day) -> Int { child.dateOfBirth!.age(on: day) }

    /// Visits or reviews from `first`, then every `gap` days, before `until` and known at the extract.
    mutating func schedule(first: Day, gap: ClosedRange<Int>, lateShare: Double = 0, late: ClosedRange<Int> = 0...0, until: Day) -> [Day] {
        var out: [Day] = []
        var d = first
        let stop = min(until, extract.adding(days: 1))
        while d < stop {
            out.append(d)
            d = d.adding(days: rng.chance(lateShare) ? rng.int(late) : rng.int(gap))
        }
        return out
    }

    static let carePlanGrades = WeightedTable(ModelParameters.carePlanGrades)
    static let conferenceReportGrades = WeightedTable(ModelParameters.conferenceReportGrades)

    // MARK: Demography

    static let ethnicity = WeightedTable<Ethnicity>([
        (.wbri, 0.74), (.woth, 0.05), (.wirt, 0.005), (.wrom, 0.01), (.mwbc, 0.03), (.mwba, 0.015), (.mwas, 0.015),
        (.moth, 0.03), (.aind, 0.01), (.apkn, 0.005), (.aban, 0.005), (.aoth, 0.01), (.bafr, 0.025), (.bcrb, 0.005),
        (.both, 0.005), (.chne, 0.002), (.ooth, 0.01), (.refu, 0.003), (.nobt, 0.015),
    ])
    static let uascEthnicity = WeightedTable<Ethnicity>([(.aoth, 0.38), (.bafr, 0.3), (.ooth, 0.2), (.woth, 0.1), (.both, 0.02)])

    /// A unique pupil number with a valid check letter (DfE UPN specification: weights 2–13 on
    /// characters 2–13, remainder mod 23 indexes the check-letter alphabet).
    static func upn(la: String, _ rng: inout SeededGenerator) -> String {
        var body = la
        for _ in 0..<9 { body += String(rng.below(10)) }
        var sum = 0
        for (i, c) in body.enumerated() { sum += (i + 2) * Int(c.asciiValue! - 48) }
        let letters = Array("ABCDEFGHJKLMNPQRTUVWXYZ")
        return String(letters[sum % 23]) + body
    }

    /// The UPN field as the case system holds it at the extract, which every year's 903 reads:
    /// a child still under 4 at the extract has UN1 (not of school age); an older child has a UPN
    /// (96%) or an unknown code that stays true however long the child is known: UN2 for a newly
    /// arrived UASC (never attended a maintained school in England), otherwise UN3 or UN5. UN4
    /// ("newly looked after, UPN not yet known") is never held: it is only right in the child's
    /// first week of care, and 903 rules 209 (UN1 at school age) and 210 (UN4) check the return.
    mutating func recordEducationIdentifiers(at day: Day) {
        guard let dob = child.dateOfBirth else { return }
        if child.uasc.isEmpty == false {
            child.upnUnknown = .un2
        } else if dob.age(on: extract) < 4 {
            child.upnUnknown = .un1
        } else if rng.chance(0.96) {
            child.upn = Self.upn(la: "886", &rng)
        } else {
            child.upnUnknown = rng.chance(0.5) ? .un3 : .un5
        }
    }
}
