import ArgumentParser
import Foundation
import Hearth
import HearthReturns
import HearthValidation

/// `hearth-bench validation DIR [--year 2024] [--runs 5]`: times reading and validating a large
/// 903 return (the target: 20,000 children in under 1 s, release build).
struct ValidationBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validation",
        abstract: "Time reading and validating a 903 return directory.")

    @Argument(help: "A directory of 903 CSV files (e.g. from `hearth synth --format 903`).") var directory: String
    @Option(help: "Collection year by start year; default inferred.") var year: Int?
    @Option(help: "Timed runs; the best and median are reported.") var runs: Int = 5
    @Flag(help: "Also time each rule once and list the slowest.") var perRule = false
    @Option(help: "How many of the slowest rules --per-rule lists.") var top = 12
    @Option(help: "Last year's return, so the continuity rules run too.") var previous: String?

    /// This year's context, with last year's return when given.
    private func context(_ ret: SSDA903Return, _ y: CollectionYear) throws -> ValidationContext {
        let last = try previous.map { try SSDA903Reader.readTables(directory: $0, year: y.previous).0 }
        return ValidationContext(current: ret, previous: last, year: y)
    }

    func run() throws {
        var readTimes: [Double] = [], validateTimes: [Double] = []
        var findings = 0, children = 0, rules = 0
        for _ in 0..<max(1, runs) {
            let t0 = Date()
            let (ret, _) = try SSDA903Reader.readTables(directory: directory, year: year.map(CollectionYear.init))
            let t1 = Date()
            guard let y = year.map(CollectionYear.init) ?? ret.year else { throw ValidationError("no dates; give --year") }
            let report = Validator(year: y).validate(try context(ret, y))
            let t2 = Date()
            readTimes.append(t1.timeIntervalSince(t0)); validateTimes.append(t2.timeIntervalSince(t1))
            findings = report.findings.count; children = ret[.header]?.count ?? 0; rules = report.checked.count
        }
        func stats(_ xs: [Double]) -> String {
            let s = xs.sorted()
            return String(format: "best %.3f s, median %.3f s", s[0], s[s.count / 2])
        }
        let totals = zip(readTimes, validateTimes).map { $0 + $1 }
        print("validation: \(children) children, \(rules) rules, \(findings) findings, \(readTimes.count) runs")
        print("  read:     " + stats(readTimes))
        print("  validate: " + stats(validateTimes))
        print("  total:    " + stats(totals))
        if perRule {
            let (ret, _) = try SSDA903Reader.readTables(directory: directory, year: year.map(CollectionYear.init))
            guard let y = year.map(CollectionYear.init) ?? ret.year else { return }
            let context = try context(ret, y)
            var times: [(String, Double)] = []
            for rule in RuleSet.forYear(y).rules {
                let t = Date()
                _ = rule.check(context)
                times.append((rule.code, Date().timeIntervalSince(t)))
            }
            print(String(format: "  slowest rules (all rules one after another: %.3f s):", times.reduce(0) { $0 + $1.1 }))
            for (code, t) in times.sorted(by: { $0.1 > $1.1 }).prefix(top) { print(String(format: "    %-9@ %.4f s", code, t)) }
        }
    }
}
