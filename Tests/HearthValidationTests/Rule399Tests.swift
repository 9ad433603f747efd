import Testing
@testable import HearthValidation

@Suite struct Rule399Tests {
    let episodes = "CHILD,DECOM,LS\nA,01/05/2024,V3\nA,01/06/2024,V3\nB,01/05/2024,V4\nC,01/05/2024,V3\nC,01/06/2024,C2\n"
    @Test func flagsMotherAndReviewsForAShortBreaksOnlyChild() {
        let found = hits(Rule399(), [.episodes: episodes, .header: "CHILD,SEX,MOTHER\nA,F,0\nB,M,\nC,F,1\n",
                                     .reviews: "CHILD,REVIEW,REVIEW_CODE\nA,01/07/2024,PN1\nB,01/07/2024,PN1\nB,,\nC,01/07/2024,PN1\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:1", "Episodes:2", "Header:0", "Header:1", "Reviews:0", "Reviews:1"])
    }
    @Test func passesWithoutMotherOrReviews() {
        #expect(hits(Rule399(), [.episodes: episodes, .header: "CHILD,SEX,MOTHER\nA,F,\nB,M,\nC,F,1\n", .reviews: "CHILD,REVIEW,REVIEW_CODE\nC,01/07/2024,PN1\n"]).isEmpty)
    }
}
