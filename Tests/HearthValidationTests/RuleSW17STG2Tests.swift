import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW17STG2Tests {
    let year = CollectionYear(2025)

    @Test func flagsALatestSocialWorkerEpisodeThatHasEnded() {
        let sw = B3.sw("1,01/01/2010,SW1,01/05/2024,01/06/2025,FCONTA", "1,01/01/2010,SW2,01/06/2025,31/03/2026,LEFTRL",
                       "2,01/01/2010,SW1,02/05/2025,,FCONTA", "3,01/01/2010,SW3,01/09/2025,01/12/2025,LEFTRL",
                       "3,01/01/2010,SW4,01/04/2025,01/09/2025,FCONTA")
        #expect(hits(RuleSW17STG2(), [.swEpisodes: sw], year: year) == [RuleHit(.swEpisodes, row: 1), RuleHit(.swEpisodes, row: 3)])
    }

    @Test func passesWhenTheLatestEpisodeIsOpen() {
        let sw = B3.sw("1,01/01/2010,SW1,01/05/2024,01/06/2025,FCONTA", "1,01/01/2010,SW2,01/06/2025,,FCONTA",
                       "2,01/01/2010,SW3,01/07/2025,,FCONTA", "2,01/01/2010,SW1,01/07/2025,01/07/2025,FCONTA")
        #expect(hits(RuleSW17STG2(), [.swEpisodes: sw], year: year).isEmpty)
    }

    @Test func appliesFrom2025Only() {
        #expect(RuleSet.forYear(year).rules.contains { $0.code == "SW17STG2" })
        #expect(!RuleSet.forYear(CollectionYear(2024)).rules.contains { $0.code == "SW17STG2" })
    }
}
