import Testing
@testable import HearthValidation

@Suite struct Rule1014Tests {
    // A left care last year; B is in an open episode; C's episode ended in the year.
    let episodes = "CHILD,DECOM,DEC\nA,01/05/2022,01/06/2023\nB,01/05/2022,\nC,01/05/2022,01/05/2024\n"
    @Test func flagsUASCAndCareLeaverRowsOfAChildNotLookedAfterInTheYear() {
        let found = hits(Rule1014(), [.episodes: episodes, .uasc: "CHILD,DUC\nA,01/01/2023\nB,01/01/2023\nC,01/01/2023\n",
                                      .oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nA,YES,F1,S\nB,YES,F1,S\nC,YES,,\n"])
        #expect(found.flaggedRowKeys == ["OC3:0", "UASC:0"])
    }
    @Test func passesWithoutCareLeaverData() {
        #expect(hits(Rule1014(), [.episodes: episodes, .uasc: "CHILD,DUC\nA,01/01/2023\n", .oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nA,,,\n"]).isEmpty)
    }
}
