import ArgumentParser
import Foundation
import Hearth
import HearthServer
import HearthSynth

/// `hearth serve`: the web application over an existing county.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the web application (scorecard, children, activity, import, JSON API).",
        discussion: """
        Users, sessions and the audit log live in the --database SQLite file; add users with `hearth user add`.
        The county is read from a JSON Lines archive written by `hearth synth --out DIR` (--archive DIR).
        Behind a TLS-terminating reverse proxy pass --behind-tls-proxy: cookies become Secure and HSTS is sent.
        """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"
    @Option(help: "Port to listen on.")
    var port = 8080
    @Option(help: "SQLite file for users, sessions and the audit log (default: $HEARTH_DATABASE_URL, else ./hearth.sqlite).")
    var database: String?
    @Option(help: "Directory of a JSON Lines county archive (from `hearth synth --out`).")
    var archive: String
    @Flag(help: "Create one demo user per role (demo-social-worker, …) with a random password printed once; existing users are kept.")
    var demoUsers = false
    @Flag(help: "A TLS-terminating reverse proxy fronts the server: Secure cookies, HSTS, X-Forwarded-For as the client address.")
    var behindTLSProxy = false

    func run() async throws {
        let county: County
        do { county = try JSONLinesArchive.read(from: archive) } catch { throw ValidationError("cannot read the county archive: \(error)") }
        let path = try WebDatabase.sqlitePath(database)
        if demoUsers {
            let store = try await SQLiteSecurityStore(path: path)
            for u in try await HearthWebServer.createDemoUsers(store: store, county: county) {
                say("demo user \(u.name) (\(u.role.label)) password: \(u.password)")
            }
            try await store.close()
        }
        say("Serving \(county.name) (\(county.children.count) children, records to \(county.extractDate)) on http://\(host):\(port)")
        say("Users, sessions and audit log: \(path)")
        try await HearthWebServer.serve(
            county: county, securityDatabase: path,
            configuration: ServerConfiguration(host: host, port: port, behindTLSProxy: behindTLSProxy))
    }
}

/// Writes a line to standard output unbuffered, so a script reading it sees the passwords at once.
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
