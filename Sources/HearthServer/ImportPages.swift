import Foundation
import HearthReturns
import Hummingbird

extension HearthWeb {
    @Sendable func importPage(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        return renderer.page("import", title: "Import", ["csrf": identity.session?.csrfToken ?? ""], identity: identity)
    }

    @Sendable func importSubmit(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let check = ReturnUpload.check(form.files)
        var stored = false
        var heading: String, text: String, status: HTTPResponse.Status
        if !check.accepted {
            (heading, text, status) = ("The return was refused", "It has errors, so nothing was stored. Correct the files and upload them again.", .unprocessableContent)
        } else if let loader = returnLoader, let ret = check.parsed {
            do {
                let county = try loader.load(ret, into: try await caseload.snapshot().county)
                try await caseload.replace(with: county)
                stored = true
                (heading, text, status) = ("The return was imported", "All records were loaded; every figure is recomputed from them.", .ok)
            } catch {
                (heading, text, status) = ("The return was refused", "It could not be loaded, so nothing was stored: \(error)", .unprocessableContent)
            }
        } else {
            (heading, text, status) = ("The return passed the checks but was not stored",
                                       "This server cannot yet load 903 returns into the case record, so nothing was stored.", .ok)
        }
        let outcome = stored ? "loaded" : "not stored"
        try await audit(.import, "903 upload \(check.files.joined(separator: " ")): \(check.findings.errorCount) errors, \(check.findings.warningCount) warnings, \(outcome)", request, context)
        return renderer.page("import", title: "Import", [
            "csrf": identity.session?.csrfToken ?? "", "checked": true,
            "outcomeHeading": heading, "outcomeText": text,
            "outcomeClass": check.accepted ? "notice" : "error-summary",
            "hasFindings": !check.findings.isEmpty, "errorCount": check.findings.errorCount,
            "warningCount": check.findings.warningCount, "fileList": check.files.joined(separator: ", "),
            "findings": check.findings.map { f -> [String: Any] in [
                "severity": f.severity.rawValue, "severityClass": f.isError ? "rag-red" : "rag-amber", "file": f.file,
                "where": f.line.map { "line \($0)" } ?? f.path, "column": f.column, "value": f.value, "message": f.message,
            ] },
        ], identity: identity, status: status)
    }
}
