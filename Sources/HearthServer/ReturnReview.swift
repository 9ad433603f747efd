import Foundation
import Hearth
import HearthReturns
import HearthValidation

/// What an uploaded return would bring in, read exactly as `hearth import 903|cin` reads it
/// (`ReturnImport`), plus the DfE validation rules of its collection year for a 903.
///
/// Which findings block acceptance (docs/server.md, "Import"):
/// - any reading or mapping **error** refuses the whole upload: nothing can be stored;
/// - reading **warnings** and **DfE validation findings** do not block, since a council loads its
///   data to correct it, but they must be acknowledged with a tick box before accepting (the web
///   counterpart of `hearth import --accept-with-warnings`).
struct ReturnReview: Sendable {
    var kind: ReturnImport.Kind
    /// Nil when the files could not be opened at all.
    var imported: ReturnImport?
    var readingFindings: [ImportFinding]
    var validation: ValidationReport?
    var ruleSet: RuleSet?
    /// What the DfE validation did or why it did not run, in words for the page.
    var validationNote: String

    var blocked: Bool { imported == nil || readingFindings.hasErrors }
    var validationCount: Int { validation?.findings.count ?? 0 }
    var needsAcknowledgement: Bool { readingFindings.warningCount > 0 || validationCount > 0 }

    /// Reads the staged upload at `path` for `council` (the served county's code and name).
    static func review(path: String, kind: ReturnImport.Kind, council: String, name: String) -> ReturnReview {
        let imported: ReturnImport
        do {
            imported = try read(path: path, kind: kind, council: council, name: name)
        } catch {
            return ReturnReview(kind: kind, imported: nil,
                                readingFindings: [ImportFinding(.error, file: "-", message: "the upload could not be read: \(error)")],
                                validation: nil, ruleSet: nil, validationNote: "The DfE rules were not run: the files could not be read.")
        }
        var review = ReturnReview(kind: kind, imported: imported, readingFindings: imported.findings, validation: nil,
                                  ruleSet: nil, validationNote: "")
        switch kind {
        case .cin:
            review.validationNote = "Hearth has the DfE rules for the 903 only; a CIN census is checked as it is read."
        case .ssda903:
            guard !imported.hasErrors, let ret = imported.returns.first else {
                review.validationNote = "The DfE rules were not run: the files have reading errors."
                break
            }
            guard let year = ret.year else {
                review.validationNote = "The DfE rules were not run: no collection year could be inferred from the dates."
                break
            }
            let ruleSet = RuleSet.forYear(year)
            let report = Validator(ruleSet: ruleSet).validate(ValidationContext(current: ret, year: year))
            review.validation = report
            review.ruleSet = ruleSet
            review.validationNote = "\(report.findings.count) findings from the \(report.checked.count) DfE rules of \(year.label); "
                + "\(report.unchecked.count) rules not checked (they need last year's return or reference lists not supplied here)."
        }
        return review
    }

    /// The shared reading path: the same calls, and so the same county, as the command line.
    static func read(path: String, kind: ReturnImport.Kind, council: String, name: String) throws -> ReturnImport {
        switch kind {
        case .ssda903: try ReturnImport.ssda903(paths: [path], councilCode: council, name: name)
        case .cin: try ReturnImport.cin(file: path, councilCode: council)
        }
    }

    /// Validation findings per rule: code, message, count; most frequent first.
    var ruleSummary: [(code: String, message: String, count: Int)] {
        guard let report = validation else { return [] }
        var counts: [String: Int] = [:]
        var message: [String: String] = [:]
        for f in report.findings {
            counts[f.ruleCode, default: 0] += 1
            if message[f.ruleCode] == nil { message[f.ruleCode] = ruleSet?.info[f.ruleCode]?.message ?? f.message }
        }
        return counts.map { (code: $0.key, message: message[$0.key] ?? "", count: $0.value) }
            .sorted { ($1.count, $0.code) < ($0.count, $1.code) }
    }
}
