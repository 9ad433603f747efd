import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

/// Batch 2 and 4 rules on hostile rows: far-future and far-past dates, blanks, junk and
/// duplicates must give findings, never a crash.
@Suite struct Batch2RobustnessTests {
    @Test func everyRuleSurvivesExtremeAndJunkValues() {
        let tables: [SSDA903TableName: String] = [
            .header: "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA,F,31/12/2200,WBRI,,,\nA,F,01/01/1800,WBRI,,,\nB,X,junk,,,,\n,,,,,,\n",
            .episodes: "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nA,31/12/2200,S,L1,N1,T1,PR1,01/01/1800,X1,,ME1 1AA,ME1 1AA,\nA,31/12/2200,S,L1,N1,T1,PR1,,X1,,,,\nB,xx,?,V3,N1,A3,,31/02/2024,E2,??,ZZ,ZZ,\nC,01/01/1800,S,J2,N1,K3,PR1,31/12/2200,E11,,,,\n",
            .oc3: "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nA,31/12/2200,YES,0,T1\nB,,DIED,,\nZ,01/01/1800,YES,F1,Z1\n",
            .uasc: "CHILD,SEX,DOB,DUC\nA,M,31/12/2200,31/12/2200\nB,F,,01/01/1800\n",
            .reviews: "CHILD,DOB,REVIEW,REVIEW_CODE\nA,31/12/2200,31/12/2200,PN0\nB,xx,,PN1\n",
            .ad1: "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE\nA,31/12/2200,31/12/2200,01/01/1800,1\nA,,,,\n",
            .placedAdoption: "CHILD,DOB,DATE_PLACED\nA,31/12/2200,01/01/1800\n",
            .missing: "CHILD,DOB,MISSING,MIS_START,MIS_END\nA,,Q,99/99/9999,\n",
        ]
        let postcodes = Batch2PostcodeDirectory(places: ["ME11AA": (GridReference(easting: 575000, northing: 165000), "E10000016")])
        for rule in RuleCatalogue.batch2 + RuleCatalogue.batch4 {
            let found = hitsWithOptionalInputs(rule, tables, previous: tables, postcodes: postcodes, providers: Batch2ProviderList(urns: []), council: "E10000016")
            let context = ValidationContext(current: makeReturn(tables), year: CollectionYear(2024))
            #expect(found.allSatisfy { $0.row >= 0 && $0.row < context.table($0.table).count }, "\(rule.code) pointed outside its table")
        }
        #expect(hits(Rule351(), [.header: "CHILD,DOB\nA,31/12/2200\n"]).isEmpty)
        #expect(Day(2199, 6, 1).yearsAfter(25) > Day(2200, 12, 31))
    }
}

@Suite struct Batch2DateCellTests {
    @Test func readsDatesExactlyAsTheDomainCoreDoes() {
        let samples = ["01/05/2024", "29/02/2024", "29/02/2023", "31/04/2024", "00/01/2024", "01/13/2024", "1/5/2024",
                       "01-05-2024", "2024/05/01", "", "  /  /    ", "ab/cd/efgh", "01/05/20245", "31/12/2200", "01/01/1799",
                       "01/01/1800", "０1/05/2024", "01/05/2024 ", "é1/05/2024"]
        for s in samples { #expect(Day.fromCell(s) == Day(uk: s), "\(s)") }
    }
}
