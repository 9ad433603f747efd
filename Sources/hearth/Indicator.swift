import ArgumentParser
import Foundation
import Hearth
import HearthIndicators

/// `hearth indicator 17 --as-of 2017-01-31 --children`: one indicator's result, its monthly series,
/// and the children (or posts, workers, households) behind its numerator and denominator.
struct Indicator: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One indicator: its result, a monthly series, and the children behind the numbers.")

    @Argument(help: "Indicator id: 1-45, SUF1-SUF8, NAT-3PL, A1, … (see docs/indicators.md).") var id: String
    @OptionGroup var input: ScorecardInput
    @Flag(help: "List the ids behind the numerator and the denominator.") var children = false
    @Option(help: "Also print the monthly series of this many months ending with the reference month (up to 60).")
    var months: Int = 1
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func validate() throws {
        guard IndicatorCatalogue.definition(id) != nil else { throw ValidationError("no indicator with id \(id)") }
        guard (1...60).contains(months) else { throw ValidationError("--months must be 1 to 60, got \(months)") }
    }

    func run() async throws {
        let engine = try await input.engine()
        let d = IndicatorCatalogue.definition(id)!
        let series = engine.series(d, through: input.month, months: months, unit: input.reportingUnit,
                                   excludingUASC: input.excludeUASC)
        guard let latest = engine.result(d, month: input.month, unit: input.reportingUnit, excludingUASC: input.excludeUASC,
                                         collect: children) else { return }
        let numeratorIDs = engine.identifiers(latest.numeratorSubjects)
        let denominatorIDs = engine.identifiers(latest.denominatorSubjects)
        switch format {
        case .json:
            struct Out: Encodable {
                var result: ScorecardOutput.JSONRow; var series: [ScorecardOutput.JSONRow]
                var numeratorIDs: [String]?; var denominatorIDs: [String]?
                var cohort: String; var numeratorDefinition: String; var denominatorDefinition: String?; var choices: [String]
            }
            print(ScorecardOutput.json(Out(result: ScorecardOutput.jsonRow(latest), series: series.map(ScorecardOutput.jsonRow),
                                           numeratorIDs: children ? numeratorIDs : nil, denominatorIDs: children ? denominatorIDs : nil,
                                           cohort: d.cohort, numeratorDefinition: d.numeratorText,
                                           denominatorDefinition: d.denominatorText, choices: d.choices)), terminator: "")
        case .csv:
            var out = ScorecardOutput.csv([["Month"] + ScorecardOutput.headers] + series.map { [$0.month.description] + ScorecardOutput.cells($0) })
            if children {
                out += ScorecardOutput.csv([["part", "id"]] + numeratorIDs.map { ["numerator", $0] } + denominatorIDs.map { ["denominator", $0] })
            }
            print(out, terminator: "")
        case .table:
            print("\(d.id) \(d.name)\nCohort: \(d.cohort)\nNumerator: \(d.numeratorText)")
            if let den = d.denominatorText { print("Denominator: \(den)") }
            for c in d.choices { print("Choice: \(c)") }
            print("Window: \(latest.window.start) to \(latest.window.end), snapshot \(latest.window.snapshot)\n")
            print(ScorecardOutput.table([["Month"] + ScorecardOutput.headers] + series.map { [$0.month.description] + ScorecardOutput.cells($0) },
                                        truncate: 2, width: 40), terminator: "")
            if children {
                print("\nNumerator (\(numeratorIDs.count)): \(numeratorIDs.joined(separator: " "))")
                print("Denominator (\(denominatorIDs.count)): \(denominatorIDs.joined(separator: " "))")
            }
        }
    }
}
