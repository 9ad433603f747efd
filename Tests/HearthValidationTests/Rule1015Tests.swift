import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule1015Tests {
    let postcodes = Batch2PostcodeDirectory(places: ["ME11AA": (GridReference(easting: 575000, northing: 165000), "E10000016"),
                                             "SE11AA": (GridReference(easting: 531000, northing: 178000), "E09000028")])
    let episodes = "CHILD,DECOM,LS,PLACE,PLACE_PROVIDER,PL_POST\nA,01/05/2024,C2,K2,PR1,SE1 1AA\nB,01/05/2024,C2,K2,PR1,ME1 1AA\nC,01/05/2024,C2,U1,PR1,SE1 1AA\nD,01/05/2024,V3,K2,PR1,SE1 1AA\nE,01/05/2024,C2,K2,PR2,SE1 1AA\n"
    @Test func flagsOwnProvisionOutsideTheCouncil() {
        #expect(hitsWithOptionalInputs(Rule1015(), [.episodes: episodes], postcodes: postcodes, council: "E10000016").flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesOwnProvisionInsideTheCouncil() {
        let inside = "CHILD,DECOM,LS,PLACE,PLACE_PROVIDER,PL_POST\nA,01/05/2024,C2,K2,PR1,SE1 1AA\nB,01/05/2024,C2,K2,PR1,\n"
        #expect(hitsWithOptionalInputs(Rule1015(), [.episodes: inside], postcodes: postcodes, council: "E09000028").isEmpty)
    }
}
