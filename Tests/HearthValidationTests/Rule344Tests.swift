import Testing
@testable import HearthValidation

@Suite struct Rule344Tests {
    @Test func flagsActivityOrAccommodationOtherThanZero() {
        let found = hits(Rule344(), [.oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nA,DIED,F1,0\nB,RHOM,0,\nC,RHOM,0,0\nD,YES,F1,S1\n"])
        #expect(found.flaggedRowKeys == ["OC3:0", "OC3:1"])
    }
    @Test func passesZeros() {
        #expect(hits(Rule344(), [.oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nA,DIED,0,0\nC,RHOM,0,0\n"]).isEmpty)
    }
}
