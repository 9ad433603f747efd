import Foundation

/// An `application/x-www-form-urlencoded` body or query string, parsed into fields.
public struct FormData: Sendable {
    public private(set) var fields: [String: String] = [:]

    public init(_ text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(kv[0])
            let value = kv.count > 1 ? Self.decode(kv[1]) : ""
            if fields[key] == nil { fields[key] = value }
        }
    }

    public subscript(_ key: String) -> String? { fields[key] }

    private static func decode(_ s: Substring) -> String {
        String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
    }
}
