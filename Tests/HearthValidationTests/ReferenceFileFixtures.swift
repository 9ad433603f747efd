import Foundation
import Hearth

/// Small reference files written for the tests that read them: a few real-looking postcodes in
/// Kent (county E10000016), Medway (a unitary inside ceremonial Kent), Southwark and Inverness,
/// and three Ofsted providers across a social care providers list and a children's homes list.
enum ReferenceFileFixtures {
    /// An ONSPD-style CSV (pre-2025 column names, every cell quoted, as ONS ships it).
    static let onspd = """
    "pcd","pcd2","pcds","dointr","doterm","oscty","ced","oslaua","osward","usertype","oseast1m","osnrth1m","osgrdind"
    "ME141XQ","ME14 1XQ","ME14 1XQ","198001","","E10000016","E58000744","E07000110","E05015050","1","575905","156020","1"
    "CT1 2EH","CT1  2EH","CT1 2EH","198001","","E10000016","E58000731","E07000106","E05015005","0","614980","157810","1"
    "ME4 4TR","ME4  4TR","ME4 4TR","198001","","E99999999","E99999999","E06000035","E05016090","0","575810","167820","1"
    "SE1 7PB","SE1  7PB","SE1 7PB","198001","","E99999999","E99999999","E09000028","E05011095","0","531020","179540","1"
    "IV2 3BW","IV2  3BW","IV2 3BW","198001","","S99999999","S99999999","S12000017","S13002999","0","266810","845390","1"
    "ME141ZZ","ME14 1ZZ","ME14 1ZZ","198001","200512","E10000016","E58000744","E07000110","E05015050","1","","","9"

    """

    /// The same kind of file with the 2025 release's names (`pcd7`, `cty25cd`, `lad25cd`, `east1m`).
    static let onspd2025 = "PCD7,PCD8,PCDS,DOINTR,DOTERM,CTY25CD,LAD25CD,EAST1M,NORTH1M\r\nCT1 2EH,CT1  2EH,CT1 2EH,198001,,E10000016,E07000106,614980,157810\r\nME4 4TR,ME4  4TR,ME4 4TR,198001,,E99999999,E06000035,575810,167820\r\n"

    /// A "Social care providers" sheet saved as CSV: a Kent home and a closed Southwark one.
    static let socialCareProviders = """
    URN,Provider type,Setting name,Local authority,Placement code,Placement provider code,Setting postcode,Deregistration date
    SC111111,Children's home,"Oak House, Canterbury",Kent,K2,PR1/PR2,CT1 2EH,
    SC222222,Children's home,Bankside Lodge,Southwark,"K2,K1",PR3,se1 7pb,31/12/2024
    ,Voluntary adoption agency,Blank URN row,Kent,A3,PR4,ME14 1XQ,

    """

    /// A "Children's homes" sheet saved as CSV, with that list's column names.
    static let childrensHomes = """
    URN,Setting name,Local Authority,Provider Code,Provider Placement Code,Closed Date,Setting Postcode
    SC333333,Chatham Row,Medway,K2,PR1/PR4,,ME4 4TR

    """

    /// A fresh directory holding `files` (name → contents); the caller removes it.
    static func directory(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-ref-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }
}
