import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
@testable import HearthServer
import Synchronization
import Testing

/// Keeps every log line (message and metadata) so a test can search them.
final class RecordingLogHandler: LogHandler, Sendable {
    let lines = Mutex<[String]>([])
    var metadata: Logger.Metadata {
        get { [:] }
        set {}
    }
    var logLevel: Logger.Level {
        get { .trace }
        set {}
    }
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { nil }
        set {}
    }
    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String,
             function: String, line: UInt) {
        lines.withLock { $0.append("\(message) \(metadata ?? [:])") }
    }
}

@Suite("Logs")
struct LoggingTests {
    @Test("request logs name the route pattern, never a child id, user name or password")
    func noPersonalDataInLogs() async throws {
        let server = try await TestServer()
        let handler = RecordingLogHandler()
        let logger = Logger(label: "test") { _ in handler }
        try await server.web.buildApplication(logger: logger).test(.live) { client in
            let ok = try await signIn(client, name: "user-area-manager", password: Fixture.password)
            let token = try #require(cookieValue("hearth_session", in: ok))
            _ = try await client.execute(uri: "/children/C1", method: .get, headers: [.cookie: "hearth_session=\(token)"])
            _ = try await client.execute(uri: "/children?page=1", method: .get, headers: [.cookie: "hearth_session=\(token)"])
            _ = try await signIn(client, name: "nobody-real", password: "secret-guess")
        }
        let lines = handler.lines.withLock { $0 }
        #expect(lines.contains { $0.contains("/children/{id}") })
        for secret in ["C1", "user-area-manager", "nobody-real", Fixture.password, "secret-guess", "page=1"] {
            #expect(!lines.contains { $0.contains(secret) }, "log contains \(secret)")
        }
        try await server.cleanUp()
    }
}
