import Hearth

/// Leaving care: the Care Leaver Service holds the case from 18 to 21, a personal adviser
/// keeps in touch around each birthday (903 OC3), and the pathway plan is reviewed at least
/// every six months (Kent id 35: 93.5%).
extension ChildLife {
    mutating func becomeCareLeaver(leftCare: Day, reason: ReasonEpisodeCeased) {
        let dob = child.dateOfBirth!
        let age18 = dob.birthday(18), age21 = dob.birthday(21)
        let uasc = !child.uasc.isEmpty
        var record = CareLeaverRecord()
        let serviceStart = max(leftCare, age18)
        // Some young people stop needing the service before 21.
        var closes = age21
        if rng.chance(0.1) { closes = min(age21, serviceStart.adding(days: rng.int(90...900))) }
        if serviceStart < closes {
            moveCase(to: teams.careLeavers, on: serviceStart, reason: .tsproc)
            moveCase(to: nil, on: closes, reason: nil)
        } else {
            moveCase(to: nil, on: leftCare, reason: nil)
        }
        let stayingPut = reason == .e17
        for birthday in 18...21 {
            let b = dob.birthday(birthday)
            let d = b.adding(days: rng.int(-30...60))
            guard d >= leftCare, known(d), birthday == 21 || d < closes else { continue }
            if birthday > 18 && closes < b { break }
            let inTouch = rng.chance(ModelParameters.inTouchByAge[birthday - 18] * (uasc ? 0.93 : 1))
            if inTouch {
                let activity = rng.chance(ModelParameters.inEET) ? rng.pick(Self.eet) : rng.pick(Self.neet)
                var accommodation: CareLeaverAccommodation = stayingPut && birthday == 18 ? .z1
                    : rng.chance(ModelParameters.suitableAccommodation) ? rng.pick(Self.suitable) : rng.pick(Self.unsuitable)
                // Foyers take young people from 18 (903 rule 347); at 18 the year began before the birthday.
                if birthday == 18 && accommodation == .t1 { accommodation = .d1 }
                record.contacts.append(CareLeaverContact(date: d, inTouch: .yes, activity: activity, accommodation: accommodation))
            } else {
                record.contacts.append(CareLeaverContact(date: d, inTouch: rng.pick(Self.notInTouch), activity: .code0, accommodation: .code0))
            }
        }
        record.pathwayPlanReviews = schedule(first: leftCare.adding(days: rng.int(20...120)), gap: 110...182,
                                             lateShare: 0.065, late: 183...240, until: closes)
        child.careLeaver = record
    }

    static let eet = WeightedTable<CareLeaverActivity>([(.f2, 0.4), (.f1, 0.12), (.f5, 0.22), (.p5, 0.1), (.f4, 0.08), (.p2, 0.04), (.p1, 0.02), (.p4, 0.02)])
    static let neet = WeightedTable<CareLeaverActivity>([(.g5, 0.62), (.g4, 0.2), (.g6, 0.18)])
    static let suitable = WeightedTable<CareLeaverAccommodation>([
        (.d1, 0.27), (.u1, 0.2), (.b1, 0.14), (.z1, 0.1), (.e1, 0.1), (.c1, 0.06), (.k1, 0.05), (.t1, 0.03), (.y1, 0.05),
    ])
    static let unsuitable = WeightedTable<CareLeaverAccommodation>([(.s2, 0.25), (.v2, 0.2), (.b2, 0.2), (.x2, 0.15), (.w2, 0.1), (.y2, 0.1)])
    static let notInTouch = WeightedTable<InTouch>([(.no, 0.6), (.refu, 0.2), (.nreq, 0.15), (.rhom, 0.05)])
}
