import Testing
@testable import HearthValidation

@Suite struct Rule1007Tests {
    // All turn 17 on 01/06/2024. A is looked after across the birthday, B is in an open episode,
    // C left before it.
    let episodes = "CHILD,DECOM,DEC\nA,01/01/2024,01/07/2024\nB,01/01/2024,\nC,01/01/2024,01/05/2024\n"
    @Test func flagsCareLeaverDataForAChildLookedAfterOnTheBirthday() {
        let found = hits(Rule1007(), [.episodes: episodes, .oc3: "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nA,01/06/2007,YES,F1,S\nB,01/06/2007,YES,,\nC,01/06/2007,YES,F1,S\n"])
        #expect(found.flaggedRowKeys == ["OC3:0", "OC3:1"])
    }
    @Test func passesWhenCareEndedBeforeTheBirthdayOrNothingIsRecorded() {
        #expect(hits(Rule1007(), [.episodes: episodes, .oc3: "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nA,01/06/2007,,,\nC,01/06/2007,YES,F1,S\n"]).isEmpty)
    }
}
