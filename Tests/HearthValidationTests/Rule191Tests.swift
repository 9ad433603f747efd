import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule191Tests {
    let episodes = csv(.episodes, "1,01/05/2022,S,C2,N1,U1,PR1,01/05/2023,X1,,,,", "1,01/05/2023,P,C2,N1,U1,PR1,,,,,,", "3,01/05/2022,S,C2,N1,U1,PR1,,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")
    @Test func flagsMissingItemsAndAChildWithNoOC2Row() {
        #expect(flagged(Rule191(), [.episodes: episodes, .oc2: csv(.oc2, "1,01/01/2014,10,,0,1,1,,1,0,,")]) == ["Episodes:2", "OC2:0"])
    }
    @Test func passesCompleteRows() {
        #expect(flagged(Rule191(), [.episodes: episodes, .oc2: csv(.oc2, "1,01/01/2014,10,,0,1,1,1,1,0,,", "3,01/01/2014,10,,0,1,1,1,1,0,,", "2,01/01/2014,,,,,,,,,,")]).isEmpty)
    }
}
