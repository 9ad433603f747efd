import Testing
@testable import HearthValidation

@Suite struct Rule3001Tests {
    let header = "CHILD,DOB\nA,01/06/2007\nB,01/06/2006\nC,01/06/2007\n"
    @Test func flagsFormerFosterCarersAroundThe17thBirthday() {
        let found = hits(Rule3001(), [.header: header, .oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nA,YES,F1,Z1\nB,YES,F1,Z1\nC,YES,F1,z2\n"])
        #expect(found.flaggedRowKeys == ["OC3:0", "OC3:2"])
    }
    @Test func passesOtherAccommodation() {
        #expect(hits(Rule3001(), [.header: header, .oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nA,YES,F1,S\nB,YES,F1,Z1\n"]).isEmpty)
    }
}
