import ArgumentParser
import Foundation
import Hearth
import HearthServer
import HearthStore
import HearthSynth

/// `hearth demo`: the main job. A synthetic county in `./hearth-demo.sqlite` (generated on the
/// first run), one demo user per role, and the web application at http://127.0.0.1:8080.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the demo: a synthetic county in ./hearth-demo.sqlite, served at http://127.0.0.1:8080.",
        discussion: """
        On the first run the county is generated (scale 1 by default) and saved into the SQLite file, a summary
        of what was generated is printed, and one demo user per role is created with a random password printed
        once. Later runs serve the county already in the file; delete the file to start again.
        With --summary-only the county is generated and summarised without a store or a server.
        """
    )

    @OptionGroup var generation: GenerationOptions
    @Option(help: "The demo's SQLite file (case store, users, sessions and audit log).")
    var database = "hearth-demo.sqlite"
    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"
    @Option(help: "Port to listen on.")
    var port = 8080
    @Flag(help: "Only generate the county and print the summary; do not store or serve it.")
    var summaryOnly = false

    func run() async throws {
        if summaryOnly {
            let county = generation.generate()
            print(DemoSummary(county: county, parameters: generation.parameters).text)
            return
        }
        let county = try await demoCounty()
        let store = try await SQLSecurityStore(path: database)
        let created = try await HearthWebServer.createDemoUsers(store: store, county: county)
        try await store.close()
        if created.isEmpty {
            say("Demo users already exist in \(database); their passwords were printed when they were created.")
            say("Set a new one with `hearth user add NAME --role ROLE --database \(database)`, or delete the file to start again.")
        } else {
            say("Demo users (each password is shown only now):")
            for u in created { say("  \(u.name)  \(u.role.label)  password: \(u.password)") }
        }
        say("Serving \(county.name) on http://\(host):\(port) (press Ctrl-C to stop)")
        // The case store stays open while serving: an import accepted in the browser is stored into it.
        let caseStore = try await CaseStore.open(.sqlite(path: database))
        do {
            try await HearthWebServer.serve(caseStore: caseStore, county: county, securityDatabase: database,
                                            configuration: ServerConfiguration(host: host, port: port))
        } catch {
            try? await caseStore.close()
            throw error
        }
        try await caseStore.close()
    }

    /// The county in the demo file, generating and saving it when the file holds none.
    private func demoCounty() async throws -> County {
        let store = try await CaseStore.open(.sqlite(path: database))
        do {
            let county: County
            if let held = try await store.councils().first, let loaded = try await store.load(council: held.code) {
                say("Using the county already in \(database) (\(loaded.children.count) children).")
                county = loaded
            } else {
                let generated = generation.generate()
                print(DemoSummary(county: generated, parameters: generation.parameters).text)
                try await store.save(generated, by: "hearth demo")
                say("Saved the county into \(database).")
                county = generated
            }
            try await store.close()
            return county
        } catch {
            try? await store.close()
            throw error
        }
    }
}

/// The demo's report, counted from the county's records.
struct DemoSummary {
    let county: County
    let parameters: SynthParameters

    var text: String {
        let d = county.extractDate
        let activity = CountyActivity(county: county)
        var lines: [String] = []
        lines.append("\(county.name) (LA \(county.councilCode)): scale \(parameters.scale), seed \(parameters.seed), "
                     + "\(parameters.years) years of history to \(d)")
        lines.append("")
        lines.append("Calibration on \(d)           generated   Kent × scale")
        for (i, target) in CountyActivity.kentTargets.enumerated() {
            let value = activity.calibrationFigures[i]
            let expected = target.value * parameters.scale
            lines.append(pad(target.name, 30) + pad(String(value), 11, right: true)
                         + pad(String(Int(expected)), 15, right: true) + "  (\(percent(Double(value) / expected - 1)))")
        }
        lines.append("")
        let c = county.children
        let episodes = c.flatMap(\.childInNeedEpisodes)
        let periods = c.flatMap(\.periodsOfCare)
        let counts: [(String, Int)] = [
            ("children", c.count),
            ("contacts", c.reduce(0) { $0 + $1.contacts.count }),
            ("referrals (CIN episodes)", episodes.count),
            ("C&F assessments", episodes.reduce(0) { $0 + $1.assessments.count }),
            ("section 47 enquiries", episodes.reduce(0) { $0 + $1.section47Enquiries.count }),
            ("CIN plans", episodes.reduce(0) { $0 + $1.childInNeedPlans.count }),
            ("CP plans", episodes.reduce(0) { $0 + $1.protectionPlans.count }),
            ("periods of care", periods.count),
            ("placements", periods.reduce(0) { $0 + $1.placements.count }),
            ("legal statuses", periods.reduce(0) { $0 + $1.legalStatuses.count }),
            ("care plan reviews", periods.reduce(0) { $0 + $1.reviews.count }),
            ("missing episodes", c.reduce(0) { $0 + $1.missingEpisodes.count }),
            ("adoption journeys", c.reduce(0) { $0 + $1.adoptions.count }),
            ("SGOs and CAOs", c.reduce(0) { $0 + $1.permanenceOrders.count }),
            ("care leavers", c.filter { $0.careLeaver != nil }.count),
            ("private fostering arrangements", c.reduce(0) { $0 + $1.privateFostering.count }),
            ("case allocations", c.reduce(0) { $0 + $1.allocations.count }),
            ("case file audits", c.reduce(0) { $0 + $1.audits.count }),
            ("annual outcomes (OC2)", c.reduce(0) { $0 + $1.annualOutcomes.count }),
            ("fostering households", county.fosteringHouseholds.count),
            ("postcodes", county.postcodes.count),
        ]
        lines.append("Records (whole history)")
        for (name, n) in counts { lines.append(pad(name, 34) + pad(String(n), 9, right: true)) }
        lines.append("")

        let inPost = county.workers.filter { $0.employed.contains(d) }
        let caseholding = county.posts.filter(\.caseholding)
        let fte = caseholding.reduce(0.0) { $0 + $1.fte }
        var agencyFTE = 0.0, vacantFTE = 0.0
        let byID = Dictionary(uniqueKeysWithValues: county.workers.map { ($0.id, $0) })
        for p in caseholding {
            if let w = p.holder(on: d).flatMap({ byID[$0] }) { if w.employment == .agency { agencyFTE += p.fte } } else { vacantFTE += p.fte }
        }
        lines.append("Workforce on \(d): \(county.areas.count) areas, \(county.teams.count) teams, \(inPost.count) workers in post "
                     + "(\(county.workers.count) over the whole history)")
        lines.append("  caseholding posts \(caseholding.count) = \(String(format: "%.1f", fte)) FTE; agency \(String(format: "%.1f%%", 100 * agencyFTE / fte)), vacant \(String(format: "%.1f%%", 100 * vacantFTE / fte))")
        lines.append("")

        var open: [TeamID: Int] = [:], inCare: [TeamID: Int] = [:]
        for child in c {
            guard let a = child.allocation(on: d) else { continue }
            open[a.team, default: 0] += 1
            if child.isLookedAfter(on: d) { inCare[a.team, default: 0] += 1 }
        }
        lines.append("Teams by area (cases allocated on \(d))      open   in care")
        for area in county.areas + [Area(id: "", name: "County-wide")] {
            let teams = county.teams.filter { ($0.area ?? "") == area.id }
            lines.append(area.name)
            for t in teams {
                lines.append("  " + pad(t.name, 40) + pad(String(open[t.id] ?? 0), 6, right: true) + pad(String(inCare[t.id] ?? 0), 9, right: true))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
        s.count >= n ? s : (right ? String(repeating: " ", count: n - s.count) + s : s + String(repeating: " ", count: n - s.count))
    }

    private func percent(_ x: Double) -> String {
        String(format: "%+.1f%%", x * 100)
    }
}
