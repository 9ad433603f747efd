import ArgumentParser
import Foundation
import Hearth
import HearthSynth

/// `hearth demo`: generate the county and summarise what was generated.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate the synthetic county (scale 1 by default) and print a summary of what was generated.",
        discussion: "Every figure is counted from the generated records; nothing is looked up."
    )

    @OptionGroup var generation: GenerationOptions

    func run() throws {
        let county = generation.generate()
        print(DemoSummary(county: county, parameters: generation.parameters).text)
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
