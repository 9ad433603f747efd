import ArgumentParser
import Foundation
import Hearth
import HearthIndicators
import HearthSynth

/// `hearth activity --as-of 2017-01-31 [--from DIR]`: the SCS activity table by council, area and team.
struct Activity: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The activity table: caseloads, referrals, assessments, CP plans, children in care, UASC, private fostering.")

    @OptionGroup var source: CountySource
    @Option(name: .customLong("as-of"), help: "Reference date (yyyy-mm-dd) or month (yyyy-mm).") var asOf: String
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func validate() throws {
        guard ReportingMonth(text: asOf) != nil else { throw ValidationError("--as-of must be yyyy-mm-dd or yyyy-mm, got \(asOf)") }
    }

    func run() async throws {
        let county = try await source.load()
        let rows = ActivityTable.rows(ScorecardEngine(county), month: ReportingMonth(text: asOf)!)
        let head = ["Unit"] + ActivityRow.headers
        let body = rows.map { [$0.unitName] + $0.columns.map(String.init) }
        switch format {
        case .json:
            struct Row: Encodable { var unit: String; var values: [String: Int] }
            print(ScorecardOutput.json(rows.map { r in
                Row(unit: r.unitName, values: Dictionary(uniqueKeysWithValues: zip(ActivityRow.headers, r.columns)))
            }), terminator: "")
        case .csv: print(ScorecardOutput.csv([head] + body), terminator: "")
        case .table: print(ScorecardOutput.table([head] + body, truncate: 0, width: 28), terminator: "")
        }
    }
}
