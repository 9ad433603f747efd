import Testing
@testable import HearthValidation

@Suite struct Rule393Tests {
    let episodes = "CHILD,DECOM,LS\nA,01/05/2024,C2\nB,01/05/2024,V3\nC,01/05/2024,C2\nD,01/05/2024,C2\n"
    @Test func flagsAGirlInCareWithoutTheMotherField() {
        let found = hits(Rule393(), [.episodes: episodes, .header: "CHILD,SEX,MOTHER\nA,F,\nB,F,\nC,M,\nD,F,0\n"])
        #expect(found.flaggedRowKeys == ["Header:0"])
    }
    @Test func passesWhenRecordedAndReadsCode2Before2024() {
        #expect(hits(Rule393(), [.episodes: episodes, .header: "CHILD,SEX,MOTHER\nA,F,1\nD,F,0\n"]).isEmpty)
        #expect(hits(Rule393(), [.episodes: episodes, .header: "CHILD,SEX,MOTHER\nA,2,\n"], year: .init(2023)).flaggedRowKeys == ["Header:0"])
    }
}
