import Hearth
import HearthSynth
import Testing

/// The looked-after population should look like Kent's on the scorecard measures that the
/// simulation's parameters were tuned to (scorecard.md §5.2), within generous bands.
@Suite struct CarePatternTests {
    @Test func placementStabilityDistanceAndProvision() {
        let county = SynthFixtures.kent.county
        let d = county.extractDate, yearAgo = d.adding(years: -1)
        let households = Dictionary(uniqueKeysWithValues: county.fosteringHouseholds.map { ($0.id, $0) })
        var inCare = 0, threePlus = 0, nonUASC = 0, known = 0, within20 = 0, foster = 0, ownOrConnected = 0
        for child in county.children {
            guard let period = child.periodOfCare(on: d), let placement = period.placement(on: d) else { continue }
            inCare += 1
            var carers = 0
            var last: CarerID? = nil
            for p in period.placements where p.span.overlaps(from: yearAgo, to: d) {
                if p.carer == nil || p.carer != last { carers += 1 }
                last = p.carer
            }
            if carers >= 3 { threePlus += 1 }
            guard !child.wasEverUASC else { continue }
            nonUASC += 1
            if let miles = county.distanceInMiles(from: placement.homePostcode, to: placement.postcode) {
                known += 1
                if miles <= 20 { within20 += 1 }
            }
            if placement.type.isFoster {
                foster += 1
                if let h = placement.carer.flatMap({ households[$0] }), h.kind != .independentAgency { ownOrConnected += 1 }
            }
        }
        let stability = Double(threePlus) / Double(inCare)
        #expect((0.05...0.16).contains(stability), "3+ placements in 12 months: \(stability) (Kent id 17: 12.9%)")
        let local = Double(within20) / Double(known)
        #expect((0.7...0.92).contains(local), "within 20 miles: \(local) (Kent id 20: 80.8%)")
        #expect(Double(known) / Double(nonUASC) > 0.9)
        let own = Double(ownOrConnected) / Double(foster)
        #expect((0.75...0.95).contains(own), "in-house or connected foster care: \(own) (Kent id 19: 86.3%)")
    }

    @Test func flowsInTheLastYear() {
        let county = SynthFixtures.kent.county
        let d = county.extractDate, yearAgo = d.adding(years: -1)
        var cpStarts = 0, ceased = 0, adopted = 0, audits = 0, missing = 0
        for child in county.children {
            for e in child.childInNeedEpisodes { for p in e.protectionPlans where p.span.start > yearAgo { cpStarts += 1 } }
            for p in child.periodsOfCare {
                if let end = p.span.end, end > yearAgo, !child.wasEverUASC {
                    ceased += 1
                    if p.reasonEnded!.isAdoption { adopted += 1 }
                }
            }
            audits += child.audits.filter { $0.scheduled > yearAgo }.count
            missing += child.missingEpisodes.filter { $0.span.start > yearAgo }.count
        }
        #expect((1_000...1_700).contains(cpStarts), "CP starts \(cpStarts) (Kent 1,315)")
        #expect((0.07...0.2).contains(Double(adopted) / Double(ceased)), "adopted \(adopted) of \(ceased) leaving care (Kent id 31: 14.2%)")
        #expect((600...900).contains(audits), "audits \(audits) (Kent 746)")
        #expect(missing > 500)
    }
}
