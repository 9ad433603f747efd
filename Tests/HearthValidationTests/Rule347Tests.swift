import Testing
@testable import HearthValidation

@Suite struct Rule347Tests {
    @Test func flagsAFoyerUnder18() {
        let found = hits(Rule347(), [.oc3: "CHILD,DOB,IN_TOUCH,ACCOM\nA,02/04/2006,YES,T1\nB,01/04/2006,YES,T2\nC,01/06/2007,YES,S1\n"])
        #expect(found.flaggedRowKeys == ["OC3:0"])
    }
    @Test func passesAFoyerAt18() {
        #expect(hits(Rule347(), [.oc3: "CHILD,DOB,IN_TOUCH,ACCOM\nB,01/04/2006,YES,T2\n"]).isEmpty)
    }
}
