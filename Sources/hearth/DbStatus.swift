import ArgumentParser
import HearthStore

/// `hearth db status`: schema version, councils held and row counts per record kind.
/// Read-only: an older schema is reported, not migrated.
struct DbStatus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show the schema version, councils held and row counts per record kind.")

    @OptionGroup var store: StoreOption

    func run() async throws {
        let s: CaseStore
        do {
            s = try await store.open(upgrade: false)
        } catch let error as StoreError {
            print("store: \(store.location.description)")
            throw ValidationError(error.description)
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
