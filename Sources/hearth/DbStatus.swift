import ArgumentParser
import Foundation
import HearthStore

/// `hearth db status`: schema version, councils held and row counts per record kind.
/// Read-only: an older schema is reported, not migrated.
struct DbStatus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show the schema version, councils held and row counts per record kind.")

    @OptionGroup var store: StoreOption

    func run() async throws {
        if case .sqlite(let path) = store.location, !FileManager.default.fileExists(atPath: path) {
            throw StoreCommandFailure("no store at \(path): run `hearth db migrate` to create one, or give --database")
        }
        let s: CaseStore
        do {
            s = try await store.open(upgrade: false)
        } catch let error as StoreError {
            print("store: \(store.location.description)")
            throw StoreCommandFailure(error.description)
        }
        print("store: \(s.engine.rawValue) \(store.location.description)")
        print("schema version: \(try await s.schemaVersion())")
        let councils = try await s.councils()
        print("councils: \(councils.count)")
        for c in councils {
            print("  \(c.code) \(c.name): \(c.children) children, extract date \(c.extractDate), saved \(c.savedAt) by \(c.savedBy)")
        }
        print("rows per record kind:")
        let counts = try await s.rowCounts()
        let width = counts.map(\.table.count).max() ?? 0
        for (table, rows) in counts {
            print("  " + table.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(rows)")
        }
        try await s.close()
    }
}
