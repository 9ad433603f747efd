import Foundation
import Hearth
import HearthReturns
import HearthStore
import HearthValidation
import Hummingbird

/// Import in two steps: upload → review the findings → accept (or cancel). The files wait on the
/// server (`PendingReturns`) between the steps; accepting reads them again through the same code
/// as `hearth import` and merges them into the store in one transaction (`CaseloadSource.storeImport`,
/// `CaseStore.mergeImport`): the return's data for its years comes in, everything else is kept.
/// Every step is audited: who, when, from where, which files, the counts and the outcome.
extension HearthWeb {
    static let shownReadingFindings = 200
    static let shownValidationFindings = 100

    @Sendable func importPage(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        return renderer.page("import", title: "Import", ["csrf": identity.session?.csrfToken ?? ""], identity: identity)
    }

    @Sendable func importSubmit(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        guard let session = identity.session else { return noSession(identity) }
        let names = form.files.map(\.filename).joined(separator: " ")
        var upload: PendingReturns.Upload
        do {
            upload = try await pendingReturns.stage(form.files, session: session.tokenHash)
        } catch let refused as PendingReturns.Refused {
            await pendingReturns.keepFindings(Self.findingsCSV(reading: [refused.finding], validation: nil, ruleSet: nil), session: session.tokenHash)
            try await audit(.import, "upload \(names.isEmpty ? "(no files)" : names): 1 error, refused, not stored", request, context)
            let html = renderer.body("importFindings", readingContext(kind: nil, files: form.files.map(\.filename), [refused.finding])
                .merging(["validationNote": "The DfE rules were not run: the files could not be read."], uniquingKeysWith: { _, b in b }))
            return importPage(identity, outcome: Self.refused, findingsHTML: html, status: .unprocessableContent)
        }
        let snap = try await caseload.snapshot()
        let review = ReturnReview.review(path: upload.path, kind: upload.kind, stored: snap.county,
                                         inputs: configuration.validationInputs)
        let html = findingsHTML(review, files: upload.files, snapshot: snap, identity: identity)
        await pendingReturns.keepFindings(Self.findingsCSV(reading: review.readingFindings, validation: review.validation,
                                                           ruleSet: review.ruleSet), session: session.tokenHash)
        let counts = "\(review.readingFindings.errorCount) errors, \(review.readingFindings.warningCount) warnings, \(review.validationCount) DfE findings"
        let subject = "\(upload.kind.rawValue) upload \(upload.files.joined(separator: " ")): \(counts)"
        if review.blocked {
            await pendingReturns.discard(upload.id, session: session.tokenHash)
            try await audit(.import, subject + ", refused, not stored", request, context)
            return importPage(identity, outcome: Self.refused, findingsHTML: html, status: .unprocessableContent)
        }
        upload.needsAcknowledgement = review.needsAcknowledgement
        upload.findingsHTML = html
        upload.summary = counts
        upload.childCount = review.imported?.county.children.count ?? 0
        upload.effect = review.effect ?? ""
        upload.findingCount = review.readingFindings.warningCount + review.validationCount
        await pendingReturns.reviewed(upload)
        try await audit(.import, subject + ", awaiting decision, not stored yet", request, context)
        return importPage(identity, outcome: [
            "outcomeHeading": "Check the findings, then accept or cancel",
            "outcomeText": "Nothing has been stored yet. The files are kept on the server for 30 minutes, for you to accept or cancel.",
            "outcomeClass": "notice", "outcomeRole": "status",
        ], findingsHTML: html, pending: pendingContext(upload, snapshot: snap))
    }

    @Sendable func importAccept(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        guard let session = identity.session else { return noSession(identity) }
        guard let upload = await pendingReturns.upload(form["upload"] ?? "", session: session.tokenHash) else {
            return importPage(identity, outcome: Self.nothingWaiting, findingsHTML: "", status: .conflict)
        }
        let snap = try await caseload.snapshot()
        let files = upload.files.joined(separator: " ")
        if upload.needsAcknowledgement && form["acknowledge"] != "yes" {
            var pending = pendingContext(upload, snapshot: snap)
            pending["hasAckError"] = true
            return importPage(identity, outcome: nil, findingsHTML: upload.findingsHTML, pending: pending, ackError: true,
                              status: .unprocessableContent)
        }
        let subject = "\(upload.kind.rawValue) upload \(files): \(upload.summary)"
        let imported: ReturnImport
        do {
            imported = try ReturnReview.read(path: upload.path, kind: upload.kind, council: snap.county.councilCode, name: snap.county.name)
        } catch {
            await pendingReturns.discard(upload.id, session: session.tokenHash)
            try await audit(.import, subject + ", unreadable at accept, not stored", request, context)
            return importPage(identity, outcome: Self.failed("The files could not be read again: \(error)"), findingsHTML: "",
                              status: .unprocessableContent)
        }
        guard !imported.hasErrors else {
            await pendingReturns.discard(upload.id, session: session.tokenHash)
            try await audit(.import, subject + ", errors at accept, not stored", request, context)
            return importPage(identity, outcome: Self.refused, findingsHTML: "", status: .unprocessableContent)
        }
        do {
            let stored = try await caseload.storeImport(imported, by: "web import by \(identity.user.name)")
            await pendingReturns.discard(upload.id, session: session.tokenHash)
            let acknowledged = upload.needsAcknowledgement ? ", findings acknowledged" : ""
            try await audit(.import, subject + acknowledged + ", stored into council \(stored.council): children \(stored.childrenBefore) → "
                            + "\(stored.childrenAfter) (added \(stored.added), updated \(stored.updated), kept \(stored.kept) unchanged), "
                            + "\(stored.rowsWritten) case rows written", request, context)
            return importPage(identity, outcome: [
                "outcomeHeading": "The return was imported",
                "outcomeText": "It added \(stored.added) children, updated \(stored.updated) and kept \(stored.kept) unchanged, in one "
                    + "transaction: council \(stored.council) now holds \(stored.childrenAfter) children (\(stored.childrenBefore) before). "
                    + "Every page now shows the merged records; every figure is recomputed from them.",
                "outcomeClass": "notice", "outcomeRole": "status",
            ], findingsHTML: "")
        } catch {
            // The store rolled the transaction back; the upload stays for another try until it expires.
            try await audit(.import, subject + ", store failed (\(type(of: error))), not stored", request, context)
            let status: HTTPResponse.Status = switch error {
            case is ImportNotStored: .conflict
            case HearthStore.StoreError.invalid: .unprocessableContent
            default: .internalServerError
            }
            return importPage(identity, outcome: Self.failed("\(error)"), findingsHTML: upload.findingsHTML,
                              pending: pendingContext(upload, snapshot: snap),
                              status: status)
        }
    }

    @Sendable func importCancel(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        guard let session = identity.session else { return noSession(identity) }
        guard let upload = await pendingReturns.upload(form["upload"] ?? "", session: session.tokenHash) else {
            return importPage(identity, outcome: Self.nothingWaiting, findingsHTML: "", status: .conflict)
        }
        await pendingReturns.discard(upload.id, session: session.tokenHash)
        try await audit(.import, "\(upload.kind.rawValue) upload \(upload.files.joined(separator: " ")): \(upload.summary), cancelled, not stored",
                        request, context)
        return importPage(identity, outcome: [
            "outcomeHeading": "The upload was cancelled",
            "outcomeText": "Nothing was stored, and the uploaded files were deleted from the server.",
            "outcomeClass": "notice", "outcomeRole": "status",
        ], findingsHTML: "")
    }

    // MARK: Page parts

    static var refused: [String: Any] { [
        "outcomeHeading": "The return was refused",
        "outcomeText": "It has errors, so nothing was stored. Correct the files and upload them again.",
        "outcomeClass": "error-summary", "outcomeRole": "alert",
    ] }

    static var nothingWaiting: [String: Any] { [
        "outcomeHeading": "There is no upload waiting",
        "outcomeText": "It was accepted or cancelled already, or it expired after 30 minutes. Nothing was stored; upload the files again.",
        "outcomeClass": "error-summary", "outcomeRole": "alert",
    ] }

    static func failed(_ reason: String) -> [String: Any] {
        ["outcomeHeading": "The return could not be stored",
         "outcomeText": "Nothing was changed in the case store. \(reason)",
         "outcomeClass": "error-summary", "outcomeRole": "alert"]
    }

    private func noSession(_ identity: Identity) -> Response {
        renderer.error(.forbidden, heading: "Sign in to import", message: "Imports need a browser session.", identity: identity)
    }

    private func importPage(_ identity: Identity, outcome: [String: Any]?, findingsHTML: String, pending: [String: Any]? = nil,
                            ackError: Bool = false, status: HTTPResponse.Status = .ok) -> Response {
        var ctx: [String: Any] = ["csrf": identity.session?.csrfToken ?? "", "findingsHTML": findingsHTML, "hasAckError": ackError]
        if let outcome { ctx["outcome"] = outcome }
        if let pending { ctx["pending"] = pending }
        return renderer.page("import", title: "Import", ctx, identity: identity, status: status)
    }

    private func pendingContext(_ upload: PendingReturns.Upload, snapshot: CaseloadSnapshot) -> [String: Any] {
        [
            "uploadID": upload.id, "fileList": upload.files.joined(separator: ", "),
            "destination": caseload.importDestination ?? "council \(snapshot.county.councilCode) (this server cannot store imports)",
            "childCount": upload.childCount,
            "effect": upload.effect,
            "currentCount": snapshot.county.children.count,
            "needsAcknowledgement": upload.needsAcknowledgement,
            "acknowledgeCount": upload.findingCount,
        ]
    }

    private func readingContext(kind: ReturnImport.Kind?, files: [String], _ findings: [ImportFinding]) -> [String: Any] {
        let ordered = findings.ordered
        return [
            "kindLabel": kind.map { $0 == .cin ? "CIN census" : "SSDA903 return" } ?? "Upload",
            "errorCount": findings.errorCount, "warningCount": findings.warningCount,
            "fileList": files.isEmpty ? "no files" : files.joined(separator: ", "),
            "hasReading": !findings.isEmpty,
            "readingMore": ordered.count > Self.shownReadingFindings ? ordered.count - Self.shownReadingFindings : 0,
            "findings": ordered.prefix(Self.shownReadingFindings).map { f -> [String: Any] in [
                "severity": f.severity.rawValue, "severityClass": f.isError ? "rag-red" : "rag-amber", "file": f.file,
                "where": f.line.map { "line \($0)" } ?? f.path, "column": f.column, "value": f.value, "message": f.message,
            ] },
        ]
    }

    /// The review's findings as HTML: reading findings, then the DfE rules' summary and first
    /// findings, each child linked to their page when they are in the store and the user may see them.
    private func findingsHTML(_ review: ReturnReview, files: [String], snapshot: CaseloadSnapshot, identity: Identity) -> String {
        var ctx = readingContext(kind: review.kind, files: files, review.readingFindings)
        ctx["validationNote"] = review.validationNote
        let summary = review.ruleSummary
        ctx["hasRules"] = !summary.isEmpty
        ctx["rules"] = summary.map { ["code": $0.code, "message": $0.message, "count": $0.count] as [String: Any] }
        let scope = CaseloadScope(user: identity.user, county: snapshot.county)
        let day = snapshot.county.extractDate
        let shown = (review.validation?.findings ?? []).prefix(Self.shownValidationFindings)
        ctx["validationCount"] = review.validationCount
        ctx["shownValidation"] = shown.count
        ctx["validationFindings"] = shown.map { f -> [String: Any] in
            let visible = snapshot.child(ChildID(f.childID)).map { scope.allows($0, asOf: day) } ?? false
            let fields = zip(f.fields, f.values).map { "\($0) \($1.isEmpty ? "(blank)" : $1)" }.joined(separator: "; ")
            return [
                "code": f.ruleCode, "child": f.childID, "linked": visible && !f.childID.isEmpty,
                "childHref": "/children/" + (f.childID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? ""),
                "table": f.table, "where": f.line.map { "line \($0)" } ?? f.path ?? "row \(f.rowIndex + 1)",
                "fields": fields, "message": review.ruleSet?.info[f.ruleCode]?.message ?? f.message,
            ]
        }
        return renderer.body("importFindings", ctx)
    }

    static let findingsCSVHeader = ["source", "severity", "rule_code", "table", "child_id", "row_index", "file",
                                    "line_or_element", "fields", "values", "message"]

    /// Every finding of a review, not only those the page shows: reading findings (file, line or
    /// element, field, value) then DfE validation findings in the reference validator's terms
    /// (rule code, table, child, 0-based row), so an analyst can work through them in a spreadsheet.
    static func findingsCSV(reading: [ImportFinding], validation: ValidationReport?, ruleSet: RuleSet?) -> String {
        var rows: [[String]] = reading.map { f in
            ["reading", f.severity.rawValue, "", "", "", "", f.file, f.line.map(String.init) ?? f.path, f.column, f.value, f.message]
        }
        for f in validation?.findings ?? [] {
            rows.append(["DfE validation", "query", f.ruleCode, f.table, f.childID, String(f.rowIndex), "",
                         f.line.map(String.init) ?? f.path ?? "", f.fields.joined(separator: ";"), f.values.joined(separator: ";"),
                         ruleSet?.info[f.ruleCode]?.message ?? f.message])
        }
        for u in validation?.unchecked ?? [] {
            rows.append(["DfE validation", "not checked", u.ruleCode, "", "", "", "", "", "", "", u.message])
        }
        return CSV.render(header: findingsCSVHeader, rows: rows)
    }

    /// The findings of the user's latest upload in this session, as CSV (also after a refusal,
    /// when the files themselves are already deleted).
    @Sendable func importFindingsCSV(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        guard let session = identity.session else { return noSession(identity) }
        guard let csv = await pendingReturns.findings(session: session.tokenHash) else {
            return renderer.error(.notFound, heading: "No findings to download",
                                  message: "Upload a return first; findings are kept for 30 minutes after it is checked.", identity: identity)
        }
        try await audit(.export, "import findings.csv", request, context)
        return csvResponse(csv, filename: "import-findings.csv")
    }
}
