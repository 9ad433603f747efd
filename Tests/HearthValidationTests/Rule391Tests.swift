import Testing
@testable import HearthValidation

@Suite struct Rule391Tests {
    @Test func flagsCareLeaversTooYoungOrTooOld() {
        let found = hits(Rule391(), [.oc3: "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nA,01/04/2008,YES,F1,S1\nB,31/03/2008,YES,F1,S1\nC,01/04/2002,YES,F1,S1\nD,01/04/2003,YES,,\n"])
        #expect(found.flaggedRowKeys == ["OC3:0", "OC3:2"])
    }
    @Test func passes17To21() {
        #expect(hits(Rule391(), [.oc3: "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nB,31/03/2008,YES,F1,S1\nD,01/04/2003,YES,,\nE,01/04/2008,,,\n"]).isEmpty)
    }
}
