import Foundation
import Hearth
import Testing
@testable import HearthReturns

/// The raw table layer: each malformed-input class yields its exact finding, never a crash.
struct RawTableTests {
    func read(_ text: String, _ table: SSDA903TableName = .episodes) -> (SSDA903Table, [ImportFinding]) {
        SSDA903Reader.readCSV(Array(text.utf8), table: table, file: table.fileName)
    }

    static let episodeHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"

    @Test func readsBOMAndCRLF() {
        let text = "\u{FEFF}" + Self.episodeHeader + "\r\n1,01/04/2024,S,C2,N1,U4,PR1,,,,ME1 1AA,ME2 2BB,SC123\r\n"
        let (t, f) = read(text)
        #expect(f.isEmpty)
        #expect(t.count == 1)
        #expect(t[0, "CHILD"] == "1")
        #expect(t[0, "URN"] == "SC123")
        #expect(t.lineNumbers == [2])
    }

    @Test func quotedCommasQuotesAndLineBreaks() {
        let text = Self.episodeHeader + "\n\"1\",01/04/2024,S,C2,N1,U4,PR1,,,,\"ME1, 1AA\",\"He said \"\"hi\"\"\nthere\",X\n2,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n"
        let (t, f) = read(text)
        #expect(f.isEmpty)
        #expect(t[0, "HOME_POST"] == "ME1, 1AA")
        #expect(t[0, "PL_POST"] == "He said \"hi\"\nthere")
        #expect(t.lineNumbers == [2, 4])
        #expect(t[1, "URN"] == "")
    }

    @Test func reorderedAndExtraColumnsAreAligned() {
        let text = "DECOM,CHILD,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,NOTES\n01/04/2024,7,S,C2,N1,U4,PR1,,,,,,,hello\n"
        let (t, f) = read(text)
        #expect(t[0, "CHILD"] == "7")
        #expect(t.header.last == "NOTES")
        #expect(t[0, "NOTES"] == "hello")
        #expect(f == [ImportFinding(.warning, file: "episodes.csv", line: 1, column: "NOTES", value: "NOTES",
                                    message: "not a column of the 903 Episodes table; kept but not used")])
    }

    @Test func missingColumnIsAnError() {
        let (_, f) = read("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER\n1,M,01/01/2015,WBRI,,\n", .header)
        #expect(f == [ImportFinding(.error, file: "header.csv", line: 1, column: "MC_DOB",
                                    message: "missing column MC_DOB; the Header table needs CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB")])
    }

    @Test func wrongCellCountIsAnError() {
        let (_, f) = read("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2015,WBRI\n", .header)
        #expect(f == [ImportFinding(.error, file: "header.csv", line: 2, value: "4", message: "the row has 4 cells but the header has 7")])
    }

    @Test func invalidUTF8IsAnError() {
        var bytes = Array("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2015,WBRI,A\u{0}".utf8)
        bytes.removeLast()
        bytes += [0xA3, 0x31] + Array(",,\n".utf8) // 0xA3 is £ in Windows-1252
        let (t, f) = SSDA903Reader.readCSV(bytes, table: .header, file: "header.csv")
        #expect(t.count == 1)
        #expect(f == [ImportFinding(.error, file: "header.csv", line: 2, column: "UPN", value: "A\u{FFFD}1",
                                    message: "not valid UTF-8 text (is the file saved as Windows-1252/ANSI?); save it as UTF-8")])
    }

    @Test func unclosedQuoteIsAnError() {
        let (_, f) = read("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,\"01/01/2015,WBRI,,,\n", .header)
        #expect(f.contains(ImportFinding(.error, file: "header.csv", line: 2, column: "DOB", value: "01/01/2015,WBRI,,,\n",
                                         message: "a quoted cell is never closed: the file ends inside quotes")))
    }

    @Test func utf16IsAnError() {
        let (_, f) = SSDA903Reader.readCSV([0xFF, 0xFE, 0x43, 0x00], table: .header, file: "header.csv")
        #expect(f == [ImportFinding(.error, file: "header.csv", line: 1, message: "the file is UTF-16; save it as UTF-8 CSV")])
    }

    @Test func blankAndTrailingEmptyRowsAreSkipped() {
        let (t, f) = read("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n\n1,M,01/01/2015,WBRI,,,\n,,,,,,\n", .header)
        #expect(f.isEmpty)
        #expect(t.count == 1)
    }

    @Test func duplicateChildInDirectoryIsAnError() throws {
        let dir = try TemporaryDirectory()
        try dir.write("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2015,WBRI,,,\n1,F,01/01/2016,WBRI,,,\n")
        try dir.write("episodes.csv", Self.episodeHeader + "\n")
        let (ret, f) = try SSDA903Reader.readTables(directory: dir.path)
        #expect(ret[.header]?.count == 2)
        #expect(f == [ImportFinding(.error, file: "header.csv", line: 3, column: "CHILD", value: "1",
                                    message: "duplicate child: already in the header on line 2")])
    }

    @Test func missingRequiredFileIsAnError() throws {
        let dir = try TemporaryDirectory()
        try dir.write("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n")
        let (_, f) = try SSDA903Reader.readTables(directory: dir.path)
        #expect(f == [ImportFinding(.error, file: "episodes.csv", message: "the return has no episodes.csv; the Episodes table is required")])
    }

    static let xml = """
        <?xml version='1.0' encoding='us-ascii'?>
        <EXPSSDA903><CHILD><HEADER><CHILDID>12</CHILDID><UPN>A123</UPN><SEX>M</SEX><DOB>02/03/2013</DOB><ETHNIC>WBRI</ETHNIC>
        <UASC>1</UASC><DUC>01/03/2031</DUC><IN_TOUCH /><AREVIEW><REVIEW>28/01/2025</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
        <AMISSING><MISSING>M</MISSING><MIS_START>03/05/2024</MIS_START><MIS_END /></AMISSING>
        <MOTHER /><MC_DOB /><PERMANENCE><PREV_PERM>Z1</PREV_PERM><LA_PERM /><DATE_PERM /></PERMANENCE>
        <OC2><SDQ_SCORE>12</SDQ_SCORE></OC2><AD_PLACED><DATE_PLACED>01/06/2024</DATE_PLACED></AD_PLACED></HEADER>
        <EPISODE><DECOM>01/04/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL><PL_POST>ME1 &amp; 1AA</PL_POST>
        <DEC /><REC /></EPISODE></CHILD></EXPSSDA903>
        """

    @Test func xmlMapsIntoTables() {
        let (r, f) = SSDA903Reader.readXML(Array(Self.xml.utf8), file: "return.xml")
        #expect(f.isEmpty)
        #expect(r[.header]?[0, "CHILD"] == "12")
        #expect(r[.episodes]?[0, "PLACE"] == "U4")
        #expect(r[.episodes]?[0, "PL_POST"] == "ME1 & 1AA")
        #expect(r[.episodes]?.lineNumbers == [7])
        #expect(r[.episodes]?.elementPaths == ["EXPSSDA903/CHILD[1]/EPISODE[1]"])
        #expect(r[.uasc]?[0, "DUC"] == "01/03/2031")
        #expect(r[.uasc]?[0, "SEX"] == "M")
        #expect(r[.reviews]?[0, "REVIEW_CODE"] == "PN1")
        #expect(r[.missing]?[0, "MIS_START"] == "03/05/2024")
        #expect(r[.prevPerm]?[0, "PREV_PERM"] == "Z1")
        #expect(r[.oc2]?[0, "SDQ_SCORE"] == "12")
        #expect(r[.placedAdoption]?[0, "DATE_PLACED"] == "01/06/2024")
        #expect(r[.oc3]?.count == 0)
        #expect(r[.ad1]?.count == 0)
        #expect(r.year == CollectionYear(2024))
    }

    @Test func truncatedXMLIsAnErrorNotACrash() {
        let bytes = Array(Self.xml.utf8)
        for cut in stride(from: 1, to: bytes.count - 1, by: 7) {
            let (_, f) = SSDA903Reader.readXML(Array(bytes[0..<cut]), file: "return.xml")
            #expect(f.hasErrors, "cut at \(cut)")
        }
        let cut = Self.xml.range(of: "<DEC />")!.lowerBound
        let (_, f) = SSDA903Reader.readXML(Array(Self.xml[..<cut].utf8), file: "return.xml")
        #expect(f == [ImportFinding(.error, file: "return.xml", line: 8, path: "EXPSSDA903/CHILD/EPISODE", column: "EPISODE",
                                    message: "the file ends before </EPISODE> (opened on line 7): it is truncated")])
    }

    @Test func mismatchedXMLTagIsAnError() {
        let text = "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILD></HEADER></CHILD></EXPSSDA903>"
        let (_, f) = SSDA903Reader.readXML(Array(text.utf8), file: "r.xml")
        #expect(f == [ImportFinding(.error, file: "r.xml", line: 1, path: "EXPSSDA903/CHILD/HEADER/CHILDID", column: "CHILD",
                                    message: "end tag </CHILD> does not match <CHILDID> opened on line 1")])
    }

    @Test func latin1DeclaredXMLIsTranscoded() {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><EXPSSDA903><CHILD><HEADER><CHILDID>".utf8)
        bytes += [0x41, 0xE9] + Array("</CHILDID></HEADER></CHILD></EXPSSDA903>".utf8)
        let (r, f) = SSDA903Reader.readXML(bytes, file: "r.xml")
        #expect(f.isEmpty)
        #expect(r[.header]?[0, "CHILD"] == "Aé")
    }

    @Test func undeclaredNonUTF8XMLIsAnError() {
        var bytes = Array("<EXPSSDA903><CHILD><HEADER><CHILDID>".utf8)
        bytes += [0x41, 0xE9] + Array("</CHILDID></HEADER></CHILD></EXPSSDA903>".utf8)
        let (_, f) = SSDA903Reader.readXML(bytes, file: "r.xml")
        #expect(f == [ImportFinding(.error, file: "r.xml", line: 1, value: "byte 37",
                                    message: "not valid UTF-8 text (is the file saved as Windows-1252?); save it as UTF-8 or declare its encoding")])
    }
}

/// A scratch directory removed when the test ends.
final class TemporaryDirectory {
    let path: String
    init() throws {
        path = NSTemporaryDirectory() + "hearth-returns-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path).appendingPathComponent(name))
    }
    func url(_ name: String) -> URL { URL(fileURLWithPath: path).appendingPathComponent(name) }
}

/// What the importer does with its findings: all-or-nothing, and the --report CSV.
struct ImportPolicyTests {
    static let warning = ImportFinding(.warning, file: "episodes.csv", line: 3, column: "LS", value: "ZZ", message: "not a LS code on the DfE list")
    static let error = ImportFinding(.error, file: "header.csv", line: 2, column: "DOB", value: "31/02/2015, late", message: "not a real date")

    @Test func errorsNeverImportWarningsOnlyWhenAccepted() {
        #expect([ImportFinding]().allowsImport(acceptingWarnings: false))
        #expect(![Self.warning].allowsImport(acceptingWarnings: false))
        #expect([Self.warning].allowsImport(acceptingWarnings: true))
        #expect(![Self.warning, Self.error].allowsImport(acceptingWarnings: true))
    }

    @Test func reportCSVListsErrorsFirstAndQuotes() {
        let text = String(decoding: [Self.warning, Self.error].reportCSV, as: UTF8.self)
        #expect(text == """
            severity,file,line,path,column,value,message
            error,header.csv,2,,DOB,"31/02/2015, late",not a real date
            warning,episodes.csv,3,,LS,ZZ,not a LS code on the DfE list

            """)
    }
}
