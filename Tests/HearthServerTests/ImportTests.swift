import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import HearthServer
import Testing

@Suite("Import page")
struct ImportTests {
    func multipart(csrf: String, files: [(String, String)]) -> (HTTPFields, ByteBuffer) {
        let boundary = "----hearth-test-boundary"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n"
        for (name, content) in files {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n\(content)\r\n"
        }
        body += "--\(boundary)--\r\n"
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(string: body))
    }

    @Test("a bad return is refused with its findings shown, nothing stored, and the attempt audited")
    func badReturnRefused() async throws {
        let server = try await TestServer()
        let s = try await server.session(for: .performanceAnalyst)
        let versionBefore = try await server.caseload.snapshot().version
        try await server.run { client in
            let (h, body) = multipart(csrf: s.csrf, files: [("episodes.csv", "CHILD,DECOM,RNE\nX1,31/02/2024,S\n")])
            var headers = h
            headers[.cookie] = s.cookie
            let r = try await client.execute(uri: "/import", method: .post, headers: headers, body: body)
            #expect(r.status == .unprocessableContent)
            #expect(r.text.contains("The return was refused"))
            #expect(r.text.contains("header.csv"))
            #expect(r.text.contains("id=\"findings\""))

            // Without the CSRF field the upload is not even read.
            let (h2, body2) = multipart(csrf: "", files: [("episodes.csv", "CHILD\n")])
            var headers2 = h2
            headers2[.cookie] = s.cookie
            #expect(try await client.execute(uri: "/import", method: .post, headers: headers2, body: body2).status == .forbidden)
        }
        #expect(try await server.caseload.snapshot().version == versionBefore)
        let audit = try await server.store.auditEntries(AuditFilter(action: .import))
        #expect(audit.count == 1)
        #expect(audit.first?.event.subject.contains("episodes.csv") == true)
        #expect(audit.first?.event.subject.hasSuffix("not stored") == true)
        try await server.cleanUp()
    }

    @Test func multipartParsing() {
        let body = Array("--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok\r\n--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"C:\\\\x\\\\header.csv\"\r\n\r\nA,B\r\n1,2\r\n--b--\r\n".utf8)
        let f = FormData(body: body, contentType: "multipart/form-data; boundary=b")
        #expect(f["csrf"] == "tok")
        #expect(f.files.count == 1)
        #expect(f.files.first?.filename == "header.csv")
        #expect(f.files.first.map { String(decoding: $0.bytes, as: UTF8.self) } == "A,B\r\n1,2")
    }
}
