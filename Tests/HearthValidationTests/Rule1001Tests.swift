import Testing
@testable import HearthValidation

@Suite struct Rule1001Tests {
    // A: born 2007, looked after from 14 to 17 — a former relevant child.
    // B: one short break at 16 — not a care leaver. C: adopted at the end of the last episode.
    let header = "CHILD,DOB\nA,01/06/2007,\nB,01/06/2007\nC,01/06/2007\n"
    let current = "CHILD,DECOM,LS,DEC,REC\nA,01/04/2023,C2,01/07/2024,E4A\nB,01/05/2024,V3,05/05/2024,E4A\nC,01/05/2024,E1,01/08/2024,E11\n"
    let previous = "CHILD,DECOM,LS,DEC,REC\nA,01/04/2023,C2,,\nC,01/01/2023,C2,01/05/2024,P\n"
    let oc3 = "CHILD,IN_TOUCH,ACTIV,ACCOM\nA,YES,F1,S\nB,YES,F1,S\nC,YES,F1,S\nD,YES,F1,S\n"

    @Test func flagsYoungPeopleWhoAreNotRelevantOrWereAdopted() {
        let found = hits(Rule1001(), [.header: header, .episodes: current, .oc3: oc3], previous: [.episodes: previous])
        #expect(found.flaggedRowKeys == ["OC3:1", "OC3:2", "OC3:3"])
    }
    @Test func passesAFormerRelevantChild() {
        #expect(hits(Rule1001(), [.header: header, .episodes: current, .oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nA,YES,F1,S\n"],
                     previous: [.episodes: previous]).isEmpty)
    }
    @Test func needsLastYearsReturn() { #expect(Rule1001().needs == [.previousReturn]) }
}
