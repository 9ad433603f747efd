import Foundation
import Hearth
import HearthReturns
import HearthValidation

/// What an uploaded return would bring in, read exactly as `hearth import 903|cin` reads it
/// (`ReturnImport`), plus the DfE validation rules of its collection year for a 903, and what
/// merging it into the served county would do (`ReturnMerge`: added, updated, kept).
///
/// Which findings block acceptance (docs/server.md, "Import"):
/// - any reading or mapping **error** refuses the whole upload: nothing can be stored; so does a
///   merge that would break the case model's invariants (each shown as an error naming the child);
/// - reading **warnings** and **DfE validation findings** do not block, since a council loads its
///   data to correct it, but they must be acknowledged with a tick box before accepting (the web
///   counterpart of `hearth import --accept-with-warnings`). The merge's notes (a child kept
///   though the store has care or CIN activity for them in the return's years) are warnings too.
struct ReturnReview: Sendable {
    var kind: ReturnImport.Kind
    /// Nil when the files could not be opened at all.
    var imported: ReturnImport?
    var readingFindings: [ImportFinding]
    var validation: ValidationReport?
    var ruleSet: RuleSet?
    /// What the DfE validation did or why it did not run, in words for the page.
    var validationNote: String
    /// What accepting would do to the served county: "adds 1 child, updates 7, keeps 2 unchanged".
    /// Nil when the files have reading errors.
    var effect: String? = nil

    var blocked: Bool { imported == nil || readingFindings.hasErrors }
    var validationCount: Int { validation?.findings.count ?? 0 }
    var needsAcknowledgement: Bool { readingFindings.warningCount > 0 || validationCount > 0 }

    /// Reads the staged upload at `path` for the served county `stored` and works out its merge.
    static func review(path: String, kind: ReturnImport.Kind, stored: County,
                       inputs: ValidationInputs = ValidationInputs()) -> ReturnReview {
        let imported: ReturnImport
        do {
            imported = try read(path: path, kind: kind, council: stored.councilCode, name: stored.name)
        } catch {
            return ReturnReview(kind: kind, imported: nil,
                                readingFindings: [ImportFinding(.error, file: "-", message: "the upload could not be read: \(error)")],
                                validation: nil, ruleSet: nil, validationNote: "The DfE rules were not run: the files could not be read.")
        }
        var review = ReturnReview(kind: kind, imported: imported, readingFindings: imported.findings, validation: nil,
                                  ruleSet: nil, validationNote: "")
        if !imported.hasErrors {
            let merge = imported.merge(into: stored)
            review.effect = merge.summary
            review.readingFindings += merge.violations.map { v in
                ImportFinding(.error, file: "merged into the store", path: v.path, column: v.field, value: v.value,
                              message: "\(v.message) (child \(v.child?.rawValue ?? "-"), \(v.path.isEmpty ? "record" : v.path))")
            }
            review.readingFindings += ReturnImport.findings(of: merge, kind: kind)
        }
        switch kind {
        case .cin:
            review.validationNote = "Hearth has the DfE rules for the 903 only; a CIN census is checked as it is read."
        case .ssda903:
            guard !review.readingFindings.hasErrors, let ret = imported.returns.first else {
                review.validationNote = "The DfE rules were not run: the files have reading errors."
                break
            }
            guard let year = ret.year else {
                review.validationNote = "The DfE rules were not run: no collection year could be inferred from the dates."
                break
            }
            let ruleSet = RuleSet.forYear(year)
            let previous = previousReturn(stored, year: year)
            let context = ValidationContext(current: ret, previous: previous, year: year, localAuthority: inputs.localAuthority,
                                            postcodes: inputs.postcodes, providers: inputs.providers)
            let report = Validator(ruleSet: ruleSet).validate(context)
            review.validation = report
            review.ruleSet = ruleSet
            let lastYear = previous == nil
                ? " The store holds no looked-after records for \(year.previous.label), so the rules comparing with last year's return were not run."
                : " Last year's return (\(year.previous.label)) was written from the records the store holds."
            let notChecked = Set(report.unchecked.flatMap(\.missing)).map(\.rawValue).sorted()
            review.validationNote = "\(report.findings.count) findings from the \(report.checked.count) DfE rules of \(year.label)."
                + lastYear
                + (report.unchecked.isEmpty ? "" : " \(report.unchecked.count) rules not checked: they need \(notChecked.joined(separator: ", ")), which the server was not given (hearth serve --la, --postcodes, --providers).")
        }
        return review
    }

    /// Last year's 903 as the store would have written it, for the rules that compare the two
    /// years; nil when the store has no looked-after records in that year (a council whose history
    /// starts with this return), where every comparison would be a false finding.
    static func previousReturn(_ stored: County, year: CollectionYear) -> SSDA903Return? {
        let last = year.previous
        let window = DaySpan(start: last.start, end: year.start)
        guard stored.children.contains(where: { c in c.periodsOfCare.contains { $0.span.overlaps(window) } }) else { return nil }
        return SSDA903Export.tables(for: stored, year: last)
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
