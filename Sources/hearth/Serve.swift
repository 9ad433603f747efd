import ArgumentParser
import Foundation
import Hearth
import HearthServer
import HearthStore
import HearthSynth
import HearthValidation

/// `hearth serve`: the web application over an existing county.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the web application (scorecard, children, activity, import, JSON API).",
        discussion: """
        Users, sessions, API tokens and the audit log live beside the case data: in the --database SQLite file, or
        in the PostgreSQL database (and schema) it names; add users with `hearth user add`. The county is loaded
        from the case store (--database, as for `hearth db`), or from a JSON Lines archive written by
        `hearth synth --out DIR` (--archive DIR); --web-database puts the web tables elsewhere.
        The case store stays open while serving: a return accepted on the import page is merged into it in one
        transaction, as `hearth import` does (with --archive the import page cannot store a return).
        Behind a TLS-terminating reverse proxy pass --behind-tls-proxy: cookies become Secure and HSTS is sent.
        """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"
    @Option(help: "Port to listen on.")
    var port = 8080
    @Option(help: "The case store: SQLite file or postgres:// URL (default: $HEARTH_DATABASE_URL, else ./hearth.sqlite). Users, sessions and the audit log live in the same database.")
    var database: String?
    @Option(help: "SQLite file or postgres:// URL for users, sessions and the audit log, if not the case store's (say, with --archive).")
    var webDatabase: String?
    @Option(help: "Council code to serve, when the store holds more than one.")
    var council: String?
    @Option(help: "Serve a JSON Lines county archive (from `hearth synth --out`) instead of the store.")
    var archive: String?
    @Flag(help: "Create one demo user per role (demo-social-worker, …) with a random password printed once; existing users are kept.")
    var demoUsers = false
    @Flag(help: "A TLS-terminating reverse proxy fronts the server: Secure cookies, HSTS, X-Forwarded-For as the client address.")
    var behindTLSProxy = false
    /// For the import page's DfE validation; last year's return comes from the served county.
    @OptionGroup(title: "Reference data for the import page's DfE validation") var references: ReferenceFileOptions

    func run() async throws {
        let (county, caseStore) = try await loadCounty()
        do {
            try await serve(county, caseStore)
        } catch {
            try? await caseStore?.close()
            throw error
        }
        try await caseStore?.close()
    }

    private func serve(_ county: County, _ caseStore: CaseStore?) async throws {
        let path = WebDatabase.location(webDatabase ?? database)
        if demoUsers {
            let store = try await SQLSecurityStore.open(path)
            for u in try await HearthWebServer.createDemoUsers(store: store, county: county) {
                say("demo user \(u.name) (\(u.role.label)) password: \(u.password)")
            }
            try await store.close()
        }
        say("Serving \(county.name) (\(county.children.count) children, records to \(county.extractDate)) on http://\(host):\(port)")
        say("Users, sessions and audit log: \(WebDatabase.display(path))")
        let (postcodes, providers) = try references.load(command: "serve")
        let configuration = ServerConfiguration(host: host, port: port, behindTLSProxy: behindTLSProxy,
                                                validationInputs: ValidationInputs(localAuthority: references.la,
                                                                                   postcodes: postcodes, providers: providers))
        if let caseStore {
            say("Accepted imports are stored into \(caseStore.location)")
            try await HearthWebServer.serve(caseStore: caseStore, county: county, securityDatabase: path, configuration: configuration)
        } else {
            say("Serving an archive: the import page shows findings but cannot store a return")
            try await HearthWebServer.serve(county: county, securityDatabase: path, configuration: configuration)
        }
    }
}

extension Serve {
    /// The county from the archive (no store), or the store's only (or chosen) council with the
    /// store kept open, so that accepted imports can be written to it.
    func loadCounty() async throws -> (County, CaseStore?) {
        if let archive {
            do { return (try JSONLinesArchive.read(from: archive), nil) } catch { throw ValidationError("cannot read the county archive: \(error)") }
        }
        let store = try await CaseStore.open(StoreLocation.resolve(option: database), upgrade: false)
        do {
            let councils = try await store.councils()
            guard let code = council ?? (councils.count == 1 ? councils[0].code : nil) else {
                throw ValidationError(councils.isEmpty ? "the store holds no county: load one with `hearth db load` or give --archive"
                                      : "the store holds \(councils.map(\.code).joined(separator: ", ")); choose one with --council")
            }
            guard let county = try await store.load(council: code) else { throw ValidationError("the store has no council \(code)") }
            return (county, store)
        } catch {
            try? await store.close()
            throw error
        }
    }
}

/// Writes a line to standard output unbuffered, so a script reading it sees the passwords at once.
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
