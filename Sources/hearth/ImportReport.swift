import ArgumentParser
import Foundation
import HearthReturns

/// Options and outcome shared by `hearth import 903` and `hearth import cin`: how findings are
/// shown, and whether the import may go ahead.
struct ImportReportOptions: ParsableArguments {
    @Option(help: "Write every finding to this CSV file (severity,file,line,path,column,value,message).")
    var report: String?

    @Flag(help: "Import even though there are warnings (never when there are errors).")
    var acceptWithWarnings = false

    /// Prints or writes the findings and says whether the import is accepted: no errors, and no
    /// warnings unless `--accept-with-warnings`.
    func review(_ findings: [ImportFinding]) throws -> Bool {
        let sorted = findings.ordered
        if let report {
            try Data(findings.reportCSV).write(to: URL(fileURLWithPath: report))
            stderr("hearth: \(findings.count) findings written to \(report)")
        } else {
            let shown = 50
            for f in sorted.prefix(shown) { stderr(f.description) }
            if sorted.count > shown { stderr("… and \(sorted.count - shown) more; use --report FILE for all of them") }
        }
        let errors = findings.errorCount, warnings = findings.warningCount
        if errors > 0 {
            stderr("hearth: \(errors) errors, \(warnings) warnings: nothing imported")
            return false
        }
        if warnings > 0 && !acceptWithWarnings {
            stderr("hearth: \(warnings) warnings: nothing imported (use --accept-with-warnings to import as recorded)")
            return false
        }
        guard findings.allowsImport(acceptingWarnings: acceptWithWarnings) else { return false }
        if warnings > 0 { stderr("hearth: importing with \(warnings) warnings") }
        return true
    }
}

extension ImportReportOptions {
    /// The merge's findings (children kept though the store has them in the return's years):
    /// printed, or appended to the `--report` CSV; warnings need `--accept-with-warnings`.
    static func reviewMerge(_ findings: [ImportFinding], report: String?, acceptWithWarnings: Bool) throws -> Bool {
        guard !findings.isEmpty else { return true }
        if let report {
            if FileManager.default.fileExists(atPath: report) {
                // The reading findings are there already, under the header: add these rows.
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: report))
                handle.seekToEndOfFile()
                handle.write(Data(findings.reportCSV.drop { $0 != 0x0A }.dropFirst()))
                try handle.close()
            } else {
                try Data(findings.reportCSV).write(to: URL(fileURLWithPath: report))
            }
            stderr("hearth: \(findings.count) merge findings added to \(report)")
        } else {
            let shown = 50
            for f in findings.ordered.prefix(shown) { stderr(f.description) }
            if findings.count > shown { stderr("… and \(findings.count - shown) more; use --report FILE for all of them") }
        }
        if findings.warningCount > 0 && !acceptWithWarnings {
            stderr("hearth: \(findings.warningCount) warnings from merging: nothing imported (use --accept-with-warnings to import)")
            return false
        }
        return true
    }
}

func stderr(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }
