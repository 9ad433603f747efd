import ArgumentParser
import HearthStore

/// `--database PATH|URL`, shared by every command that reads or writes case data.
/// Without it: `HEARTH_DATABASE_URL`, else `./hearth.sqlite`.
struct StoreOption: ParsableArguments {
    @Option(name: .long, help: "SQLite file path or postgres:// URL (default: $HEARTH_DATABASE_URL, else ./hearth.sqlite).")
    var database: String?

    var location: StoreLocation { StoreLocation.resolve(option: database) }

    /// Opens the store, migrating an older schema forward (and saying so).
    func open(upgrade: Bool = true) async throws -> CaseStore {
        let store = try await CaseStore.open(location, upgrade: upgrade)
        if let m = store.migration {
            print("schema migrated \(m.from) → \(m.to)" + (m.backup.map { "; backup of the old database at \($0)" } ?? ""))
        }
        return store
    }
}

/// A command's failure, printed as `Error: …` without the usage text (the input was fine;
/// the data or the store was not).
struct StoreCommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
