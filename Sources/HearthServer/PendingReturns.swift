import Foundation
import HearthReturns

/// Uploaded return files waiting for the user to accept or cancel them after reviewing the
/// findings: kept on the server in a private temporary directory (never in the cookie or the
/// page), keyed to the browser session, and deleted on accept, cancel or expiry.
///
/// One upload per session: a new upload replaces (and deletes) the session's earlier one. The
/// review form names the upload by a random id, and the id only works with the session that made
/// it, so one user cannot accept another's files.
actor PendingReturns {
    struct Upload: Sendable {
        let id: String
        /// The session's token hash.
        let session: String
        let directory: URL
        let kind: ReturnImport.Kind
        /// The names as uploaded.
        let files: [String]
        /// What `ReturnImport` reads: the directory of CSV tables, or the one XML file.
        let path: String
        let created: Date
        /// Set once the findings have been worked out; until then the upload cannot be accepted.
        var isReviewed = false
        /// Set by the review: whether accepting needs the acknowledgement box ticked.
        var needsAcknowledgement = false
        /// Set by the review: the findings as rendered, shown again if the box was not ticked.
        var findingsHTML = ""
        var summary = ""
        /// Set by the review: children in the county the return maps to.
        var childCount = 0
        /// Set by the review: what merging it would do ("adds 1 child, updates 7, keeps 2 unchanged").
        var effect = ""
        /// Set by the review: reading warnings plus DfE findings, to be acknowledged.
        var findingCount = 0
    }

    /// Why an upload could not be staged: a reading error to show like any other finding.
    struct Refused: Error { let finding: ImportFinding }

    static let lifetime: TimeInterval = 30 * 60

    let root: URL
    private var bySession: [String: Upload] = [:]
    /// The findings of each session's latest review as CSV, kept for the download link even when the
    /// upload itself was refused and deleted; same lifetime as an upload, cleared at sign-out.
    private var findingsBySession: [String: (csv: String, created: Date)] = [:]

    /// Uses `root` (created 0700), removing leftovers older than `lifetime` from an earlier run.
    init(root: URL = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-imports")) {
        self.root = root
        let fm = FileManager.default
        try? fm.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let cutoff = Date().addingTimeInterval(-Self.lifetime)
        for name in (try? fm.contentsOfDirectory(atPath: root.path)) ?? [] {
            let url = root.appendingPathComponent(name)
            if let m = (try? fm.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date, m < cutoff {
                try? fm.removeItem(at: url)
            }
        }
    }

    /// Writes the files to a new private directory for `session`, replacing its earlier upload.
    func stage(_ files: [FormData.UploadedFile], session: String) throws -> Upload {
        sweep()
        if let old = bySession.removeValue(forKey: session) { Self.delete(old) }
        let names = files.map(\.filename)
        guard !files.isEmpty else {
            throw Refused(finding: ImportFinding(.error, file: "-", message: "choose at least one file to upload"))
        }
        var safeNames = Set<String>()
        for f in files {
            guard Self.isSafe(f.filename) else {
                throw Refused(finding: ImportFinding(.error, file: f.filename, message: "the file name is not usable; use letters, digits, '.', '_' and '-'"))
            }
            guard safeNames.insert(f.filename.lowercased()).inserted else {
                throw Refused(finding: ImportFinding(.error, file: f.filename, message: "the same file name is uploaded twice"))
            }
        }
        let xml = files.filter { $0.filename.lowercased().hasSuffix(".xml") }
        let kind: ReturnImport.Kind
        if xml.isEmpty {
            kind = .ssda903
        } else if files.count == 1 {
            guard let k = Self.kind(ofXML: xml[0].bytes) else {
                throw Refused(finding: ImportFinding(.error, file: xml[0].filename, line: 1,
                                                     message: "neither a 903 return (root element EXPSSDA903) nor a CIN census (root element Message)"))
            }
            kind = k
        } else {
            throw Refused(finding: ImportFinding(.error, file: xml[0].filename,
                                                 message: "upload either one XML return or a set of CSV tables, not both"))
        }
        let id = Secrets.randomToken()
        let dir = root.appendingPathComponent(id)
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            for f in files { try Data(f.bytes).write(to: dir.appendingPathComponent(f.filename)) }
        } catch {
            try? FileManager.default.removeItem(at: dir)
            throw Refused(finding: ImportFinding(.error, file: "-", message: "the upload could not be kept for review: \(error)"))
        }
        let path = xml.isEmpty ? dir.path : dir.appendingPathComponent(xml[0].filename).path
        let upload = Upload(id: id, session: session, directory: dir, kind: kind, files: names, path: path, created: Date())
        bySession[session] = upload
        return upload
    }

    /// Records the review's outcome on the upload, which from now on may be accepted.
    func reviewed(_ reviewed: Upload) {
        guard let u = bySession[reviewed.session], u.id == reviewed.id else { return }
        var r = reviewed
        r.isReviewed = true
        bySession[reviewed.session] = r
    }

    /// The session's reviewed upload with this id, unless it expired.
    func upload(_ id: String, session: String) -> Upload? {
        sweep()
        guard let u = bySession[session], u.isReviewed, Secrets.constantTimeEquals(u.id, id) else { return nil }
        return u
    }

    /// Forgets the upload and deletes its files.
    func discard(_ id: String, session: String) {
        guard let u = bySession[session], u.id == id else { return }
        bySession[session] = nil
        Self.delete(u)
    }

    /// Forgets the session's upload, if any, and deletes its files (at sign-out).
    func discardAll(session: String) {
        if let u = bySession.removeValue(forKey: session) { Self.delete(u) }
        findingsBySession[session] = nil
    }

    /// Keeps the findings of the session's latest review for download.
    func keepFindings(_ csv: String, session: String) {
        findingsBySession[session] = (csv, Date())
    }

    /// The findings of the session's latest review as CSV, unless they expired.
    func findings(session: String, now: Date = Date()) -> String? {
        guard let f = findingsBySession[session] else { return nil }
        guard now.timeIntervalSince(f.created) <= Self.lifetime else { findingsBySession[session] = nil; return nil }
        return f.csv
    }

    /// Deletes uploads older than `lifetime`.
    func sweep(now: Date = Date()) {
        for (key, u) in bySession where now.timeIntervalSince(u.created) > Self.lifetime {
            bySession[key] = nil
            Self.delete(u)
        }
    }

    var count: Int { bySession.count }

    private static func delete(_ u: Upload) { try? FileManager.default.removeItem(at: u.directory) }

    /// Plain names only: no path, no leading dot, so nothing can be written outside the directory.
    static func isSafe(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && name.count <= 100
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-") }
    }

    /// The return an XML file holds, from its root element.
    static func kind(ofXML bytes: [UInt8]) -> ReturnImport.Kind? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        var rest = Substring(head)
        while let lt = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: lt)...]
            guard let first = rest.first, first != "?", first != "!" else { continue }
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }
            switch name {
            case "EXPSSDA903": return .ssda903
            case "Message": return .cin
            default: return nil
            }
        }
        return nil
    }
}
