import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule207Tests {
    let episodes = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")
    @Test func flagsAMotherNoLongerRecordedAsOne() {
        let now = csv(.header, "1,F,01/01/2007,WBRI,UN2,0,", "2,F,01/01/2007,WBRI,UN2,1,", "3,F,01/01/2007,WBRI,UN2,0,")
        let last = csv(.header, "1,F,01/01/2007,WBRI,UN2,1,", "2,F,01/01/2007,WBRI,UN2,1,", "3,F,01/01/2007,WBRI,UN2,1,")
        #expect(flagged(Rule207(), [.episodes: episodes, .header: now], previous: [.header: last]) == ["Header:0"])
    }
    @Test func passesANewMother() {
        #expect(flagged(Rule207(), [.episodes: episodes, .header: csv(.header, "1,F,01/01/2007,WBRI,UN2,1,")], previous: [.header: csv(.header, "1,F,01/01/2007,WBRI,UN2,0,")]).isEmpty)
    }
}
