import Foundation

/// A submitted form: `application/x-www-form-urlencoded` fields, or `multipart/form-data` fields
/// and uploaded files.
public struct FormData: Sendable {
    public struct UploadedFile: Sendable {
        public var field: String
        public var filename: String
        public var bytes: [UInt8]
    }

    public private(set) var fields: [String: String] = [:]
    public private(set) var files: [UploadedFile] = []

    public init(_ text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(kv[0])
            let value = kv.count > 1 ? Self.decode(kv[1]) : ""
            if fields[key] == nil { fields[key] = value }
        }
    }

    /// Parses a body by its content type; anything unparseable yields no fields (and so fails CSRF).
    public init(body: [UInt8], contentType: String?) {
        if let ct = contentType, ct.lowercased().hasPrefix("multipart/form-data"),
           let b = ct.components(separatedBy: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
               .first(where: { $0.lowercased().hasPrefix("boundary=") }) {
            var boundary = String(b.dropFirst("boundary=".count))
            if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 { boundary = String(boundary.dropFirst().dropLast()) }
            self.init("")
            parseMultipart(body, boundary: boundary)
        } else {
            self.init(String(decoding: body, as: UTF8.self))
        }
    }

    public subscript(_ key: String) -> String? { fields[key] }

    private static func decode(_ s: Substring) -> String {
        String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
    }

    private mutating func parseMultipart(_ body: [UInt8], boundary: String) {
        let delimiter = Array(("--" + boundary).utf8)
        let headerEnd: [UInt8] = [13, 10, 13, 10]
        var positions: [Int] = []
        var i = 0
        while let p = Self.find(delimiter, in: body, from: i) { positions.append(p); i = p + delimiter.count }
        guard positions.count >= 2 else { return }
        for k in 0..<(positions.count - 1) {
            var start = positions[k] + delimiter.count
            if start + 1 < body.count, body[start] == 13, body[start + 1] == 10 { start += 2 }
            var end = positions[k + 1]
            if end >= 2, body[end - 2] == 13, body[end - 1] == 10 { end -= 2 }
            guard start < end, let h = Self.find(headerEnd, in: body, from: start), h < end else { continue }
            let headers = String(decoding: body[start..<h], as: UTF8.self)
            let content = Array(body[(h + 4)..<end])
            guard let disposition = headers.components(separatedBy: "\r\n")
                .first(where: { $0.lowercased().hasPrefix("content-disposition:") }) else { continue }
            guard let name = Self.parameter("name", in: disposition) else { continue }
            if let filename = Self.parameter("filename", in: disposition) {
                if !filename.isEmpty || !content.isEmpty { files.append(UploadedFile(field: name, filename: filename, bytes: content)) }
            } else if fields[name] == nil {
                fields[name] = String(decoding: content, as: UTF8.self)
            }
        }
    }

    private static func parameter(_ key: String, in header: String) -> String? {
        for part in header.components(separatedBy: ";") {
            let t = part.trimmingCharacters(in: .whitespaces)
            guard t.lowercased().hasPrefix(key + "=") else { continue }
            var v = String(t.dropFirst(key.count + 1))
            if v.hasPrefix("\""), v.hasSuffix("\""), v.count >= 2 { v = String(v.dropFirst().dropLast()) }
            // Browsers may send a path; keep the last component only.
            return v.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        var i = from
        let first = needle[0]
        while i <= hay.count - needle.count {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
