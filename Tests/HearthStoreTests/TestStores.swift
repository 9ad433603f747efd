import Foundation
import Hearth
@testable import HearthStore

/// The engines every store test runs against: SQLite always, PostgreSQL when
/// `HEARTH_TEST_POSTGRES` names a database (postgres://user:pass@127.0.0.1:5432/db?sslmode=disable).
enum TestEngines {
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["HEARTH_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }
    static var all: [StoreEngine] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// A fresh, empty location of `engine`: a new SQLite file, or a new PostgreSQL schema.
    static func freshLocation(_ engine: StoreEngine) -> StoreLocation {
        switch engine {
        case .sqlite:
            return .sqlite(path: Fixtures.scratchDirectory() + "/hearth.sqlite")
        case .postgres:
            let url = postgresURL!
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            return .postgres(url: url + (url.contains("?") ? "&" : "?") + "schema=\(schema)")
        }
    }

    /// Removes what `freshLocation` made.
    static func discard(_ location: StoreLocation) async {
        switch location {
        case .sqlite(let path):
            try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
        case .postgres(let url):
            guard let (_, schema) = try? PostgresSchemaOption.split(url), let schema else { return }
            try? await CaseStore.dropPostgresSchema(schema, url: url)
        }
    }

    /// Opens a fresh store of `engine`, runs `body`, closes and removes it.
    static func withStore(_ engine: StoreEngine,
                          _ body: (CaseStore, StoreLocation) async throws -> Void) async throws {
        let location = freshLocation(engine)
        let store = try await CaseStore.open(location)
        do {
            try await body(store, location)
        } catch {
            try? await store.close()
            await discard(location)
            throw error
        }
        try? await store.close()
        await discard(location)
    }
}
