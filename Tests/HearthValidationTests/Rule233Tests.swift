import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule233Tests {
    @Test func flagsAReasonOnAnOpenEpisode() {
        #expect(flagged(Rule233(), [.episodes: csv(.episodes, "1,01/05/2025,S,C2,N1,U1,PR1,,,CARPL,,,", "2,01/05/2025,S,C2,N1,U1,PR1,01/06/2025,X1,CARPL,,,")], year: CollectionYear(2025)) == ["Episodes:0"])
    }
    @Test func passesAReasonOnAClosedEpisodeAndAppliesFrom2025() {
        #expect(flagged(Rule233(), [.episodes: csv(.episodes, "1,01/05/2025,S,C2,N1,U1,PR1,01/06/2025,X1,CARPL,,,")], year: CollectionYear(2025)).isEmpty)
        #expect(RuleSet.forYear(CollectionYear(2025)).rules.contains { $0.code == "233" })
        #expect(!RuleSet.forYear(CollectionYear(2024)).rules.contains { $0.code == "233" })
    }
}
