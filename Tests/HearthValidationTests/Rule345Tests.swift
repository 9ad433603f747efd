import Testing
@testable import HearthValidation

@Suite struct Rule345Tests {
    @Test func flagsZeroWhenInTouch() {
        let found = hits(Rule345(), [.oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nA,YES,0,S1\nB,YES,F1,0\nC,YES,F1,S1\nD,NO,0,0\n"])
        #expect(found.flaggedRowKeys == ["OC3:0", "OC3:1"])
    }
    @Test func passesRecordedCodes() {
        #expect(hits(Rule345(), [.oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nC,YES,F1,S1\nD,NO,0,0\n"]).isEmpty)
    }
}
