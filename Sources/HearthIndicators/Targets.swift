import Foundation
import Hearth

/// One council's targets, floors and tolerances for one financial year: a JSON file, so a council
/// changes its targets without a code change. Targets can change inside a year (`effectiveFrom`).
public struct TargetsFile: Codable, Sendable {
    public struct Entry: Codable, Sendable {
        public var id: String
        public var target: Double
        public var floor: Double?
        public var floorIsAmber: Bool?
        public var greenTolerance: Double?
        public var floorTolerance: Double?
        /// First reporting month (`yyyy-mm`) this entry applies from; nil for the start of the year.
        public var effectiveFrom: String?
        /// Where the numbers come from (printed, explicit, derived…).
        public var basis: String?

        public var thresholds: Thresholds {
            Thresholds(target: target, floor: floor, floorIsAmber: floorIsAmber,
                       greenTolerance: greenTolerance, floorTolerance: floorTolerance)
        }
    }
    public var council: String
    public var councilName: String?
    /// "2016/17".
    public var financialYear: String
    public var source: String?
    public var indicators: [Entry]
}

/// A problem with a targets file, naming the file, the entry and the field.
public struct TargetsError: Error, CustomStringConvertible {
    public var file: String
    public var element: String
    public var field: String
    public var value: String
    public var message: String
    public var description: String { "\(file): \(element) field \(field) = \(value): \(message)" }
}

/// The targets for every year a council has configured.
public struct TargetSet: Sendable {
    public private(set) var years: [CollectionYear: TargetsFile] = [:]
    public init() {}

    /// Kent's 2016-17 and 2017-18 targets, shipped with the engine.
    public static func kent() -> TargetSet { kentShipped }
    private static let kentShipped: TargetSet = bundled(council: "886")!

    /// The targets shipped for `council`, or nil when none are.
    public static func bundled(council: String) -> TargetSet? {
        guard let dir = Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("targets"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return nil }
        var set = TargetSet()
        for name in names.sorted() where name.hasPrefix(council + "-") && name.hasSuffix(".json") {
            // Shipped files are tested; a failure here is a packaging bug.
            try! set.add(contentsOf: dir.appendingPathComponent(name))
        }
        return set.years.isEmpty ? nil : set
    }

    /// Adds a targets file, validating every entry; nothing is added if any entry is wrong.
    public mutating func add(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TargetsError(file: url.path, element: "file", field: "-", value: "-", message: "cannot be read: \(error)")
        }
        let file: TargetsFile
        do { file = try JSONDecoder().decode(TargetsFile.self, from: data) } catch let DecodingError.keyNotFound(key, ctx) {
            throw TargetsError(file: url.path, element: Self.path(ctx.codingPath), field: key.stringValue, value: "missing",
                               message: "required field is missing")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw TargetsError(file: url.path, element: Self.path(ctx.codingPath.dropLast()),
                               field: ctx.codingPath.last?.stringValue ?? "-", value: "?", message: ctx.debugDescription)
        } catch {
            throw TargetsError(file: url.path, element: "file", field: "-", value: "-", message: "not valid targets JSON: \(error)")
        }
        try add(file, source: url.path)
    }

    public mutating func add(_ file: TargetsFile, source: String = "targets") throws {
        guard let year = CollectionYear(label: file.financialYear) else {
            throw TargetsError(file: source, element: "file", field: "financialYear", value: file.financialYear,
                               message: "expected a financial year such as 2016/17")
        }
        for (i, e) in file.indicators.enumerated() {
            let element = "indicators[\(i)] (id \(e.id))"
            guard let definition = IndicatorCatalogue.definition(e.id) else {
                throw TargetsError(file: source, element: element, field: "id", value: e.id, message: "no such indicator")
            }
            if let from = e.effectiveFrom {
                guard let m = ReportingMonth(text: from), m.financialYear == year else {
                    throw TargetsError(file: source, element: element, field: "effectiveFrom", value: from,
                                       message: "expected a yyyy-mm month inside \(year)")
                }
            }
            if definition.polarity == .target && e.greenTolerance == nil {
                throw TargetsError(file: source, element: element, field: "greenTolerance", value: "missing",
                                   message: "a T-polarity indicator needs a tolerance")
            }
            if let f = e.floor {
                let wrongSide = definition.polarity == .higher ? f > e.target : definition.polarity == .lower ? f < e.target : false
                if wrongSide {
                    throw TargetsError(file: source, element: element, field: "floor", value: "\(f)",
                                       message: "floor is on the wrong side of the target \(e.target) for polarity \(definition.polarity.rawValue)")
                }
            }
        }
        years[year] = file
    }

    /// The thresholds in force for `indicator` in `month`. A year with no file uses the nearest
    /// configured year (later years carry the latest targets forward).
    public func thresholds(_ indicator: String, in month: ReportingMonth) -> Thresholds? {
        guard !years.isEmpty else { return nil }
        let fy = month.financialYear
        let year = years[fy] != nil ? fy
            : (years.keys.filter { $0 < fy }.max() ?? years.keys.min()!)
        let entries = years[year]!.indicators.filter { $0.id == indicator }
        let inForce = entries.filter { e in e.effectiveFrom.flatMap { ReportingMonth(text: $0) }.map { $0 <= month } ?? true }
        return (inForce.last ?? entries.first)?.thresholds
    }

    public func entry(_ indicator: String, in year: CollectionYear) -> TargetsFile.Entry? {
        years[year]?.indicators.last { $0.id == indicator }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
