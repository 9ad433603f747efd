import Testing
import Hearth
@testable import HearthValidation

/// Directory shared by the postcode rules' tests: two Kent postcodes three miles apart and one in London.
let batch2Postcodes = Batch2PostcodeDirectory(places: [
    "ME11AA": (GridReference(easting: 575000, northing: 165000), "E10000016"),
    "ME21AA": (GridReference(easting: 575000, northing: 169828), "E10000016"),
    "SE11AA": (GridReference(easting: 531000, northing: 178000), "E09000028"),
    "CF101AA": (GridReference(easting: 318000, northing: 176000), "W06000015"),
])

@Suite struct Batch2PostcodeReadingTests {
    @Test func distanceIsInMilesAndOtherNationsAreNamed() {
        let context = ValidationContext(current: makeReturn([.episodes: "CHILD,DECOM,HOME_POST,PL_POST\nA,01/05/2024,ME1 1AA,me2 1aa\nB,01/05/2024,ME1 1AA,CF10 1AA\n"]),
                                        year: CollectionYear(2024), localAuthority: "E10000016", postcodes: batch2Postcodes)
        let episodes = context.table(.episodes)
        #expect(context.placementDistance(episodes, 0) == 3.0)
        #expect(context.placementAuthority(episodes, 1) == "WAL")
        #expect(context.placedInsideCouncil(episodes, 0) == true)
        #expect(context.placedInsideCouncil(episodes, 1) == false)
    }
}
