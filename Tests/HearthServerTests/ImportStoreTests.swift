import Foundation
import Hearth
import HearthReturns
import HearthStore
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import HearthServer
import SQLiteKit
import Testing

/// A live server whose county comes from a real case store (SQLite file), so accepted imports are
/// really stored; users, sessions and the audit log live in the same file, as with `hearth serve`.
struct StoredImportServer {
    let web: HearthWeb
    let store: SQLSecurityStore
    let caseStore: CaseStore
    let caseload: StoredCaseload
    let path: String
    let staging: URL
    var users: [StaffRole: StaffUser] = [:]

    init() async throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-import-\(UUID().uuidString).sqlite").path
        staging = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-import-staging-\(UUID().uuidString)")
        caseStore = try await CaseStore.open(.sqlite(path: path))
        try await caseStore.save(try Fixture.county(), by: "test")
        caseload = try await StoredCaseload.open(caseStore, council: "999")
        store = try await SQLSecurityStore(path: path)
        web = try HearthWeb(caseload: caseload, store: store, configuration: .init(port: 0, bcryptCost: 4),
                            scorecardSource: FixtureScorecard(), importStaging: staging)
        users = try await Fixture.addRoleUsers(store)
    }

    func run<T>(_ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        try await web.buildApplication().test(.live, body)
    }

    func session(for role: StaffRole) async throws -> (cookie: String, csrf: String) {
        try await Fixture.session(store, for: users[role]!)
    }

    /// Children in the store for the fixture's council.
    func storedChildren() async throws -> Int {
        try await caseStore.rowCounts(council: "999").first { $0.table == "children" }?.rows ?? -1
    }

    /// Files left in the staging directory (one directory per pending upload).
    var stagedUploads: Int { ((try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []).count }

    func cleanUp() async throws {
        try await store.close()
        try await caseStore.close()
        try? FileManager.default.removeItem(at: staging)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

/// The fixture county's 903 for 2023/24 plus a new child N1, as the CSV files a council would upload.
/// `edit` may change a file's text before upload.
func fixtureReturnFiles(edit: (String, String) -> String = { $1 }) throws -> [(String, String)] {
    var county = try Fixture.county()
    var n1 = ChildRecord(id: "N1", sex: [SexRecord("M")], dateOfBirth: Day(2010, 7, 1), ethnicity: "WBRI")
    try n1.allocate(to: "T1", worker: "W1", on: Day(2024, 1, 2))
    try n1.add(PeriodOfCare.begin(id: "N1-P1", on: Day(2024, 1, 10), legalStatus: "V2",
                                  placement: PlacementSpan(span: DaySpan(start: Day(2024, 1, 10)), type: "U4", provider: "PR1"),
                                  categoryOfNeed: "N1"))
    county.children.append(n1)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-903-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    try SSDA903Writer.writeCSV(SSDA903Export.tables(for: county, year: CollectionYear(2023)), to: dir.path)
    return try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { name in
        (name, edit(name, try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)))
    }
}

func multipartUpload(csrf: String, cookie: String, files: [(String, String)]) -> (HTTPFields, ByteBuffer) {
    let boundary = "----hearth-import-boundary"
    var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n"
    for (name, content) in files {
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n\(content)\r\n"
    }
    body += "--\(boundary)--\r\n"
    return ([.contentType: "multipart/form-data; boundary=\(boundary)", .cookie: cookie], ByteBuffer(string: body))
}

/// The value of the LAC (children looked after) row in a scorecard CSV.
func lacRow(_ csv: String) -> String? {
    csv.split(whereSeparator: \.isNewline).first { $0.hasPrefix("LAC,") }.map { $0.split(separator: ",", omittingEmptySubsequences: false)[4] }
        .map(String.init)
}

/// The hidden `upload` id of the review form.
func uploadID(in html: String) -> String? {
    guard let r = html.range(of: "name=\"upload\" value=\"") else { return nil }
    return String(html[r.upperBound...].prefix { $0 != "\"" })
}

@Suite("Import into the case store")
struct ImportStoreTests {
    @Test("a clean upload is reviewed, accepted, stored in the case store, served at once and audited")
    func cleanUploadIsStored() async throws {
        let server = try await StoredImportServer()
        let s = try await server.session(for: .performanceAnalyst)
        let files = try fixtureReturnFiles()
        #expect(try await server.storedChildren() == 9)
        let versionBefore = await server.caseload.snapshot().version
        try await server.run { client in
            // Before: N1 is unknown, and 8 children are looked after.
            #expect(try await client.execute(uri: "/children/N1", method: .get, headers: [.cookie: s.cookie]).status == .notFound)
            let cardBefore = try await client.execute(uri: "/scorecard.csv", method: .get, headers: [.cookie: s.cookie])
            #expect(lacRow(cardBefore.text) == "8")

            let (h, body) = multipartUpload(csrf: s.csrf, cookie: s.cookie, files: files)
            let review = try await client.execute(uri: "/import", method: .post, headers: h, body: body)
            #expect(review.status == .ok)
            #expect(review.text.contains("Check the findings, then accept or cancel"))
            #expect(review.text.contains("id=\"validation-summary\""))
            #expect(review.text.contains("DfE rules of 2023/24"))
            #expect(review.text.contains("action=\"/import/accept\""))
            // What accepting will do: N1 is new; the others' 903 data is what the store holds; C2 is not in the 903.
            #expect(review.text.contains("it <strong>adds 1 child, updates 0, keeps 9 unchanged</strong>"))
            #expect(!review.text.contains("replaces every case record"))
            // The form names the upload; the files wait on the server, not in the page or cookie.
            let id = try #require(uploadID(in: review.text))
            #expect(server.stagedUploads == 1)
            #expect(review.setCookies.isEmpty)
            // Nothing is stored by the review.
            #expect(try await server.storedChildren() == 9)

            // Accepting with someone else's id is refused and stores nothing.
            let other = try await client.execute(uri: "/import/accept", method: .post, headers: formHeaders(cookie: s.cookie),
                                                 body: formBody(["csrf": s.csrf, "upload": "not-the-id", "acknowledge": "yes"]))
            #expect(other.status == .conflict)
            #expect(try await server.storedChildren() == 9)

            let accepted = try await client.execute(uri: "/import/accept", method: .post, headers: formHeaders(cookie: s.cookie),
                                                    body: formBody(["csrf": s.csrf, "upload": id, "acknowledge": "yes"]))
            #expect(accepted.status == .ok)
            #expect(accepted.text.contains("The return was imported"))
            #expect(accepted.text.contains("It added 1 children, updated 0 and kept 9 unchanged"))
            #expect(server.stagedUploads == 0)

            // The new child is served at once, from the store.
            let child = try await client.execute(uri: "/children/N1", method: .get, headers: [.cookie: s.cookie])
            #expect(child.status == .ok)
            #expect(child.text.contains("N1"))
            // C2 (a child in need only) is not in a 903, and the merge kept it.
            #expect(try await client.execute(uri: "/children/C2", method: .get, headers: [.cookie: s.cookie]).status == .ok)
            // The scorecard is recomputed: 8 looked-after children before, N1 makes 9.
            let card = try await client.execute(uri: "/scorecard.csv", method: .get, headers: [.cookie: s.cookie])
            #expect(card.status == .ok)
            #expect(lacRow(card.text) == "9")

            // Accepting twice finds nothing waiting.
            let again = try await client.execute(uri: "/import/accept", method: .post, headers: formHeaders(cookie: s.cookie),
                                                 body: formBody(["csrf": s.csrf, "upload": id, "acknowledge": "yes"]))
            #expect(again.status == .conflict)
        }
        // The store changed in one merge: the 9 children before, now with N1; C2 exactly as before.
        let stored = try #require(try await server.caseStore.load(council: "999"))
        #expect(stored.children.contains { $0.id == "N1" })
        #expect(stored.children.first { $0.id == "C2" } == (try Fixture.county()).children.first { $0.id == "C2" })
        #expect(try await server.storedChildren() == 9 + 1)
        #expect(stored.children.count == 10)
        let history = try await server.caseStore.councils().first
        #expect(history?.savedBy == "web import by user-performance-analyst")
        #expect(await server.caseload.snapshot().version == versionBefore + 1)
        // Audited: the review and the accept, who and from where; the chain verifies.
        let audit = try await server.store.auditEntries(AuditFilter(action: .import))
        #expect(audit.count == 2)
        let last = try #require(audit.max { $0.sequence < $1.sequence })
        #expect(last.event.userName == "user-performance-analyst")
        #expect(last.event.remote != "" && last.event.remote != "unknown")
        #expect(last.event.subject.contains("header.csv"))
        #expect(last.event.subject.contains("stored into council 999: children 9 → 10 (added 1, updated 0, kept 9 unchanged)"))
        #expect(try await server.store.verifyAuditChain().isIntact)
        try await server.cleanUp()
    }

    @Test("a DfE validation finding is shown with its rule code and message, and must be acknowledged; cancel deletes the files")
    func validationFindingShownAndAcknowledged() async throws {
        let server = try await StoredImportServer()
        let s = try await server.session(for: .performanceAnalyst)
        // Rule 103: an ethnicity code that is not on the list (a reading warning, not an error).
        let files = try fixtureReturnFiles { name, text in
            name == "header.csv" ? text.replacingOccurrences(of: "C1,2,01/05/2012,WBRI", with: "C1,2,01/05/2012,ZZZZ") : text
        }
        #expect(files.first { $0.0 == "header.csv" }?.1.contains("ZZZZ") == true)
        try await server.run { client in
            let (h, body) = multipartUpload(csrf: s.csrf, cookie: s.cookie, files: files)
            let review = try await client.execute(uri: "/import", method: .post, headers: h, body: body)
            #expect(review.status == .ok)
            #expect(review.text.contains("id=\"rule-summary\""))
            #expect(review.text.contains("<td>103</td>"))
            #expect(review.text.contains("The ethnicity code is either not valid or has not been entered."))
            // The finding names the child, linked to their page (C1 is in the store and the analyst may see them).
            #expect(review.text.contains("<a href=\"/children/C1\">C1</a>"))
            #expect(review.text.contains("name=\"acknowledge\""))
            let id = try #require(uploadID(in: review.text))

            // Every finding downloads as CSV, the rule 103 finding in the reference validator's terms.
            #expect(review.text.contains("href=\"/import/findings.csv\""))
            let csv = try await client.execute(uri: "/import/findings.csv", method: .get, headers: formHeaders(cookie: s.cookie))
            #expect(csv.status == .ok)
            let lines = csv.text.split(separator: "\r\n").map(String.init)
            #expect(lines.first == "source,severity,rule_code,table,child_id,row_index,file,line_or_element,fields,values,message")
            #expect(lines.contains { $0.hasPrefix("DfE validation,query,103,Header,C1,0,") && $0.contains("ZZZZ") })

            // Without the tick the return is not stored, and the findings are shown again with the error.
            let unticked = try await client.execute(uri: "/import/accept", method: .post, headers: formHeaders(cookie: s.cookie),
                                                    body: formBody(["csrf": s.csrf, "upload": id]))
            #expect(unticked.status == .unprocessableContent)
            #expect(unticked.text.contains("Tick the box to confirm you have read the findings"))
            #expect(unticked.text.contains("<td>103</td>"))
            #expect(try await server.storedChildren() == 9)

            // Cancelling deletes the files and stores nothing.
            let cancelled = try await client.execute(uri: "/import/cancel", method: .post, headers: formHeaders(cookie: s.cookie),
                                                     body: formBody(["csrf": s.csrf, "upload": id]))
            #expect(cancelled.status == .ok)
            #expect(cancelled.text.contains("The upload was cancelled"))
            #expect(server.stagedUploads == 0)
        }
        #expect(try await server.storedChildren() == 9)
        let audit = try await server.store.auditEntries(AuditFilter(action: .import))
        #expect(audit.contains { $0.event.subject.hasSuffix("cancelled, not stored") })
        let exports = try await server.store.auditEntries(AuditFilter(action: .export))
        #expect(exports.contains { $0.event.subject == "import findings.csv" })
        try await server.cleanUp()
    }

    @Test("a child in care in the year but not in the upload is a warning to acknowledge; accepting keeps them")
    func absentChildWarnsAndIsKept() async throws {
        let server = try await StoredImportServer()
        let s = try await server.session(for: .performanceAnalyst)
        let files = try fixtureReturnFiles { _, text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("C3,") }.joined(separator: "\n")
        }
        try await server.run { client in
            let (h, body) = multipartUpload(csrf: s.csrf, cookie: s.cookie, files: files)
            let review = try await client.execute(uri: "/import", method: .post, headers: h, body: body)
            #expect(review.status == .ok)
            #expect(review.text.contains("in the store with a period of care in 2023/24 but not in the return; kept"))
            #expect(review.text.contains("it <strong>adds 1 child, updates 0, keeps 9 unchanged</strong>"))
            #expect(review.text.contains("name=\"acknowledge\""))
            let id = try #require(uploadID(in: review.text))
            let accepted = try await client.execute(uri: "/import/accept", method: .post, headers: formHeaders(cookie: s.cookie),
                                                    body: formBody(["csrf": s.csrf, "upload": id, "acknowledge": "yes"]))
            #expect(accepted.status == .ok)
            #expect(try await client.execute(uri: "/children/C3", method: .get, headers: [.cookie: s.cookie]).status == .ok)
        }
        let stored = try #require(try await server.caseStore.load(council: "999"))
        #expect(stored.children.first { $0.id == "C3" } == (try Fixture.county()).children.first { $0.id == "C3" })
        #expect(stored.children.count == 10)
        try await server.cleanUp()
    }

    @Test("a failure while writing the store leaves it unchanged and says so")
    func storeFailureChangesNothing() async throws {
        let server = try await StoredImportServer()
        let s = try await server.session(for: .performanceAnalyst)
        let files = try fixtureReturnFiles()
        // The store breaks half way through the save: after the council's rows are deleted, the
        // first insert of a child fails.
        let conn = try await SQLiteConnection.open(storage: .file(path: server.path))
        try await conn.sql().raw("CREATE TRIGGER test_disk_full BEFORE INSERT ON children BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END").run()
        try await conn.close()
        let rowsBefore = try await server.caseStore.rowCounts(council: "999")
        let versionBefore = await server.caseload.snapshot().version
        try await server.run { client in
            let (h, body) = multipartUpload(csrf: s.csrf, cookie: s.cookie, files: files)
            let review = try await client.execute(uri: "/import", method: .post, headers: h, body: body)
            let id = try #require(uploadID(in: review.text))
            let r = try await client.execute(uri: "/import/accept", method: .post, headers: formHeaders(cookie: s.cookie),
                                             body: formBody(["csrf": s.csrf, "upload": id, "acknowledge": "yes"]))
            #expect(r.status == .internalServerError)
            #expect(r.text.contains("The return could not be stored"))
            #expect(r.text.contains("Nothing was changed in the case store"))
            #expect(r.text.contains("simulated write failure"))
            // The old county is still served.
            #expect(try await client.execute(uri: "/children/C2", method: .get, headers: [.cookie: s.cookie]).status == .ok)
        }
        let rowsAfter = try await server.caseStore.rowCounts(council: "999")
        #expect(rowsAfter.map(\.rows) == rowsBefore.map(\.rows))
        #expect(await server.caseload.snapshot().version == versionBefore)
        let audit = try await server.store.auditEntries(AuditFilter(action: .import))
        #expect(audit.contains { $0.event.subject.contains("store failed") && $0.event.subject.hasSuffix("not stored") })
        try await server.cleanUp()
    }

    @Test("a CIN census is told from its XML, reviewed, and stored; one for another council is refused")
    func cinCensusImport() async throws {
        let server = try await StoredImportServer()
        let s = try await server.session(for: .performanceAnalyst)
        let xml = String(decoding: CINCensusWriter.xml(try Fixture.county(), year: CollectionYear(2023)), as: UTF8.self)
        #expect(xml.contains("<LEA>999</LEA>"))
        try await server.run { client in
            // Another council's census would replace the wrong records: a reading error.
            let other = xml.replacingOccurrences(of: "<LEA>999</LEA>", with: "<LEA>886</LEA>")
            let (h1, b1) = multipartUpload(csrf: s.csrf, cookie: s.cookie, files: [("cin.xml", other)])
            let refused = try await client.execute(uri: "/import", method: .post, headers: h1, body: b1)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("the census is for council 886, but it would be stored as council 999"))
            #expect(server.stagedUploads == 0)

            let (h, body) = multipartUpload(csrf: s.csrf, cookie: s.cookie, files: [("cin.xml", xml)])
            let review = try await client.execute(uri: "/import", method: .post, headers: h, body: body)
            #expect(review.status == .ok)
            #expect(review.text.contains("CIN census: 0 errors"))
            #expect(review.text.contains("Hearth has the DfE rules for the 903 only"))
            let id = try #require(uploadID(in: review.text))
            let accepted = try await client.execute(uri: "/import/accept", method: .post, headers: formHeaders(cookie: s.cookie),
                                                    body: formBody(["csrf": s.csrf, "upload": id, "acknowledge": "yes"]))
            #expect(accepted.status == .ok)
            #expect(accepted.text.contains("The return was imported"))
        }
        // The census holds the children in need of 2023/24 (C1's episode closed before it, so C2 only);
        // merged, it leaves every child as the store held them, the looked-after children included.
        let stored = try #require(try await server.caseStore.load(council: "999"))
        let before = try Fixture.county()
        #expect(stored.children.map(\.id) == before.children.map(\.id))
        #expect(stored.children == before.children)
        #expect(try await server.storedChildren() == 9)
        let audit = try await server.store.auditEntries(AuditFilter(action: .import))
        #expect(audit.contains { $0.event.subject.contains("children 9 → 9 (added 0, updated 0, kept 9 unchanged)") })
        try await server.cleanUp()
    }

    @Test("staged files belong to one session, wait until reviewed, and are deleted on expiry and at sign-out")
    func stagedFilesLifecycle() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let pending = PendingReturns(root: root)
        let file = FormData.UploadedFile(field: "files", filename: "header.csv", bytes: Array("CHILD\n".utf8))
        let a = try await pending.stage([file], session: "session-a")
        #expect(FileManager.default.fileExists(atPath: a.directory.appendingPathComponent("header.csv").path))
        // Not acceptable until reviewed, and never from another session.
        #expect(await pending.upload(a.id, session: "session-a") == nil)
        await pending.reviewed(a)
        #expect(await pending.upload(a.id, session: "session-a")?.id == a.id)
        #expect(await pending.upload(a.id, session: "session-b") == nil)
        // A new upload in the same session replaces the old one and deletes its files.
        let a2 = try await pending.stage([file], session: "session-a")
        #expect(!FileManager.default.fileExists(atPath: a.directory.path))
        // Expiry deletes the files.
        await pending.sweep(now: Date().addingTimeInterval(PendingReturns.lifetime + 1))
        #expect(!FileManager.default.fileExists(atPath: a2.directory.path))
        #expect(await pending.count == 0)
        // Sign-out deletes them too.
        let b = try await pending.stage([file], session: "session-b")
        await pending.discardAll(session: "session-b")
        #expect(!FileManager.default.fileExists(atPath: b.directory.path))
        // Unsafe names never reach the disk.
        await #expect(throws: PendingReturns.Refused.self) {
            try await pending.stage([FormData.UploadedFile(field: "files", filename: "..", bytes: [])], session: "session-c")
        }
    }

    @Test("an upload kind is told from the XML root; unsafe names are refused")
    func stagingRules() {
        #expect(PendingReturns.kind(ofXML: Array("<?xml version=\"1.0\"?>\n<!-- x --><EXPSSDA903><CHILD/>".utf8)) == .ssda903)
        #expect(PendingReturns.kind(ofXML: Array("<?xml version=\"1.0\"?><Message><Header/>".utf8)) == .cin)
        #expect(PendingReturns.kind(ofXML: Array("<html>".utf8)) == nil)
        #expect(PendingReturns.isSafe("header.csv"))
        #expect(!PendingReturns.isSafe("../header.csv"))
        #expect(!PendingReturns.isSafe(".hidden"))
    }
}
