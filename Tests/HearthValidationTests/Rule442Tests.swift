import Testing
@testable import HearthValidation

@Suite struct Rule442Tests {
    let episodes = "CHILD,DECOM,LS\nA,01/05/2024,C2\nB,01/05/2024,V3\nC,01/05/2024,C2\n"
    @Test func flagsABlankUPN() {
        #expect(hits(Rule442(), [.episodes: episodes, .header: "CHILD,UPN\nA,\nB,\nC,UN1\n"]).flaggedRowKeys == ["Header:0"])
    }
    @Test func passesAUPNOrReason() {
        #expect(hits(Rule442(), [.episodes: episodes, .header: "CHILD,UPN\nA,A123456789012\nB,\nC,UN1\n"]).isEmpty)
    }
}
