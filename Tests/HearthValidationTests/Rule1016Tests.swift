import Testing
@testable import HearthValidation

@Suite struct Rule1016Tests {
    // A is 17 on 31/03/2025 (born 01/06/2007) and left care after the 17th birthday; B left before it;
    // C is 18 and left after the 18th birthday; D is 18 and left on the 18th birthday.
    let episodes = "CHILD,DECOM,DEC\nA,01/01/2024,01/07/2024\nB,01/01/2024,01/05/2024\nC,01/01/2024,01/07/2024\nD,01/01/2024,01/06/2024\n"
    @Test func flagsCareLeaverDataForAYoungPersonWhoLeftAfterTheBirthday() {
        let found = hits(Rule1016(), [.episodes: episodes, .oc3: "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nA,01/06/2007,YES,F1,S\nB,01/06/2007,YES,F1,S\nC,01/06/2006,YES,,\nD,01/06/2006,YES,F1,S\n"])
        #expect(found.flaggedRowKeys == ["OC3:0", "OC3:2"])
    }
    @Test func passesBlankFields() {
        #expect(hits(Rule1016(), [.episodes: episodes, .oc3: "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nA,01/06/2007,,,\nB,01/06/2007,YES,F1,S\n"]).isEmpty)
    }
}
