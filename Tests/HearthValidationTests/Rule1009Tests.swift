import Testing
@testable import HearthValidation

@Suite struct Rule1009Tests {
    @Test func flagsAnUnknownReason() {
        let found = hits(Rule1009(), [.episodes: "CHILD,DECOM,REASON_PLACE_CHANGE\nA,01/05/2024,CARPL\nB,01/05/2024,MOVED\nC,01/05/2024,carpl\nD,01/05/2024,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:1", "Episodes:2"])
    }
    @Test func passesEveryListedReason() {
        let rows = ["CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER"]
            .enumerated().map { "\($0.offset),01/05/2024,\($0.element)" }.joined(separator: "\n")
        #expect(hits(Rule1009(), [.episodes: "CHILD,DECOM,REASON_PLACE_CHANGE\n" + rows]).isEmpty)
    }
}
