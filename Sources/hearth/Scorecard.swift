import ArgumentParser
import Foundation
import Hearth
import HearthIndicators
import HearthSynth

/// `hearth scorecard`: the SCS performance scorecard for one month and unit, as a table, CSV or
/// JSON; or the UASC-impact page or the exception reports for its Red indicators.
struct Scorecard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The performance scorecard for a month and unit (council, area, team or worker).",
        discussion: """
        Reads the county from the case store (--database), or from a JSON Lines folder with --from DIR.
        The reference date selects its month: snapshot indicators use the month's last working day,
        rolling indicators the 12 months ending with it. Targets are Kent's 2016-17 and 2017-18 unless
        --targets files are given.
        """)

    @OptionGroup var input: ScorecardInput

    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @Option(help: "scorecard, uasc-impact or exceptions.") var report: ReportKind = .scorecard
    @Flag(help: "Include the sufficiency strategy and DfE national measures.") var all = false
    @Option(name: .customLong("batch-children"), help: ArgumentHelp(
        "Stream the --from archive in batches of this many children instead of loading the county whole.",
        discussion: "For a county too large to hold in memory (a national-size archive): the scorecard for the council, an area or a team, without worker caseloads."))
    var batchChildren: Int?

    func validate() throws {
        guard let batchChildren else { return }
        guard batchChildren > 0 else { throw ValidationError("--batch-children must be positive, got \(batchChildren)") }
        guard input.source.from != nil else { throw ValidationError("--batch-children streams a JSON Lines archive: give --from DIR") }
        guard report == .scorecard else { throw ValidationError("--batch-children gives the scorecard report only") }
        if case .worker = input.reportingUnit { throw ValidationError("--batch-children cannot give a worker's caseload; leave it out") }
    }

    enum ReportKind: String, ExpressibleByArgument { case scorecard, uascImpact = "uasc-impact", exceptions }

    func run() async throws {
        if let batchChildren, let dir = input.source.from {
            print(ScorecardOutput.render(try streamed(dir, batchChildren), format: format), terminator: "")
            return
        }
        let engine = try await input.engine()
        let month = input.month
        switch report {
        case .scorecard:
            let rows = engine.scorecard(month: month, unit: input.reportingUnit, excludingUASC: input.excludeUASC,
                                        definitions: all ? IndicatorCatalogue.all : IndicatorCatalogue.scorecard)
            print(ScorecardOutput.render(rows, format: format), terminator: "")
        case .uascImpact:
            print(ScorecardOutput.renderUASC(UASCImpact.rows(engine, month: month), format: format), terminator: "")
        case .exceptions:
            let reports = ExceptionReport.reports(engine, month: month, unit: input.reportingUnit, excludingUASC: input.excludeUASC)
            print(ScorecardOutput.renderExceptions(reports, format: format), terminator: "")
        }
    }
}

extension Scorecard {
    /// The scorecard of a county streamed from an archive in batches (`PartitionedScorecard`):
    /// the same rows as the whole-county engine, only the shell and one batch in memory.
    func streamed(_ dir: String, _ size: Int) throws -> [IndicatorResult] {
        let shell = try JSONLinesArchive.readShell(from: dir)
        let definitions = all ? IndicatorCatalogue.all : IndicatorCatalogue.scorecard
        // 13 months: the month, its previous month (direction) and the month a year before.
        let p = PartitionedScorecard(shell: shell, targets: try input.targetSet(council: shell.councilCode),
                                     through: input.month, months: 13, definitions: definitions)
        let stream = try JSONLinesArchive.children(in: dir, shell: shell, batchSize: size)
        while let batch = try stream.next() { p.add(batch) }
        guard let rows = p.results(month: input.month, unit: input.reportingUnit, excludingUASC: input.excludeUASC) else {
            throw ValidationError("--unit \(input.unit): no such area or team in \(dir)")
        }
        stderr("hearth: \(p.childCount) children streamed from \(dir) in \(p.batchCount) batches")
        return rows
    }
}

enum OutputFormat: String, ExpressibleByArgument { case table, csv, json }

/// Options every indicator command takes: where the county is, the date, the unit, the UASC filter.
struct ScorecardInput: ParsableArguments {
    @OptionGroup var source: CountySource
    @Option(name: .customLong("as-of"), help: "Reference date (yyyy-mm-dd) or month (yyyy-mm).") var asOf: String
    @Option(help: "council, area:ID-or-name, team:ID or worker:ID.") var unit: String = "council"
    @Flag(name: .customLong("exclude-uasc"), help: "Leave out unaccompanied asylum-seeking children.") var excludeUASC = false
    @Option(name: .customLong("targets"), help: "A targets JSON file (repeatable); replaces the shipped Kent targets.")
    var targets: [String] = []

    func validate() throws {
        guard ReportingMonth(text: asOf) != nil else { throw ValidationError("--as-of must be yyyy-mm-dd or yyyy-mm, got \(asOf)") }
        guard ReportingUnit(text: unit) != nil else {
            throw ValidationError("--unit must be council, area:ID, team:ID or worker:ID, got \(unit)")
        }
    }

    var month: ReportingMonth { ReportingMonth(text: asOf)! }
    var reportingUnit: ReportingUnit { ReportingUnit(text: unit)! }

    /// The council's shipped targets (Kent's when it has none), or the --targets files instead.
    func targetSet(council: String) throws -> TargetSet {
        guard !targets.isEmpty else { return TargetSet.bundled(council: council) ?? .kent() }
        var set = TargetSet()
        for file in targets { try set.add(contentsOf: URL(fileURLWithPath: file)) }
        return set
    }

    func engine() async throws -> ScorecardEngine {
        let county = try await source.load()
        let engine = ScorecardEngine(county, targets: try targetSet(council: county.councilCode))
        if case .worker = reportingUnit {} else if UnitTallies.slot(of: reportingUnit, in: engine.index) == nil {
            throw ValidationError("--unit \(unit): no such area or team in \(source.label)")
        }
        return engine
    }
}

/// Table, CSV and JSON renderings of scorecard rows.
enum ScorecardOutput {
    struct JSONRow: Encodable {
        struct ShortTerm: Encodable { var value: Double?; var rag: String? }
        var id: String
        var name: String
        var section: String
        var polarity: String
        var period: String
        var unit: String
        var value: Double?
        var numerator: Double
        var denominator: Double?
        var rag: String?
        var caution: Bool
        var target: Double?
        var floor: Double?
        var direction: String?
        var previousValue: Double?
        var yearAgoValue: Double?
        var rolling3: ShortTerm?
        var removed: Bool
    }

    static func jsonRow(_ r: IndicatorResult) -> JSONRow {
        JSONRow(id: r.id, name: r.name, section: r.definition.section.rawValue, polarity: r.definition.polarity.rawValue,
                period: r.definition.period.rawValue, unit: r.definition.unit.rawValue, value: r.value, numerator: r.numerator,
                denominator: r.denominator, rag: r.rag?.word, caution: r.caution, target: r.thresholds?.target,
                floor: r.thresholds?.floor, direction: r.direction?.rawValue, previousValue: r.previousValue,
                yearAgoValue: r.yearAgoValue, rolling3: r.rolling3.map { .init(value: $0.value, rag: $0.rag?.word) },
                removed: r.removed)
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try! encoder.encode(value), as: UTF8.self) + "\n"
    }

    static let headers = ["ID", "Indicator", "Pol", "Period", "Latest", "RAG", "Num", "Denom", "Target", "1 mth", "DoT", "1 yr", "R3M"]

    static func cells(_ r: IndicatorResult) -> [String] {
        let unit = r.definition.unit
        let dot: String = switch r.direction { case .improved: "up"; case .worsened: "down"; case .same: "="; case nil: "" }
        let r3 = r.rolling3.map { IndicatorResult.display($0.value, unit: unit) + ($0.rag.map { " " + $0.rawValue } ?? "") } ?? "-"
        return [r.id, r.name, r.definition.polarity.rawValue, r.definition.period.rawValue,
                r.removed ? "(removed)" : r.displayValue + (r.caution ? "*" : ""), r.rag?.rawValue ?? "-",
                IndicatorResult.displayAmount(unit == .count ? nil : r.numerator), IndicatorResult.displayAmount(r.denominator),
                r.thresholds.map { IndicatorResult.display($0.target, unit: unit) } ?? "-",
                IndicatorResult.display(r.previousValue, unit: unit), dot, IndicatorResult.display(r.yearAgoValue, unit: unit), r3]
    }

    static func render(_ rows: [IndicatorResult], format: OutputFormat) -> String {
        switch format {
        case .json: return json(rows.map(jsonRow))
        case .csv: return csv([headers] + rows.map(cells))
        case .table:
            return table([headers] + rows.map(cells), truncate: 1, width: 60)
                + "* denominator 1-9: treat with caution; no RAG below 5.\n"
        }
    }

    static func renderUASC(_ rows: [UASCImpactRow], format: OutputFormat) -> String {
        let head = ["Unit", "ID", "Indicator", "Including", "RAG", "Num", "Denom", "Excluding", "RAG", "Num", "Denom", "Variance"]
        let body = rows.map { r -> [String] in
            [r.unitName, r.including.id, r.including.name, r.including.displayValue, r.including.rag?.rawValue ?? "-",
             IndicatorResult.displayAmount(r.including.numerator), IndicatorResult.displayAmount(r.including.denominator),
             r.excluding.displayValue, r.excluding.rag?.rawValue ?? "-", IndicatorResult.displayAmount(r.excluding.numerator),
             IndicatorResult.displayAmount(r.excluding.denominator),
             r.variance.map { ($0 >= 0 ? "+" : "") + IndicatorResult.oneDecimal($0) } ?? "-"]
        }
        switch format {
        case .json:
            struct Row: Encodable { var unit: String; var including: JSONRow; var excluding: JSONRow; var variance: Double? }
            return json(rows.map { Row(unit: $0.unitName, including: jsonRow($0.including), excluding: jsonRow($0.excluding),
                                       variance: $0.variance) })
        case .csv: return csv([head] + body)
        case .table: return table([head] + body, truncate: 2, width: 40)
        }
    }

    static func renderExceptions(_ reports: [ExceptionReport], format: OutputFormat) -> String {
        switch format {
        case .json:
            struct Point: Encodable { var month: String; var value: Double?; var target: Double?; var rag: String? }
            struct Report: Encodable {
                var title: String; var indicator: JSONRow; var trend: [Point]; var bandings: String; var tolerance: String
                var dataNotes: String; var dataSource: String
            }
            return json(reports.map { r in
                Report(title: r.title, indicator: jsonRow(r.result),
                       trend: r.trend.map { Point(month: $0.month.description, value: $0.value, target: $0.target, rag: $0.rag?.word) },
                       bandings: r.bandings, tolerance: r.tolerance, dataNotes: r.dataNotes, dataSource: r.dataSource)
            })
        case .csv:
            return csv([["ID", "Indicator", "Month", "Result", "Target", "RAG"]] + reports.flatMap { r in
                r.trend.map { [r.result.id, r.result.name, $0.month.description, IndicatorResult.display($0.value, unit: r.result.definition.unit),
                               $0.target.map { IndicatorResult.oneDecimal($0) } ?? "-", $0.rag?.rawValue ?? "-"] }
            })
        case .table:
            if reports.isEmpty { return "No Red indicators.\n" }
            return reports.map { r in
                var s = "\(r.title)\nMonth: \(r.result.month)   Data source: \(r.dataSource)\n"
                s += table([["Month", "Result", "Target", "RAG"]] + r.trend.map {
                    [$0.month.description, IndicatorResult.display($0.value, unit: r.result.definition.unit),
                     $0.target.map { IndicatorResult.oneDecimal($0) } ?? "-", $0.rag?.word ?? "-"]
                }, truncate: nil, width: 0)
                s += "Numerator \(IndicatorResult.displayAmount(r.result.numerator)), denominator \(IndicatorResult.displayAmount(r.result.denominator))\n"
                return s + "\(r.bandings)\nTolerance: \(r.tolerance)\n\(r.dataNotes)\n"
            }.joined(separator: "\n")
        }
    }

    static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map { c in c.contains(",") || c.contains("\"") ? "\"" + c.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : c }
            .joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// Aligned columns; column `truncate` is cut to `width` characters.
    static func table(_ rows: [[String]], truncate: Int?, width: Int) -> String {
        let rows = rows.map { r in r.enumerated().map { i, c in i == truncate && c.count > width ? String(c.prefix(width - 1)) + "…" : c } }
        let widths = (0..<(rows.first?.count ?? 0)).map { i in rows.map { $0[i].count }.max() ?? 0 }
        return rows.map { r in
            r.enumerated().map { i, c in c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
