import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule454Tests {
    /// HOME in Kent; placements 350.0, 350.1 and 400 miles north of it (1 mile = 1,609.3 m).
    let postcodes = B3Postcodes(places: [
        "HOME1": (GridReference(easting: 500_000, northing: 150_000), "E10000016"),
        "AT350": (GridReference(easting: 500_000, northing: 150_000 + 563_255), "S12000036"),
        "AT3501": (GridReference(easting: 500_000, northing: 150_000 + 563_416), "S12000036"),
        "AT400": (GridReference(easting: 500_000, northing: 150_000 + 643_720), "S12000027"),
    ])

    func run(_ episodes: String) -> [RuleHit] {
        let year = CollectionYear(2025)
        let context = ValidationContext(current: makeReturn([.episodes: episodes], year: year), year: year, postcodes: postcodes)
        return Rule454().check(context)
    }

    @Test func flagsAPlacementOver350MilesFromHome() {
        let e = B3.episodes(B3.ep("1", "01/05/2025", home: "HOME1", pl: "AT3501"), B3.ep("2", "01/05/2025", home: "HOME1", pl: "AT350"),
                            B3.ep("3", "01/05/2025", home: "HOME1", pl: "AT400"))
        #expect(run(e) == [RuleHit(.episodes, row: 0), RuleHit(.episodes, row: 2)])
    }

    @Test func passesDistancesUpTo350MilesAndUnknownPostcodes() {
        let e = B3.episodes(B3.ep("1", "01/05/2025", home: "HOME1", pl: "AT350"), B3.ep("2", "01/05/2025", home: "", pl: "AT400"),
                            B3.ep("3", "01/05/2025", home: "HOME1", pl: "NOWHERE"))
        #expect(run(e).isEmpty)
    }

    @Test func needsThePostcodeDirectoryAndAppliesFrom2025() {
        #expect(Rule454().needs == [.postcodeDirectory])
        #expect(RuleSet.forYear(CollectionYear(2025)).rules.contains { $0.code == "454" })
        #expect(!RuleSet.forYear(CollectionYear(2024)).rules.contains { $0.code == "454" })
    }
}
